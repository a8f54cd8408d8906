//! `#[derive(Table)]` (issue 6). Until that lands the derive expands to nothing,
//! so generated and hand-written structs can already carry it.
use proc_macro::TokenStream;

/// Derives the table metadata and query helpers (issue 6).
#[proc_macro_derive(Table, attributes(table, column, foreign_key, unique))]
pub fn derive_table(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}
