//! Small token helpers shared by the emitters.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write;

/// An identifier; `r#name` becomes a raw identifier.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// A Rust type from its text (THE type table and user overrides). A schema
/// spells a few dozen types thousands of times: each is parsed once a thread.
pub fn rust_type(text: &str) -> syn::Type {
    thread_local! {
        static TYPES: RefCell<HashMap<String, syn::Type>> = RefCell::default();
    }
    TYPES.with_borrow_mut(|types| {
        types
            .entry(text.to_owned())
            .or_insert_with(|| syn::parse_str(text).unwrap_or_else(|_| syn::parse_quote!(String)))
            .clone()
    })
}

/// A path from its text (a derive), parsed once a thread; `None` when it is
/// not a path.
pub fn path(text: &str) -> Option<syn::Path> {
    thread_local! {
        static PATHS: RefCell<HashMap<String, Option<syn::Path>>> = RefCell::default();
    }
    PATHS.with_borrow_mut(|paths| {
        paths
            .entry(text.to_owned())
            .or_insert_with(|| syn::parse_str(text).ok())
            .clone()
    })
}

/// Text safe in a doc comment: a lone `\r` becomes a line break (rustc
/// refuses a bare CR in doc comments); characters that change the visible
/// direction of text (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C:
/// rustc's `text_direction_codepoint_in_literal`) and other control
/// characters are written as escapes (`\u{202e}`).
pub fn doc_safe(text: &str) -> Cow<'_, str> {
    // Most text is printable ASCII, tabs and line feeds: nothing to change.
    if text
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) || b == b'\n' || b == b'\t')
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{061c}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Parameter names of a generated function: made unique, and never `db`
/// (its first parameter, the executor).
pub fn parameter_names(mut names: Vec<String>) -> Vec<String> {
    names.insert(0, "db".into());
    schema::naming::dedupe(&mut names);
    names.remove(0);
    names
}

/// The values of `#[doc = "…"]` attributes for `lines`: each made
/// [`doc_safe`], split at line breaks, made inert Markdown (no code block:
/// rustdoc would run it, `schema::doc::inert_line`), non-empty ones after a
/// space; blank lines kept as paragraph breaks.
pub fn doc_values(lines: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let line = doc_safe(line);
        if line.is_empty() {
            out.push(String::new());
        }
        for l in line.lines() {
            out.push(spaced(&schema::doc::inert_line(l)));
        }
    }
    out
}

/// A doc line after a space; a blank one empty.
fn spaced(line: &str) -> String {
    if line.is_empty() {
        String::new()
    } else {
        format!(" {line}")
    }
}

/// The `#[doc]` values of a `sql` code block of `sql`, verbatim: its fence
/// is longer than any run of backticks in it, so no line closes it early
/// (and opens a block rustdoc would run).
pub fn sql_block(sql: &str) -> Vec<String> {
    let longest = sql.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let mut out = vec![format!(" {fence}sql")];
    out.extend(doc_safe(sql).lines().map(spaced));
    out.push(format!(" {fence}"));
    out
}

/// `#[doc = "…"]` lines; blank lines kept as paragraph breaks.
pub fn doc(lines: &[String]) -> TokenStream {
    let lines = doc_values(lines);
    quote! { #( #[doc = #lines] )* }
}

/// The first doc lines of an item: its SQL comment and a blank line, if it has one.
pub fn comment_lines(comment: &Option<String>) -> Vec<String> {
    comment
        .iter()
        .flat_map(|c| [c.clone(), String::new()])
        .collect()
}

/// A SQL identifier, always double-quoted (safe for every name).
pub fn quote_sql_ident(name: &str) -> String {
    schema::sql::quote(name)
}
