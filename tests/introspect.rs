//! The introspector against a real PostgreSQL: the platform schema and the
//! public fixtures without loss, snapshots per feature, JSON round trip.

use codegen::introspect::introspect;
use codegen::migrate::Migrator;
use schema::{Catalog, FunctionKind, IndexKey, PolicyCommand, TableKind, TypeKind};
use sqlx::PgConnection;
use std::collections::BTreeMap;
use tests::*;

/// What `pg_catalog` itself reports for the chosen schemas (extension
/// members left out), to compare with the model.
async fn catalog_counts(conn: &mut PgConnection, schemas: &[String]) -> BTreeMap<String, i64> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        r#"
WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = ANY($1)),
     ext AS (SELECT objid FROM pg_depend WHERE deptype = 'e'),
     rel AS (SELECT c.* FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM ns)
               AND c.relkind IN ('r','p','v','m','f') AND NOT c.relispartition AND c.oid NOT IN (SELECT objid FROM ext))
SELECT 'relations:' || relkind::text, count(*) FROM rel GROUP BY relkind
UNION ALL SELECT 'columns', count(*) FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid WHERE a.attnum > 0 AND NOT a.attisdropped
UNION ALL SELECT 'array columns', count(*) FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
            JOIN pg_type t ON t.oid = a.atttypid WHERE a.attnum > 0 AND NOT a.attisdropped AND t.typcategory = 'A'
UNION ALL SELECT 'indexes', count(*) FROM pg_index i JOIN rel ON rel.oid = i.indrelid
UNION ALL SELECT 'constraints:' || k.contype::text, count(*) FROM pg_constraint k JOIN rel ON rel.oid = k.conrelid
            WHERE k.contype IN ('p','u','f','c') GROUP BY k.contype
UNION ALL SELECT 'policies', count(*) FROM pg_policy p JOIN rel ON rel.oid = p.polrelid
UNION ALL SELECT 'types:' || t.typtype::text, count(*) FROM pg_type t WHERE t.typnamespace IN (SELECT oid FROM ns)
            AND t.oid NOT IN (SELECT objid FROM ext) AND t.typtype IN ('e','d','r')
            GROUP BY t.typtype
UNION ALL SELECT 'types:c', count(*) FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid
            WHERE t.typnamespace IN (SELECT oid FROM ns) AND t.typtype = 'c' AND c.relkind = 'c' AND t.oid NOT IN (SELECT objid FROM ext)
UNION ALL SELECT 'functions', count(*) FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns) AND p.oid NOT IN (SELECT objid FROM ext)
"#,
    )
    .bind(schemas)
    .fetch_all(conn)
    .await
    .unwrap();
    rows.into_iter().filter(|(_, n)| *n > 0).collect()
}

/// The same counts, from the model.
fn model_counts(c: &Catalog) -> BTreeMap<String, i64> {
    let mut m: BTreeMap<String, i64> = BTreeMap::new();
    let mut add = |k: &str, n: usize| {
        if n > 0 {
            *m.entry(k.to_owned()).or_default() += n as i64;
        }
    };
    for t in &c.tables {
        let kind = match t.kind {
            TableKind::Table => "r",
            TableKind::PartitionedTable => "p",
            TableKind::View => "v",
            TableKind::MaterializedView => "m",
            TableKind::ForeignTable => "f",
        };
        add(&format!("relations:{kind}"), 1);
        add("columns", t.columns.len());
        add(
            "array columns",
            t.columns.iter().filter(|col| is_array(c, &col.ty)).count(),
        );
        add("indexes", t.indexes.len());
        add("constraints:p", t.primary_key.iter().count());
        add(
            "constraints:u",
            t.unique_keys.iter().filter(|k| !k.index_only).count(),
        );
        add("constraints:f", t.foreign_keys.len());
        add("constraints:c", t.checks.len());
        add("policies", t.policies.len());
    }
    add("types:e", c.enums.len());
    add("types:d", c.domains.len());
    add("types:r", c.ranges.len());
    add("types:c", c.composites.len());
    add("functions", c.functions.len());
    m
}

/// An array, or a domain over an array (PostgreSQL files both under category `A`).
fn is_array(c: &Catalog, ty: &schema::TypeRef) -> bool {
    ty.array_dims > 0
        || (ty.kind == TypeKind::Domain
            && c.domains
                .iter()
                .any(|d| d.schema == ty.schema && d.name == ty.name && is_array(c, &d.base)))
}

async fn read(conn: &mut PgConnection, schemas: &[String]) -> Catalog {
    let catalog = introspect(conn, schemas).await.expect("introspection");
    let json = codegen::snapshot::to_json(&catalog);
    assert_eq!(
        codegen::snapshot::from_json(&json).unwrap(),
        catalog,
        "the JSON round-trips"
    );
    let again = introspect(conn, schemas).await.unwrap();
    assert_eq!(
        codegen::snapshot::to_json(&again),
        json,
        "introspection is deterministic"
    );
    catalog
}

async fn assert_no_loss(conn: &mut PgConnection, schemas: &[String]) -> Catalog {
    let catalog = read(conn, schemas).await;
    assert_eq!(
        model_counts(&catalog),
        catalog_counts(conn, schemas).await,
        "model vs pg_catalog counts"
    );
    catalog
}

fn table<'a>(c: &'a Catalog, schema: &str, name: &str) -> &'a schema::Table {
    c.table(schema, name)
        .unwrap_or_else(|| panic!("{schema}.{name} in the model"))
}

#[tokio::test]
async fn the_platform_schema_introspects_without_loss() {
    let db = TestDb::new().await;
    let m = Migrator::open(&platform_migrations()).unwrap();
    let mut conn = db.connect().await;
    m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
    let c = assert_no_loss(&mut conn, &["public".into()]).await;

    let projects = table(&c, "public", "projects");
    let status = projects.column("status").unwrap();
    assert_eq!(
        (status.ty.kind, status.ty.name.as_str(), status.nullable),
        (TypeKind::Enum, "project_status", false)
    );
    assert_eq!(status.default.as_deref(), Some("'draft'::project_status"));
    let active = projects
        .indexes
        .iter()
        .find(|i| i.name == "idx_active_projects")
        .unwrap();
    assert_eq!(
        active.predicate.as_deref(),
        Some("(status = 'active'::project_status)")
    );
    assert!(projects.rls_enabled && !projects.rls_forced);
    assert!(projects
        .policies
        .iter()
        .any(|p| p.command == PolicyCommand::Select && p.roles == ["anon", "authenticated"]));
    assert!(projects
        .grants
        .iter()
        .any(|g| g.grantee == "anon" && g.privileges.contains(&"SELECT".to_owned())));

    let memberships = table(&c, "public", "memberships");
    assert_eq!(
        memberships.primary_key.as_ref().unwrap().columns,
        ["organization_id", "user_id"]
    );
    let users = table(&c, "public", "users");
    assert_eq!(users.foreign_keys[0].ref_schema, "auth");
    assert_eq!(users.column("email").unwrap().ty.kind, TypeKind::Domain);
    let lower = users
        .indexes
        .iter()
        .find(|i| i.name == "users_email_lower_key")
        .unwrap();
    assert_eq!(
        lower.keys,
        [IndexKey::Expression("lower(email::text)".into())]
    );
    let scopes = table(&c, "public", "api_keys").column("scopes").unwrap();
    assert_eq!((scopes.ty.kind, scopes.ty.array_dims), (TypeKind::Enum, 1));
    assert_eq!(
        table(&c, "public", "templates")
            .column("price")
            .unwrap()
            .ty
            .modifiers,
        Some(vec![12, 2])
    );
    let search = table(&c, "public", "documents").column("search").unwrap();
    assert!(search.generated.as_deref().unwrap().contains("to_tsvector"));
    assert_eq!(
        table(&c, "public", "events").column("id").unwrap().identity,
        Some(schema::Identity::Always)
    );
    let usage = table(&c, "public", "agent_runs").column("usage").unwrap();
    assert_eq!(
        (usage.ty.kind, usage.ty.name.as_str()),
        (TypeKind::Composite, "token_usage")
    );
    let activity = table(&c, "public", "daily_activity");
    assert_eq!(activity.kind, TableKind::MaterializedView);
    assert!(
        activity.columns.iter().all(|c| c.nullable),
        "aggregates and expressions are not proven NOT NULL"
    );

    let f = c
        .functions
        .iter()
        .find(|f| f.name == "project_activity")
        .unwrap();
    assert!(f.returns.set);
    assert_eq!(
        f.returns
            .columns
            .iter()
            .map(|a| a.name.clone().unwrap())
            .collect::<Vec<_>>(),
        ["day", "events", "active_users"]
    );
    assert_eq!(f.arguments[1].default.as_deref(), Some("30"));
    let is_admin = c.functions.iter().find(|f| f.name == "is_admin").unwrap();
    assert!(is_admin.security_definer);
    assert_eq!(is_admin.search_path.as_deref(), Some("\"\""));
}

#[tokio::test]
async fn pagila_introspects_without_loss() {
    let (db, schemas) = fixture_db("pagila").await;
    let mut conn = db.connect().await;
    let c = assert_no_loss(&mut conn, &schemas).await;
    let rating = c.enums.iter().find(|e| e.name == "mpaa_rating").unwrap();
    assert_eq!(rating.labels, ["G", "PG", "PG-13", "R", "NC-17"]);
    let payment = table(&c, "public", "payment");
    assert_eq!(payment.kind, TableKind::PartitionedTable);
    assert_eq!(payment.partitioning.as_ref().unwrap().partitions.len(), 7);
    assert!(
        c.table("public", "payment_p2022_01").is_none(),
        "partitions are noted on the parent, not listed"
    );
    assert!(
        c.domains.iter().any(|d| d.name == "bıgınt"),
        "non-ASCII domain name kept"
    );
    let fulltext = table(&c, "public", "film").column("fulltext").unwrap();
    assert_eq!(fulltext.ty.name, "tsvector");
    assert!(c
        .functions
        .iter()
        .any(|f| f.kind == FunctionKind::Aggregate));
    let rewards = c
        .functions
        .iter()
        .find(|f| f.name == "rewards_report")
        .unwrap();
    assert!(rewards.returns.set);
}

#[tokio::test]
async fn subscription_payments_introspects_without_loss() {
    let (db, schemas) = fixture_db("subscription_payments").await;
    let mut conn = db.connect().await;
    let c = assert_no_loss(&mut conn, &schemas).await;
    assert_eq!(c.enums.len(), 3);
    let prices = table(&c, "public", "prices");
    assert_eq!(
        prices.column("interval").unwrap().ty.kind,
        TypeKind::Enum,
        "a column named `interval`"
    );
    let customers = table(&c, "public", "customers");
    assert!(customers.rls_enabled);
    let to_auth = c
        .tables
        .iter()
        .flat_map(|t| &t.foreign_keys)
        .filter(|f| f.ref_schema == "auth")
        .count();
    assert!(to_auth >= 2, "foreign keys to auth.users: {to_auth}");
    assert!(
        c.tables
            .iter()
            .flat_map(|t| &t.foreign_keys)
            .all(|f| f.validated),
        "the NOT VALID keys were validated"
    );
}

#[tokio::test]
async fn graphile_kitchen_sink_introspects_without_loss() {
    let (db, schemas) = fixture_db("graphile_kitchen_sink").await;
    let mut conn = db.connect().await;
    assert_eq!(schemas.len(), 36);
    let c = assert_no_loss(&mut conn, &schemas).await;
    // The figures of tests/fixtures/README.md.
    let tables = c
        .tables
        .iter()
        .filter(|t| matches!(t.kind, TableKind::Table | TableKind::PartitionedTable))
        .count();
    assert_eq!(tables, 172);
    assert_eq!(c.composites.len(), 16);
    assert_eq!(c.ranges.len(), 2);
    assert_eq!(c.domains.len(), 22);
    assert_eq!(c.enums.len(), 11);
    assert_eq!(c.functions.len(), 213);
    assert!(
        c.tables.iter().any(|t| t
            .name
            .chars()
            .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))),
        "CJK names kept"
    );
    let nested = c
        .composites
        .iter()
        .flat_map(|t| &t.attributes)
        .filter(|a| a.ty.kind == TypeKind::Composite)
        .count();
    assert!(nested > 0, "composites nested in composites");
}

/// Introspects `public` of a fresh database holding `sql`, as snapshot JSON.
async fn snapshot_of(sql: &str) -> String {
    let db = TestDb::new().await;
    exec(&db.url, sql).await;
    let mut conn = db.connect().await;
    codegen::snapshot::to_json(&read(&mut conn, &["public".into()]).await)
}

#[tokio::test]
async fn snapshot_column_types() {
    let json = snapshot_of(
        r#"
CREATE TABLE public.kinds (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  seq integer GENERATED BY DEFAULT AS IDENTITY,
  u uuid NOT NULL DEFAULT gen_random_uuid(),
  name varchar(80) NOT NULL,
  code char(3),
  price numeric(12,2) DEFAULT 0,
  ratio double precision,
  flag boolean NOT NULL DEFAULT false,
  at timestamptz(3) DEFAULT now(),
  day date,
  span interval,
  doc jsonb,
  raw bytea,
  ip inet,
  tags text[] NOT NULL DEFAULT '{}',
  grid integer[][],
  total numeric GENERATED ALWAYS AS (price * 2) STORED
);
COMMENT ON TABLE public.kinds IS 'Every kind of column';
COMMENT ON COLUMN public.kinds.price IS 'Money, two decimals';
"#,
    )
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn snapshot_keys_and_constraints() {
    let json = snapshot_of(
        r#"
CREATE TABLE public.parent (a int, b int, code text UNIQUE, PRIMARY KEY (a, b));
CREATE TABLE public.child (
  id int PRIMARY KEY,
  a int, b int,
  email text,
  qty int CONSTRAINT qty_positive CHECK (qty > 0),
  CONSTRAINT child_parent_fk FOREIGN KEY (a, b) REFERENCES public.parent (a, b) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE
);
CREATE UNIQUE INDEX child_email_live ON public.child (email) WHERE qty > 0;
ALTER TABLE public.child ADD CONSTRAINT child_self FOREIGN KEY (id) REFERENCES public.child (id) NOT VALID;
"#,
    )
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn snapshot_indexes() {
    let json = snapshot_of(
        r#"
CREATE TABLE public.docs (id int PRIMARY KEY, owner int, status text, body text, tags text[], at timestamptz);
CREATE INDEX docs_owner_status ON public.docs (owner, status DESC);
CREATE INDEX docs_live ON public.docs (owner) WHERE status = 'live';
CREATE INDEX docs_lower_body ON public.docs (lower(body));
CREATE INDEX docs_tags ON public.docs USING gin (tags);
CREATE INDEX docs_at ON public.docs USING brin (at);
CREATE INDEX docs_owner_incl ON public.docs (owner) INCLUDE (status);
"#,
    )
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn snapshot_user_types() {
    let json = snapshot_of(
        r#"
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN public.percent AS numeric(5,2) NOT NULL DEFAULT 0 CHECK (VALUE BETWEEN 0 AND 100);
CREATE TYPE public.point2 AS (x double precision, y double precision);
CREATE TYPE public.floatrange AS RANGE (subtype = float8);
COMMENT ON TYPE public.mood IS 'How it went';
CREATE TABLE public.uses (moods public.mood[], p public.percent, at public.point2, r public.floatrange, days daterange);
"#,
    )
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn snapshot_functions() {
    let json = snapshot_of(
        r#"
CREATE FUNCTION public.add(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE FUNCTION public.pairs(n int) RETURNS TABLE (i int, sq bigint) LANGUAGE sql STABLE AS $$ SELECT g, g * g FROM generate_series(1, n) g $$;
CREATE FUNCTION public.split(IN s text, OUT head text, OUT tail text) LANGUAGE sql AS $$ SELECT left(s, 1), substr(s, 2) $$;
CREATE FUNCTION public.total(VARIADIC xs int[]) RETURNS int LANGUAGE sql AS $$ SELECT sum(x)::int FROM unnest(xs) x $$;
CREATE FUNCTION public.secret() RETURNS SETOF text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$ SELECT 'x' $$;
CREATE PROCEDURE public.noop(INOUT n int) LANGUAGE plpgsql AS $$ BEGIN n := n; END $$;
COMMENT ON FUNCTION public.add(int, int) IS 'Adds';
"#,
    )
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn snapshot_view_nullability() {
    let json = snapshot_of(
        r#"
CREATE TABLE public.a (id int PRIMARY KEY, name text NOT NULL, note text);
CREATE TABLE public.b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES public.a, label text NOT NULL);
CREATE VIEW public.plain AS SELECT id, name, note, upper(name) AS shout FROM public.a;
CREATE VIEW public.inner_join AS SELECT a.name, b.label FROM public.a JOIN public.b ON b.a_id = a.id;
CREATE VIEW public.left_join AS SELECT a.name, b.label FROM public.a LEFT JOIN public.b ON b.a_id = a.id;
CREATE VIEW public.over_view AS SELECT name, note FROM public.plain;
CREATE VIEW public.unioned AS SELECT name FROM public.a UNION ALL SELECT label FROM public.b;
CREATE MATERIALIZED VIEW public.counted AS SELECT a_id, count(*) AS n FROM public.b GROUP BY a_id;
"#,
    )
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn snapshot_row_level_security_and_grants() {
    let json = snapshot_of(
        r#"
DO $$ BEGIN CREATE ROLE anon NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE authenticated NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.notes (id int PRIMARY KEY, owner text NOT NULL, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;
CREATE POLICY read_published ON public.notes FOR SELECT TO anon, authenticated USING (published);
CREATE POLICY own_rows ON public.notes FOR ALL TO authenticated USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY no_drafts ON public.notes AS RESTRICTIVE FOR UPDATE USING (published);
GRANT SELECT ON public.notes TO anon;
GRANT SELECT, INSERT, UPDATE ON public.notes TO authenticated;
GRANT UPDATE (body) ON public.notes TO anon;
"#,
    )
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn snapshot_partitions() {
    let json = snapshot_of(
        r#"
CREATE TABLE public.measurements (id bigint, at date NOT NULL, v real, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.measurements_2026 PARTITION OF public.measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
"#,
    )
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn snapshot_hostile_names() {
    let long = "n".repeat(63);
    let json = snapshot_of(&format!(
        r#"
CREATE TABLE public."select" ("from" int PRIMARY KEY, "Type" text, "type" text, "with space" text, "quo""te" text, "ünïcödé" text, "1st" int, "{long}" int);
CREATE TABLE public."MixedCase" (id int);
CREATE TYPE public."enum" AS ENUM ('a b', 'C', 'ü');
"#
    ))
    .await;
    insta::assert_snapshot!(json);
}

#[tokio::test]
async fn two_connections_read_the_same_catalog_as_one() {
    let (db, schemas) = fixture_db("graphile_kitchen_sink").await;
    let mut conn = db.connect().await;
    let mut second = db.connect().await;
    let one = introspect(&mut conn, &schemas).await.unwrap();
    let two = codegen::introspect::introspect_with(&mut conn, Some(&mut second), &schemas)
        .await
        .unwrap();
    assert_eq!(
        codegen::snapshot::to_json(&two),
        codegen::snapshot::to_json(&one)
    );
    // Both transactions are over: a snapshot can be exported again.
    let again = codegen::introspect::introspect_with(&mut second, Some(&mut conn), &schemas)
        .await
        .unwrap();
    assert_eq!(again, one);
}
