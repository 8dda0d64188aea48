//! entente-kb (work in progress)
