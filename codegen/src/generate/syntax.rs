//! `syn` items built directly, for the table files: a large schema is
//! mostly table files, and printing them as tokens only for `syn` to parse
//! them back was a third of its run. The other emitters write `quote!` and
//! go through [`super::write::format`]; both meet in prettyplease, so the
//! text is the same either way.

use super::tokens::{doc_values, ident, path};
use proc_macro2::{Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use syn::punctuated::Punctuated;
use syn::{token, AttrStyle, Attribute, Field, Fields, FieldsNamed, Item, ItemStruct, Meta};

/// `#[name(tokens)]`.
pub fn list(name: &str, tokens: TokenStream) -> Attribute {
    outer(Meta::List(syn::MetaList {
        path: ident(name).into(),
        delimiter: syn::MacroDelimiter::Paren(token::Paren::default()),
        tokens,
    }))
}

/// The arguments of an attribute such as `#[column(name = "…", indexed)]`,
/// pushed one at a time and separated by commas.
#[derive(Default)]
pub struct Args(Vec<TokenTree>);

impl Args {
    fn next(&mut self, name: &str) {
        if !self.0.is_empty() {
            self.0.push(Punct::new(',', Spacing::Alone).into());
        }
        self.0.push(ident(name).into());
    }

    /// `name`.
    pub fn flag(&mut self, name: &str) {
        self.next(name);
    }

    /// `name = "value"`.
    pub fn string(&mut self, name: &str, value: &str) {
        self.tokens(name, TokenTree::from(string(value)).into());
    }

    /// `name = tokens`.
    pub fn tokens(&mut self, name: &str, value: TokenStream) {
        self.next(name);
        self.0.push(Punct::new('=', Spacing::Alone).into());
        self.0.extend(value);
    }

    /// `#[name(args)]`.
    pub fn attribute(self, name: &str) -> Attribute {
        list(name, self.0.into_iter().collect())
    }
}

/// A string literal. Plain text (printable ASCII but `"` and `\`), which is
/// most of what is emitted, is spelled as it is: the same literal as
/// `Literal::string` gives, without escaping it a character at a time.
fn string(value: &str) -> Literal {
    let plain = value
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\');
    if plain {
        if let Ok(literal) = format!("\"{value}\"").parse() {
            return literal;
        }
    }
    Literal::string(value)
}

/// `#[doc = "…"]` attributes (printed as `///` lines), as [`super::tokens::doc`].
pub fn doc(lines: &[String]) -> Vec<Attribute> {
    doc_values(lines)
        .into_iter()
        .map(|value| {
            outer(Meta::NameValue(syn::MetaNameValue {
                path: ident("doc").into(),
                eq_token: token::Eq::default(),
                value: syn::Expr::Lit(syn::ExprLit {
                    attrs: Vec::new(),
                    lit: syn::Lit::Str(syn::LitStr::new(&value, Span::call_site())),
                }),
            }))
        })
        .collect()
}

/// `#[derive(…)]` of `base` and then `extra` (from `codegen.toml`); a text
/// that is not a path is left out (the configuration refuses those first).
pub fn derives(base: &[&str], extra: &[String]) -> Attribute {
    let paths: Punctuated<syn::Path, token::Comma> = base
        .iter()
        .copied()
        .chain(extra.iter().map(String::as_str))
        .filter_map(path)
        .collect();
    list("derive", quote::ToTokens::into_token_stream(paths))
}

/// Extra attributes from `codegen.toml` (`#[...]` text), parsed; the
/// configuration refuses text that is not outer attributes.
pub fn attributes(texts: &[String]) -> Vec<Attribute> {
    texts
        .iter()
        .filter_map(|t| syn::parse::Parser::parse_str(Attribute::parse_outer, t).ok())
        .flatten()
        .collect()
}

/// `pub name: ty` with `attrs`.
pub fn field(attrs: Vec<Attribute>, name: &str, ty: syn::Type) -> Field {
    Field {
        attrs,
        vis: public(),
        mutability: syn::FieldMutability::None,
        ident: Some(ident(name)),
        colon_token: Some(token::Colon::default()),
        ty,
    }
}

/// `pub struct Name { fields }` with `attrs`.
pub fn public_struct(attrs: Vec<Attribute>, name: &str, fields: Vec<Field>) -> Item {
    Item::Struct(ItemStruct {
        attrs,
        vis: public(),
        struct_token: token::Struct::default(),
        ident: ident(name),
        generics: syn::Generics::default(),
        fields: Fields::Named(FieldsNamed {
            brace_token: token::Brace::default(),
            named: fields.into_iter().collect(),
        }),
        semi_token: None,
    })
}

/// `Option<ty>`.
pub fn option(ty: syn::Type) -> syn::Type {
    let mut segment = syn::PathSegment::from(ident("Option"));
    segment.arguments = syn::PathArguments::AngleBracketed(syn::AngleBracketedGenericArguments {
        colon2_token: None,
        lt_token: token::Lt::default(),
        args: std::iter::once(syn::GenericArgument::Type(ty)).collect(),
        gt_token: token::Gt::default(),
    });
    syn::Type::Path(syn::TypePath {
        qself: None,
        path: segment.into(),
    })
}

fn public() -> syn::Visibility {
    syn::Visibility::Public(token::Pub::default())
}

fn outer(meta: Meta) -> Attribute {
    Attribute {
        pound_token: token::Pound::default(),
        style: AttrStyle::Outer,
        bracket_token: token::Bracket::default(),
        meta,
    }
}
