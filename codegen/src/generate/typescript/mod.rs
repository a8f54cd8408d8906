//! TypeScript types from the schema model: the file `supabase gen types
//! typescript` prints (postgres-meta's generator, formatted as its
//! formatter does), written without Node.js.

mod doc;
mod functions;
mod lookup;
mod members;
mod relationships;

use doc::{join, text, Doc};
use schema::{
    ArgMode, Argument, Catalog, Column, Function, FunctionKind, Identity, Table, TableKind,
    TypeKind, TypeRef,
};
use std::cmp::Ordering;

/// Options of `[typescript]` that change the text.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `isOneToOne` in relationships (the Supabase CLI's default).
    pub one_to_one: bool,
    /// `__InternalSupabase.PostgrestVersion`, when set.
    pub postgrest_version: Option<String>,
}

/// The text of `database.types.ts` for `catalog`.
pub fn generate(catalog: &Catalog, opts: &Options) -> String {
    let g = Gen { c: catalog, opts };
    let mut schemas: Vec<&str> = catalog.schemas.iter().map(|s| s.name.as_str()).collect();
    schemas.sort_by(|a, b| collate(a, b));
    let mut members = Vec::new();
    if let Some(v) = &opts.postgrest_version {
        members.push(text(
            "// Allows to automatically instantiate createClient with right options",
        ));
        members.push(text(
            "// instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)",
        ));
        members.push(prop(
            "__InternalSupabase",
            false,
            obj(vec![prop("PostgrestVersion", false, text(string(v)))], true),
        ));
    }
    for s in &schemas {
        members.push(prop(s, false, g.schema(s)));
    }
    let database = Doc::Concat(vec![
        text("export type Database = "),
        obj_raw(members, true),
    ]);
    let mut out = String::from(JSON_TYPE);
    out.push_str(&doc::print(database, 80));
    out.push_str(HELPERS);
    let mut consts = Vec::new();
    for s in &schemas {
        let enums: Vec<Doc> = g
            .enums(s)
            .into_iter()
            .map(|e| {
                let labels = e.labels.iter().map(|l| text(string(l))).collect();
                Doc::Concat(vec![text(format!("{}: ", key(&e.name))), array(labels)])
            })
            .collect();
        let inner = Doc::Concat(vec![text("Enums: "), object_expr(enums)]);
        consts.push(Doc::Concat(vec![
            text(format!("{}: ", key(s))),
            object_expr(vec![inner]),
        ]));
    }
    let constants = Doc::Concat(vec![
        text("export const Constants = "),
        object_expr(consts),
        text(" as const"),
    ]);
    out.push_str(&doc::print(constants, 80));
    out.push_str("\n\n");
    out
}

const JSON_TYPE: &str = "export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

";

const HELPERS: &str = include_str!("helpers.ts");

// ---------------------------------------------------------------- layout

/// A property of an object type: `key?: type`, unions broken one member a line.
fn prop(name: &str, optional: bool, ty: Doc) -> Doc {
    let k = format!("{}{}: ", key(name), if optional { "?" } else { "" });
    Doc::Concat(vec![text(k), ty])
}

/// `{ a: T; b: U }`, or one member a line; `broken` when the template
/// opened it on its own line (prettier keeps such objects expanded).
fn obj(members: Vec<Doc>, broken: bool) -> Doc {
    if members.is_empty() {
        return text("{}");
    }
    obj_raw(members, broken)
}

fn obj_raw(members: Vec<Doc>, broken: bool) -> Doc {
    let sep = [Doc::IfBreak(vec![], vec![text(";")]), Doc::Line];
    Doc::Group(
        vec![
            text("{"),
            Doc::Indent(
                std::iter::once(Doc::Line)
                    .chain(join(members, &sep))
                    .collect(),
            ),
            Doc::Line,
            text("}"),
        ],
        broken,
    )
}

/// An object expression (the `Constants`): always broken, trailing commas.
fn object_expr(members: Vec<Doc>) -> Doc {
    if members.is_empty() {
        return text("{}");
    }
    let mut inner = vec![Doc::Line];
    inner.extend(join(members, &[text(","), Doc::Line]));
    inner.push(Doc::IfBreak(vec![text(",")], vec![]));
    Doc::Group(
        vec![text("{"), Doc::Indent(inner), Doc::Line, text("}")],
        true,
    )
}

/// `[a, b]` (array expression or tuple type), trailing comma when broken.
fn array(items: Vec<Doc>) -> Doc {
    if items.is_empty() {
        return text("[]");
    }
    let mut inner = vec![Doc::SoftLine];
    inner.extend(join(items, &[text(","), Doc::Line]));
    inner.push(Doc::IfBreak(vec![text(",")], vec![]));
    Doc::Group(
        vec![text("["), Doc::Indent(inner), Doc::SoftLine, text("]")],
        false,
    )
}

/// A TypeScript type, before layout.
#[derive(Debug, Clone, PartialEq)]
enum Ty {
    /// A type printed as is (keywords, references, literals).
    Raw(String),
    Array(Box<Ty>),
    Union(Vec<Ty>),
    /// An object type and whether the template broke it.
    Object(Vec<(String, bool, Ty)>, bool),
}

impl Ty {
    fn raw(s: &str) -> Ty {
        Ty::Raw(s.to_owned())
    }

    fn unknown() -> Ty {
        Ty::raw("unknown")
    }

    fn doc(&self) -> Doc {
        match self {
            Ty::Raw(s) => text(s.clone()),
            Ty::Array(inner) => match &**inner {
                Ty::Union(_) => Doc::Concat(vec![text("("), inner.flat(), text(")[]")]),
                other => Doc::Concat(vec![other.doc(), text("[]")]),
            },
            Ty::Object(members, broken) => obj(
                members
                    .iter()
                    .map(|(k, opt, t)| prop(k, *opt, t.doc()))
                    .collect(),
                *broken,
            ),
            Ty::Union(types) => {
                let objects = types.iter().filter(|t| matches!(t, Ty::Object(..))).count();
                let voids = types
                    .iter()
                    .filter(|t| matches!(t, Ty::Raw(s) if s == "null" || s == "undefined"))
                    .count();
                if objects == 1 && voids > 0 && objects + voids == types.len() {
                    return Doc::Concat(join(types.iter().map(Ty::doc).collect(), &[text(" | ")]));
                }
                let mut inner = vec![Doc::IfBreak(vec![Doc::Line, text("| ")], vec![])];
                inner.extend(join(
                    types.iter().map(Ty::doc).collect(),
                    &[Doc::Line, text("| ")],
                ));
                Doc::Group(vec![Doc::Indent(inner)], false)
            }
        }
    }

    /// The type on one line (inside parentheses).
    fn flat(&self) -> Doc {
        match self {
            Ty::Union(types) => {
                Doc::Concat(join(types.iter().map(Ty::doc).collect(), &[text(" | ")]))
            }
            other => other.doc(),
        }
    }

    /// `T | null` as postgres-meta's `generateNullableUnionTsType`.
    fn nullable(self, nullable: bool) -> Ty {
        match &self {
            Ty::Raw(s) if s == "Json" && !nullable => Ty::raw("NonNullable<Json>"),
            Ty::Raw(s) if s == "unknown" || s == "any" => self,
            _ if !nullable => self,
            Ty::Union(types) => {
                let mut t = types.clone();
                t.push(Ty::raw("null"));
                Ty::Union(t)
            }
            _ => Ty::Union(vec![self, Ty::raw("null")]),
        }
    }
}

/// A property name as prettier prints it: bare when it is an identifier.
fn key(name: &str) -> String {
    let mut chars = name.chars();
    let ident = match chars.next() {
        Some(c) if c.is_alphabetic() || c == '$' || c == '_' => {
            chars.all(|c| c.is_alphanumeric() || c == '$' || c == '_')
        }
        _ => false,
    };
    if ident {
        name.to_owned()
    } else {
        string(name)
    }
}

/// A string literal: `JSON.stringify`, then prettier's choice of quotes.
fn string(s: &str) -> String {
    let doubles = s.matches('"').count();
    let singles = s.matches('\'').count();
    let quote = if doubles > singles { '\'' } else { '"' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `Intl.Collator("en").compare`, for the names of a schema: punctuation
/// before digits before letters, case only breaking ties (lower first).
pub fn collate(a: &str, b: &str) -> Ordering {
    fn primary(c: char) -> (u8, char) {
        match c {
            '_' => (0, '_'),
            '-' => (1, '-'),
            c if c.is_ascii_punctuation() || c.is_whitespace() => (2, c),
            c if c.is_ascii_digit() => (3, c),
            c => (4, c.to_lowercase().next().unwrap_or(c)),
        }
    }
    let pa: Vec<_> = a.chars().map(primary).collect();
    let pb: Vec<_> = b.chars().map(primary).collect();
    pa.cmp(&pb)
        .then_with(|| {
            let ta: Vec<bool> = a.chars().map(char::is_uppercase).collect();
            let tb: Vec<bool> = b.chars().map(char::is_uppercase).collect();
            ta.cmp(&tb)
        })
        .then_with(|| a.cmp(b))
}

// ---------------------------------------------------------------- model

/// Whether a relation is of one kind.
type KindTest = dyn Fn(&Table) -> bool;

struct Gen<'a> {
    c: &'a Catalog,
    opts: &'a Options,
}

/// One relationship, as postgres-meta lists them.
#[derive(Debug, Clone)]
struct Rel {
    name: String,
    schema: String,
    relation: String,
    columns: Vec<String>,
    one_to_one: bool,
    ref_schema: String,
    ref_relation: String,
    ref_columns: Vec<String>,
}

/// A function PostgREST exposes, with its input arguments sorted by name.
struct Fun<'a> {
    f: &'a Function,
    inputs: Vec<&'a Argument>,
}

fn is_pg(t: &TypeRef, names: &[&str]) -> bool {
    t.schema == "pg_catalog" && t.array_dims == 0 && names.contains(&t.name.as_str())
}

fn arg_name(a: &Argument) -> &str {
    a.name.as_deref().unwrap_or("")
}
