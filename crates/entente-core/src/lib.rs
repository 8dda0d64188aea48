//! entente-core (work in progress)
