-- 0002: full-text search over document texts (SQLite FTS5).
--
-- An external-content index: the text is stored once, in `documents`, and
-- triggers keep the index in step inside the writing transaction. The
-- PostgreSQL backend will use a tsvector column instead; this file is the
-- one SQLite-only migration.

CREATE VIRTUAL TABLE documents_fts USING fts5(
    text,
    content = 'documents',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;

-- Index what a version-1 store already holds.
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 16);
