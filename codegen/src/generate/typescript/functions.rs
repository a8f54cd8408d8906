//! `Functions`: the functions PostgREST exposes, their argument and return
//! types, overloads told apart as postgres-meta does.

use super::*;

impl<'a> Gen<'a> {
    pub(super) fn functions(&self, schema: &str) -> Vec<Fun<'a>> {
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

    pub(super) fn is_relation_type(&self, t: &TypeRef) -> bool {
        t.kind == TypeKind::Composite && t.array_dims == 0
    }

    /// All the arguments postgres-meta lists (in, out, inout, table).
    pub(super) fn all_args(f: &Function) -> usize {
        let inout = f
            .arguments
            .iter()
            .filter(|a| a.mode == ArgMode::InOut)
            .count();
        f.arguments.len() + f.returns.columns.len() - inout
    }

    pub(super) fn return_type(&self, schema: &str, f: &Function) -> Ty {
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

    pub(super) fn function_doc(&self, schema: &str, fun: &Fun<'_>, group: &[Fun<'_>]) -> Ty {
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

    pub(super) fn conflict(
        &self,
        schema: &str,
        fun: &Fun<'_>,
        group: &[Fun<'_>],
    ) -> Option<String> {
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
    pub(super) fn argument_types(f: &Function) -> String {
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
}
