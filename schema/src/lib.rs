//! The schema model (IR) shared by the generator, the derive macro, the
//! linter and drift detection. Plain data: no database driver, so the
//! proc-macro that reads `schema.json` builds fast.

pub mod model;

pub use model::*;
