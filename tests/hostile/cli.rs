//! Hostile cases: cli.
#[allow(unused_imports)]
use tests::*;
