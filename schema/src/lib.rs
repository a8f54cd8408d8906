//! The schema model (IR) shared by the generator, the derive macro, the
//! linter and drift detection, with THE type-mapping table and the naming
//! rules. Plain data: no database driver, so the proc-macro that reads
//! `schema.json` builds fast.

pub mod attrs;
pub mod codes;
pub mod doc;
pub mod model;
pub mod naming;
pub mod query;
pub mod sql;
pub mod types;

pub use codes::*;
pub use model::*;
