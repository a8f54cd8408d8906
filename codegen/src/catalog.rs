//! The catalog fingerprint under the name its users outside `diff` know it
//! by: idempotency and rollback checks, `check`'s drift. It lives in
//! [`crate::diff::fingerprint`], beside the snapshot it is made of.

pub use crate::diff::drift as diff;
pub use crate::diff::fingerprint::{fingerprint, EXCLUDED_SCHEMAS};
