//! A table file's structs as a small outline: attributes, fields and the
//! text of their types. [`print`] writes it as text, byte for byte what
//! prettyplease prints for the same items, without building `syn` items
//! first, nor escaping every doc string into a literal for prettyplease to
//! read back (that round trip and prettyplease were half of a large
//! schema's client CPU). What the printer cannot promise to print as
//! prettyplease would (a user's own attributes from `codegen.toml`, a derive
//! path spelled with spaces, a field whose line is too long to stay one
//! line) makes it give up, and the file goes through `syn` and prettyplease
//! ([`super::syntax::items`]). tests/generate.rs compares the two on every
//! fixture, the hostile schemas and lines either side of the margin.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// prettyplease's line width (its `MARGIN`) and indentation.
const MARGIN: usize = 89;
const INDENT: usize = 4;

/// `n` spaces (at most two levels of indentation), without allocating.
fn pad(n: usize) -> &'static str {
    &"        "[..n]
}

/// `pub struct name { fields }` under `attrs`.
pub struct Struct {
    pub attrs: Vec<Attr>,
    pub name: String,
    pub fields: Vec<Field>,
}

/// `pub name: ty` under `attrs`; `ty` is the type's text, as
/// [`super::tokens::rust_type`] takes it.
pub struct Field {
    pub attrs: Vec<Attr>,
    pub name: String,
    pub ty: String,
}

/// An outer attribute.
pub enum Attr {
    /// `#[doc = "value"]`, a `///` line (`value` starts with a space, or is empty).
    Doc(String),
    /// `#[name(arg, arg, …)]`.
    List(&'static str, Vec<Arg>),
    /// Attributes as a user wrote them in `codegen.toml` (`#[…]` text).
    Raw(String),
}

/// One argument of an [`Attr::List`].
pub enum Arg {
    /// `name`
    Flag(&'static str),
    /// `name = "value"`
    Str(&'static str, String),
    /// `name = path`
    Path(&'static str, String),
    /// `path` (a derive, a lint)
    Bare(String),
}

/// The doc attributes of `lines`, as [`super::tokens::doc`] makes them.
pub fn doc(lines: &[String]) -> Vec<Attr> {
    super::tokens::doc_values(lines)
        .into_iter()
        .map(Attr::Doc)
        .collect()
}

/// `items` as prettyplease prints them, or `None` when that is not certain.
pub fn print(items: &[Struct]) -> Option<String> {
    let mut out = String::with_capacity(4096);
    for item in items {
        item.print(&mut out)?;
    }
    Some(out)
}

impl Struct {
    fn print(&self, out: &mut String) -> Option<()> {
        for a in &self.attrs {
            a.print(0, out)?;
        }
        out.push_str("pub struct ");
        out.push_str(&self.name);
        if self.fields.is_empty() {
            out.push_str(" {}\n");
            return Some(());
        }
        out.push_str(" {\n");
        for f in &self.fields {
            for a in &f.attrs {
                a.print(INDENT, out)?;
            }
            let start = out.len();
            out.push_str(pad(INDENT));
            out.push_str("pub ");
            out.push_str(&f.name);
            out.push_str(": ");
            out.push_str(&type_text(&f.ty)?);
            out.push(',');
            // A longer line: prettyplease breaks the type's generic arguments.
            if out.len() - start > MARGIN {
                return None;
            }
            out.push('\n');
        }
        out.push_str("}\n");
        Some(())
    }
}

impl Attr {
    fn print(&self, indent: usize, out: &mut String) -> Option<()> {
        let lead = pad(indent);
        match self {
            Attr::Doc(value) => {
                // prettyplease's other spellings (`/** */`, `#[doc]`).
                if value.contains('\n') || value.starts_with('/') {
                    return None;
                }
                out.push_str(lead);
                out.push_str("///");
                out.push_str(value.trim_end_matches(' '));
                out.push('\n');
            }
            Attr::List(name, args) => {
                let args: Vec<String> = args.iter().map(Arg::text).collect::<Option<_>>()?;
                // One line when `#[name(…)]` fits the margin; otherwise one
                // argument a line (the group is a consistent box).
                let joined = args.join(", ");
                let one_line = indent + "#[(".len() + name.len() + joined.len() + ")]".len();
                out.push_str(lead);
                out.push_str("#[");
                out.push_str(name);
                out.push('(');
                if args.is_empty() || one_line <= MARGIN {
                    out.push_str(&joined);
                } else {
                    let inner = pad(indent + INDENT);
                    for (n, a) in args.iter().enumerate() {
                        out.push('\n');
                        out.push_str(inner);
                        out.push_str(a);
                        if n + 1 < args.len() {
                            out.push(',');
                        }
                    }
                    out.push('\n');
                    out.push_str(lead);
                }
                out.push_str(")]\n");
            }
            Attr::Raw(_) => return None,
        }
        Some(())
    }
}

impl Arg {
    /// The argument as printed: `None` for a path this printer cannot
    /// promise to spell as prettyplease does.
    fn text(&self) -> Option<String> {
        Some(match self {
            Arg::Flag(name) => (*name).to_owned(),
            Arg::Str(name, value) => format!("{name} = {}", literal(value)),
            Arg::Path(name, path) => format!("{name} = {}", plain_path(path)?),
            Arg::Bare(path) => plain_path(path)?.to_owned(),
        })
    }
}

/// The string literal of `value`, as the `syn` items spell it.
pub fn literal(value: &str) -> String {
    let plain = value
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\');
    if plain {
        format!("\"{value}\"")
    } else {
        proc_macro2::Literal::string(value).to_string()
    }
}

/// `path` when it is plain `a::b::C` (identifiers and `::`, nothing else).
fn plain_path(path: &str) -> Option<&str> {
    let plain = path
        .strip_prefix("::")
        .unwrap_or(path)
        .split("::")
        .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
    plain.then_some(path)
}

/// The type `text` as prettyplease prints it in a field (`None` when it
/// would not stay on one line). A schema spells a few dozen types thousands
/// of times: each is printed once a thread.
fn type_text(text: &str) -> Option<Rc<str>> {
    thread_local! {
        static PRINTED: RefCell<HashMap<String, Option<Rc<str>>>> = RefCell::default();
    }
    PRINTED.with_borrow_mut(|printed| {
        printed
            .entry(text.to_owned())
            .or_insert_with(|| {
                let ty = super::tokens::rust_type(text);
                let file: syn::File = syn::parse_quote!(type T = #ty;);
                let pretty = prettyplease::unparse(&file);
                pretty
                    .strip_prefix("type T = ")
                    .and_then(|t| t.strip_suffix(";\n"))
                    .filter(|t| !t.contains('\n'))
                    .map(Rc::from)
            })
            .clone()
    })
}
