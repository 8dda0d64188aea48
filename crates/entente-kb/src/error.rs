use std::fmt;

/// One problem in the knowledge base: which file, which entry, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.entry, self.message)
        }
    }
}

/// Why the knowledge base could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error("{path}: cannot read knowledge-base folder or file: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: not valid knowledge-base TOML: {message}")]
    Parse { file: String, message: String },
    #[error("the knowledge base has {} problem(s):\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
}
