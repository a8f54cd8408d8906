//! `#[derive(Table)]`: read the struct (`attr`), check it against
//! `schema.json` (`check`), expand (`expand`); every mistake found on the
//! way is collected (`ctxt`) and reported at once. The logic works on
//! `proc_macro2`, so it runs in unit tests (`tests`, insta snapshots of the
//! expansion); this file only bridges to the compiler.
use proc_macro::TokenStream;

mod attr;
mod check;
mod ctxt;
mod expand;
mod record;
#[cfg(test)]
mod tests;

/// Derives `runtime::Table` and the query helpers of a table or view struct.
/// The attribute syntax is documented in the `runtime` crate. (The
/// attribute names are `schema::attrs::ATTRIBUTES`; a unit test holds this
/// list to it.)
#[proc_macro_derive(Table, attributes(table, column, foreign_key, unique))]
pub fn derive_table(input: TokenStream) -> TokenStream {
    syn::parse::<syn::DeriveInput>(input)
        .and_then(|input| table(&input))
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// `#[derive(Table)]` on `proc_macro2`: the expansion, or every mistake of
/// the struct combined in one error.
fn table(input: &syn::DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let cx = ctxt::Ctxt::default();
    let def = attr::parse(&cx, input);
    if let Some(def) = &def {
        check::against_snapshot(&cx, def);
    }
    cx.check()?;
    // `parse` gives `None` only after recording why.
    Ok(def.map(|def| expand::expand(&def)).unwrap_or_default())
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
