//! A lean `sqlx::FromRow` for `#[derive(Table)]` structs.
//!
//! A `FromRow` written out field by field is a `Row::try_get` call per
//! field for the compiler to type and borrow-check, in every struct. The
//! derive instead calls [`record`] with the tuple of the field types and
//! their column names: the decoding below is written once, here, for tuples
//! of up to 48 fields (larger structs get the field-by-field impl). Columns
//! are found by name, as with `try_get`, so a query may list them in any
//! order.
//!
//! ```ignore
//! impl<'r> sqlx::FromRow<'r, PgRow> for Note {
//!     fn from_row(row: &'r PgRow) -> Result<Self, sqlx::Error> {
//!         let (id, body) = runtime::row::record::<(i32, Option<String>)>(row, &["id", "body"])?;
//!         Ok(Note { id, body })
//!     }
//! }
//! ```

use sqlx::postgres::PgRow;
use sqlx::{Decode, Error, Postgres, Row, Type};

/// Decodes the columns `names` of `row` into the tuple `T` of their types.
pub fn record<'r, T: Columns<'r>>(row: &'r PgRow, names: &[&str]) -> Result<T, Error> {
    T::decode(row, names)
}

/// A tuple of column types [`record`] can decode, one column per element.
pub trait Columns<'r>: Sized {
    /// Decodes column `names[i]` into element `i`.
    fn decode(row: &'r PgRow, names: &[&str]) -> Result<Self, Error>;
}

macro_rules! columns {
    ($($i:tt $t:ident),+) => {
        impl<'r, $($t: Decode<'r, Postgres> + Type<Postgres>),+> Columns<'r> for ($($t,)+) {
            fn decode(row: &'r PgRow, names: &[&str]) -> Result<Self, Error> {
                Ok(($(row.try_get::<$t, _>(names[$i])?,)+))
            }
        }
    };
}

for_tuples!(columns);
