//! Hostile cases: runner.
#[allow(unused_imports)]
use tests::*;
