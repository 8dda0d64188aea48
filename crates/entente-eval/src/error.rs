//! Errors that stop scoring altogether (score.py's exit status 2).

use std::io;
use std::path::PathBuf;

/// The gold directory or the prediction file cannot be read.  Problems
/// inside them (an unreadable gold file, a malformed prediction line) are
/// not errors: they are reported in the [`Report`](crate::Report).
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The gold path is not a directory.
    #[error("not a directory: {}", path.display())]
    NotADirectory {
        /// The path given.
        path: PathBuf,
    },
    /// The gold directory cannot be listed.
    #[error("cannot read gold directory {}: {source}", path.display())]
    GoldDir {
        /// The directory.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// The prediction file cannot be read.
    #[error("cannot read predictions {}: {source}", path.display())]
    Predictions {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
}
