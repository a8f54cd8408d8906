//! Hostile cases: lexer.
#[allow(unused_imports)]
use tests::*;
