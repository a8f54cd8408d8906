//! Tables, views and their columns: `pg_class` and `pg_attribute` rows into
//! [`Table`]s and [`Column`]s, view columns' nullability and origins.

use super::node_tree::{self, proven_not_null};
use super::rows::*;
use super::types::Types;
use super::unknown;
use schema::*;
use std::collections::{BTreeMap, HashMap};

/// Column names by (relation, number): keys, indexes and foreign keys refer
/// to numbers.
pub(super) struct ColumnNames(pub HashMap<(i64, i32), String>);

impl ColumnNames {
    pub fn new(columns: &[ColumnRow]) -> Self {
        ColumnNames(
            columns
                .iter()
                .map(|c| ((c.relid, c.attnum), c.name.clone()))
                .collect(),
        )
    }

    /// The relations foreign keys point at whose columns are not known
    /// (outside the chosen schemas).
    pub fn missing_references(&self, constraints: &[ConstraintRow]) -> Vec<i64> {
        constraints
            .iter()
            .filter(|k| {
                k.ref_relid != 0
                    && k.ref_columns
                        .iter()
                        .any(|n| !self.0.contains_key(&(k.ref_relid, *n)))
            })
            .map(|k| k.ref_relid)
            .collect()
    }

    pub fn extend(&mut self, rows: Vec<ForeignColumnRow>) {
        self.0
            .extend(rows.into_iter().map(|r| ((r.relid, r.attnum), r.name)));
    }

    /// The names of `attnums` of `relid` (`#n` for one not known).
    pub fn of(&self, relid: i64, attnums: &[i32]) -> Vec<String> {
        attnums
            .iter()
            .map(|n| {
                self.0
                    .get(&(relid, *n))
                    .cloned()
                    .unwrap_or_else(|| format!("#{n}"))
            })
            .collect()
    }
}

/// Columns by relation OID, in their order.
pub(super) fn columns(
    types: &Types,
    rows: Vec<ColumnRow>,
) -> Result<HashMap<i64, Vec<Column>>, sqlx::Error> {
    let mut by_rel: HashMap<i64, Vec<Column>> = HashMap::new();
    for c in rows {
        let list = by_rel.entry(c.relid).or_default();
        let position = list.len() as u32 + 1;
        list.push(column(types, c, position)?);
    }
    Ok(by_rel)
}

fn column(types: &Types, c: ColumnRow, position: u32) -> Result<Column, sqlx::Error> {
    let identity = Identity::from_attidentity(&c.identity)
        .map_err(|e| unknown(format!("column {}", c.name), e))?;
    let generated = (c.generated == "s")
        .then(|| c.default_expr.clone())
        .flatten();
    Ok(Column {
        name: c.name,
        position,
        ty: types.type_ref(c.typid, c.typmod, c.ndims, Some(c.sql)),
        nullable: !c.not_null,
        default: if generated.is_some() {
            None
        } else {
            c.default_expr
        },
        identity,
        generated,
        comment: c.comment,
        grants: grants(c.grants),
        updatable: c.updatable,
        origin: None,
    })
}

/// The relations, by OID, with their columns (taken from `columns`) and the
/// proven NOT NULL of view columns; keys, indexes and policies come later.
pub(super) fn tables(
    relations: Vec<RelationRow>,
    columns: &mut HashMap<i64, Vec<Column>>,
    views: &[ViewQueryRow],
    base: &[BaseColumnRow],
) -> Result<BTreeMap<i64, Table>, sqlx::Error> {
    let view_not_null = view_nullability(views, base);
    let mut tables = BTreeMap::new();
    for r in relations {
        let kind = TableKind::from_relkind(&r.relkind)
            .map_err(|e| unknown(format!("relation {}.{}", r.schema, r.name), e))?;
        let mut cols = columns.remove(&r.oid).unwrap_or_default();
        if let Some(proven) = view_not_null.get(&r.oid) {
            for (c, not_null) in cols.iter_mut().zip(proven) {
                c.nullable = !not_null;
            }
        }
        tables.insert(r.oid, table(r, kind, cols));
    }
    Ok(tables)
}

fn table(r: RelationRow, kind: TableKind, columns: Vec<Column>) -> Table {
    Table {
        schema: r.schema,
        name: r.name,
        kind,
        comment: r.comment,
        columns,
        primary_key: None,
        unique_keys: Vec::new(),
        foreign_keys: Vec::new(),
        checks: Vec::new(),
        indexes: Vec::new(),
        rls_enabled: r.rls_enabled,
        rls_forced: r.rls_forced,
        policies: Vec::new(),
        grants: grants(r.grants),
        definition: r.definition.map(|d| d.trim().to_owned()),
        partitioning: r.partition_key.map(|key| Partitioning {
            key,
            partitions: r.partitions.unwrap_or_default(),
            partition_foreign_keys: BTreeMap::new(),
        }),
        view_writes: match (r.view_insert, r.view_update) {
            (Some(insert), Some(update)) => Some(ViewWrites { insert, update }),
            _ => None,
        },
    }
}

/// `role=PRIV,PRIV` lines into grants.
fn grants(lines: Option<Vec<String>>) -> Vec<Grant> {
    lines
        .unwrap_or_default()
        .into_iter()
        .filter_map(|l| {
            let (grantee, privs) = l.rsplit_once('=')?;
            Some(Grant {
                grantee: grantee.to_owned(),
                privileges: privs.split(',').map(str::to_owned).collect(),
            })
        })
        .collect()
}

/// The table column each view column reads unchanged, followed through
/// views of the chosen schemas.
pub(super) fn set_origins(
    tables: &mut BTreeMap<i64, Table>,
    views: &[ViewQueryRow],
    names: &ColumnNames,
) {
    let direct: HashMap<(i64, i64), (i64, i64)> = views
        .iter()
        .flat_map(|v| {
            node_tree::target_origins(&v.tree)
                .into_iter()
                .map(move |(resno, tbl, col)| ((v.relid, resno), (tbl, col)))
        })
        .collect();
    let mut found = Vec::new();
    for (&(view, resno), &origin) in &direct {
        let mut at = origin;
        for _ in 0..64 {
            match direct.get(&at) {
                Some(&next) => at = next,
                None => break,
            }
        }
        let Some(t) = tables.get(&at.0) else { continue };
        if t.kind.is_view() {
            continue;
        }
        let Some(column) = i32::try_from(at.1)
            .ok()
            .and_then(|n| names.0.get(&(at.0, n)))
        else {
            continue;
        };
        found.push((
            view,
            resno,
            ColumnOrigin {
                schema: t.schema.clone(),
                table: t.name.clone(),
                column: column.clone(),
            },
        ));
    }
    for (view, resno, origin) in found {
        if let Some(c) = tables.get_mut(&view).and_then(|t| {
            t.columns
                .iter_mut()
                .find(|c| i64::from(c.position) == resno)
        }) {
            c.origin = Some(origin);
        }
    }
}

/// Proven NOT NULL of each view column, views over views included (to a fixpoint).
fn view_nullability(views: &[ViewQueryRow], base: &[BaseColumnRow]) -> HashMap<i64, Vec<bool>> {
    let base: HashMap<(i64, i64), (bool, bool)> = base
        .iter()
        .map(|b| {
            (
                (b.relid, b.attnum as i64),
                (b.not_null, matches!(b.relkind.as_str(), "v" | "m")),
            )
        })
        .collect();
    let mut proven: HashMap<i64, Vec<bool>> = HashMap::new();
    for _ in 0..=views.len() {
        let mut changed = false;
        for v in views {
            let lookup = |relid: i64, attnum: i64| -> Option<bool> {
                match base.get(&(relid, attnum)) {
                    Some((_, true)) => proven
                        .get(&relid)
                        .and_then(|cols| cols.get(attnum as usize - 1).copied()),
                    Some((not_null, false)) => Some(*not_null),
                    None => None,
                }
            };
            let result = proven_not_null(&v.tree, &lookup);
            if proven.get(&v.relid) != Some(&result) {
                proven.insert(v.relid, result);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    proven
}
