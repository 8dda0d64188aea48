use std::path::PathBuf;

/// Why a document could not be read. Every variant names the document.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{doc}: not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 { doc: String, offset: usize },
    #[error("{doc}: empty document")]
    Empty { doc: String },
    #[error("{doc}: looks binary ({reason}), not text")]
    Binary { doc: String, reason: String },
    #[error("{doc}: {size} bytes is over the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge { doc: String, size: u64, limit: u64 },
    #[error("{file}: line {line}: {message}")]
    Jsonl {
        file: String,
        line: usize,
        message: String,
    },
}

impl IngestError {
    /// The document (or file) the error is about.
    pub fn document(&self) -> String {
        match self {
            IngestError::Io { path, .. } => path.display().to_string(),
            IngestError::InvalidUtf8 { doc, .. }
            | IngestError::Empty { doc }
            | IngestError::Binary { doc, .. }
            | IngestError::TooLarge { doc, .. } => doc.clone(),
            IngestError::Jsonl { file, line, .. } => format!("{file}:{line}"),
        }
    }
}
