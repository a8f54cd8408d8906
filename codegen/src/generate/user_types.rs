//! A schema's `types.rs`: enums (`sqlx::Type`, which also gives arrays),
//! composites (`sqlx::Type` structs) and domains (aliases of their base).

use super::context::Context;
use super::tokens::{comment_lines, doc, ident, rust_type};
use proc_macro2::TokenStream;
use quote::quote;
use schema::naming;

/// The types of one schema.
pub fn emit(ctx: &Context, schema: &str) -> TokenStream {
    let mut out = TokenStream::new();
    for e in ctx.catalog.enums.iter().filter(|e| e.schema == schema) {
        let Some(name) = ctx.type_names.get(&(e.schema.clone(), e.name.clone())) else {
            continue;
        };
        let ty = ident(name);
        let mut variants: Vec<String> = e.labels.iter().map(|l| naming::variant_name(l)).collect();
        naming::dedupe(&mut variants);
        let variants = e.labels.iter().zip(&variants).map(|(label, v)| {
            let v = ident(v);
            quote! { #[sqlx(rename = #label)] #[serde(rename = #label)] #v }
        });
        let mut lines = comment_lines(&e.comment);
        lines.push(format!(
            "Enum `{}.{}`: {}.",
            e.schema,
            e.name,
            e.labels
                .iter()
                .map(|l| format!("`{l}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        let docs = doc(&lines);
        let type_name = schema::sql::type_name(&e.schema, &e.name);
        out.extend(quote! {
            #docs
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, sqlx::Type)]
            #[sqlx(type_name = #type_name)]
            pub enum #ty { #(#variants,)* }
        });
    }
    for c in ctx.catalog.composites.iter().filter(|c| c.schema == schema) {
        let Some(name) = ctx.type_names.get(&(c.schema.clone(), c.name.clone())) else {
            ctx.warn(format!(
                "{}.{}: composite type with attributes that have no Rust mapping; columns of it are read as text",
                c.schema, c.name
            ));
            continue;
        };
        let ty = ident(name);
        let mut fields: Vec<String> = c
            .attributes
            .iter()
            .map(|a| naming::field_name(&a.name))
            .collect();
        naming::dedupe(&mut fields);
        let fields = c.attributes.iter().zip(&fields).map(|(a, f)| {
            let f = ident(f);
            let t = rust_type(&format!("Option<{}>", ctx.map_type(&a.ty).rust));
            let d = doc(&[format!(
                "SQL: `{}` (attribute `{}`; composites are read by position)",
                a.ty.sql, a.name
            )]);
            quote! { #d pub #f: #t }
        });
        let mut lines = comment_lines(&c.comment);
        lines.push(format!("Composite type `{}.{}`.", c.schema, c.name));
        let docs = doc(&lines);
        let type_name = schema::sql::type_name(&c.schema, &c.name);
        out.extend(quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, sqlx::Type)]
            #[sqlx(type_name = #type_name)]
            pub struct #ty { #(#fields,)* }
        });
    }
    for d in ctx.catalog.domains.iter().filter(|d| d.schema == schema) {
        let Some(name) = ctx.type_names.get(&(d.schema.clone(), d.name.clone())) else {
            continue;
        };
        let ty = ident(name);
        let base = rust_type(&ctx.map_type(&d.base).rust);
        let mut lines = comment_lines(&d.comment);
        lines.push(format!(
            "Domain `{}.{}` over `{}`{}.",
            d.schema,
            d.name,
            d.base.sql,
            if d.not_null { ", NOT NULL" } else { "" }
        ));
        for check in &d.checks {
            lines.push(format!("- `{}`: `{}`", check.name, check.expression));
        }
        let docs = doc(&lines);
        out.extend(quote! { #docs pub type #ty = #base; });
    }
    out
}
