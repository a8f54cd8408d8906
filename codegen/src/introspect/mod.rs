//! The introspector: a fixed number of catalog queries for the whole
//! database (`queries`), raw rows (`rows`), assembled here into the schema
//! model. Replaces `prisma db pull`.

pub mod node_tree;
mod queries;
mod rows;

pub use node_tree::proven_not_null;

use rows::*;
use schema::*;
use sqlx::PgConnection;
use std::collections::{BTreeMap, HashMap};

/// The schemas read when none are named.
pub const DEFAULT_SCHEMAS: &[&str] = &["public"];

/// Reads the catalog of `schemas` into the schema model.
pub async fn introspect(
    conn: &mut PgConnection,
    schemas: &[String],
) -> Result<Catalog, sqlx::Error> {
    introspect_with(conn, None, schemas).await
}

/// [`introspect`], with the catalog queries shared between `conn` and a
/// `second` connection to the same database when there is one: both read
/// one exported snapshot (as `pg_dump -j` does), in about half the time.
pub async fn introspect_with(
    conn: &mut PgConnection,
    second: Option<&mut PgConnection>,
    schemas: &[String],
) -> Result<Catalog, sqlx::Error> {
    let namespaces: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT nspname::text, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = ANY($1)",
    )
    .bind(schemas)
    .fetch_all(&mut *conn)
    .await?;
    if let Some(missing) = schemas
        .iter()
        .find(|s| !namespaces.iter().any(|(n, _)| n == *s))
    {
        return Err(sqlx::Error::Protocol(format!(
            "schema {missing:?} does not exist in this database"
        )));
    }
    let version: i32 = sqlx::query_scalar("SELECT current_setting('server_version_num')::int4")
        .fetch_one(&mut *conn)
        .await?;
    let nnd = if version >= 150000 {
        "i.indnullsnotdistinct"
    } else {
        "false"
    };
    let indexes_sql = queries::INDEXES.replace("{NULLS_NOT_DISTINCT}", nnd);
    async fn fetch<T>(
        conn: &mut PgConnection,
        sql: &str,
        schemas: &[String],
    ) -> Result<Vec<T>, sqlx::Error>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
    {
        sqlx::query_as(sql).bind(schemas).fetch_all(conn).await
    }
    // Two halves of about equal server time.
    type First = (
        Vec<ColumnRow>,
        Vec<TypeRow>,
        Vec<PolicyRow>,
        Vec<FunctionRow>,
    );
    async fn first(conn: &mut PgConnection, schemas: &[String]) -> Result<First, sqlx::Error> {
        Ok((
            fetch(&mut *conn, queries::COLUMNS, schemas).await?,
            fetch(&mut *conn, queries::TYPES, schemas).await?,
            fetch(&mut *conn, queries::POLICIES, schemas).await?,
            fetch(&mut *conn, queries::FUNCTIONS, schemas).await?,
        ))
    }
    type Other = (
        Vec<IndexRow>,
        Vec<RelationRow>,
        Vec<ConstraintRow>,
        Vec<ViewQueryRow>,
        Vec<BaseColumnRow>,
    );
    async fn other(
        conn: &mut PgConnection,
        indexes_sql: &str,
        schemas: &[String],
    ) -> Result<Other, sqlx::Error> {
        Ok((
            fetch(&mut *conn, indexes_sql, schemas).await?,
            fetch(&mut *conn, queries::RELATIONS, schemas).await?,
            fetch(&mut *conn, queries::CONSTRAINTS, schemas).await?,
            fetch(&mut *conn, queries::VIEW_QUERIES, schemas).await?,
            fetch(&mut *conn, queries::VIEW_BASE_COLUMNS, schemas).await?,
        ))
    }
    let (
        (columns, types, policies, functions),
        (indexes, relations, constraints, view_queries, base_columns),
    ) = match second {
        None => (
            first(&mut *conn, schemas).await?,
            other(&mut *conn, &indexes_sql, schemas).await?,
        ),
        Some(second) => {
            sqlx::query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                .execute(&mut *conn)
                .await?;
            let shared = async {
                let snapshot: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
                    .fetch_one(&mut *conn)
                    .await?;
                sqlx::query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    .execute(&mut *second)
                    .await?;
                sqlx::query(&format!("SET TRANSACTION SNAPSHOT '{snapshot}'"))
                    .execute(&mut *second)
                    .await?;
                let both = tokio::try_join!(
                    first(&mut *conn, schemas),
                    other(&mut *second, &indexes_sql, schemas)
                );
                let _ = sqlx::query("COMMIT").execute(&mut *second).await;
                both
            }
            .await;
            sqlx::query("COMMIT").execute(&mut *conn).await?;
            shared?
        }
    };

    let types = Types(types.into_iter().map(|t| (t.oid, t)).collect());
    let mut catalog = Catalog {
        format_version: FORMAT_VERSION,
        schemas: namespaces
            .into_iter()
            .map(|(name, comment)| Namespace { name, comment })
            .collect(),
        ..Catalog::default()
    };

    // Column names by (relation, number): keys, indexes and foreign keys refer to numbers.
    let mut names: HashMap<(i64, i32), String> = columns
        .iter()
        .map(|c| ((c.relid, c.attnum), c.name.clone()))
        .collect();
    let outside: Vec<i64> = constraints
        .iter()
        .filter(|k| {
            k.ref_relid != 0
                && k.ref_columns
                    .iter()
                    .any(|n| !names.contains_key(&(k.ref_relid, *n)))
        })
        .map(|k| k.ref_relid)
        .collect();
    if !outside.is_empty() {
        let rows: Vec<ForeignColumnRow> = sqlx::query_as(queries::FOREIGN_COLUMNS)
            .bind(&outside)
            .fetch_all(&mut *conn)
            .await?;
        names.extend(rows.into_iter().map(|r| ((r.relid, r.attnum), r.name)));
    }
    let name_of = |relid: i64, attnums: &[i32]| -> Vec<String> {
        attnums
            .iter()
            .map(|n| {
                names
                    .get(&(relid, *n))
                    .cloned()
                    .unwrap_or_else(|| format!("#{n}"))
            })
            .collect()
    };

    let mut columns_by_rel: HashMap<i64, Vec<Column>> = HashMap::new();
    for c in columns {
        let list = columns_by_rel.entry(c.relid).or_default();
        let position = list.len() as u32 + 1;
        list.push(column(&types, c, position));
    }
    let view_not_null = view_nullability(&view_queries, &base_columns);

    let mut tables: BTreeMap<i64, Table> = BTreeMap::new();
    for r in relations {
        let kind = match r.relkind.as_str() {
            "p" => TableKind::PartitionedTable,
            "v" => TableKind::View,
            "m" => TableKind::MaterializedView,
            "f" => TableKind::ForeignTable,
            _ => TableKind::Table,
        };
        let mut cols = columns_by_rel.remove(&r.oid).unwrap_or_default();
        if let Some(proven) = view_not_null.get(&r.oid) {
            for (c, not_null) in cols.iter_mut().zip(proven) {
                c.nullable = !not_null;
            }
        }
        tables.insert(
            r.oid,
            Table {
                schema: r.schema,
                name: r.name,
                kind,
                comment: r.comment,
                columns: cols,
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
            },
        );
    }

    set_origins(&mut tables, &view_queries, &names);

    let nulls_not_distinct: std::collections::HashSet<i64> = indexes
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
    for k in constraints {
        if let (Some(partition), Some(columns)) = (k.partition, k.column_names) {
            let Some(parent) = parent_of.get(&partition).and_then(|o| tables.get_mut(o)) else {
                continue;
            };
            let Some(p) = parent.partitioning.as_mut() else {
                continue;
            };
            let mut keys = p
                .partition_foreign_keys
                .remove(&partition)
                .unwrap_or_default();
            keys.push(ForeignKey {
                name: k.name,
                columns,
                ref_schema: k.ref_schema.unwrap_or_default(),
                ref_table: k.ref_table.unwrap_or_default(),
                ref_columns: name_of(k.ref_relid, &k.ref_columns),
                on_delete: fk_action(&k.on_delete),
                on_update: fk_action(&k.on_update),
                deferrable: k.deferrable,
                validated: k.validated,
            });
            keys.sort_by(|a, b| a.name.cmp(&b.name));
            p.partition_foreign_keys.insert(partition, keys);
            continue;
        }
        let columns = name_of(k.relid, &k.columns);
        let expression = k.definition.unwrap_or_default();
        let nnd = nulls_not_distinct.contains(&k.index_oid);
        if k.typid != 0 {
            domain_checks.entry(k.typid).or_default().push(Check {
                name: k.name,
                expression,
                columns,
                validated: k.validated,
            });
            continue;
        }
        let Some(t) = tables.get_mut(&k.relid) else {
            continue;
        };
        match k.contype.as_str() {
            "p" => t.primary_key = Some(key(k.name, columns, false, None, nnd)),
            "u" => t.unique_keys.push(key(k.name, columns, false, None, nnd)),
            "f" => t.foreign_keys.push(ForeignKey {
                name: k.name,
                columns,
                ref_schema: k.ref_schema.unwrap_or_default(),
                ref_table: k.ref_table.unwrap_or_default(),
                ref_columns: name_of(k.ref_relid, &k.ref_columns),
                on_delete: fk_action(&k.on_delete),
                on_update: fk_action(&k.on_update),
                deferrable: k.deferrable,
                validated: k.validated,
            }),
            _ => t.checks.push(Check {
                name: k.name,
                expression,
                columns,
                validated: k.validated,
            }),
        }
    }

    for i in indexes {
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
                    name_of(i.relid, &[n]).remove(0)
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
            method: i.method,
            unique: i.is_unique,
            primary: i.is_primary,
            keys,
            include,
            predicate: i.predicate,
            valid: i.valid,
            definition: i.definition,
        });
    }

    for p in policies {
        let Some(t) = tables.get_mut(&p.relid) else {
            continue;
        };
        t.policies.push(Policy {
            name: p.name,
            command: match p.command.as_str() {
                "r" => "SELECT",
                "a" => "INSERT",
                "w" => "UPDATE",
                "d" => "DELETE",
                _ => "ALL",
            }
            .to_owned(),
            permissive: p.permissive,
            roles: p.roles,
            using: p.using_expr,
            with_check: p.check_expr,
        });
    }
    catalog.tables = tables.into_values().collect();

    for t in types.0.values().filter(|t| t.in_scope) {
        let comment = t.comment.clone();
        match t.typtype.as_str() {
            "e" => catalog.enums.push(Enum {
                schema: t.schema.clone(),
                name: t.name.clone(),
                labels: t.labels.clone().unwrap_or_default(),
                comment,
            }),
            "d" => catalog.domains.push(Domain {
                schema: t.schema.clone(),
                name: t.name.clone(),
                base: types.type_ref(t.base, t.base_typmod, 0, None),
                not_null: t.not_null,
                default: t.default_expr.clone(),
                checks: domain_checks.remove(&t.oid).unwrap_or_default(),
                comment,
            }),
            "c" => catalog.composites.push(Composite {
                schema: t.schema.clone(),
                name: t.name.clone(),
                attributes: columns_by_rel.remove(&t.relid).unwrap_or_default(),
                comment,
            }),
            "r" => catalog.ranges.push(Range {
                schema: t.schema.clone(),
                name: t.name.clone(),
                subtype: types.type_ref(t.range_subtype.unwrap_or(0), -1, 0, None),
                comment,
            }),
            _ => {}
        }
    }
    catalog.functions = functions.into_iter().map(|f| function(&types, f)).collect();
    catalog.sort();
    Ok(catalog)
}

struct Types(HashMap<i64, TypeRow>);

impl Types {
    /// Resolves a type OID (with its modifier) into a [`TypeRef`]; an
    /// unknown OID is kept with the name PostgreSQL prints for it.
    fn type_ref(&self, oid: i64, typmod: i32, ndims: i32, sql: Option<String>) -> TypeRef {
        let Some(t) = self.0.get(&oid) else {
            let sql = sql.unwrap_or_else(|| format!("oid {oid}"));
            return TypeRef {
                schema: String::new(),
                name: sql.clone(),
                kind: TypeKind::Composite,
                array_dims: 0,
                sql,
                modifiers: None,
            };
        };
        let (elem, dims) = match self.0.get(&t.elem) {
            Some(e) if t.category == "A" => (e, ndims.max(1) as u8),
            _ => (t, 0),
        };
        let kind = TypeKind::from_typtype(elem.typtype.as_str());
        TypeRef {
            schema: elem.schema.clone(),
            name: elem.name.clone(),
            kind,
            array_dims: dims,
            sql: sql.unwrap_or_else(|| t.sql.clone()),
            modifiers: modifiers(&elem.name, typmod),
        }
    }
}

/// Length, or precision and scale, from a type modifier.
fn modifiers(name: &str, typmod: i32) -> Option<Vec<i32>> {
    if typmod < 0 {
        return None;
    }
    match name {
        "numeric" => Some(vec![((typmod - 4) >> 16) & 0xffff, (typmod - 4) & 0xffff]),
        "varchar" | "bpchar" => Some(vec![typmod - 4]),
        "bit" | "varbit" | "timestamp" | "timestamptz" | "time" | "timetz" => Some(vec![typmod]),
        _ => None,
    }
}

fn column(types: &Types, c: ColumnRow, position: u32) -> Column {
    let generated = (c.generated == "s")
        .then(|| c.default_expr.clone())
        .flatten();
    Column {
        name: c.name,
        position,
        ty: types.type_ref(c.typid, c.typmod, c.ndims, Some(c.sql)),
        nullable: !c.not_null,
        default: if generated.is_some() {
            None
        } else {
            c.default_expr
        },
        identity: match c.identity.as_str() {
            "a" => Some(Identity::Always),
            "d" => Some(Identity::ByDefault),
            _ => None,
        },
        generated,
        comment: c.comment,
        grants: grants(c.grants),
        updatable: c.updatable,
        origin: None,
    }
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

fn fk_action(code: &str) -> FkAction {
    match code {
        "r" => FkAction::Restrict,
        "c" => FkAction::Cascade,
        "n" => FkAction::SetNull,
        "d" => FkAction::SetDefault,
        _ => FkAction::NoAction,
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

/// Splits `a, f(b, c), 'x,y'` at top-level commas.
pub fn split_top_level(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut depth, mut quote, mut start) = (0i32, None::<char>, 0);
    for (i, ch) in list.char_indices() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(ch),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth -= 1,
            (None, ',') if depth == 0 => {
                out.push(list[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !list[start..].trim().is_empty() {
        out.push(list[start..].trim().to_owned());
    }
    out
}

fn function(types: &Types, f: FunctionRow) -> Function {
    let n = f.arg_types.len();
    let modes = f.arg_modes.unwrap_or_else(|| vec!["i".into(); n]);
    let names = f.arg_names.unwrap_or_default();
    let defaults = f
        .arg_defaults
        .as_deref()
        .map(split_top_level)
        .unwrap_or_default();
    let inputs: Vec<usize> = (0..n)
        .filter(|&i| matches!(modes[i].as_str(), "i" | "b" | "v"))
        .collect();
    let first_default = inputs.len().saturating_sub(f.default_count.max(0) as usize);
    let mut arguments = Vec::new();
    let mut columns = Vec::new();
    for (i, mode) in modes.iter().enumerate().take(n) {
        let arg = |default: Option<String>, mode: &str| Argument {
            name: names.get(i).filter(|s| !s.is_empty()).cloned(),
            ty: types.type_ref(f.arg_types[i], -1, 0, None),
            mode: mode.to_owned(),
            default,
        };
        if let Some(k) = inputs.iter().position(|&x| x == i) {
            let default = (k >= first_default)
                .then(|| defaults.get(k - first_default).cloned())
                .flatten();
            let mode = match mode.as_str() {
                "b" => "inout",
                "v" => "variadic",
                _ => "in",
            };
            arguments.push(arg(default, mode));
        }
        if matches!(mode.as_str(), "o" | "b" | "t") {
            columns.push(arg(None, if mode == "t" { "table" } else { "out" }));
        }
    }
    Function {
        schema: f.schema,
        name: f.name,
        kind: match f.kind.as_str() {
            "p" => "procedure",
            "a" => "aggregate",
            "w" => "window",
            _ => "function",
        }
        .to_owned(),
        signature: f.signature,
        arguments,
        returns: Returns {
            ty: types.type_ref(f.return_type, -1, 0, None),
            set: f.returns_set,
            rows: f.rows.and_then(|r| u32::try_from(r).ok()),
            columns,
        },
        volatility: match f.volatility.as_str() {
            "i" => "immutable",
            "s" => "stable",
            _ => "volatile",
        }
        .to_owned(),
        security_definer: f.security_definer,
        language: f.language,
        search_path: f
            .config
            .unwrap_or_default()
            .iter()
            .find_map(|c| c.strip_prefix("search_path=").map(str::to_owned)),
        comment: f.comment,
    }
}

/// The table column each view column reads unchanged, followed through
/// views of the chosen schemas.
fn set_origins(
    tables: &mut BTreeMap<i64, Table>,
    views: &[ViewQueryRow],
    names: &HashMap<(i64, i32), String>,
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
        let Some(column) = i32::try_from(at.1).ok().and_then(|n| names.get(&(at.0, n))) else {
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

#[cfg(test)]
mod tests {
    #[test]
    fn splits_default_lists_at_top_level_commas() {
        assert_eq!(
            super::split_top_level("30, make_interval(days => 1, hours => 2), 'a,b'::text"),
            vec!["30", "make_interval(days => 1, hours => 2)", "'a,b'::text"]
        );
    }
}
