//! Hostile cases: tls.
#[allow(unused_imports)]
use tests::*;
