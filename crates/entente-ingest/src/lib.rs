//! entente-ingest (work in progress)
