//! Stand-ins for extensions this machine does not have, on the embedded
//! database only (never on a `DATABASE_URL`): when a migration says `CREATE
//! EXTENSION vector` and the server has no `vector` package, the runner
//! creates catalog-faithful objects instead (the `vector(n)` type with its
//! operators, functions and index operator classes; `net.http_post` that
//! records the call; `cron.schedule` that records the job), registers them
//! as the extension's members in `pg_extension`/`pg_depend` (so `CREATE
//! EXTENSION IF NOT EXISTS`, `COMMENT ON EXTENSION` and `DROP EXTENSION`
//! behave, and the introspector leaves them out of the schema model), and
//! says so on every run. Their functions do nothing useful (pgmq's, its own
//! SQL vendored, are the exception): a stand-in is
//! for applying migrations and generating types, not for running queries.

use sqlx::PgConnection;

/// The `extversion` that marks a stand-in in `pg_extension`.
pub const VERSION: &str = "codegen stand-in";

/// A known stand-in: the extension, the schema its objects always live in
/// (pg_net's `net`, pg_cron's `cron`), what it covers, and its SQL
/// (`@schema@` is the schema the migration asked for, quoted).
struct StandIn {
    name: &'static str,
    fixed_schema: Option<&'static str>,
    covers: &'static str,
    sql: &'static str,
}

const VECTOR_TYPE: &str = include_str!("standins/vector_type.sql");

/// pgvector's casts between its types (`embedding::halfvec(3072)` in an
/// expression index, the usual way past hnsw's 2,000 dimensions for vector).
const VECTOR_CASTS: &str = include_str!("standins/vector_casts.sql");

const VECTOR_AMS: &str = include_str!("standins/vector_ams.sql");

/// PostGIS: `geometry` and `geography` with text I/O and a type modifier
/// that takes `(Point, 4326)`, the common `ST_*` functions (placeholder
/// results), `&&`/`<->`, casts, `spatial_ref_sys`, a btree operator class
/// (bytewise) and a default GiST one whose support functions are
/// btree_gist's for `bytea` (contrib; a value is stored as the varlena its
/// text is), so `USING gist (geom)` builds and takes rows.
const POSTGIS_TYPE: &str = include_str!("standins/postgis_type.sql");

const POSTGIS_FUNCTIONS: &str = include_str!("standins/postgis_functions.sql");

const POSTGIS_PREDICATES: &[&str] = &[
    "st_contains",
    "st_intersects",
    "st_within",
    "st_covers",
    "st_coveredby",
    "st_touches",
    "st_crosses",
    "st_overlaps",
    "st_equals",
    "st_disjoint",
];
const POSTGIS_MEASURES: &[&str] = &["st_distance", "st_area", "st_length", "st_perimeter"];

/// The PostGIS stand-in's SQL.
fn postgis_sql() -> String {
    let mut sql = String::new();
    for t in ["geometry", "geography"] {
        sql.push_str(&POSTGIS_TYPE.replace("@t@", t));
    }
    sql.push_str(POSTGIS_FUNCTIONS);
    for t in ["geometry", "geography"] {
        for p in POSTGIS_PREDICATES {
            sql.push_str(&format!("CREATE FUNCTION @schema@.{p}(@schema@.{t}, @schema@.{t}) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT false';\n"));
        }
        for m in POSTGIS_MEASURES {
            let args = if *m == "st_distance" {
                format!("@schema@.{t}, @schema@.{t}")
            } else {
                format!("@schema@.{t}")
            };
            sql.push_str(&format!("CREATE FUNCTION @schema@.{m}({args}) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT AS 'SELECT 0::double precision';\n"));
        }
        sql.push_str(&format!("CREATE FUNCTION @schema@.st_dwithin(@schema@.{t}, @schema@.{t}, double precision) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT false';\n"));
        for f in ["st_buffer", "st_centroid", "st_envelope", "st_simplify"] {
            let extra = if f == "st_buffer" || f == "st_simplify" {
                ", double precision"
            } else {
                ""
            };
            sql.push_str(&format!("CREATE FUNCTION @schema@.{f}(@schema@.{t}{extra}) RETURNS @schema@.{t} LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1';\n"));
        }
    }
    sql
}

const PG_NET: &str = include_str!("standins/pg_net.sql");

const PG_CRON: &str = include_str!("standins/pg_cron.sql");

const PG_JSONSCHEMA: &str = include_str!("standins/pg_jsonschema.sql");

const PGJWT: &str = include_str!("standins/pgjwt.sql");

const HTTP: &str = include_str!("standins/http.sql");

/// The foreign data wrappers of Supabase's `wrappers` extension, one a
/// line, as its handler/validator function names spell them
/// (supabase/wrappers, wrappers/src/fdw/*).
const WRAPPERS_FDWS: &str = include_str!("standins/wrappers_fdws.txt");

/// `wrappers`: each wrapper's handler (contrib's postgres_fdw handler, a C
/// function that `CREATE FOREIGN DATA WRAPPER` accepts and that only a query
/// on a foreign table calls) and a validator that accepts any options, so
/// `CREATE FOREIGN DATA WRAPPER`, `CREATE SERVER` and `CREATE FOREIGN TABLE`
/// apply as on Supabase.
fn wrappers_sql() -> String {
    let mut sql = String::new();
    for w in WRAPPERS_FDWS.split_whitespace() {
        sql.push_str(&format!(
            "CREATE FUNCTION @schema@.{w}_fdw_handler() RETURNS fdw_handler LANGUAGE c STRICT AS '$libdir/postgres_fdw', 'postgres_fdw_handler';\n\
             CREATE FUNCTION @schema@.{w}_fdw_validator(options text[], catalog oid) RETURNS void LANGUAGE plpgsql AS 'BEGIN END';\n"
        ));
    }
    sql
}

/// pgmq 1.4.4's own extension script, vendored (attributed in its header).
const PGMQ: &str = include_str!("standins/pgmq.sql");

/// pg_graphql (schema `graphql`): `graphql.resolve`, which answers with an
/// error instead of running the query.
const PG_GRAPHQL: &str = include_str!("standins/pg_graphql.sql");

const STAND_INS: &[StandIn] = &[
    StandIn { name: "vector", fixed_schema: None, covers: "the vector, halfvec and sparsevec types with their operators, distance functions and hnsw/ivfflat operator classes; distances are always 0", sql: "" },
    StandIn { name: "postgis", fixed_schema: None, covers: "the geometry and geography types (geometry(Point, 4326) and friends), common ST_* functions with placeholder results, && and <->, GiST indexes; no spatial computation", sql: "" },
    StandIn { name: "pg_net", fixed_schema: Some("net"), covers: "net.http_get/http_post/http_delete record the request in net.http_request_queue and send nothing", sql: PG_NET },
    StandIn { name: "pg_cron", fixed_schema: Some("cron"), covers: "cron.schedule/unschedule/alter_job record jobs in cron.job and never run them", sql: PG_CRON },
    StandIn { name: "pg_jsonschema", fixed_schema: None, covers: "json_matches_schema and friends always return true", sql: PG_JSONSCHEMA },
    StandIn { name: "pgjwt", fixed_schema: None, covers: "sign/verify/url_encode/url_decode (sign returns '', verify never validates)", sql: PGJWT },
    StandIn { name: "http", fixed_schema: None, covers: "the http_* types and functions; requests return status 0 and send nothing", sql: HTTP },
    StandIn { name: "pg_graphql", fixed_schema: Some("graphql"), covers: "graphql.resolve, which answers with an error (Supabase's GraphQL API is not emulated)", sql: PG_GRAPHQL },
    StandIn { name: "pgmq", fixed_schema: Some("pgmq"), covers: "pgmq 1.4.4's own SQL (vendored, PostgreSQL licence): queues, send/read/pop/archive/delete work as on Supabase; partitioned queues need pg_partman", sql: PGMQ },
    StandIn { name: "pgsodium", fixed_schema: None, covers: "the extension's name only", sql: "" },
    StandIn { name: "supabase_vault", fixed_schema: Some("vault"), covers: "vault.secrets, vault.decrypted_secrets, vault.create_secret/update_secret from the Supabase shim (secrets kept as given, not encrypted)", sql: "" },
    StandIn { name: "wrappers", fixed_schema: None, covers: "every wrapper's *_fdw_handler/*_fdw_validator, so foreign data wrappers, servers and foreign tables can be created; querying a foreign table fails", sql: "" },
    StandIn { name: "pg_stat_monitor", fixed_schema: None, covers: "the extension's name only", sql: "" },
    StandIn { name: "index_advisor", fixed_schema: None, covers: "the extension's name only", sql: "" },
    StandIn { name: "hypopg", fixed_schema: None, covers: "the extension's name only", sql: "" },
    StandIn { name: "pg_hashids", fixed_schema: None, covers: "the extension's name only", sql: "" },
    StandIn { name: "plpgsql_check", fixed_schema: None, covers: "the extension's name only", sql: "" },
    StandIn { name: "pgaudit", fixed_schema: None, covers: "the extension's name only", sql: "" },
    StandIn { name: "pg_repack", fixed_schema: None, covers: "the extension's name only", sql: "" },
    StandIn { name: "timescaledb", fixed_schema: None, covers: "the extension's name only (hypertables are not emulated)", sql: "" },
];

/// The names of the extensions that have a stand-in.
pub fn names() -> impl Iterator<Item = &'static str> {
    STAND_INS.iter().map(|s| s.name)
}

/// The Debian package that brings a missing extension, for the error.
fn package(name: &str, major: u32) -> Option<String> {
    let pkg = match name {
        "postgis"
        | "postgis_topology"
        | "postgis_raster"
        | "postgis_tiger_geocoder"
        | "address_standardizer" => "postgis-3",
        "vector" => "pgvector",
        "pg_cron" => "cron",
        "http" => "http",
        "pg_repack" => "repack",
        "hypopg" => "hypopg",
        "pgaudit" => "pgaudit",
        "plpgsql_check" => "plpgsql-check",
        "timescaledb" => {
            return Some(
                "timescaledb-2-postgresql-NN (Timescale's repository)"
                    .replace("NN", &major.to_string()),
            )
        }
        _ => return None,
    };
    Some(format!("postgresql-{major}-{pkg}"))
}

/// What one `CREATE EXTENSION` statement asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateExtension {
    pub name: String,
    pub schema: Option<String>,
}

/// Words of a statement (comments and quotes understood), lower-cased
/// unless quoted.
fn words(sql: &str) -> Vec<String> {
    let text = crate::sql::strip_leading_comments(sql);
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == '"' {
            chars.next();
            let mut w = String::new();
            while let Some(c) = chars.next() {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        w.push('"');
                        continue;
                    }
                    break;
                }
                w.push(c);
            }
            out.push(w);
        } else if c.is_alphanumeric() || c == '_' || c == '-' {
            let mut w = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_alphanumeric() || c == '_' || c == '-' || c == '$' {
                    w.push(c.to_ascii_lowercase());
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(w);
        } else if c == '-' || c == '/' {
            // a comment inside the statement: skip to its end
            let rest: String = chars.clone().collect();
            let stripped = crate::sql::strip_leading_comments(&rest);
            if stripped.len() == rest.len() {
                chars.next();
            } else {
                for _ in 0..rest.chars().count() - stripped.chars().count() {
                    chars.next();
                }
            }
        } else {
            chars.next();
        }
    }
    out
}

/// `CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] …`, if that is
/// what `sql` says.
pub fn parse_create_extension(sql: &str) -> Option<CreateExtension> {
    let w = words(sql);
    let mut i = 0;
    let mut next = |expected: &str| {
        if w.get(i).map(String::as_str) == Some(expected) {
            i += 1;
            true
        } else {
            false
        }
    };
    if !(next("create") && next("extension")) {
        return None;
    }
    if next("if") {
        next("not");
        next("exists");
    }
    let name = w.get(i)?.clone();
    let rest = &w[i + 1..];
    let schema = rest
        .iter()
        .position(|x| x == "schema")
        .and_then(|p| rest.get(p + 1))
        .cloned();
    Some(CreateExtension { name, schema })
}

/// What the runner does with one statement on the embedded database.
pub enum Plan {
    /// Run it as written.
    Run,
    /// Run this text instead (an index on a stand-in's access method,
    /// without the real method's options).
    Rewrite(String),
    /// Install this stand-in instead of the statement.
    StandIn(CreateExtension),
    /// An extension this machine lacks and no stand-in covers: this error.
    Missing(String),
}

/// Whether [`plan`] may do more than run `sql` as it is (a cheap test on
/// the text: `CREATE EXTENSION`, or an index on a stand-in's access method).
pub fn may_plan(sql: &str) -> bool {
    let has = |word: &str| {
        sql.as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    has("extension") || has("hnsw") || has("ivfflat")
}

/// Decides, before a statement runs on the embedded database, whether it
/// needs a stand-in (or a missing extension is an error naming the package).
pub async fn plan(conn: &mut PgConnection, sql: &str) -> Result<Plan, sqlx::Error> {
    if !may_plan(sql) {
        return Ok(Plan::Run);
    }
    if let Some(create) = parse_create_extension(sql) {
        let (available, installed): (bool, bool) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = $1),
                    EXISTS (SELECT 1 FROM pg_extension WHERE extname = $1)",
        )
        .bind(&create.name)
        .fetch_one(&mut *conn)
        .await?;
        if available || installed {
            return Ok(Plan::Run);
        }
        if STAND_INS.iter().any(|s| s.name == create.name) {
            return Ok(Plan::StandIn(create));
        }
        return Ok(Plan::Missing(missing(conn, &create.name).await?));
    }
    let w = words(sql);
    let on_stand_in_am = w.first().map(String::as_str) == Some("create")
        && w.iter().any(|x| x == "index")
        && w.windows(2)
            .any(|p| p[0] == "using" && (p[1] == "hnsw" || p[1] == "ivfflat"));
    if on_stand_in_am {
        let stand_in: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector' AND extversion = $1)",
        )
        .bind(VERSION)
        .fetch_one(&mut *conn)
        .await?;
        if stand_in {
            return Ok(Plan::Rewrite(without_index_options(sql)));
        }
    }
    Ok(Plan::Run)
}

/// The offset of the `)` that closes the `(` at `open` (or `open` when
/// there is none).
fn closing_paren(b: &[u8], open: usize) -> usize {
    let mut depth = 0;
    for (i, &c) in b.iter().enumerate().skip(open) {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    open
}

/// `CREATE INDEX … USING hnsw (…) WITH (m = 16) WHERE …` without its
/// `WITH (…)` (the stand-in method takes none of pgvector's options).
fn without_index_options(sql: &str) -> String {
    let lower = sql.to_ascii_lowercase();
    let Some(using) = lower.find(" using ") else {
        return sql.to_owned();
    };
    // The column list after USING method: skip its parentheses.
    let b = sql.as_bytes();
    let Some(open) = lower[using..].find('(').map(|p| using + p) else {
        return sql.to_owned();
    };
    let close = closing_paren(b, open);
    let after = &lower[close + 1..];
    let trimmed = after.trim_start();
    if !trimmed.starts_with("with") || !trimmed[4..].trim_start().starts_with('(') {
        return sql.to_owned();
    }
    let with_at = close + 1 + (after.len() - trimmed.len());
    let open2 = with_at + lower[with_at..].find('(').expect("checked above");
    let end = closing_paren(b, open2) + 1;
    format!("{}{}", &sql[..with_at], &sql[end..])
}

/// The sentence for an extension this machine lacks and no stand-in
/// covers (on the embedded database).
async fn missing(conn: &mut PgConnection, name: &str) -> Result<String, sqlx::Error> {
    let major: i32 =
        sqlx::query_scalar("SELECT current_setting('server_version_num')::int / 10000")
            .fetch_one(&mut *conn)
            .await?;
    Ok(match package(name, major as u32) {
        Some(p) => format!("extension `{name}` is not installed on this machine and codegen has no stand-in for it; install it (Debian/Ubuntu: apt-get install {p}) or set DATABASE_URL"),
        None => format!("extension `{name}` is not installed on this machine and codegen has no stand-in for it; install it for PostgreSQL {major} or set DATABASE_URL"),
    })
}

/// The `extversion` of a stand-in for an extension that every new Supabase
/// project has (installed with the shim, not by a migration: not reported).
pub const DAY_ONE_VERSION: &str = "codegen stand-in (Supabase default)";

/// What a new Supabase project has installed, and where (supabase/postgres:
/// migrations/db/init-scripts/00000000000000-initial-schema.sql, the
/// pg_graphql and supabase_vault migrations, ansible/files/stat_extension.sql;
/// plpgsql is every database's).
pub const DAY_ONE: &[(&str, &str)] = &[
    ("uuid-ossp", "extensions"),
    ("pgcrypto", "extensions"),
    ("pgjwt", "extensions"),
    ("pg_stat_statements", "extensions"),
    ("pg_graphql", "graphql"),
    ("supabase_vault", "vault"),
];

/// Installs the extensions of [`DAY_ONE`] that are missing: the real one
/// where this machine has it, else its stand-in (embedded database only).
pub async fn install_day_one(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    for (name, schema) in DAY_ONE {
        let (available, installed): (bool, bool) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = $1),
                    EXISTS (SELECT 1 FROM pg_extension WHERE extname = $1)",
        )
        .bind(name)
        .fetch_one(&mut *conn)
        .await?;
        if installed {
            continue;
        }
        if available {
            sqlx::raw_sql(&format!(
                "CREATE EXTENSION IF NOT EXISTS \"{name}\" WITH SCHEMA {schema}"
            ))
            .execute(&mut *conn)
            .await?;
        } else {
            let create = CreateExtension {
                name: (*name).to_owned(),
                schema: Some((*schema).to_owned()),
            };
            install_as(conn, &create, DAY_ONE_VERSION).await?;
        }
    }
    Ok(())
}

/// Installs the stand-in for `create` on the database behind `conn` (in
/// one transaction) and registers it as that extension.
pub async fn install(conn: &mut PgConnection, create: &CreateExtension) -> Result<(), sqlx::Error> {
    install_as(conn, create, VERSION).await
}

/// [`install`], registered with `version` as its `extversion`.
async fn install_as(
    conn: &mut PgConnection,
    create: &CreateExtension,
    version: &str,
) -> Result<(), sqlx::Error> {
    let standin = STAND_INS
        .iter()
        .find(|s| s.name == create.name)
        .expect("planned only for known stand-ins");
    let schema = match (standin.fixed_schema, &create.schema) {
        (Some(fixed), _) => fixed.to_owned(),
        (None, Some(s)) => s.clone(),
        (None, None) => {
            sqlx::query_scalar::<_, String>("SELECT current_schema()")
                .fetch_one(&mut *conn)
                .await?
        }
    };
    let quoted = format!("\"{}\"", schema.replace('"', "\"\""));
    let mut sql = String::new();
    if standin.name == "vector" {
        sql.push_str(VECTOR_AMS);
        for t in ["vector", "halfvec", "sparsevec"] {
            // pgvector overloads the distance functions and operators for
            // each of its types (halfvec and sparsevec as well as vector).
            sql.push_str(&VECTOR_TYPE.replace("@t@", t));
        }
        sql.push_str(VECTOR_CASTS);
    } else if standin.name == "postgis" {
        sql.push_str(&postgis_sql());
    } else if standin.name == "wrappers" {
        sql.push_str(&wrappers_sql());
    } else {
        sql.push_str(standin.sql);
    }
    let sql = sql.replace("@schema@", &quoted);
    let tag = schema::sql::dollar_tag(&format!("{sql} {} {quoted}", create.name));
    let vault = if standin.name == "supabase_vault" {
        VAULT_MEMBERS
    } else {
        ""
    };
    // The stand-in's SQL goes in last: nothing in it is taken for a placeholder.
    let register = REGISTER
        .replace("@tag@", &tag)
        .replace("@name@", &literal(&create.name))
        .replace("@schema_literal@", &literal(&quoted))
        .replace("@version@", &literal(version))
        .replace("@vault@", vault)
        .replace("@sql@", &sql);
    // PostgreSQL makes pgmq's schema from its control file, outside the
    // script: not a member, so it stays after `DROP EXTENSION pgmq`.
    let pre = if standin.name == "pgmq" {
        "CREATE SCHEMA IF NOT EXISTS pgmq;\n"
    } else {
        ""
    };
    sqlx::raw_sql(&format!("{pre}{register}"))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The stand-in's SQL (`@sql@`) in a `DO` block that registers what it
/// created as the extension's members.
const REGISTER: &str = include_str!("standins/register.sql");

/// The shim's vault objects become supabase_vault's members, as they are
/// the extension's on Supabase (`DROP EXTENSION supabase_vault` drops them).
const VAULT_MEMBERS: &str = include_str!("standins/vault_members.sql");

use crate::sql::literal;

/// The stand-ins installed in the database, with what each covers.
pub async fn installed(
    conn: &mut PgConnection,
) -> Result<Vec<(String, &'static str)>, sqlx::Error> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT extname::text FROM pg_extension WHERE extversion = $1 ORDER BY 1",
    )
    .bind(VERSION)
    .fetch_all(conn)
    .await?;
    Ok(names
        .into_iter()
        .map(|n| {
            let covers = STAND_INS
                .iter()
                .find(|s| s.name == n)
                .map_or("", |s| s.covers);
            (n, covers)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_extension_statements_parse() {
        let c =
            parse_create_extension("create extension if not exists vector with schema extensions;")
                .unwrap();
        assert_eq!(
            c,
            CreateExtension {
                name: "vector".into(),
                schema: Some("extensions".into())
            }
        );
        let c =
            parse_create_extension("-- x\nCREATE EXTENSION \"pg_net\" SCHEMA \"Ext\";").unwrap();
        assert_eq!(
            c,
            CreateExtension {
                name: "pg_net".into(),
                schema: Some("Ext".into())
            }
        );
        let c = parse_create_extension("create extension \"uuid-ossp\";").unwrap();
        assert_eq!(c.name, "uuid-ossp");
        assert!(parse_create_extension("create table extension (id int);").is_none());
    }

    #[test]
    fn index_options_of_stand_in_methods_are_dropped() {
        assert_eq!(
            without_index_options(
                "create index on d using ivfflat (embedding vector_cosine_ops) with (lists = 100);"
            ),
            "create index on d using ivfflat (embedding vector_cosine_ops) ;"
        );
        assert_eq!(
            without_index_options("CREATE INDEX i ON d USING hnsw (e vector_l2_ops) WITH (m = 16, ef_construction = 64) WHERE (e IS NOT NULL)"),
            "CREATE INDEX i ON d USING hnsw (e vector_l2_ops)  WHERE (e IS NOT NULL)"
        );
        let plain = "create index on d using hnsw (e vector_l2_ops);";
        assert_eq!(without_index_options(plain), plain);
    }
}
