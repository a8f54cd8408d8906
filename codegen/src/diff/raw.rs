//! `read.sql`'s values read in place from the row the server sent: text
//! as `&str`, a text array from its binary form (PostgreSQL's
//! `array_send`), so a reading of tens of thousands of objects copies only
//! what the objects keep.

use sqlx::postgres::{PgRow, PgValueFormat};
use sqlx::{Row, ValueRef};

fn decode_error(what: impl Into<String>) -> sqlx::Error {
    sqlx::Error::Decode(what.into().into())
}

/// Column `i` as text (None: NULL).
pub(super) fn text(row: &PgRow, i: usize) -> Result<Option<&str>, sqlx::Error> {
    let value = row.try_get_raw(i)?;
    if value.is_null() {
        return Ok(None);
    }
    value.as_str().map(Some).map_err(sqlx::Error::Decode)
}

/// A big-endian `int4` at `at`, and the position after it.
fn int4(bytes: &[u8], at: usize) -> Result<(i32, usize), sqlx::Error> {
    let word = bytes
        .get(at..at + 4)
        .ok_or_else(|| decode_error("a text array ends early"))?;
    Ok((
        i32::from_be_bytes([word[0], word[1], word[2], word[3]]),
        at + 4,
    ))
}

/// Column `i`, a one-dimensional text array, into `out` (nothing when the
/// array is NULL or empty).
pub(super) fn text_array<'r>(
    row: &'r PgRow,
    i: usize,
    out: &mut Vec<Option<&'r str>>,
) -> Result<(), sqlx::Error> {
    let value = row.try_get_raw(i)?;
    if value.is_null() {
        return Ok(());
    }
    if value.format() != PgValueFormat::Binary {
        return Err(decode_error("a text array came in text format"));
    }
    let bytes = value.as_bytes().map_err(sqlx::Error::Decode)?;
    let (dims, at) = int4(bytes, 0)?;
    if dims == 0 {
        return Ok(());
    }
    if dims != 1 {
        return Err(decode_error(format!("a text array of {dims} dimensions")));
    }
    // (Then: the has-nulls flag, the element type, the length, the lower bound.)
    let (len, mut at) = int4(bytes, at + 8)?;
    at += 4;
    out.reserve(usize::try_from(len).unwrap_or(0));
    for _ in 0..len {
        let (size, next) = int4(bytes, at)?;
        at = next;
        let Ok(size) = usize::try_from(size) else {
            out.push(None); // -1: NULL
            continue;
        };
        let element = bytes
            .get(at..at + size)
            .ok_or_else(|| decode_error("a text array ends early"))?;
        at += size;
        let s = std::str::from_utf8(element).map_err(|e| sqlx::Error::Decode(e.into()))?;
        out.push(Some(s));
    }
    Ok(())
}
