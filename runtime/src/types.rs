//! Column types whose sqlx counterparts lack serde support, as thin
//! wrappers that encode and decode exactly like them.

use serde::{Deserialize, Serialize};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::types::{PgInterval, PgRange};
use sqlx::postgres::{PgArgumentBuffer, PgHasArrayType, PgTypeInfo, PgValueRef};
use sqlx::{Decode, Encode, Postgres, Type};
use std::ops::Bound;

/// A PostgreSQL `interval`: months, days and microseconds, kept apart as
/// PostgreSQL keeps them (a month is not a fixed number of days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Interval {
    pub months: i32,
    pub days: i32,
    pub microseconds: i64,
}

impl From<PgInterval> for Interval {
    fn from(v: PgInterval) -> Self {
        Interval {
            months: v.months,
            days: v.days,
            microseconds: v.microseconds,
        }
    }
}

impl From<Interval> for PgInterval {
    fn from(v: Interval) -> Self {
        PgInterval {
            months: v.months,
            days: v.days,
            microseconds: v.microseconds,
        }
    }
}

impl Type<Postgres> for Interval {
    fn type_info() -> PgTypeInfo {
        <PgInterval as Type<Postgres>>::type_info()
    }
    fn compatible(ty: &PgTypeInfo) -> bool {
        <PgInterval as Type<Postgres>>::compatible(ty)
    }
}

impl PgHasArrayType for Interval {
    fn array_type_info() -> PgTypeInfo {
        <PgInterval as PgHasArrayType>::array_type_info()
    }
}

impl<'r> Decode<'r, Postgres> for Interval {
    fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
        <PgInterval as Decode<Postgres>>::decode(value).map(Into::into)
    }
}

impl Encode<'_, Postgres> for Interval {
    fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
        <PgInterval as Encode<Postgres>>::encode_by_ref(&(*self).into(), buf)
    }
}

/// A PostgreSQL range (`tstzrange`, `int4range`, …) with its two bounds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Range<T> {
    pub start: Bound<T>,
    pub end: Bound<T>,
}

impl<T> From<PgRange<T>> for Range<T> {
    fn from(v: PgRange<T>) -> Self {
        Range {
            start: v.start,
            end: v.end,
        }
    }
}

impl<T> Type<Postgres> for Range<T>
where
    PgRange<T>: Type<Postgres>,
{
    fn type_info() -> PgTypeInfo {
        <PgRange<T> as Type<Postgres>>::type_info()
    }
    fn compatible(ty: &PgTypeInfo) -> bool {
        <PgRange<T> as Type<Postgres>>::compatible(ty)
    }
}

impl<T> PgHasArrayType for Range<T>
where
    PgRange<T>: PgHasArrayType,
{
    fn array_type_info() -> PgTypeInfo {
        <PgRange<T> as PgHasArrayType>::array_type_info()
    }
}

impl<'r, T> Decode<'r, Postgres> for Range<T>
where
    PgRange<T>: Decode<'r, Postgres>,
{
    fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
        <PgRange<T> as Decode<Postgres>>::decode(value).map(Into::into)
    }
}

impl<T> Encode<'_, Postgres> for Range<T>
where
    T: Clone,
    for<'a> PgRange<T>: Encode<'a, Postgres>,
{
    fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
        let range = PgRange {
            start: self.start.clone(),
            end: self.end.clone(),
        };
        <PgRange<T> as Encode<Postgres>>::encode_by_ref(&range, buf)
    }
}
