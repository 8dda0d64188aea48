//! entente-extract (work in progress)
