//! Runtime support for `#[derive(Table)]`: the column types the generated
//! code uses, and re-exports of the derive and of sqlx (issue 6 adds the
//! query helpers' trait and RLS-scoped sessions).
pub mod types;

pub use macros::Table;
pub use sqlx;
