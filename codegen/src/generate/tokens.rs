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

/// Text safe in a doc comment: a lone `\r` becomes a line break (rustc
/// refuses a bare CR in doc comments); characters that change the visible
/// direction of text (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C:
/// rustc's `text_direction_codepoint_in_literal`) and other control
/// characters are written as escapes (`\u{202e}`).
pub fn doc_safe(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c.to_string(),
            '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{061c}' => {
                format!("\\u{{{:x}}}", c as u32)
            }
            c if c.is_control() => format!("\\u{{{:x}}}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

/// Parameter names of a generated function: made unique, and never `db`
/// (its first parameter, the executor).
pub fn parameter_names(mut names: Vec<String>) -> Vec<String> {
    names.insert(0, "db".into());
    schema::naming::dedupe(&mut names);
    names.remove(0);
    names
}

/// `#[doc = "…"]` lines; blank lines kept as paragraph breaks.
pub fn doc(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| doc_safe(l)).flat_map(|l| {
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
    schema::sql::quote(name)
}
