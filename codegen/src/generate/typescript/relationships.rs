//! `Relationships`: foreign keys, and the views that read both of their
//! ends, as postgres-meta lists them.

use super::*;

impl<'a> Gen<'a> {
    /// Every relationship, sorted as postgres-meta sorts them.
    pub(super) fn relationships(&self) -> Vec<Rel> {
        let mut table_rels = self.table_relationships();
        let view_rels = self.view_relationships(&table_rels);
        table_rels.extend(view_rels);
        table_rels.sort_by(|a, b| {
            collate(&a.name, &b.name)
                .then_with(|| collate(&a.ref_relation, &b.ref_relation))
                .then_with(|| collate(&json_list(&a.ref_columns), &json_list(&b.ref_columns)))
        });
        table_rels
    }

    /// The foreign keys of tables and partitions.
    fn table_relationships(&self) -> Vec<Rel> {
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
        table_rels
    }

    /// The relationships of views that read a foreign key's columns, its
    /// referenced columns, or both (one per combination of view columns).
    fn view_relationships(&self, table_rels: &[Rel]) -> Vec<Rel> {
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
        for r in table_rels {
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
        view_rels
    }

    pub(super) fn relationships_doc(&self, rels: &[Rel], t: &Table) -> Doc {
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
}

pub(super) fn cartesian(lists: &[Vec<String>]) -> Vec<Vec<String>> {
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

pub(super) fn json_list(v: &[String]) -> String {
    serde_json::to_string(v).unwrap_or_default()
}
