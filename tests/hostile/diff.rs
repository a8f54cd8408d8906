//! Hostile cases: diff.
#[allow(unused_imports)]
use tests::*;
