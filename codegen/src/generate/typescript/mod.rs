//! TypeScript types from the schema model: the file `supabase gen types
//! typescript` prints (postgres-meta's generator, formatted as its
//! formatter does), written without Node.js.

mod doc;

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

impl<'a> Gen<'a> {
    fn in_schemas(&self, schema: &str) -> bool {
        self.c.schemas.iter().any(|s| s.name == schema)
    }

    fn enums(&self, schema: &str) -> Vec<&'a schema::Enum> {
        let mut v: Vec<_> = self
            .c
            .enums
            .iter()
            .filter(|e| e.schema == schema && !e.labels.is_empty())
            .collect();
        v.sort_by(|a, b| collate(&a.name, &b.name));
        v
    }

    /// The relations of `Tables` (tables, partitions, foreign tables) or
    /// `Views` (views, materialized views), sorted by name.
    fn relations(&self, schema: &str, views: bool) -> Vec<Table> {
        let mut v: Vec<Table> = Vec::new();
        for t in self.c.tables.iter().filter(|t| t.schema == schema) {
            if t.kind.is_view() != views {
                continue;
            }
            v.push(t.clone());
        }
        v.extend(self.partitions(schema, views));
        v.sort_by(|a, b| collate(&a.name, &b.name));
        v
    }

    /// Partitions are tables of their own for postgres-meta: the model
    /// keeps them under their parent, with its columns and their own
    /// foreign keys (postgres-meta leaves out those cloned from the parent's).
    fn partitions(&self, schema: &str, views: bool) -> Vec<Table> {
        let mut out = Vec::new();
        if views {
            return out;
        }
        for t in &self.c.tables {
            let Some(p) = &t.partitioning else { continue };
            for qualified in &p.partitions {
                let (s, n) = split_qualified(qualified);
                if s != schema || self.c.table(&s, &n).is_some() {
                    continue;
                }
                let mut part = t.clone();
                part.schema = s;
                part.name = n;
                part.kind = TableKind::Table;
                part.foreign_keys = p
                    .partition_foreign_keys
                    .get(qualified)
                    .cloned()
                    .unwrap_or_default();
                part.partitioning = None;
                out.push(part);
            }
        }
        out
    }

    fn all_relations(&self) -> Vec<Table> {
        let mut all = Vec::new();
        for s in &self.c.schemas {
            all.extend(self.relations(&s.name, false));
            all.extend(self.relations(&s.name, true));
        }
        all
    }

    /// The TypeScript type of the type named `name` (pg_type's name:
    /// `_int4` for an array) in `schema`, as `pgTypeToTsType`.
    fn ts_type(&self, name: &str, schema: &str) -> Ty {
        match name {
            "bool" => return Ty::raw("boolean"),
            "int2" | "int4" | "int8" | "float4" | "float8" | "numeric" => return Ty::raw("number"),
            "bytea" | "bpchar" | "varchar" | "date" | "text" | "citext" | "time" | "timetz"
            | "timestamp" | "timestamptz" | "uuid" | "vector" | "interval" => {
                return Ty::raw("string")
            }
            "json" | "jsonb" => return Ty::raw("Json"),
            "void" => return Ty::raw("undefined"),
            "record" => return Ty::raw("Record<string, unknown>"),
            _ => {}
        }
        if let Some(inner) = name.strip_prefix('_') {
            return Ty::Array(Box::new(self.ts_type(inner, schema)));
        }
        let pick = |cands: Vec<(&str, &str)>| -> Option<(String, String)> {
            cands
                .iter()
                .find(|(s, _)| *s == schema)
                .or_else(|| cands.first())
                .map(|(s, n)| (s.to_string(), n.to_string()))
        };
        let mut enums: Vec<(&str, &str)> = self
            .c
            .enums
            .iter()
            .filter(|e| e.name == name && !e.labels.is_empty())
            .map(|e| (e.schema.as_str(), e.name.as_str()))
            .collect();
        enums.sort_by(|a, b| collate(a.0, b.0));
        if let Some((s, n)) = pick(enums) {
            return Ty::Raw(format!(
                "Database[{}][\"Enums\"][{}]",
                string(&s),
                string(&n)
            ));
        }
        let mut comps: Vec<(&str, &str)> = self
            .c
            .composites
            .iter()
            .filter(|e| e.name == name && !e.attributes.is_empty())
            .map(|e| (e.schema.as_str(), e.name.as_str()))
            .collect();
        comps.sort_by(|a, b| collate(a.0, b.0));
        if let Some((s, n)) = pick(comps) {
            return Ty::Raw(format!(
                "Database[{}][\"CompositeTypes\"][{}]",
                string(&s),
                string(&n)
            ));
        }
        let all = self.all_relations();
        let kinds: [(&str, &KindTest); 4] = [
            ("Tables", &|t: &Table| {
                matches!(t.kind, TableKind::Table | TableKind::PartitionedTable)
            }),
            ("Tables", &|t: &Table| t.kind == TableKind::ForeignTable),
            ("Views", &|t: &Table| t.kind == TableKind::View),
            ("Views", &|t: &Table| t.kind == TableKind::MaterializedView),
        ];
        let find = |same_schema: bool| {
            kinds.iter().find_map(|(kind, is)| {
                all.iter()
                    .filter(|t| is(t))
                    .find(|t| t.name == name && (!same_schema || t.schema == schema))
                    .map(|t| (*kind, t))
            })
        };
        if let Some((kind, t)) = find(true).or_else(|| find(false)) {
            return Ty::Raw(format!(
                "Database[{}][\"{kind}\"][{}][\"Row\"]",
                string(&t.schema),
                string(&t.name)
            ));
        }
        Ty::unknown()
    }

    /// pg_type's name of a type reference (`_x` for arrays).
    fn type_name(t: &TypeRef) -> String {
        if t.array_dims > 0 {
            format!("_{}", t.name)
        } else {
            t.name.clone()
        }
    }

    /// The type of a function argument or composite attribute (a domain is
    /// looked up by its own name).
    fn ref_type(&self, t: &TypeRef) -> Ty {
        self.ts_type(&Self::type_name(t), &t.schema)
    }

    fn domain(&self, t: &TypeRef) -> Option<&'a schema::Domain> {
        (t.kind == TypeKind::Domain && t.array_dims == 0)
            .then(|| {
                self.c
                    .domains
                    .iter()
                    .find(|d| d.schema == t.schema && d.name == t.name)
            })
            .flatten()
    }

    /// A column's type (a domain as its base type) and nullability.
    fn column_type(&self, t: &Table, c: &Column) -> (Ty, bool) {
        let domain = self.domain(&c.ty);
        let ty = match domain {
            Some(d) => self.ts_type(&Self::type_name(&d.base), &d.base.schema),
            None if c.ty.kind == TypeKind::Domain && c.ty.array_dims == 0 => Ty::unknown(),
            None => self.ref_type(&c.ty),
        };
        let not_null = domain.is_some_and(|d| d.not_null) || (!t.kind.is_view() && !c.nullable);
        (ty, !not_null)
    }

    fn sorted_columns(t: &Table) -> Vec<&Column> {
        let mut cols: Vec<&Column> = t.columns.iter().collect();
        cols.sort_by(|a, b| collate(&a.name, &b.name));
        cols
    }

    fn functions(&self, schema: &str) -> Vec<Fun<'a>> {
        let mut out = Vec::new();
        for f in self.c.functions.iter().filter(|f| f.schema == schema) {
            if f.kind != FunctionKind::Function
                || is_pg(&f.returns.ty, &["trigger", "event_trigger"])
            {
                continue;
            }
            let mut inputs: Vec<&Argument> = f.arguments.iter().collect();
            inputs.sort_by(|a, b| collate(arg_name(a), arg_name(b)));
            let unnamed_ok = |a: &Argument| is_pg(&a.ty, &["json", "jsonb", "text"]);
            let keep = inputs.is_empty()
                || inputs.iter().all(|a| a.name.is_some())
                || inputs
                    .iter()
                    .all(|a| a.name.is_some() || (a.default.is_some() && unnamed_ok(a)))
                || (inputs.len() == 1
                    && (unnamed_ok(inputs[0]) || self.is_relation_type(&inputs[0].ty)));
            if keep {
                out.push(Fun { f, inputs });
            }
        }
        out.sort_by(|a, b| collate(&a.f.name, &b.f.name));
        out
    }

    fn is_relation_type(&self, t: &TypeRef) -> bool {
        t.kind == TypeKind::Composite && t.array_dims == 0
    }

    /// All the arguments postgres-meta lists (in, out, inout, table).
    fn all_args(f: &Function) -> usize {
        let inout = f
            .arguments
            .iter()
            .filter(|a| a.mode == ArgMode::InOut)
            .count();
        f.arguments.len() + f.returns.columns.len() - inout
    }

    fn return_type(&self, schema: &str, f: &Function) -> Ty {
        let table_cols: Vec<&Argument> = f
            .returns
            .columns
            .iter()
            .filter(|a| a.mode == ArgMode::Table)
            .collect();
        if !table_cols.is_empty() {
            let mut cols = table_cols;
            cols.sort_by(|a, b| collate(arg_name(a), arg_name(b)));
            return Ty::Object(
                cols.iter()
                    .map(|a| (arg_name(a).to_owned(), false, self.ref_type(&a.ty)))
                    .collect(),
                true,
            );
        }
        let rt = &f.returns.ty;
        if self.is_relation_type(rt) && rt.schema == schema {
            if let Some(t) = self
                .all_relations()
                .into_iter()
                .find(|t| t.schema == rt.schema && t.name == rt.name)
            {
                return Ty::Object(
                    Self::sorted_columns(&t)
                        .into_iter()
                        .map(|c| {
                            let (ty, nullable) = self.column_type(&t, c);
                            (c.name.clone(), false, ty.nullable(nullable))
                        })
                        .collect(),
                    true,
                );
            }
        }
        self.ref_type(rt)
    }

    fn function_doc(&self, schema: &str, fun: &Fun<'_>, group: &[Fun<'_>]) -> Ty {
        let f = fun.f;
        let args = |_: ()| -> Ty {
            if fun.inputs.is_empty() {
                return Ty::raw("Record<PropertyKey, never>");
            }
            Ty::Object(
                fun.inputs
                    .iter()
                    .map(|a| {
                        (
                            arg_name(a).to_owned(),
                            a.default.is_some(),
                            self.ref_type(&a.ty),
                        )
                    })
                    .collect(),
                false,
            )
        };
        let returns_table = self
            .is_relation_type(&f.returns.ty)
            .then(|| f.returns.ty.name.clone());
        let mut returns = self.return_type(schema, f);
        let mut error = None;
        if let Some(msg) = self.conflict(schema, fun, group) {
            error = Some(msg);
        } else if fun.inputs.len() == 1
            && fun.inputs[0].name.is_none()
            && self.is_relation_type(&fun.inputs[0].ty)
            && returns_table.is_none()
        {
            error = Some(format!("the function {schema}.{} with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache", f.name));
        }
        if let Some(msg) = &error {
            returns = Ty::Raw(format!("{{ error: true }} & {}", string(msg)));
        }
        let multiple = f.returns.rows.is_some_and(|r| r > 1);
        let mut setof: Option<(String, String, bool, bool)> = returns_table
            .as_ref()
            .map(|to| ("*".to_owned(), to.clone(), !multiple, f.returns.set));
        // postgres-meta's one argument may be an OUT one (`f(out c.person)`).
        let only = f.arguments.first().or(f.returns.columns.first());
        if let Some(a) = only.filter(|_| Self::all_args(f) == 1) {
            if self.is_relation_type(&a.ty) {
                let from = a.ty.sql.clone();
                if let Some(to) = &returns_table {
                    setof = Some(if f.returns.set {
                        (from, to.clone(), !multiple, true)
                    } else {
                        (from, to.clone(), true, false)
                    });
                }
            }
        }
        let collapse = !multiple && returns_table.is_some();
        if f.returns.set && !collapse {
            returns = Ty::Array(Box::new(returns));
        }
        let mut members = vec![
            ("Args".to_owned(), false, args(())),
            ("Returns".to_owned(), false, returns),
        ];
        if let Some((from, to, one, set)) = setof {
            members.push((
                "SetofOptions".to_owned(),
                false,
                Ty::Object(
                    vec![
                        ("from".into(), false, Ty::Raw(string(&from))),
                        ("to".into(), false, Ty::Raw(string(&to))),
                        ("isOneToOne".into(), false, Ty::Raw(one.to_string())),
                        ("isSetofReturn".into(), false, Ty::Raw(set.to_string())),
                    ],
                    true,
                ),
            ));
        }
        Ty::Object(members, false)
    }

    fn conflict(&self, schema: &str, fun: &Fun<'_>, group: &[Fun<'_>]) -> Option<String> {
        if group.len() <= 1 {
            return None;
        }
        let f = fun.f;
        if fun.inputs.is_empty() {
            let other = group.iter().find(|o| {
                !std::ptr::eq(o.f, f)
                    && o.inputs.len() == 1
                    && o.inputs[0].name.is_none()
                    && o.inputs[0].default.is_some()
            })?;
            let rt = Self::type_name(&other.f.returns.ty);
            return Some(format!("Could not choose the best candidate function between: {schema}.{n}(), {schema}.{n}( => {rt}). Try renaming the parameters or the function itself in the database so function overloading can be resolved", n = f.name));
        }
        if fun.inputs.len() == 1 && fun.inputs[0].name.is_some() {
            let a = fun.inputs[0];
            let others: Vec<&Fun<'_>> = group
                .iter()
                .filter(|o| {
                    !std::ptr::eq(o.f, f)
                        && o.inputs.len() == 1
                        && o.inputs[0].name == a.name
                        && o.inputs[0].ty != a.ty
                })
                .collect();
            if others.is_empty() {
                return None;
            }
            let mut all: Vec<&Fun<'_>> = vec![fun];
            all.extend(others);
            let list: Vec<String> = all
                .iter()
                .map(|o| {
                    let args: Vec<String> = o
                        .inputs
                        .iter()
                        .map(|x| format!("{} => {}", arg_name(x), Self::type_name(&x.ty)))
                        .collect();
                    format!("{schema}.{}({})", f.name, args.join(", "))
                })
                .collect();
            return Some(format!("Could not choose the best candidate function between: {}. Try renaming the parameters or the function itself in the database so function overloading can be resolved", list.join(", ")));
        }
        None
    }

    /// `pg_get_function_arguments`, near enough to order overloads.
    fn argument_types(f: &Function) -> String {
        f.arguments
            .iter()
            .map(|a| {
                let mode = match a.mode {
                    ArgMode::InOut => "INOUT ",
                    ArgMode::Variadic => "VARIADIC ",
                    _ => "",
                };
                let name = a
                    .name
                    .as_deref()
                    .map(|n| format!("{n} "))
                    .unwrap_or_default();
                let default = a
                    .default
                    .as_deref()
                    .map(|d| format!(" DEFAULT {d}"))
                    .unwrap_or_default();
                format!("{mode}{name}{}{default}", a.ty.sql)
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn relationships(&self) -> Vec<Rel> {
        let mut table_rels = Vec::new();
        let partitions: Vec<Table> = self
            .c
            .schemas
            .iter()
            .flat_map(|s| self.partitions(&s.name, false))
            .collect();
        for t in self.c.tables.iter().chain(&partitions) {
            for fk in &t.foreign_keys {
                let keys = t
                    .primary_key
                    .iter()
                    .chain(t.unique_keys.iter().filter(|k| !k.index_only));
                let one_to_one = keys.into_iter().any(|k| {
                    let mut cols = k.columns.clone();
                    cols.sort_by_key(|c| t.column(c).map(|c| c.position).unwrap_or(0));
                    cols == fk.columns
                });
                table_rels.push(Rel {
                    name: fk.name.clone(),
                    schema: t.schema.clone(),
                    relation: t.name.clone(),
                    columns: fk.columns.clone(),
                    one_to_one,
                    ref_schema: fk.ref_schema.clone(),
                    ref_relation: fk.ref_table.clone(),
                    ref_columns: fk.ref_columns.clone(),
                });
            }
        }
        let views: Vec<&Table> = self.c.tables.iter().filter(|t| t.kind.is_view()).collect();
        // (view, [view columns for each of `cols`]) of each view reading all of `cols`.
        let deps =
            |schema: &str, table: &str, cols: &[String]| -> Vec<(&Table, Vec<Vec<String>>)> {
                let mut out = Vec::new();
                for v in &views {
                    let per: Vec<Vec<String>> = cols
                        .iter()
                        .map(|c| {
                            v.columns
                                .iter()
                                .filter(|vc| {
                                    vc.origin.as_ref().is_some_and(|o| {
                                        o.schema == schema && o.table == table && &o.column == c
                                    })
                                })
                                .map(|vc| vc.name.clone())
                                .collect()
                        })
                        .collect();
                    if per.iter().all(|p| !p.is_empty()) {
                        out.push((*v, cartesian(&per)));
                    }
                }
                out
            };
        let mut view_rels = Vec::new();
        for r in &table_rels {
            let from = deps(&r.schema, &r.relation, &r.columns);
            let to = deps(&r.ref_schema, &r.ref_relation, &r.ref_columns);
            for (v, combos) in &from {
                for cols in combos {
                    view_rels.push(Rel {
                        schema: v.schema.clone(),
                        relation: v.name.clone(),
                        columns: cols.clone(),
                        ..r.clone()
                    });
                }
            }
            for (v, combos) in &to {
                for cols in combos {
                    view_rels.push(Rel {
                        ref_schema: v.schema.clone(),
                        ref_relation: v.name.clone(),
                        ref_columns: cols.clone(),
                        ..r.clone()
                    });
                }
            }
            for (v, combos) in &from {
                for cols in combos {
                    for (w, rcombos) in &to {
                        for rcols in rcombos {
                            view_rels.push(Rel {
                                schema: v.schema.clone(),
                                relation: v.name.clone(),
                                columns: cols.clone(),
                                ref_schema: w.schema.clone(),
                                ref_relation: w.name.clone(),
                                ref_columns: rcols.clone(),
                                ..r.clone()
                            });
                        }
                    }
                }
            }
        }
        table_rels.extend(view_rels);
        table_rels.sort_by(|a, b| {
            collate(&a.name, &b.name)
                .then_with(|| collate(&a.ref_relation, &b.ref_relation))
                .then_with(|| collate(&json_list(&a.ref_columns), &json_list(&b.ref_columns)))
        });
        table_rels
    }

    fn relationships_doc(&self, rels: &[Rel], t: &Table) -> Doc {
        let items: Vec<Doc> = rels
            .iter()
            .filter(|r| r.schema == t.schema && r.relation == t.name && r.ref_schema == t.schema)
            .map(|r| {
                let list = |cols: &[String]| array(cols.iter().map(|c| text(string(c))).collect());
                let mut m = vec![
                    prop("foreignKeyName", false, text(string(&r.name))),
                    prop("columns", false, list(&r.columns)),
                ];
                if self.opts.one_to_one {
                    m.push(prop("isOneToOne", false, text(r.one_to_one.to_string())));
                }
                m.push(prop(
                    "referencedRelation",
                    false,
                    text(string(&r.ref_relation)),
                ));
                m.push(prop("referencedColumns", false, list(&r.ref_columns)));
                obj(m, true)
            })
            .collect();
        array(items)
    }

    fn schema(&self, schema: &str) -> Doc {
        let rels = self.relationships();
        let funs = self.functions(schema);
        let computed = |t: &Table| -> Vec<Doc> {
            funs.iter()
                .filter(|f| {
                    f.inputs.len() == 1
                        && self.is_relation_type(&f.inputs[0].ty)
                        && f.inputs[0].ty.schema == t.schema
                        && f.inputs[0].ty.name == t.name
                })
                .map(|f| {
                    prop(
                        &f.f.name,
                        false,
                        self.return_type(schema, f.f).nullable(true).doc(),
                    )
                })
                .collect()
        };
        let never = || obj(vec![text("[_ in never]: never")], true);

        let tables = self.relations(schema, false);
        let tables_doc = if tables.is_empty() {
            never()
        } else {
            obj(
                tables
                    .iter()
                    .map(|t| {
                        let cols = Self::sorted_columns(t);
                        let mut row: Vec<Doc> = cols
                            .iter()
                            .map(|c| {
                                let (ty, nullable) = self.column_type(t, c);
                                prop(&c.name, false, ty.nullable(nullable).doc())
                            })
                            .collect();
                        row.extend(computed(t));
                        let write = |update: bool| -> Doc {
                            obj(
                                cols.iter()
                                    .map(|c| {
                                        if c.identity == Some(Identity::Always)
                                            || c.generated.is_some()
                                        {
                                            return prop(&c.name, true, text("never"));
                                        }
                                        let (ty, nullable) = self.column_type(t, c);
                                        let optional = update
                                            || nullable
                                            || c.identity.is_some()
                                            || c.default.is_some();
                                        prop(&c.name, optional, ty.nullable(nullable).doc())
                                    })
                                    .collect(),
                                true,
                            )
                        };
                        prop(
                            &t.name,
                            false,
                            obj(
                                vec![
                                    prop("Row", false, obj(row, true)),
                                    prop("Insert", false, write(false)),
                                    prop("Update", false, write(true)),
                                    prop("Relationships", false, self.relationships_doc(&rels, t)),
                                ],
                                true,
                            ),
                        )
                    })
                    .collect(),
                true,
            )
        };

        let views = self.relations(schema, true);
        let views_doc = if views.is_empty() {
            never()
        } else {
            obj(
                views
                    .iter()
                    .map(|v| {
                        let cols = Self::sorted_columns(v);
                        let mut row: Vec<Doc> = cols
                            .iter()
                            .map(|c| {
                                let (ty, nullable) = self.column_type(v, c);
                                prop(&c.name, false, ty.nullable(nullable).doc())
                            })
                            .collect();
                        row.extend(computed(v));
                        let write = || -> Doc {
                            obj(
                                cols.iter()
                                    .map(|c| {
                                        if c.updatable != Some(true) {
                                            return prop(&c.name, true, text("never"));
                                        }
                                        let (ty, _) = self.column_type(v, c);
                                        prop(&c.name, true, ty.nullable(true).doc())
                                    })
                                    .collect(),
                                true,
                            )
                        };
                        let writes = if v.kind == TableKind::View {
                            v.view_writes.unwrap_or(schema::ViewWrites {
                                insert: false,
                                update: false,
                            })
                        } else {
                            schema::ViewWrites {
                                insert: false,
                                update: false,
                            }
                        };
                        let mut m = vec![prop("Row", false, obj(row, true))];
                        if writes.insert {
                            m.push(prop("Insert", false, write()));
                        }
                        if writes.update {
                            m.push(prop("Update", false, write()));
                        }
                        m.push(prop(
                            "Relationships",
                            false,
                            self.relationships_doc(&rels, v),
                        ));
                        prop(&v.name, false, obj(m, true))
                    })
                    .collect(),
                true,
            )
        };

        let functions_doc = if funs.is_empty() {
            never()
        } else {
            let mut groups: Vec<Vec<&Fun<'_>>> = Vec::new();
            for f in &funs {
                match groups.last_mut() {
                    Some(g) if g[0].f.name == f.f.name => g.push(f),
                    _ => groups.push(vec![f]),
                }
            }
            obj(
                groups
                    .into_iter()
                    .map(|mut g| {
                        g.sort_by(|a, b| {
                            collate(&Self::argument_types(a.f), &Self::argument_types(b.f))
                                .then_with(|| collate(&a.f.returns.ty.sql, &b.f.returns.ty.sql))
                        });
                        let owned: Vec<Fun<'_>> = g
                            .iter()
                            .map(|f| Fun {
                                f: f.f,
                                inputs: f.inputs.clone(),
                            })
                            .collect();
                        let sigs: Vec<Ty> = owned
                            .iter()
                            .map(|f| self.function_doc(schema, f, &owned))
                            .collect();
                        let ty = if sigs.len() == 1 {
                            sigs.into_iter().next().expect("one")
                        } else {
                            Ty::Union(sigs)
                        };
                        prop(&g[0].f.name, false, ty.doc())
                    })
                    .collect(),
                true,
            )
        };

        let enums = self.enums(schema);
        let enums_doc = if enums.is_empty() {
            never()
        } else {
            obj(
                enums
                    .iter()
                    .map(|e| {
                        let labels: Vec<Ty> = e.labels.iter().map(|l| Ty::Raw(string(l))).collect();
                        let ty = if labels.len() == 1 {
                            labels.into_iter().next().expect("one")
                        } else {
                            Ty::Union(labels)
                        };
                        prop(&e.name, false, ty.doc())
                    })
                    .collect(),
                true,
            )
        };

        let mut comps: Vec<&schema::Composite> = self
            .c
            .composites
            .iter()
            .filter(|c| c.schema == schema && !c.attributes.is_empty())
            .collect();
        comps.sort_by(|a, b| collate(&a.name, &b.name));
        let comps_doc = if comps.is_empty() {
            never()
        } else {
            obj(
                comps
                    .iter()
                    .map(|c| {
                        let attrs = c
                            .attributes
                            .iter()
                            .map(|a| {
                                prop(&a.name, false, self.ref_type(&a.ty).nullable(true).doc())
                            })
                            .collect();
                        prop(&c.name, false, obj(attrs, true))
                    })
                    .collect(),
                true,
            )
        };
        let _ = self.in_schemas(schema);
        obj(
            vec![
                prop("Tables", false, tables_doc),
                prop("Views", false, views_doc),
                prop("Functions", false, functions_doc),
                prop("Enums", false, enums_doc),
                prop("CompositeTypes", false, comps_doc),
            ],
            true,
        )
    }
}

fn cartesian(lists: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for l in lists {
        out = out
            .into_iter()
            .flat_map(|combo| {
                l.iter().map(move |x| {
                    let mut c = combo.clone();
                    c.push(x.clone());
                    c
                })
            })
            .collect();
    }
    out
}

fn json_list(v: &[String]) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn split_qualified(q: &str) -> (String, String) {
    let parts = crate::generate::typescript::split_ident(q);
    match parts.as_slice() {
        [s, n] => (s.clone(), n.clone()),
        _ => (String::new(), q.to_owned()),
    }
}

/// `a.b` / `"a.x".b` as `format('%I.%I')` prints it, split.
fn split_ident(q: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = q.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            '.' if !quoted => parts.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    parts.push(cur);
    parts
}
