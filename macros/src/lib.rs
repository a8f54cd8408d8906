//! `#[derive(Table)]`: parse (`attr`), check against `schema.json` (`check`),
//! expand (`expand`). The logic works on `proc_macro2` so it is testable;
//! this file only bridges to the compiler.
use proc_macro::TokenStream;

mod attr;
mod check;
mod expand;
mod record;

/// Derives `runtime::Table` and the query helpers of a table or view struct.
/// The attribute syntax is documented in the `runtime` crate.
#[proc_macro_derive(Table, attributes(table, column, foreign_key, unique))]
pub fn derive_table(input: TokenStream) -> TokenStream {
    syn::parse::<syn::DeriveInput>(input)
        .and_then(|input| {
            let def = attr::parse(&input)?;
            check::against_snapshot(&def)?;
            Ok(expand::expand(&def))
        })
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Derives `serde::Deserialize` through `runtime::de::record`: serde's
/// behaviour (see `runtime::de`) without a visitor per struct.
#[proc_macro_derive(Deserialize)]
pub fn derive_deserialize(input: TokenStream) -> TokenStream {
    syn::parse::<syn::DeriveInput>(input)
        .and_then(|input| record::expand(&input))
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
