//! A schema's `functions.rs`: typed async wrappers of its SQL functions,
//! like Supabase's `rpc()`. Static SQL, bind parameters only, generic over
//! any `sqlx::PgExecutor` (pool, connection, transaction).

use super::context::Context;
use super::tokens::{comment_lines, doc, ident, parameter_names, quote_sql_ident, rust_type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use schema::{naming, ArgMode, Function, FunctionKind, TypeKind};

/// Why a function gets no wrapper, if it does not.
fn unsupported(ctx: &Context, f: &Function) -> Option<String> {
    if f.kind != FunctionKind::Function {
        return Some(format!("a {}", f.kind));
    }
    if f.returns.ty.kind == TypeKind::Pseudo
        && !matches!(f.returns.ty.name.as_str(), "void" | "record")
    {
        return Some(format!("returns {}", f.returns.ty.sql));
    }
    if f.returns.ty.name == "record" && f.returns.columns.is_empty() {
        return Some("returns an untyped record".into());
    }
    let types = f
        .arguments
        .iter()
        .map(|a| &a.ty)
        .chain(f.returns.columns.iter().map(|a| &a.ty));
    for ty in types.chain(
        (f.returns.columns.is_empty() && f.returns.ty.name != "void").then_some(&f.returns.ty),
    ) {
        // Types without a Rust mapping go through text (`$1::type`,
        // `col::text`); pseudo-types cannot.
        if ty.kind == TypeKind::Pseudo || (ctx.map_type(ty).via_text && ty.array_dims > 1) {
            return Some(format!("uses type {} with no Rust mapping", ty.sql));
        }
    }
    if f.returns
        .columns
        .iter()
        .any(|c| c.name.is_none() && ctx.map_type(&c.ty).via_text)
    {
        return Some("returns an unnamed column read through text".into());
    }
    None
}

/// The wrappers (and row structs) of one schema's functions.
pub fn emit(ctx: &Context, schema: &str) -> TokenStream {
    let funcs: Vec<&Function> = ctx
        .catalog
        .functions
        .iter()
        .filter(|f| f.schema == schema)
        .collect();
    let mut names: Vec<String> = funcs.iter().map(|f| naming::field_name(&f.name)).collect();
    naming::dedupe(&mut names);
    let mut out = TokenStream::new();
    for (f, name) in funcs.into_iter().zip(names) {
        match unsupported(ctx, f) {
            Some(why) => warn_unsupported(ctx, f, &why),
            None => out.extend(wrapper(ctx, f, &name)),
        }
    }
    out
}

/// Warns that `f` gets no wrapper, unless no client would call it.
fn warn_unsupported(ctx: &Context, f: &Function, why: &str) {
    // Trigger and event-trigger functions are never called by
    // clients: no wrapper is expected, so nothing to warn about.
    let expected = matches!(
        f.returns.ty.name.as_str(),
        "trigger"
            | "event_trigger"
            | "internal"
            | "language_handler"
            | "fdw_handler"
            | "index_am_handler"
            | "tsm_handler"
            | "table_am_handler"
    );
    if !expected {
        ctx.warn(format!(
            "{}.{}: no wrapper generated ({why})",
            f.schema, f.signature
        ));
    }
}

/// One function's wrapper, behind its row struct when it returns columns.
fn wrapper(ctx: &Context, f: &Function, name: &str) -> TokenStream {
    let fn_name = ident(name);
    let arg_names = parameter_names(
        f.arguments
            .iter()
            .enumerate()
            .map(|(i, a)| {
                a.name
                    .as_deref()
                    .map(naming::field_name)
                    .unwrap_or_else(|| format!("arg{}", i + 1))
            })
            .collect(),
    );
    let params = f.arguments.iter().zip(&arg_names).map(|(a, n)| {
        let n = ident(n);
        let t = rust_type(&ctx.map_type(&a.ty).rust);
        quote! { #n: #t }
    });
    let binds: Vec<TokenStream> = arg_names
        .iter()
        .map(|n| {
            let n = ident(n);
            quote! { .bind(#n) }
        })
        .collect();
    let call = call_sql(ctx, f);
    let docs = docs(f);
    let allow = (f.arguments.len() > 6).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let (row, body) = if !f.returns.columns.is_empty() {
        let (row, body) = returns_columns(ctx, f, name, &call, &binds);
        (Some(row), body)
    } else {
        (None, returns_value(ctx, f, &call, &binds))
    };
    quote! {
        #row
        #docs
        #allow
        pub async fn #fn_name<'e, E: sqlx::PgExecutor<'e>>(db: E, #(#params),*) #body
    }
}

/// `"schema"."name"($1, VARIADIC $2::type)`.
fn call_sql(ctx: &Context, f: &Function) -> String {
    let placeholders: Vec<String> = f
        .arguments
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let cast = if ctx.map_type(&a.ty).via_text {
                format!("::{}", schema::sql::cast(&a.ty))
            } else {
                String::new()
            };
            if a.mode == ArgMode::Variadic {
                format!("VARIADIC ${}{cast}", i + 1)
            } else {
                format!("${}{cast}", i + 1)
            }
        })
        .collect();
    format!(
        "{}.{}({})",
        quote_sql_ident(&f.schema),
        quote_sql_ident(&f.name),
        placeholders.join(", ")
    )
}

/// The wrapper's doc: the function's comment, what it calls, its defaults.
fn docs(f: &Function) -> TokenStream {
    let mut lines = comment_lines(&f.comment);
    lines.push(format!(
        "Calls `{}.{}` ({}{}).",
        f.schema,
        f.signature,
        f.volatility,
        if f.security_definer {
            ", security definer"
        } else {
            ""
        }
    ));
    for a in &f.arguments {
        if let Some(d) = &a.default {
            lines.push(format!(
                "- `{}` defaults to `{d}` in SQL.",
                a.name.as_deref().unwrap_or("?")
            ));
        }
    }
    doc(&lines)
}

/// The row struct of a function returning columns (`RETURNS TABLE`, OUT
/// parameters) and the wrapper's return type and body.
fn returns_columns(
    ctx: &Context,
    f: &Function,
    name: &str,
    call: &str,
    binds: &[TokenStream],
) -> (TokenStream, TokenStream) {
    // An overload's wrapper has a suffixed name (`get_totals_2`): so has its row.
    let row = if name == naming::field_name(&f.name) {
        format_ident!("{}Row", naming::type_name(&f.name))
    } else {
        format_ident!("{}Row", naming::type_name(name.trim_start_matches("r#")))
    };
    let mut cols: Vec<String> = f
        .returns
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            c.name
                .as_deref()
                .map(naming::field_name)
                .unwrap_or_else(|| format!("column{}", i + 1))
        })
        .collect();
    naming::dedupe(&mut cols);
    let fields = f.returns.columns.iter().zip(&cols).map(|(c, n)| {
        let id = ident(n);
        let t = rust_type(&format!("Option<{}>", ctx.map_type(&c.ty).rust));
        let sql_name = c.name.clone().unwrap_or_default();
        let rename =
            (n.trim_start_matches("r#") != sql_name).then(|| quote!(#[sqlx(rename = #sql_name)]));
        quote! { #rename pub #id: #t }
    });
    let row_doc = doc(&[format!(
        "A row returned by [`{name}`].",
        name = name.trim_start_matches("r#")
    )]);
    let strukt = quote! {
        #row_doc
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, sqlx::FromRow)]
        pub struct #row { #(#fields,)* }
    };
    let select = if f
        .returns
        .columns
        .iter()
        .any(|c| ctx.map_type(&c.ty).via_text)
    {
        f.returns
            .columns
            .iter()
            .map(|c| {
                let n = quote_sql_ident(c.name.as_deref().unwrap_or_default());
                if ctx.map_type(&c.ty).via_text {
                    format!("{n}::text AS {n}")
                } else {
                    n
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        "*".to_owned()
    };
    let sql = format!("SELECT {select} FROM {call}");
    let body = if f.returns.set {
        quote! { -> Result<Vec<#row>, sqlx::Error> { sqlx::query_as::<_, #row>(#sql) #(#binds)* .fetch_all(db).await } }
    } else {
        quote! { -> Result<#row, sqlx::Error> { sqlx::query_as::<_, #row>(#sql) #(#binds)* .fetch_one(db).await } }
    };
    (strukt, body)
}

/// The return type and body of a wrapper returning nothing, a value or a
/// set of values.
fn returns_value(ctx: &Context, f: &Function, call: &str, binds: &[TokenStream]) -> TokenStream {
    if f.returns.ty.name == "void" {
        let sql = format!("SELECT {call}");
        return quote! { -> Result<(), sqlx::Error> { sqlx::query(#sql) #(#binds)* .execute(db).await.map(|_| ()) } };
    }
    let t = rust_type(&ctx.map_type(&f.returns.ty).rust);
    let text = if ctx.map_type(&f.returns.ty).via_text {
        "::text"
    } else {
        ""
    };
    if f.returns.set {
        let sql = if text.is_empty() {
            format!("SELECT * FROM {call}")
        } else {
            format!("SELECT f::text FROM {call} AS f")
        };
        quote! { -> Result<Vec<Option<#t>>, sqlx::Error> { sqlx::query_scalar::<_, Option<#t>>(#sql) #(#binds)* .fetch_all(db).await } }
    } else {
        let sql = format!("SELECT {call}{text}");
        quote! { -> Result<Option<#t>, sqlx::Error> { sqlx::query_scalar::<_, Option<#t>>(#sql) #(#binds)* .fetch_one(db).await } }
    }
}
