//! pgTAP and basejump's Supabase test helpers on the test database: the
//! server's own packages when it has them, otherwise the vendored SQL
//! (`vendor/`, attributed in its README), registered in `pg_extension`.

use crate::error::{Error, Result};
use sqlx::PgConnection;

/// pgTAP 1.2.0's extension script (Debian's build for PostgreSQL 15).
const PGTAP_SQL: &str = include_str!("vendor/pgtap--1.2.0.sql");
const PGTAP_VERSION: &str = "1.2.0";
/// basejump-supabase_test_helpers 0.0.6.
const HELPERS_SQL: &str = include_str!("vendor/supabase_test_helpers--0.0.6.sql");
const HELPERS_VERSION: &str = "0.0.6";

/// The names the helpers are created under: database.dev's and the
/// repository's own (with pg_tle).
pub const HELPER_NAMES: &[&str] = &["basejump-supabase_test_helpers", "supabase_test_helpers"];

/// Which pgTAP the run uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    /// Already in the database (its migrations, or DATABASE_URL's).
    AlreadyInstalled { schema: String, version: String },
    /// The server's package (`CREATE EXTENSION pgtap`).
    ServerPackage { version: String },
    /// The vendored copy.
    Vendored,
}

impl std::fmt::Display for Which {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Which::AlreadyInstalled { schema, version } => write!(
                f,
                "pgTAP {version}, already installed in the database (schema {schema})"
            ),
            Which::ServerPackage { version } => write!(
                f,
                "pgTAP {version}, the server's package (CREATE EXTENSION pgtap WITH SCHEMA extensions)"
            ),
            Which::Vendored => write!(
                f,
                "pgTAP {PGTAP_VERSION}, codegen's vendored copy (the server has no pgtap package), registered as extension pgtap in schema extensions"
            ),
        }
    }
}

fn db(url: &str) -> impl Fn(sqlx::Error) -> Error + '_ {
    move |e| Error::db(url, e)
}

/// Makes `create extension if not exists pgtap with schema extensions`
/// a no-op on the database behind `conn`, and lets every role run pgTAP
/// whatever default privileges the migrations set (as Supabase grants).
pub async fn install(conn: &mut PgConnection, url: &str) -> Result<Which> {
    let installed: Option<(String, String)> = sqlx::query_as(
        "SELECT n.nspname::text, e.extversion FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgtap'",
    )
    .fetch_optional(&mut *conn)
    .await
    .map_err(db(url))?;
    let which = if let Some((schema, version)) = installed {
        Which::AlreadyInstalled { schema, version }
    } else {
        sqlx::raw_sql("CREATE SCHEMA IF NOT EXISTS extensions")
            .execute(&mut *conn)
            .await
            .map_err(db(url))?;
        let available: Option<String> = sqlx::query_scalar(
            "SELECT default_version FROM pg_available_extensions WHERE name = 'pgtap'",
        )
        .fetch_optional(&mut *conn)
        .await
        .map_err(db(url))?;
        match available {
            Some(version) => {
                sqlx::raw_sql("CREATE EXTENSION IF NOT EXISTS pgtap WITH SCHEMA extensions")
                    .execute(&mut *conn)
                    .await
                    .map_err(db(url))?;
                Which::ServerPackage { version }
            }
            None => {
                superuser(&mut *conn, url).await?;
                sqlx::raw_sql(&register_sql("pgtap", PGTAP_SQL, PGTAP_VERSION))
                    .execute(&mut *conn)
                    .await
                    .map_err(|e| {
                        Error::Usage(format!(
                            "could not install codegen's vendored pgTAP on the test database ({}); install the server's package (Debian/Ubuntu: apt-get install postgresql-NN-pgtap)",
                            crate::db::redact_message(&e.to_string())
                        ))
                    })?;
                Which::Vendored
            }
        }
    };
    // pgTAP runs as whatever role a test switches to: grant it explicitly,
    // as Supabase does, so `ALTER DEFAULT PRIVILEGES … REVOKE EXECUTE ON
    // FUNCTIONS FROM PUBLIC` in a migration cannot take it away.
    sqlx::raw_sql(
        "DO $codegen$
         DECLARE f regprocedure; r text;
         BEGIN
           FOR f IN SELECT p.oid::regprocedure FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                     JOIN pg_proc p ON p.oid = d.objid
                     WHERE e.extname = 'pgtap' AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
                       AND p.proacl IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') LOOP
             EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO PUBLIC', f);
           END LOOP;
           FOR r IN SELECT rolname FROM pg_roles WHERE rolname IN ('anon', 'authenticated', 'service_role') LOOP
             EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I',
               (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgtap'), r);
           END LOOP;
         END
         $codegen$",
    )
    .execute(&mut *conn)
    .await
    .map_err(db(url))?;
    Ok(which)
}

/// Registering the vendored copy writes `pg_extension` and `pg_depend`,
/// which only a superuser may: one sentence naming the role otherwise.
async fn superuser(conn: &mut PgConnection, url: &str) -> Result<()> {
    let (role, is_super): (String, bool) = sqlx::query_as(
        "SELECT current_user::text, rolsuper FROM pg_roles WHERE rolname = current_user",
    )
    .fetch_one(&mut *conn)
    .await
    .map_err(db(url))?;
    if is_super {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "the server has no pgtap package and codegen's vendored pgTAP can only be registered by a superuser, which role {role} is not; install the server's package (Debian/Ubuntu: apt-get install postgresql-NN-pgtap), or pass a superuser's DATABASE_URL"
    )))
}

/// Runs `script` (an extension script) in schema `extensions` and
/// registers what it created as extension `name` in `pg_extension` and
/// `pg_depend`, in one transaction (the same registration as the
/// stand-ins of `db::standins`).
fn register_sql(name: &str, script: &str, version: &str) -> String {
    let body: String = script
        .lines()
        .filter(|l| !l.starts_with('\\'))
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "BEGIN;
SET LOCAL search_path = extensions;
SELECT set_config('codegen.ext', pg_nextoid('pg_catalog.pg_extension', 'oid', 'pg_catalog.pg_extension_oid_index')::text, true);
{body}
;
{register}
COMMIT;",
        register = register_objects(name, version, "extensions", "current_setting('codegen.ext')::oid")
    )
}

/// Registers every object with an oid above `ext` (made after it was
/// drawn) as belonging to extension `name`.
fn register_objects(name: &str, version: &str, schema: &str, ext: &str) -> String {
    format!(
        "INSERT INTO pg_catalog.pg_extension (oid, extname, extowner, extnamespace, extrelocatable, extversion)
  VALUES ({ext}, '{name}', current_user::regrole, '{schema}'::regnamespace, false, '{version}');
INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
  SELECT m.classid, m.objid, 0, 'pg_extension'::regclass, {ext}, 0, 'e'
    FROM (
      SELECT 'pg_type'::regclass AS classid, t.oid AS objid FROM pg_type t
       WHERE t.oid > {ext} AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c') AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
      UNION ALL SELECT 'pg_proc'::regclass, oid FROM pg_proc WHERE oid > {ext}
      UNION ALL SELECT 'pg_operator'::regclass, oid FROM pg_operator WHERE oid > {ext}
      UNION ALL SELECT 'pg_cast'::regclass, oid FROM pg_cast WHERE oid > {ext}
      UNION ALL SELECT 'pg_class'::regclass, oid FROM pg_class WHERE oid > {ext} AND relkind IN ('r', 'v', 'S') AND relpersistence <> 't'
      UNION ALL SELECT 'pg_namespace'::regclass, oid FROM pg_namespace WHERE oid > {ext} AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'
    ) m;"
    )
}

/// A `CREATE EXTENSION` of the helpers in a test file, found by the SQL
/// lexer: its byte range and what it asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelperCreate {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub if_not_exists: bool,
    pub schema: Option<String>,
}

/// The statements of `sql` that create the helpers.
pub fn helper_creates(sql: &str) -> Vec<HelperCreate> {
    if !HELPER_NAMES.iter().any(|n| sql.contains(n)) {
        return Vec::new();
    }
    crate::sql::split(sql)
        .into_iter()
        .filter_map(|s| {
            let text = s.text(sql);
            let create = crate::db::standins::parse_create_extension(text)?;
            if !HELPER_NAMES.contains(&create.name.as_str()) {
                return None;
            }
            let head = crate::sql::strip_leading_comments(text).to_ascii_lowercase();
            let words: Vec<&str> = head.split_whitespace().take(5).collect();
            let if_not_exists = words.get(2) == Some(&"if");
            // the statement proper starts after its leading comments
            let start = s.end - crate::sql::strip_leading_comments(text).len();
            Some(HelperCreate {
                start,
                end: s.end,
                name: create.name,
                if_not_exists,
                schema: create.schema,
            })
        })
        .collect()
}

fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// `sql` with each `CREATE EXTENSION` of the helpers replaced by a call
/// that installs them in the file's own transaction (so a `ROLLBACK` takes
/// them away, as on Supabase), on one line followed by the line breaks
/// the statement had, so every other line keeps its number. `None`: the
/// file does not create them.
pub fn rewrite_helpers(sql: &str) -> Option<String> {
    let creates = helper_creates(sql);
    if creates.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(sql.len());
    let mut at = 0;
    for c in &creates {
        out.push_str(&sql[at..c.start]);
        out.push_str(&format!(
            "DO $codegen$BEGIN PERFORM pg_temp.codegen_create_helpers({}, {}, {}); END$codegen$;",
            literal(&c.name),
            c.if_not_exists,
            c.schema.as_deref().map_or("NULL".to_owned(), literal),
        ));
        out.extend(std::iter::repeat_n(
            '\n',
            sql[c.start..c.end].matches('\n').count(),
        ));
        at = c.end;
    }
    out.push_str(&sql[at..]);
    Some(out)
}

/// The session set-up run before a rewritten file (`psql -f setup -f
/// file`): a temporary function that installs the helpers and registers
/// them, leaving nothing in the database when the session ends.
pub fn helpers_setup_sql() -> String {
    let body: String = HELPERS_SQL
        .lines()
        .filter(|l| !l.starts_with('\\'))
        .collect::<Vec<_>>()
        .join("\n");
    let tag = schema::sql::dollar_tag(&format!("{body} $f$"));
    format!(
        "CREATE FUNCTION pg_temp.codegen_create_helpers(name text, if_not_exists boolean, in_schema text) RETURNS void
LANGUAGE plpgsql AS $f$
DECLARE ext oid;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = name) OR (to_regproc('tests.authenticate_as') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = ANY (ARRAY['basejump-supabase_test_helpers', 'supabase_test_helpers']))) THEN
    IF if_not_exists THEN
      RAISE NOTICE 'extension \"%\" already exists, skipping', name;
      RETURN;
    END IF;
    RAISE EXCEPTION 'extension \"%\" already exists', name USING ERRCODE = 'duplicate_object';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgtap') THEN
    RAISE EXCEPTION 'required extension \"pgtap\" is not installed' USING ERRCODE = 'undefined_object';
  END IF;
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ext := pg_nextoid('pg_catalog.pg_extension', 'oid', 'pg_catalog.pg_extension_oid_index');
  END IF;
  EXECUTE {tag}{body}{tag};
  IF ext IS NOT NULL THEN
    INSERT INTO pg_catalog.pg_extension (oid, extname, extowner, extnamespace, extrelocatable, extversion)
      VALUES (ext, name, current_user::regrole, coalesce(in_schema, current_schema())::regnamespace, false, '{HELPERS_VERSION}');
    INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
      SELECT m.classid, m.objid, 0, 'pg_extension'::regclass, ext, 0, 'e'
        FROM (SELECT 'pg_proc'::regclass AS classid, oid AS objid FROM pg_proc WHERE oid > ext
              UNION ALL SELECT 'pg_namespace'::regclass, oid FROM pg_namespace
                 WHERE oid > ext AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%') m;
  END IF;
END
$f$;
GRANT EXECUTE ON FUNCTION pg_temp.codegen_create_helpers(text, boolean, text) TO PUBLIC;
"
    )
}
