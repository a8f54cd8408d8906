//! Runtime support for `#[derive(Table)]` (issue 6): re-exports the derive.
pub use macros::Table;
pub use sqlx;
