//! The catalog queries: a fixed number for the whole database, on
//! `pg_catalog` (not `information_schema`, which hides objects the role does
//! not own). `$1` is always the array of schemas to read. Per-row lookups
//! are joins (comments, extension membership, enum labels) and column
//! numbers are resolved to names in Rust, so the cost stays linear and low.

/// The chosen schemas that exist, with their comments.
pub const NAMESPACES: &str =
    "SELECT nspname::text, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = ANY($1)";

/// Every type (built-in ones too), for resolving column and argument types.
pub const TYPES: &str = r#"
SELECT t.oid::int8 AS oid, n.nspname::text AS schema, t.typname::text AS name, t.typtype::text AS typtype,
       t.typelem::int8 AS elem, t.typcategory::text AS category, format_type(t.oid, NULL) AS sql,
       t.typbasetype::int8 AS base, t.typtypmod AS base_typmod, t.typnotnull AS not_null, t.typdefault AS default_expr,
       t.typrelid::int8 AS relid, r.rngsubtype::int8 AS range_subtype, d.description AS comment, e.labels,
       (n.nspname = ANY($1) AND x.objid IS NULL AND (t.typtype <> 'c' OR c.relkind = 'c')) AS in_scope
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_class c ON c.oid = t.typrelid
  LEFT JOIN pg_range r ON r.rngtypid = t.oid
  LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
  LEFT JOIN (SELECT enumtypid, array_agg(enumlabel::text ORDER BY enumsortorder) AS labels FROM pg_enum GROUP BY enumtypid) e
         ON e.enumtypid = t.oid
  LEFT JOIN pg_depend x ON x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e'
 WHERE (t.typtype <> 'c' OR n.nspname = ANY($1))
"#;

/// Tables, views, materialized views and foreign tables (partitions left out,
/// named on their parent).
pub const RELATIONS: &str = r#"
SELECT c.oid::int8 AS oid, n.nspname::text AS schema, c.relname::text AS name, c.relkind::text AS relkind,
       d.description AS comment, c.relrowsecurity AS rls_enabled, c.relforcerowsecurity AS rls_forced,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS definition,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relkind = 'v' THEN (pg_relation_is_updatable(c.oid, true) & 8) = 8 END AS view_insert,
       CASE WHEN c.relkind = 'v' THEN (pg_relation_is_updatable(c.oid, true) & 4) = 4 END AS view_update,
       CASE WHEN c.relkind = 'p' THEN
         (SELECT array_agg(format('%I.%I', pn.nspname, pc.relname) ORDER BY pn.nspname, pc.relname)
            FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
           WHERE i.inhparent = c.oid AND pc.relispartition) END AS partitions,
       CASE WHEN c.relacl IS NOT NULL THEN
         (SELECT array_agg(g ORDER BY g) FROM (
            SELECT format('%s=%s', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                          string_agg(a.privilege_type, ',' ORDER BY a.privilege_type)) AS g
              FROM aclexplode(c.relacl) a WHERE a.grantee <> c.relowner GROUP BY a.grantee) x) END AS grants
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
  LEFT JOIN pg_depend x ON x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e'
 WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND x.objid IS NULL
"#;

/// Columns of those relations and of composite types.
pub const COLUMNS: &str = r#"
SELECT a.attrelid::int8 AS relid, a.attname::text AS name, a.attnum::int4 AS attnum, a.atttypid::int8 AS typid,
       a.atttypmod AS typmod, format_type(a.atttypid, a.atttypmod) AS sql, a.attndims::int4 AS ndims,
       a.attnotnull AS not_null, pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       a.attidentity::text AS identity, a.attgenerated::text AS generated, d.description AS comment,
       CASE WHEN a.attacl IS NOT NULL THEN (SELECT array_agg(g ORDER BY g) FROM (
          SELECT format('%s=%s', CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END,
                        string_agg(x.privilege_type, ',' ORDER BY x.privilege_type)) AS g
            FROM aclexplode(a.attacl) x GROUP BY x.grantee) y) END AS grants,
       CASE WHEN c.relkind IN ('v', 'f') THEN
         pg_column_is_updatable(c.oid, a.attnum, false)
         OR EXISTS (SELECT 1 FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND tg.tgtype & 64 <> 0
                      AND tg.tgtype & 20 <> 0 AND NOT tg.tgisinternal)
         OR EXISTS (SELECT 1 FROM pg_rewrite rw WHERE rw.ev_class = c.oid AND rw.is_instead
                      AND rw.ev_type IN ('2', '3') AND rw.ev_qual::text = '<>') END AS updatable
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
 WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') AND NOT c.relispartition
   AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid, a.attnum
"#;

/// Constraints of tables and domains; column numbers are resolved in Rust,
/// except for a partition's own foreign keys (not cloned from its parent's):
/// `partition` names it and `column_names` are its columns.
pub const CONSTRAINTS: &str = r#"
SELECT k.conrelid::int8 AS relid, k.contypid::int8 AS typid, k.conname::text AS name, k.contype::text AS contype,
       CASE WHEN k.contype = 'f' AND c.relispartition AND k.conparentid = 0 THEN format('%I.%I', cn.nspname, c.relname) END AS partition,
       CASE WHEN k.contype = 'f' AND c.relispartition AND k.conparentid = 0 THEN
         ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(num, ord)
                 JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num ORDER BY u.ord) END AS column_names,
       CASE WHEN k.contype = 'c' THEN pg_get_constraintdef(k.oid) END AS definition,
       k.convalidated AS validated, k.condeferrable AS deferrable,
       coalesce(k.conkey, '{}')::int4[] AS columns, k.confrelid::int8 AS ref_relid,
       rn.nspname::text AS ref_schema, rc.relname::text AS ref_table, coalesce(k.confkey, '{}')::int4[] AS ref_columns,
       k.confdeltype::text AS on_delete, k.confupdtype::text AS on_update, k.conindid::int8 AS index_oid
  FROM pg_constraint k
  JOIN pg_namespace n ON n.oid = k.connamespace
  LEFT JOIN pg_class rc ON rc.oid = k.confrelid
  LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
  LEFT JOIN pg_class c ON c.oid = k.conrelid
  LEFT JOIN pg_namespace cn ON cn.oid = c.relnamespace
 WHERE n.nspname = ANY($1) AND k.contype IN ('p', 'u', 'f', 'c')
"#;

/// Column names of relations outside the chosen schemas that foreign keys
/// point at (`$1`: their OIDs).
pub const FOREIGN_COLUMNS: &str = r#"
SELECT a.attrelid::int8 AS relid, a.attnum::int4 AS attnum, a.attname::text AS name
  FROM pg_attribute a WHERE a.attrelid = ANY($1::int8[]::oid[]) AND a.attnum > 0
"#;

/// Indexes: key column numbers (0 for an expression), resolved in Rust.
/// `{NULLS_NOT_DISTINCT}` is `i.indnullsnotdistinct` on PostgreSQL 15+,
/// `false` before.
pub const INDEXES: &str = r#"
SELECT i.indexrelid::int8 AS oid, i.indrelid::int8 AS relid, ic.relname::text AS name, am.amname::text AS method,
       i.indisunique AS is_unique, i.indisprimary AS is_primary, i.indisvalid AS valid, i.indnkeyatts::int4 AS key_count,
       string_to_array(i.indkey::text, ' ')::int4[] AS key_attnums,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       CASE WHEN i.indexprs IS NOT NULL OR i.indoption::text ~ '[1-9]' OR nd.indexrelid IS NOT NULL
            THEN pg_get_indexdef(i.indexrelid) END AS definition,
       CASE WHEN i.indexprs IS NOT NULL THEN
         (SELECT array_agg(pg_get_indexdef(i.indexrelid, k, true) ORDER BY k) FROM generate_series(1, i.indnatts) k) END AS key_defs,
       (k.conindid IS NOT NULL) AS is_constraint,
       {NULLS_NOT_DISTINCT} AS nulls_not_distinct
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
  LEFT JOIN (SELECT DISTINCT conindid FROM pg_constraint WHERE contype IN ('p', 'u', 'x')) k ON k.conindid = i.indexrelid
  LEFT JOIN (SELECT DISTINCT x.indexrelid FROM pg_index x, unnest(x.indclass::oid[]) oc, pg_opclass o
              WHERE o.oid = oc AND NOT o.opcdefault) nd ON nd.indexrelid = i.indexrelid
 WHERE n.nspname = ANY($1) AND NOT c.relispartition
"#;

/// Row-level security policies.
pub const POLICIES: &str = r#"
SELECT p.polrelid::int8 AS relid, p.polname::text AS name, p.polcmd::text AS command, p.polpermissive AS permissive,
       CASE WHEN p.polroles = '{0}' THEN ARRAY['public']
            ELSE ARRAY(SELECT r.rolname::text FROM pg_roles r WHERE r.oid = ANY(p.polroles) ORDER BY r.rolname) END AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS using_expr, pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr
  FROM pg_policy p
  JOIN pg_class c ON c.oid = p.polrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ANY($1)
"#;

/// Functions, procedures and aggregates.
pub const FUNCTIONS: &str = r#"
SELECT n.nspname::text AS schema, p.proname::text AS name, p.prokind::text AS kind,
       p.oid::regprocedure::text AS signature, p.provolatile::text AS volatility, p.prosecdef AS security_definer,
       l.lanname::text AS language, p.proretset AS returns_set, p.prorettype::int8 AS return_type,
       CASE WHEN p.proretset THEN nullif(p.prorows, 0)::int8 END AS rows,
       ARRAY(SELECT x::int8 FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY u(x, n) ORDER BY n) AS arg_types,
       p.proargmodes::text[] AS arg_modes, p.proargnames::text[] AS arg_names,
       pg_get_expr(p.proargdefaults, 0) AS arg_defaults, p.pronargdefaults::int4 AS default_count,
       p.proconfig::text[] AS config, d.description AS comment
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
  LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
  LEFT JOIN pg_depend x ON x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e'
 WHERE n.nspname = ANY($1) AND x.objid IS NULL
"#;

/// The query trees of views and materialized views, for column nullability.
pub const VIEW_QUERIES: &str = r#"
SELECT r.ev_class::int8 AS relid, r.ev_action::text AS tree
  FROM pg_rewrite r
  JOIN pg_class c ON c.oid = r.ev_class
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ANY($1) AND c.relkind IN ('v', 'm') AND r.rulename = '_RETURN'
"#;

/// NOT NULL of the columns the views read (wherever they live).
pub const VIEW_BASE_COLUMNS: &str = r#"
SELECT DISTINCT a.attrelid::int8 AS relid, a.attnum::int4 AS attnum, a.attnotnull AS not_null, b.relkind::text AS relkind
  FROM pg_rewrite r
  JOIN pg_class c ON c.oid = r.ev_class
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
  JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum > 0
  JOIN pg_class b ON b.oid = a.attrelid
 WHERE n.nspname = ANY($1) AND c.relkind IN ('v', 'm')
"#;
