//! A table file's [outline](super::outline) as `syn` items, for
//! prettyplease: what a table file goes through when the outline's own
//! printer gives up. The other emitters write `quote!` and go through
//! [`super::write::format`].

use super::outline::{self, Arg, Attr};
use super::tokens::{ident, path, rust_type};
use proc_macro2::{Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{token, AttrStyle, Attribute, Field, Fields, FieldsNamed, Item, ItemStruct, Meta};

/// `#[name(tokens)]`.
fn list(name: &str, tokens: TokenStream) -> Attribute {
    outer(Meta::List(syn::MetaList {
        path: ident(name).into(),
        delimiter: syn::MacroDelimiter::Paren(token::Paren::default()),
        tokens,
    }))
}

/// The outline's structs as `syn` items, for prettyplease.
pub fn items(structs: &[outline::Struct]) -> Vec<Item> {
    structs
        .iter()
        .map(|s| {
            let fields = s
                .fields
                .iter()
                .map(|f| field(attributes(&f.attrs), &f.name, rust_type(&f.ty)))
                .collect();
            public_struct(attributes(&s.attrs), &s.name, fields)
        })
        .collect()
}

fn attributes(attrs: &[Attr]) -> Vec<Attribute> {
    let mut out = Vec::with_capacity(attrs.len());
    for a in attrs {
        match a {
            Attr::Doc(value) => out.push(doc(value)),
            Attr::List(name, args) => {
                let mut tokens: Vec<TokenTree> = Vec::new();
                // An argument that does not parse is left out (the
                // configuration refuses those first).
                for arg in args.iter().filter_map(arg) {
                    if !tokens.is_empty() {
                        tokens.push(Punct::new(',', Spacing::Alone).into());
                    }
                    tokens.extend(arg);
                }
                out.push(list(name, tokens.into_iter().collect()));
            }
            Attr::Raw(text) => out.extend(
                syn::parse::Parser::parse_str(Attribute::parse_outer, text).unwrap_or_default(),
            ),
        }
    }
    out
}

fn arg(arg: &Arg) -> Option<TokenStream> {
    let assign = |name: &str, value: TokenStream| {
        let mut t = TokenStream::from(TokenTree::from(ident(name)));
        t.extend([TokenTree::from(Punct::new('=', Spacing::Alone))]);
        t.extend(value);
        t
    };
    Some(match arg {
        Arg::Flag(name) => TokenTree::from(ident(name)).into(),
        Arg::Str(name, value) => assign(name, TokenTree::from(string(value)).into()),
        Arg::Path(name, text) => assign(name, path(text)?.into_token_stream()),
        Arg::Bare(text) => path(text)?.into_token_stream(),
    })
}

/// A string literal, spelled as [`outline::literal`] prints it.
fn string(value: &str) -> Literal {
    outline::literal(value)
        .parse()
        .unwrap_or_else(|_| Literal::string(value))
}

/// `#[doc = "…"]` (printed as a `///` line).
fn doc(value: &str) -> Attribute {
    outer(Meta::NameValue(syn::MetaNameValue {
        path: ident("doc").into(),
        eq_token: token::Eq::default(),
        value: syn::Expr::Lit(syn::ExprLit {
            attrs: Vec::new(),
            lit: syn::Lit::Str(syn::LitStr::new(value, Span::call_site())),
        }),
    }))
}

/// `pub name: ty` with `attrs`.
fn field(attrs: Vec<Attribute>, name: &str, ty: syn::Type) -> Field {
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
fn public_struct(attrs: Vec<Attribute>, name: &str, fields: Vec<Field>) -> Item {
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
