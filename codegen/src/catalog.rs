//! A catalog fingerprint: one sorted text line per object (relation,
//! column, constraint, index, policy, function, type, trigger, comment,
//! grant) of the user schemas, so two databases or two moments of one
//! database can be compared object by object. Used by the idempotency and
//! rollback checks.

use sqlx::PgConnection;

/// Schemas never fingerprinted: PostgreSQL's own and the migration history.
pub const EXCLUDED_SCHEMAS: &[&str] = &[
    "pg_catalog",
    "information_schema",
    "pg_toast",
    "supabase_migrations",
];

const FINGERPRINT_SQL: &str = r#"
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
   WHERE nspname <> ALL($1) AND nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%'
), ext AS (
  SELECT objid FROM pg_depend WHERE deptype = 'e'
)
SELECT line FROM (
  SELECT format('schema %I owner=%s acl=%s', n.nspname, pg_get_userbyid(s.nspowner), s.nspacl) AS line
    FROM ns n JOIN pg_namespace s ON s.oid = n.oid
  UNION ALL
  SELECT format('relation %I.%I kind=%s rls=%s forced=%s acl=%s def=%s', n.nspname, c.relname, c.relkind,
                c.relrowsecurity, c.relforcerowsecurity, c.relacl,
                CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END)
    FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.oid NOT IN (SELECT objid FROM ext)
  UNION ALL
  SELECT format('column %I.%I.%I %s notnull=%s default=%s identity=%s generated=%s acl=%s', n.nspname, c.relname,
                a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, a.attacl)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
     AND c.oid NOT IN (SELECT objid FROM ext)
  UNION ALL
  SELECT format('constraint %I.%I.%I %s', n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid))
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN ns n ON n.oid = c.relnamespace
  UNION ALL
  SELECT format('domain-constraint %I.%I.%I %s', n.nspname, t.typname, k.conname, pg_get_constraintdef(k.oid))
    FROM pg_constraint k JOIN pg_type t ON t.oid = k.contypid JOIN ns n ON n.oid = t.typnamespace
  UNION ALL
  SELECT format('index %s valid=%s', pg_get_indexdef(i.indexrelid), i.indisvalid)
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN ns n ON n.oid = c.relnamespace
   WHERE c.oid NOT IN (SELECT objid FROM ext)
  UNION ALL
  SELECT format('policy %I.%I.%I cmd=%s permissive=%s roles=%s using=%s check=%s', p.schemaname, p.tablename,
                p.policyname, p.cmd, p.permissive, p.roles, p.qual, p.with_check)
    FROM pg_policies p JOIN ns n ON n.nspname = p.schemaname
  UNION ALL
  SELECT format('function %s acl=%s def=%s', p.oid::regprocedure, p.proacl, pg_get_functiondef(p.oid))
    FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace
   WHERE p.prokind IN ('f', 'p') AND p.oid NOT IN (SELECT objid FROM ext)
  UNION ALL
  SELECT format('type %I.%I kind=%s labels=%s base=%s notnull=%s default=%s', n.nspname, t.typname, t.typtype,
                (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
                CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, t.typnotnull, t.typdefault)
    FROM pg_type t JOIN ns n ON n.oid = t.typnamespace
   WHERE t.typtype IN ('e', 'd', 'r', 'c') AND t.oid NOT IN (SELECT objid FROM ext)
     AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
  UNION ALL
  SELECT format('trigger %I.%I %s', n.nspname, c.relname, pg_get_triggerdef(g.oid))
    FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN ns n ON n.oid = c.relnamespace
   WHERE NOT g.tgisinternal
  UNION ALL
  SELECT format('extension %I schema=%s', e.extname, e.extnamespace::regnamespace) FROM pg_extension e
  UNION ALL
  SELECT format('comment %s %s', pg_describe_object(d.classoid, d.objoid, d.objsubid), d.description)
    FROM pg_description d
   WHERE d.classoid IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass, 'pg_namespace'::regclass,
                        'pg_constraint'::regclass, 'pg_policy'::regclass, 'pg_trigger'::regclass)
     AND (pg_identify_object(d.classoid, d.objoid, d.objsubid)).schema IN (SELECT nspname FROM ns)
     AND d.objoid NOT IN (SELECT objid FROM ext)
  UNION ALL
  SELECT format('default-acl %s schema=%s type=%s acl=%s', pg_get_userbyid(a.defaclrole),
                a.defaclnamespace::regnamespace, a.defaclobjtype, a.defaclacl)
    FROM pg_default_acl a
) lines
ORDER BY line COLLATE "C"
"#;

/// The fingerprint of every user schema (all but [`EXCLUDED_SCHEMAS`]).
pub async fn fingerprint(conn: &mut PgConnection) -> Result<Vec<String>, sqlx::Error> {
    let excluded: Vec<&str> = EXCLUDED_SCHEMAS.to_vec();
    sqlx::query_scalar(FINGERPRINT_SQL)
        .bind(excluded)
        .fetch_all(conn)
        .await
}

/// Lines only in `before` (prefixed `-`) and only in `after` (`+`), sorted.
pub fn diff(before: &[String], after: &[String]) -> Vec<String> {
    use std::collections::BTreeSet;
    let a: BTreeSet<&String> = before.iter().collect();
    let b: BTreeSet<&String> = after.iter().collect();
    let mut out: Vec<String> = a.difference(&b).map(|l| format!("- {l}")).collect();
    out.extend(b.difference(&a).map(|l| format!("+ {l}")));
    out.sort_by(|x, y| x[2..].cmp(&y[2..]).then(x.cmp(y)));
    out
}
