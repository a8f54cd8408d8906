//! Small token helpers shared by the emitters.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// An identifier; `r#name` becomes a raw identifier.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// A Rust type from its text (THE type table and user overrides).
pub fn rust_type(text: &str) -> syn::Type {
    syn::parse_str(text).unwrap_or_else(|_| syn::parse_quote!(String))
}

/// `#[doc = "…"]` lines; blank lines kept as paragraph breaks.
pub fn doc(lines: &[String]) -> TokenStream {
    let lines = lines.iter().flat_map(|l| {
        if l.is_empty() {
            vec![String::new()]
        } else {
            l.lines()
                .map(|l| {
                    if l.is_empty() {
                        String::new()
                    } else {
                        format!(" {l}")
                    }
                })
                .collect()
        }
    });
    quote! { #( #[doc = #lines] )* }
}

/// The first doc lines of an item: its SQL comment and a blank line, if it has one.
pub fn comment_lines(comment: &Option<String>) -> Vec<String> {
    comment
        .iter()
        .flat_map(|c| [c.clone(), String::new()])
        .collect()
}

/// Extra attributes from `codegen.toml` (`#[...]` text), parsed.
pub fn attributes(texts: &[String]) -> TokenStream {
    texts
        .iter()
        .filter_map(|t| t.parse::<TokenStream>().ok())
        .collect()
}

/// `Debug, Clone, …` plus extra derives from `codegen.toml`.
pub fn derives(base: &[&str], extra: &[String]) -> TokenStream {
    let paths: Vec<syn::Path> = base
        .iter()
        .map(|s| s.to_string())
        .chain(extra.iter().cloned())
        .filter_map(|s| syn::parse_str(&s).ok())
        .collect();
    quote! { #[derive( #(#paths),* )] }
}

/// A SQL identifier, always double-quoted (safe for every name).
pub fn quote_sql_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
