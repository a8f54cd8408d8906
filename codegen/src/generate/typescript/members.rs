//! One schema's members: `Tables`, `Views`, `Functions`, `Enums` and
//! `CompositeTypes`.

use super::*;

/// `{ [_ in never]: never }`, for an empty member.
fn never() -> Doc {
    obj(vec![text("[_ in never]: never")], true)
}

/// `items` as an object, or [`never`] when there are none.
fn object_or_never(items: Vec<Doc>) -> Doc {
    if items.is_empty() {
        never()
    } else {
        obj(items, true)
    }
}

impl<'a> Gen<'a> {
    pub(super) fn schema(&self, schema: &str) -> Doc {
        let rels = self.relationships();
        let funs = self.functions(schema);
        let tables: Vec<Doc> = self
            .relations(schema, false)
            .iter()
            .map(|t| self.table_doc(schema, &funs, &rels, t))
            .collect();
        let views: Vec<Doc> = self
            .relations(schema, true)
            .iter()
            .map(|v| self.view_doc(schema, &funs, &rels, v))
            .collect();
        let _ = self.in_schemas(schema);
        obj(
            vec![
                prop("Tables", false, object_or_never(tables)),
                prop("Views", false, object_or_never(views)),
                prop("Functions", false, self.functions_doc(schema, &funs)),
                prop("Enums", false, self.enums_doc(schema)),
                prop("CompositeTypes", false, self.composites_doc(schema)),
            ],
            true,
        )
    }

    /// The computed fields of `t`: functions taking one `t` row.
    fn computed(&self, schema: &str, funs: &[Fun<'_>], t: &Table) -> Vec<Doc> {
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
    }

    /// `Row`: every column, then the computed fields.
    fn row_doc(&self, schema: &str, funs: &[Fun<'_>], t: &Table, cols: &[&Column]) -> Doc {
        let mut row: Vec<Doc> = cols
            .iter()
            .map(|c| {
                let (ty, nullable) = self.column_type(t, c);
                prop(&c.name, false, ty.nullable(nullable).doc())
            })
            .collect();
        row.extend(self.computed(schema, funs, t));
        obj(row, true)
    }

    fn table_doc(&self, schema: &str, funs: &[Fun<'_>], rels: &[Rel], t: &Table) -> Doc {
        let cols = Self::sorted_columns(t);
        let write = |update: bool| -> Doc {
            obj(
                cols.iter()
                    .map(|c| {
                        if c.identity == Some(Identity::Always) || c.generated.is_some() {
                            return prop(&c.name, true, text("never"));
                        }
                        let (ty, nullable) = self.column_type(t, c);
                        let optional =
                            update || nullable || c.identity.is_some() || c.default.is_some();
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
                    prop("Row", false, self.row_doc(schema, funs, t, &cols)),
                    prop("Insert", false, write(false)),
                    prop("Update", false, write(true)),
                    prop("Relationships", false, self.relationships_doc(rels, t)),
                ],
                true,
            ),
        )
    }

    fn view_doc(&self, schema: &str, funs: &[Fun<'_>], rels: &[Rel], v: &Table) -> Doc {
        let cols = Self::sorted_columns(v);
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
        let none = schema::ViewWrites {
            insert: false,
            update: false,
        };
        let writes = if v.kind == TableKind::View {
            v.view_writes.unwrap_or(none)
        } else {
            none
        };
        let mut m = vec![prop("Row", false, self.row_doc(schema, funs, v, &cols))];
        if writes.insert {
            m.push(prop("Insert", false, write()));
        }
        if writes.update {
            m.push(prop("Update", false, write()));
        }
        m.push(prop(
            "Relationships",
            false,
            self.relationships_doc(rels, v),
        ));
        prop(&v.name, false, obj(m, true))
    }

    /// `Functions`: overloads of one name together, as a union.
    fn functions_doc(&self, schema: &str, funs: &[Fun<'_>]) -> Doc {
        if funs.is_empty() {
            return never();
        }
        let mut groups: Vec<Vec<&Fun<'_>>> = Vec::new();
        for f in funs {
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
    }

    fn enums_doc(&self, schema: &str) -> Doc {
        let enums = self
            .enums(schema)
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
            .collect();
        object_or_never(enums)
    }

    fn composites_doc(&self, schema: &str) -> Doc {
        let mut comps: Vec<&schema::Composite> = self
            .c
            .composites
            .iter()
            .filter(|c| c.schema == schema && !c.attributes.is_empty())
            .collect();
        comps.sort_by(|a, b| collate(&a.name, &b.name));
        let comps = comps
            .iter()
            .map(|c| {
                let attrs = c
                    .attributes
                    .iter()
                    .map(|a| prop(&a.name, false, self.ref_type(&a.ty).nullable(true).doc()))
                    .collect();
                prop(&c.name, false, obj(attrs, true))
            })
            .collect();
        object_or_never(comps)
    }
}
