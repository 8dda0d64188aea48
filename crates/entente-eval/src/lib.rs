//! entente-eval (work in progress)
