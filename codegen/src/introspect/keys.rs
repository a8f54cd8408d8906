//! What hangs off a table: `pg_constraint` rows into keys, foreign keys and
//! checks (a domain's checks set aside), `pg_index` rows into indexes and
//! unique keys, `pg_policy` rows into policies.

use super::rows::*;
use super::tables::ColumnNames;
use super::unknown;
use schema::*;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Puts each constraint on its table (or a partition's own foreign key on
/// its parent); returns domain checks by type OID.
pub(super) fn constraints(
    tables: &mut BTreeMap<i64, Table>,
    rows: Vec<ConstraintRow>,
    indexes: &[IndexRow],
    names: &ColumnNames,
) -> Result<HashMap<i64, Vec<Check>>, sqlx::Error> {
    let nulls_not_distinct: HashSet<i64> = indexes
        .iter()
        .filter(|i| i.nulls_not_distinct)
        .map(|i| i.oid)
        .collect();
    let mut domain_checks: HashMap<i64, Vec<Check>> = HashMap::new();
    let parent_of: HashMap<String, i64> = tables
        .iter()
        .flat_map(|(oid, t)| {
            t.partitioning
                .iter()
                .flat_map(|p| p.partitions.iter().map(|q| (q.clone(), *oid)))
        })
        .collect();
    for mut k in rows {
        let contype = ConstraintKind::from_contype(&k.contype)
            .map_err(|e| unknown(format!("constraint {}", k.name), e))?;
        if let (Some(partition), Some(columns)) = (k.partition.take(), k.column_names.take()) {
            partition_foreign_key(tables, &parent_of, partition, columns, k, names)?;
            continue;
        }
        let columns = names.of(k.relid, &k.columns);
        let nnd = nulls_not_distinct.contains(&k.index_oid);
        let check = |k: ConstraintRow| Check {
            name: k.name,
            expression: k.definition.unwrap_or_default(),
            columns: columns.clone(),
            validated: k.validated,
        };
        if k.typid != 0 {
            domain_checks.entry(k.typid).or_default().push(check(k));
            continue;
        }
        let Some(t) = tables.get_mut(&k.relid) else {
            continue;
        };
        match contype {
            ConstraintKind::PrimaryKey => {
                t.primary_key = Some(key(k.name, columns, false, None, nnd))
            }
            ConstraintKind::Unique => t.unique_keys.push(key(k.name, columns, false, None, nnd)),
            ConstraintKind::ForeignKey => t.foreign_keys.push(foreign_key(k, columns, names)?),
            ConstraintKind::Check => t.checks.push(check(k)),
        }
    }
    Ok(domain_checks)
}

/// A partition's own foreign key (not cloned from its parent's), kept on
/// the parent under the partition's name.
fn partition_foreign_key(
    tables: &mut BTreeMap<i64, Table>,
    parent_of: &HashMap<String, i64>,
    partition: String,
    columns: Vec<String>,
    k: ConstraintRow,
    names: &ColumnNames,
) -> Result<(), sqlx::Error> {
    let Some(parent) = parent_of.get(&partition).and_then(|o| tables.get_mut(o)) else {
        return Ok(());
    };
    let Some(p) = parent.partitioning.as_mut() else {
        return Ok(());
    };
    let mut keys = p
        .partition_foreign_keys
        .remove(&partition)
        .unwrap_or_default();
    keys.push(foreign_key(k, columns, names)?);
    keys.sort_by(|a, b| a.name.cmp(&b.name));
    p.partition_foreign_keys.insert(partition, keys);
    Ok(())
}

fn foreign_key(
    k: ConstraintRow,
    columns: Vec<String>,
    names: &ColumnNames,
) -> Result<ForeignKey, sqlx::Error> {
    let action = |code: &str| {
        FkAction::from_code(code).map_err(|e| unknown(format!("foreign key {}", k.name), e))
    };
    Ok(ForeignKey {
        on_delete: action(&k.on_delete)?,
        on_update: action(&k.on_update)?,
        ref_columns: names.of(k.ref_relid, &k.ref_columns),
        name: k.name,
        columns,
        ref_schema: k.ref_schema.unwrap_or_default(),
        ref_table: k.ref_table.unwrap_or_default(),
        deferrable: k.deferrable,
        validated: k.validated,
    })
}

fn key(
    name: String,
    columns: Vec<String>,
    index_only: bool,
    predicate: Option<String>,
    nnd: bool,
) -> Key {
    Key {
        name,
        columns,
        index_only,
        predicate,
        nulls_not_distinct: nnd,
    }
}

/// Puts each index on its table; a unique index on plain columns that no
/// constraint owns is also a unique key.
pub(super) fn indexes(tables: &mut BTreeMap<i64, Table>, rows: Vec<IndexRow>, names: &ColumnNames) {
    for i in rows {
        let Some(t) = tables.get_mut(&i.relid) else {
            continue;
        };
        let defs = i.key_defs.unwrap_or_default();
        let cols: Vec<String> = i
            .key_attnums
            .iter()
            .map(|&n| {
                if n == 0 {
                    String::new()
                } else {
                    names.of(i.relid, &[n]).remove(0)
                }
            })
            .collect();
        let n = i.key_count as usize;
        let keys: Vec<IndexKey> = (0..n.min(cols.len()))
            .map(|k| match cols[k].as_str() {
                "" => IndexKey::Expression(defs.get(k).cloned().unwrap_or_default()),
                name => IndexKey::Column(name.to_owned()),
            })
            .collect();
        let include: Vec<String> = cols.iter().skip(n).cloned().collect();
        if i.is_unique && !i.is_constraint && keys.iter().all(|k| matches!(k, IndexKey::Column(_)))
        {
            let columns = keys
                .iter()
                .map(|k| match k {
                    IndexKey::Column(c) => c.clone(),
                    IndexKey::Expression(e) => e.clone(),
                })
                .collect();
            t.unique_keys.push(key(
                i.name.clone(),
                columns,
                true,
                i.predicate.clone(),
                i.nulls_not_distinct,
            ));
        }
        t.indexes.push(Index {
            name: i.name,
            method: IndexMethod::from_amname(&i.method),
            unique: i.is_unique,
            primary: i.is_primary,
            keys,
            include,
            predicate: i.predicate,
            valid: i.valid,
            definition: i.definition,
        });
    }
}

/// Puts each row-level security policy on its table.
pub(super) fn policies(
    tables: &mut BTreeMap<i64, Table>,
    rows: Vec<PolicyRow>,
) -> Result<(), sqlx::Error> {
    for p in rows {
        let Some(t) = tables.get_mut(&p.relid) else {
            continue;
        };
        let command = PolicyCommand::from_polcmd(&p.command)
            .map_err(|e| unknown(format!("policy {} on {}.{}", p.name, t.schema, t.name), e))?;
        t.policies.push(Policy {
            name: p.name,
            command,
            permissive: p.permissive,
            roles: p.roles,
            using: p.using_expr,
            with_check: p.check_expr,
        });
    }
    Ok(())
}
