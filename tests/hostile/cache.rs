//! Hostile cases: cache.
#[allow(unused_imports)]
use tests::*;
