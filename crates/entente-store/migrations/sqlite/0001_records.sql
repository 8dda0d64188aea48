-- 0001: documents, their records, and the tables that queries start from.
--
-- Plain SQL that PostgreSQL also accepts, but for `WITHOUT ROWID`, which
-- stores a table in its primary-key index (one b-tree to write instead of
-- two); a PostgreSQL migration drops it, and INTEGER PRIMARY KEY becomes an
-- identity column there. Rows of one document are written in one
-- transaction; `documents.n_events` / `n_statements` are written with them
-- so that a document's completeness can be checked at any time.
--
-- REFERENCES document the links; the store deletes child rows itself
-- (SQLite checks foreign keys only when asked, and checking them on every
-- insert would cost a lookup per row).
--
-- Events are rewritten whenever their document is re-extracted, so nothing
-- an analyst decides may live in these tables: a later migration adds an
-- `analyst_decisions` table keyed by `events.event_key` (stable across
-- re-extraction), never by `events.id`.

CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    doc_id            TEXT NOT NULL UNIQUE,
    content_hash      TEXT NOT NULL,
    text              TEXT NOT NULL,
    source            TEXT,
    url               TEXT,
    -- the date the caller gave (flag or JSONL field), kept for re-extraction
    given_published   TEXT,
    -- the record's date: the given one, else the one read from the text
    published         TEXT,
    dateline_place    TEXT,
    dateline_country  TEXT,
    n_events          INTEGER NOT NULL,
    n_statements      INTEGER NOT NULL,
    extractor_version TEXT NOT NULL,
    ingested_at       TEXT NOT NULL
);

CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    document          INTEGER NOT NULL REFERENCES documents (id),
    ord               INTEGER NOT NULL,
    event_key         TEXT NOT NULL,
    kind              TEXT NOT NULL,
    cameo             TEXT NOT NULL,
    event_date        TEXT,
    end_date          TEXT,
    place_name        TEXT,
    place_country     TEXT,
    source            TEXT,
    target            TEXT,
    mechanism         TEXT,
    round             INTEGER,
    status            TEXT,
    extractor_version TEXT NOT NULL
);
CREATE INDEX events_document ON events (document, ord);
CREATE INDEX events_date ON events (event_date);
-- no index on kind alone: ten types, and the date index finds them fast
CREATE INDEX events_mechanism ON events (mechanism, event_date) WHERE mechanism IS NOT NULL;

-- The tables a filter can start from carry a copy of the event's date, so
-- that "the latest 100 events of X" is one index range read in date order.
CREATE TABLE event_countries (
    event      INTEGER NOT NULL REFERENCES events (id),
    country    TEXT NOT NULL,
    event_date TEXT,
    PRIMARY KEY (event, country)
) WITHOUT ROWID;
CREATE INDEX event_countries_by_country ON event_countries (country, event_date, event);

-- Every unordered pair of an event's countries, codes in sorted order.
CREATE TABLE event_pairs (
    event      INTEGER NOT NULL REFERENCES events (id),
    first      TEXT NOT NULL,
    second     TEXT NOT NULL,
    event_date TEXT,
    PRIMARY KEY (event, first, second)
) WITHOUT ROWID;
CREATE INDEX event_pairs_by_pair ON event_pairs (first, second, event_date, event);

CREATE TABLE event_areas (
    event      INTEGER NOT NULL REFERENCES events (id),
    area       TEXT NOT NULL,
    event_date TEXT,
    PRIMARY KEY (event, area)
) WITHOUT ROWID;
CREATE INDEX event_areas_by_area ON event_areas (area, event_date, event);

-- People, one row per (name, country); never deleted, so ids are stable.
-- An unknown country is '' so that the pair is a key in every database.
CREATE TABLE actors (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT NOT NULL,
    UNIQUE (name, country)
);

CREATE TABLE participants (
    event      INTEGER NOT NULL REFERENCES events (id),
    ord        INTEGER NOT NULL,
    actor      INTEGER NOT NULL REFERENCES actors (id),
    title      TEXT,
    role       TEXT,
    event_date TEXT,
    PRIMARY KEY (event, ord)
) WITHOUT ROWID;
CREATE INDEX participants_by_actor ON participants (actor, event_date, event);

-- Mechanism names seen, so that a name filter is resolved on a small table.
CREATE TABLE mechanisms (
    name TEXT PRIMARY KEY
);

CREATE TABLE evidence (
    event      INTEGER NOT NULL REFERENCES events (id),
    ord        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    PRIMARY KEY (event, ord)
) WITHOUT ROWID;

CREATE TABLE statements (
    id                INTEGER PRIMARY KEY,
    document          INTEGER NOT NULL REFERENCES documents (id),
    ord               INTEGER NOT NULL,
    speaker           TEXT,
    title             TEXT,
    org               TEXT,
    country           TEXT,
    channel           TEXT,
    quote             TEXT NOT NULL,
    start_byte        INTEGER,
    end_byte          INTEGER,
    extractor_version TEXT NOT NULL
);
CREATE INDEX statements_document ON statements (document, ord);
