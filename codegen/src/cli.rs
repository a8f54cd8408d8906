//! Command-line arguments and the commands behind them.

use clap::{Parser, Subcommand};
use codegen::db::Target;
use codegen::migrate::{self, Event, Migrator};
use codegen::{Error, Result};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Applies SQL migrations, reads the catalog and writes typed Rust.
///
/// With no command: the main job, run after every migration.
#[derive(Parser, Debug)]
#[command(name = "codegen", version)]
pub struct Args {
    /// Database to work on; without it, a throw-away embedded PostgreSQL.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    database_url: Option<String>,
    /// Directory of numbered migrations (default: `migrations/` at the workspace root).
    #[arg(long, global = true, value_name = "DIR")]
    migrations: Option<PathBuf>,
    /// Directory of typed SQL queries (default: `queries/` beside the migrations directory).
    #[arg(long, global = true, value_name = "DIR")]
    queries: Option<PathBuf>,
    /// Generator options (default: `codegen.toml` at the workspace root).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Leave the embedded database running at exit and print its URL.
    #[arg(long, global = true)]
    keep: bool,
    /// Main job: write nothing; fail listing the files of the output that are stale.
    #[arg(long)]
    check: bool,
    /// Main job and `check`: a schema to generate (repeatable; default:
    /// `schemas` of codegen.toml, else public).
    #[arg(long = "schema", value_name = "SCHEMA")]
    schemas: Vec<String>,
    /// Main job: write the crate here (default: `generated/` at the workspace root).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Main job: no cache (`target/codegen-cache/`): a fresh embedded
    /// database, every migration applied.
    #[arg(long)]
    no_cache: bool,
    /// Main job: generate from this `schema.json`, with no database at all.
    #[arg(long, value_name = "FILE")]
    from_snapshot: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the migration checklist: file rules, then the catalog rules on a scratch database.
    Lint {
        /// Print the findings as JSON.
        #[arg(long)]
        json: bool,
        /// Only the rules that read the files (squawk's and ours): no
        /// database, no replay, no catalog rules.
        #[arg(long = "static")]
        static_only: bool,
    },
    /// The one command for CI: lint, check generated/ is current, and with
    /// DATABASE_URL report drift between that database and the migrations.
    Check,
    /// Write the migration that turns one database's schema into another's,
    /// with its rollback block, both proven on a scratch copy first.
    Diff {
        /// The schema as it is (default: what the migrations produce,
        /// replayed on a scratch embedded database).
        #[arg(long, value_name = "URL")]
        from: Option<String>,
        /// The schema as it should be (default: DATABASE_URL).
        #[arg(long, value_name = "URL")]
        to: Option<String>,
        /// Write it as the next `migrations/NNN_NAME.sql` instead of printing it.
        #[arg(short = 'f', long = "file", value_name = "NAME")]
        file: Option<String>,
        /// Refuse a diff that drops a table, column, schema or type, or
        /// changes a column's type in a way values may not survive.
        #[arg(long)]
        no_drops: bool,
        /// Print without proving the files on a scratch copy of --from.
        #[arg(long)]
        no_verify: bool,
    },
    /// Apply, inspect and undo migrations.
    #[command(subcommand)]
    Migrate(MigrateCommand),
    /// Read the catalog into the schema model and print it.
    ///
    /// On the embedded database the migrations are applied first.
    Introspect {
        /// Print the whole model as JSON (as in generated/schema.json).
        #[arg(long)]
        json: bool,
        /// A schema to read (repeatable; default: public).
        #[arg(long = "schema", value_name = "SCHEMA")]
        schemas: Vec<String>,
    },
}

#[derive(Subcommand, Debug)]
enum MigrateCommand {
    /// Apply pending migrations in order, then (re)apply functions/.
    Up {
        /// Also apply pending files older than the newest applied one
        /// (refused by default, as `supabase db push` does).
        #[arg(long)]
        include_all: bool,
    },
    /// Show applied and pending migrations, checksums and table sizes.
    Status {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Write the next-numbered migration file with the standard header.
    New {
        /// What the migration does, e.g. add_user_index.
        name: String,
        /// Use today's date as the version (e.g. 20250726_hotfix_user_index.sql).
        #[arg(long)]
        hotfix: bool,
        /// The Author line of the header.
        #[arg(long, default_value = "AI Guided SaaS Team")]
        author: String,
    },
    /// Run the `-- Rollback:` blocks of the last N applied migrations.
    Down {
        /// How many migrations to undo.
        #[arg(default_value_t = 1)]
        n: usize,
    },
    /// Drop what the migrations own, re-apply everything, functions/ and seed.sql.
    Reset {
        /// Confirm dropping `public` and the history on a DATABASE_URL database.
        #[arg(long)]
        yes: bool,
    },
    /// Record the current files' checksums for applied migrations.
    Repair {
        /// Mark this version as applied without running it (repeatable).
        #[arg(long, value_name = "VERSION")]
        applied: Vec<String>,
        /// Remove this version from the history without running anything (repeatable).
        #[arg(long, value_name = "VERSION")]
        reverted: Vec<String>,
    },
}

fn print_event(event: Event) {
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    match event {
        Event::WaitingForLock => eprintln!("waiting for another migration runner to finish…"),
        Event::ShimInstalled => {
            eprintln!("installed the Supabase shim (auth schema, roles, grants)")
        }
        Event::Applied { label, elapsed } => eprintln!("applied     {label} ({})", ms(elapsed)),
        Event::RolledBack { label, elapsed } => eprintln!("rolled back {label} ({})", ms(elapsed)),
        Event::Function { path, elapsed } => {
            eprintln!("function    {} ({})", path.display(), ms(elapsed))
        }
        Event::Seeded { path, elapsed } => {
            eprintln!("seeded      {} ({})", path.display(), ms(elapsed))
        }
        Event::Repaired { label } => eprintln!("repaired    {label}"),
        Event::StandIn { name, covers } => eprintln!(
            "warning: stand-in for extension {name} (this machine lacks it; embedded database only): {covers}"
        ),
    }
}

pub async fn run(args: Args) -> Result<()> {
    let dir = args
        .migrations
        .clone()
        .unwrap_or_else(|| codegen::workspace_root().join("migrations"));
    if let Some(Command::Migrate(MigrateCommand::New {
        name,
        hotfix,
        author,
    })) = &args.command
    {
        let path = migrate::new::create(
            &dir,
            name,
            *hotfix,
            author,
            chrono::Local::now().date_naive(),
        )?;
        println!("{}", path.display());
        return Ok(());
    }
    match &args.command {
        None => return main_job(&args, &dir).await,
        Some(Command::Lint {
            json,
            static_only: true,
        }) => return lint_static(&args, &dir, *json),
        Some(Command::Lint { json, .. }) => return lint(&args, &dir, *json).await.map(|_| ()),
        Some(Command::Check) => return check(&args, &dir).await,
        Some(Command::Diff {
            from,
            to,
            file,
            no_drops,
            no_verify,
        }) => {
            return diff(
                &args,
                &dir,
                from.as_deref(),
                to.as_deref(),
                file.as_deref(),
                *no_drops,
                !*no_verify,
            )
            .await
        }
        _ => {}
    }
    let mut migrator = open_migrator(&dir)?;
    if let Some(Command::Migrate(MigrateCommand::Up { include_all: true })) = &args.command {
        migrator.include_all = true;
    }
    if let Some(Command::Migrate(MigrateCommand::Reset { yes: false })) = &args.command {
        if args
            .database_url
            .as_deref()
            .is_some_and(|u| !u.trim().is_empty())
        {
            return Err(Error::Usage(
                "reset drops the public schema and the migration history of DATABASE_URL; add --yes to confirm".into(),
            ));
        }
    }
    let mut target = Target::open(args.database_url.clone())?;
    migrator.stand_ins = target.is_embedded();
    migrator.extensions = load_config(&args)?.extensions;
    let url = target.url().to_owned();
    let mut conn = target.connect().await?;
    let report = &mut print_event;
    let started = Instant::now();
    let result = match args.command {
        None | Some(Command::Lint { .. }) | Some(Command::Check) | Some(Command::Diff { .. }) => {
            unreachable!("handled above")
        }
        Some(Command::Introspect { json, schemas }) => {
            introspect(
                &migrator,
                &mut conn,
                &url,
                target.is_embedded(),
                &schemas,
                json,
                report,
            )
            .await
        }
        Some(Command::Migrate(cmd)) => match cmd {
            MigrateCommand::Up { .. } => migrator.up(&mut conn, &url, report).await.map(|done| {
                summary("applied", &done, started);
            }),
            MigrateCommand::Down { n } => {
                migrator.down(&mut conn, &url, n, report).await.map(|done| {
                    summary("rolled back", &done, started);
                })
            }
            MigrateCommand::Reset { .. } => {
                let drop = !target.is_embedded();
                migrator
                    .reset(&mut conn, &url, drop, report)
                    .await
                    .map(|done| {
                        summary("applied", &done, started);
                    })
            }
            MigrateCommand::Repair { applied, reverted } => migrator
                .repair(&mut conn, &url, &applied, &reverted, report)
                .await
                .map(|done| {
                    if done.is_empty() {
                        eprintln!("nothing to repair");
                    }
                }),
            MigrateCommand::Status { json } => migrator
                .status(&mut conn, &url)
                .await
                .map(|s| print_status(&s, json)),
            MigrateCommand::New { .. } => unreachable!("handled before connecting"),
        },
    };
    codegen::db::close(conn).await;
    if args.keep {
        if let Some(url) = target.keep() {
            println!("embedded PostgreSQL left running: psql '{url}'");
        }
    }
    result
}

fn summary(verb: &str, done: &[String], started: Instant) {
    eprintln!(
        "{verb} {} migration(s) in {:.2} s",
        done.len(),
        started.elapsed().as_secs_f64()
    );
}

/// The main job, run after every migration: on the embedded database apply
/// every migration (and functions/) first; read the catalog (or a
/// snapshot); write the typed crate (or, with `--check`, compare with it).
/// Up to this many written files are listed one per line; more are counted.
const LIST_FILES: usize = 50;

async fn main_job(args: &Args, dir: &std::path::Path) -> Result<()> {
    let started = Instant::now();
    let root = codegen::workspace_root();
    let config = load_config(args)?;
    let out = args.out.clone().unwrap_or_else(|| root.join("generated"));
    let cache_dir = codegen::cache::dir(&root);
    let mut cache_key: Option<(codegen::cache::StateKey, String)> = None;
    let (catalog, queries) = match &args.from_snapshot {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
            let catalog = codegen::snapshot::from_json(&text).map_err(|e| Error::File {
                path: path.clone(),
                message: format!("is not a schema snapshot: {e}"),
            })?;
            // The queries as last prepared, beside the snapshot.
            let qpath = path.with_file_name("queries.json");
            let queries = match std::fs::read_to_string(&qpath) {
                Ok(t) => serde_json::from_str(&t).map_err(|e| Error::File {
                    path: qpath.clone(),
                    message: format!("is not a queries record: {e}"),
                })?,
                Err(_) => Vec::new(),
            };
            (catalog, queries)
        }
        None => {
            let embedded = args
                .database_url
                .as_deref()
                .is_none_or(|u| u.trim().is_empty());
            // The cache serves the embedded database of a writing run only:
            // `--check` (CI), `--keep` and `--no-cache` start fresh.
            // (The cluster's socket lives under the cache: a Unix socket
            // path has at most 107 bytes, so a deep workspace goes without.)
            let cached = embedded
                && !args.check
                && !args.keep
                && !args.no_cache
                && cache_dir.as_os_str().len() <= 64;
            // With a DATABASE_URL the migrations are optional (reading an
            // existing database, as `prisma db pull` does): compared with
            // its history when the directory exists.
            let migrator = if embedded || dir.is_dir() {
                let mut m = open_migrator(dir)?;
                m.stand_ins = embedded;
                m.extensions = config.extensions.clone();
                Some(m)
            } else {
                None
            };
            if let (true, Some(m)) = (cached, &migrator) {
                let key = cache_inputs(args, m, &config, &out)?;
                if codegen::cache::output_current(&cache_dir, &out, &key.1) {
                    eprintln!(
                        "{} is current: nothing changed since the last run ({} migrations; no database started, --no-cache to run anyway)",
                        out.display(),
                        m.migrations.len()
                    );
                    return Ok(());
                }
                cache_key = Some(key);
            }
            let saved = match (&cache_key, &migrator) {
                (Some((state, _)), Some(m)) => {
                    codegen::cache::find_state(&cache_dir, state, &checksums(m))
                }
                _ => None,
            };
            // A cached run's cluster lives under the cache, so saving its
            // state is a rename; the saved state is taken (moved), so an
            // interrupted run leaves no cache rather than a wrong one.
            let mut target = if cache_key.is_some() {
                Target::embedded_in(&cache_dir, saved.as_ref().map(|s| s.data.as_path()))?
            } else {
                Target::open(args.database_url.clone())?
            };
            if let Some(s) = &saved {
                eprintln!(
                    "cached      {} migration(s) from {}",
                    s.applied,
                    cache_dir.display()
                );
            }
            let url = target.url().to_owned();
            let mut conn = target.connect().await?;
            let result = async {
                match &migrator {
                    Some(m) if target.is_embedded() => {
                        let done = m.up(&mut conn, &url, &mut print_event).await?;
                        summary("applied", &done, started);
                    }
                    Some(m) => warn_history(m, &mut conn, &url).await?,
                    None => {}
                }
                let catalog = read_catalog(&mut conn, &url, &config.schemas()).await?;
                let queries = prepare_queries(args, &mut conn, &url, &catalog).await?;
                Ok((catalog, queries))
            }
            .await;
            codegen::db::close(conn).await;
            if args.keep {
                if let Some(url) = target.keep() {
                    println!("embedded PostgreSQL left running: psql '{url}'");
                }
            }
            let result = result?;
            if let (Some((state, _)), Some(m)) = (&cache_key, &migrator) {
                // Keeps the state after the last migration for the next run;
                // a cache that cannot be written only costs time.
                if let Err(e) =
                    codegen::cache::save_state(&cache_dir, state, &checksums(m), |dest| {
                        target.save_to(dest)
                    })
                {
                    eprintln!("warning: the embedded database was not cached: {e}");
                }
            }
            result
        }
    };
    let catalog_done = started.elapsed();
    let deps = codegen::generate::deps_for(&out, &root);
    let previous: Option<schema::Catalog> = std::fs::read_to_string(out.join("schema.json"))
        .ok()
        .and_then(|t| codegen::snapshot::from_json(&t).ok());
    // Table files are written as they are generated, unless only checking.
    let writer = codegen::generate::write::Writer::new(&out);
    let output = if args.check {
        codegen::generate::generate_with(&catalog, &config, &deps, &queries, &|_, _| ())
    } else {
        codegen::generate::generate_with(&catalog, &config, &deps, &queries, &|rel, text| {
            writer.file(rel, text)
        })
    };
    let generate_done = started.elapsed();
    for w in &output.warnings {
        eprintln!("warning: {w}");
    }
    if args.check {
        let stale = codegen::generate::write::stale(&out, &output.files);
        if !stale.is_empty() {
            let list: Vec<String> = stale
                .iter()
                .map(|p| out.join(p).display().to_string())
                .collect();
            return Err(Error::Usage(format!(
                "{} is stale ({} file(s): {}); run `cargo run -p codegen` and commit the result",
                out.display(),
                stale.len(),
                list.join(", ")
            )));
        }
        eprintln!(
            "{} is up to date ({} files) in {:.2} s",
            out.display(),
            output.files.len(),
            started.elapsed().as_secs_f64()
        );
        return Ok(());
    }
    let written = writer.finish(&output.files)?;
    if let Some((_, inputs)) = &cache_key {
        let files: Vec<String> = output
            .files
            .keys()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        codegen::cache::record_output(&cache_dir, &out, inputs, &files);
    }
    if written.len() <= LIST_FILES {
        for p in &written {
            eprintln!("wrote       {}", out.join(p).display());
        }
    } else {
        eprintln!(
            "wrote       {} files under {}",
            written.len(),
            out.display()
        );
    }
    if let Some(prev) = previous {
        let names = |c: &schema::Catalog| -> std::collections::BTreeSet<String> {
            c.tables
                .iter()
                .map(|t| format!("{}.{}", t.schema, t.name))
                .collect()
        };
        let (before, after) = (names(&prev), names(&catalog));
        for t in after.difference(&before) {
            eprintln!("added       {t}");
        }
        for t in before.difference(&after) {
            eprintln!("removed     {t}");
        }
    }
    let total = started.elapsed();
    eprintln!(
        "{} file(s) changed, {} tables and views, {} enums, {} functions, in {:.2} s (catalog {:.2} s, generate and write {:.2} s, rest {:.2} s)",
        written.len(),
        catalog.tables.len(),
        catalog.enums.len(),
        catalog.functions.len(),
        total.as_secs_f64(),
        catalog_done.as_secs_f64(),
        (generate_done - catalog_done).as_secs_f64(),
        (total - generate_done).as_secs_f64(),
    );
    Ok(())
}

/// The checksums of the migrations, in order.
fn checksums(m: &Migrator) -> Vec<String> {
    m.migrations.iter().map(|m| m.checksum.clone()).collect()
}

/// The main job's cache keys: what a saved cluster state depends on
/// (besides its migrations), and a hash of every input of the run.
fn cache_inputs(
    args: &Args,
    m: &Migrator,
    config: &codegen::generate::Config,
    out: &std::path::Path,
) -> Result<(codegen::cache::StateKey, String)> {
    use codegen::cache::sha256;
    let files = |paths: Vec<std::path::PathBuf>| -> String {
        let mut parts: Vec<Vec<u8>> = Vec::new();
        for p in paths {
            parts.push(p.to_string_lossy().as_bytes().to_vec());
            parts.push(std::fs::read(&p).unwrap_or_default());
        }
        sha256(&parts.iter().map(Vec::as_slice).collect::<Vec<_>>())
    };
    let state = codegen::cache::StateKey {
        tool: codegen::cache::tool_key(),
        server: codegen::db::Embedded::server_key().unwrap_or_default(),
        shim: sha256(&[
            codegen::db::shim::SHIM_SQL.as_bytes(),
            codegen::db::shim::GRANTS_SQL.as_bytes(),
        ]),
        functions: files(m.functions.iter().map(|f| f.path.clone()).collect()),
        extensions: config.extensions.clone(),
    };
    let queries = queries_dir(args);
    let mut query_files: Vec<std::path::PathBuf> = std::fs::read_dir(&queries)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    query_files.sort();
    let config_path = args
        .config
        .clone()
        .unwrap_or_else(|| codegen::workspace_root().join("codegen.toml"));
    let inputs = sha256(&[
        serde_json::to_string(&state).unwrap_or_default().as_bytes(),
        checksums(m).join(",").as_bytes(),
        files(query_files).as_bytes(),
        &std::fs::read(&config_path).unwrap_or_default(),
        args.schemas.join(",").as_bytes(),
        out.to_string_lossy().as_bytes(),
        codegen::workspace_root().to_string_lossy().as_bytes(),
    ]);
    Ok((state, inputs))
}

/// With a `DATABASE_URL`: one warning per version where the database's
/// history and `migrations/` disagree.
async fn warn_history(migrator: &Migrator, conn: &mut sqlx::PgConnection, url: &str) -> Result<()> {
    for m in &migrator.compare(conn, url).await? {
        let what = match m.state {
            migrate::State::Pending => "is in migrations/ but not applied to this database",
            migrate::State::Changed => "was applied, but its file changed since",
            migrate::State::MissingFile => {
                "is applied to this database but missing from migrations/"
            }
            _ => continue,
        };
        eprintln!("warning: migration {}_{} {what}", m.version, m.name);
    }
    Ok(())
}

/// Introspects `schemas` (default: public).
/// The queries directory: `--queries`, else `queries/` beside the
/// migrations directory (the workspace root's for the default one).
fn queries_dir(args: &Args) -> std::path::PathBuf {
    args.queries.clone().unwrap_or_else(|| {
        let migrations = args
            .migrations
            .clone()
            .unwrap_or_else(|| codegen::workspace_root().join("migrations"));
        let absolute = std::path::absolute(&migrations).unwrap_or(migrations);
        absolute.parent().map_or_else(
            || std::path::PathBuf::from("queries"),
            |p| p.join("queries"),
        )
    })
}

/// Prepares the queries of `--queries` on the database behind `conn`.
async fn prepare_queries(
    args: &Args,
    conn: &mut sqlx::PgConnection,
    url: &str,
    catalog: &schema::Catalog,
) -> Result<Vec<codegen::queries::QueryModel>> {
    let dir = queries_dir(args);
    let sources = codegen::queries::read_dir(&dir)?;
    let prepared = codegen::queries::prepare::prepare(conn, url, &sources, catalog).await?;
    let models: Vec<_> = sources
        .iter()
        .zip(prepared)
        .map(|(s, p)| codegen::queries::QueryModel::new(s, p))
        .collect();
    codegen::queries::validate(&models, &dir)?;
    Ok(models)
}

async fn read_catalog(
    conn: &mut sqlx::PgConnection,
    url: &str,
    schemas: &[String],
) -> Result<schema::Catalog> {
    let schemas: Vec<String> = if schemas.is_empty() {
        codegen::introspect::DEFAULT_SCHEMAS
            .iter()
            .map(|s| s.to_string())
            .collect()
    } else {
        schemas.to_vec()
    };
    // A second connection halves the time; without one, one connection does.
    let mut second = codegen::db::connect(url).await.ok();
    let catalog = codegen::introspect::introspect_with(conn, second.as_mut(), &schemas)
        .await
        .map_err(|e| Error::db(url, e));
    if let Some(second) = second {
        codegen::db::close(second).await;
    }
    catalog
}

/// `codegen introspect`: a line per table, or the JSON model.
async fn introspect(
    migrator: &Migrator,
    conn: &mut sqlx::PgConnection,
    url: &str,
    embedded: bool,
    schemas: &[String],
    json: bool,
    report: migrate::runner::Reporter<'_>,
) -> Result<()> {
    if embedded {
        migrator.up(conn, url, report).await?;
    }
    let catalog = read_catalog(conn, url, schemas).await?;
    if json {
        print!("{}", codegen::snapshot::to_json(&catalog));
        return Ok(());
    }
    for t in &catalog.tables {
        let kind = format!("{:?}", t.kind).to_lowercase();
        println!(
            "{}.{} ({kind}): {} columns, {} indexes, {} foreign keys, {} policies{}",
            t.schema,
            t.name,
            t.columns.len(),
            t.indexes.len(),
            t.foreign_keys.len(),
            t.policies.len(),
            if t.rls_enabled { ", RLS on" } else { "" }
        );
    }
    println!(
        "{} enums, {} domains, {} composite types, {} ranges, {} functions",
        catalog.enums.len(),
        catalog.domains.len(),
        catalog.composites.len(),
        catalog.ranges.len(),
        catalog.functions.len()
    );
    Ok(())
}

fn print_status(status: &migrate::Status, json: bool) {
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(status).expect("status serialises")
        );
        return;
    }
    println!(
        "{:<10} {:<32} {:<12} {:<25} {:>9}",
        "VERSION", "NAME", "STATE", "APPLIED AT", "TIME"
    );
    for m in &status.migrations {
        let state = match m.state {
            migrate::State::Applied => "applied",
            migrate::State::Pending => "pending",
            migrate::State::Changed => "CHANGED",
            migrate::State::NoChecksum => "applied (no checksum)",
            migrate::State::MissingFile => "MISSING FILE",
            migrate::State::Failed => "FAILED",
            migrate::State::Interrupted => "INTERRUPTED",
        };
        println!(
            "{:<10} {:<32} {:<12} {:<25} {:>9}",
            m.version,
            m.name,
            state,
            m.applied_at
                .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_default(),
            m.execution_ms
                .map(|ms| format!("{ms} ms"))
                .unwrap_or_default()
        );
        if let Some(note) = m.partial_note() {
            println!("           {note}; fix it and run `codegen migrate up` to resume");
        }
        if m.state == migrate::State::Changed {
            println!(
                "           recorded sha256 {}\n           file now sha256 {}",
                m.checksum.as_deref().unwrap_or("-"),
                m.file_checksum.as_deref().unwrap_or("-")
            );
        }
    }
    for index in &status.invalid_indexes {
        println!("INVALID index {index}: drop it with DROP INDEX CONCURRENTLY and rebuild");
    }
    if !status.table_sizes.is_empty() {
        println!("\n{:<40} {:>12}", "TABLE (public)", "SIZE");
        for t in &status.table_sizes {
            println!("{:<40} {:>12}", t.table, t.size);
        }
    }
}

/// Lints on a scratch (embedded) database; returns the migrated scratch
/// database's catalog for `check`. Errors make the command fail.
async fn lint(
    args: &Args,
    dir: &std::path::Path,
    json: bool,
) -> Result<(Target, Vec<codegen::lint::Diagnostic>)> {
    let mut migrator = open_migrator(dir)?;
    migrator.stand_ins = true;
    let config = load_config(args)?;
    migrator.extensions = config.extensions.clone();
    let scratch = Target::open(None)?;
    let url = scratch.url().to_owned();
    let mut conn = scratch.connect().await?;
    let diags =
        codegen::lint::run(&mut conn, &url, &migrator, &config.schemas(), &config.lint).await;
    codegen::db::close(conn).await;
    let diags = diags?;
    report(&diags, json, dir, migrator.migrations.len())?;
    Ok((scratch, diags))
}

/// Opens the migrations, warning of each `.sql` file skipped for its name
/// (as the Supabase CLI does).
fn open_migrator(dir: &std::path::Path) -> Result<Migrator> {
    let migrator = Migrator::open(dir)?;
    for path in &migrator.skipped {
        eprintln!(
            "warning: skipping {}: the name does not match <number>_<name>.sql",
            path.display()
        );
    }
    Ok(migrator)
}

/// `codegen lint --static`: the file rules alone, no database.
fn lint_static(args: &Args, dir: &std::path::Path, json: bool) -> Result<()> {
    let migrator = open_migrator(dir)?;
    let config = load_config(args)?;
    let mut diags = codegen::lint::lint_files(&migrator.dir, &migrator.migrations, None)?;
    diags = config.lint.apply(diags);
    codegen::lint::sort(&mut diags);
    report(&diags, json, dir, migrator.migrations.len())
}

/// Prints the findings; errors make the command fail.
fn report(
    diags: &[codegen::lint::Diagnostic],
    json: bool,
    dir: &std::path::Path,
    files: usize,
) -> Result<()> {
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&diags).expect("diagnostics serialise")
        );
    } else {
        for d in diags {
            println!("{d}");
        }
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == codegen::lint::Severity::Error)
        .count();
    eprintln!(
        "lint: {} error(s), {} warning(s) in {} migration(s)",
        errors,
        diags.len() - errors,
        files
    );
    if errors > 0 {
        return Err(Error::Usage(format!("{errors} lint error(s) in {}; fix them or accept one on purpose with `-- lint: allow(rule-id)`", dir.display())));
    }
    Ok(())
}

/// `codegen check`: lint, then generated/ against the scratch catalog, then drift.
async fn check(args: &Args, dir: &std::path::Path) -> Result<()> {
    let (scratch, _) = lint(args, dir, false).await?;
    let root = codegen::workspace_root();
    let config = load_config(args)?;
    let url = scratch.url().to_owned();
    let mut conn = scratch.connect().await?;
    let catalog = read_catalog(&mut conn, &url, &config.schemas()).await?;
    let queries = prepare_queries(args, &mut conn, &url, &catalog).await;
    let expected = codegen::catalog::fingerprint(&mut conn)
        .await
        .map_err(|e| Error::db(&url, e));
    codegen::db::close(conn).await;
    let (queries, expected) = (queries?, expected?);
    let out = args.out.clone().unwrap_or_else(|| root.join("generated"));
    let output = codegen::generate::generate_with(
        &catalog,
        &config,
        &codegen::generate::deps_for(&out, &root),
        &queries,
        &|_, _| (),
    );
    let stale = codegen::generate::write::stale(&out, &output.files);
    let mut problems = Vec::new();
    for p in &stale {
        println!("{}: error generated-stale: differs from what the migrations generate; run `cargo run -p codegen`", out.join(p).display());
    }
    if !stale.is_empty() {
        problems.push(format!("{} stale generated file(s)", stale.len()));
    }
    if let Some(live_url) = args
        .database_url
        .as_deref()
        .filter(|u| !u.trim().is_empty())
    {
        let mut live = codegen::db::connect(live_url).await?;
        let actual = codegen::catalog::fingerprint(&mut live)
            .await
            .map_err(|e| Error::db(live_url, e))?;
        codegen::db::close(live).await;
        let drift = codegen::catalog::diff(&expected, &actual);
        for line in &drift {
            println!("drift {}: {line}", codegen::db::redact(live_url));
        }
        if !drift.is_empty() {
            problems.push(format!("{} object(s) differ between the database and the migrations (- only from migrations, + only in the database)", drift.len()));
        }
    }
    if problems.is_empty() {
        eprintln!(
            "check: lint clean, generated/ current{}",
            if args.database_url.is_some() {
                ", no drift"
            } else {
                ""
            }
        );
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "check failed: {}",
            problems.join("; ")
        )))
    }
}

/// `codegen diff`: plan, write and verify; print the file or write it.
async fn diff(
    args: &Args,
    dir: &std::path::Path,
    from: Option<&str>,
    to: Option<&str>,
    file: Option<&str>,
    no_drops: bool,
    verify: bool,
) -> Result<()> {
    use codegen::diff::run;
    let to = to
        .map(str::to_owned)
        .or_else(|| args.database_url.clone().filter(|u| !u.trim().is_empty()))
        .ok_or_else(|| {
            Error::Usage(
                "codegen diff needs the changed database: set DATABASE_URL or pass --to URL".into(),
            )
        })?;
    for url in from.iter().copied().chain([to.as_str()]) {
        codegen::db::validate_url(url)?;
    }
    let mut migrator = None;
    if from.is_none() {
        let mut m = open_migrator(dir)?;
        m.stand_ins = true;
        m.extensions = load_config(args)?.extensions;
        migrator = Some(m);
    }
    let name = file
        .unwrap_or("diff")
        .trim()
        .to_lowercase()
        .replace(['-', ' '], "_");
    let version = migrate::new::next_version(dir)?;
    let out = run::run(
        run::Options {
            from: match (from, &migrator) {
                (Some(url), _) => run::From::Url(url.to_owned()),
                (None, Some(m)) => run::From::Migrations(m),
                (None, None) => unreachable!("opened above"),
            },
            to,
            version: version.clone(),
            name: name.clone(),
            date: chrono::Local::now().date_naive(),
            no_drops,
            verify,
        },
        &mut |_| (),
    )
    .await?;
    for w in out.forward.warnings.iter() {
        eprintln!("warning: {w}");
    }
    for d in out.forward.dangers() {
        eprintln!("warning: the diff {d} (marked DANGER in the file)");
    }
    let Some(main) = out.main else {
        eprintln!("diff: no changes");
        return Ok(());
    };
    if let Some(outcome) = &out.outcome {
        if !outcome.ok() {
            for line in &outcome.forward {
                eprintln!("not reproduced by the migration: {line}");
            }
            for line in &outcome.rollback {
                eprintln!("not reproduced by the rollback: {line}");
            }
            return Err(Error::Usage(format!(
                "the diff was checked on a scratch copy and {} object(s) differ after the migration, {} after its rollback (listed above); nothing was written",
                outcome.forward.len(),
                outcome.rollback.len()
            )));
        }
    }
    let proven = if out.outcome.is_some() {
        "proven on a scratch copy: the migration gives --to, the rollback gives --from"
    } else {
        "not verified (--no-verify)"
    };
    match file {
        None => {
            print!("{main}");
            if let Some(c) = &out.concurrent {
                print!("\n{c}");
            }
            eprintln!(
                "diff: {} statement(s), {proven}",
                out.forward.steps.len() + out.forward.concurrent.len()
            );
        }
        Some(_) => {
            let path = dir.join(format!("{version}_{name}.sql"));
            migrate::files::parse_file_name(&path)?;
            write_new(&path, &main)?;
            println!("{}", path.display());
            if let Some(c) = &out.concurrent {
                let next = c
                    .lines()
                    .next()
                    .and_then(|l| l.strip_prefix("-- Migration: "))
                    .unwrap_or("")
                    .to_owned();
                let path = dir.join(format!("{next}.sql"));
                write_new(&path, c)?;
                println!("{}", path.display());
            }
            eprintln!("diff: {proven}");
        }
    }
    Ok(())
}

/// Writes a file that must not exist yet.
fn write_new(path: &std::path::Path, text: &str) -> Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(|e| Error::io(path, e))
}

/// `--config FILE`, else `codegen.toml` at the workspace root (missing: defaults).
fn load_config(args: &Args) -> Result<codegen::generate::Config> {
    let mut config = load_config_file(args)?;
    if !args.schemas.is_empty() {
        config.schemas = args.schemas.clone();
    }
    Ok(config)
}

fn load_config_file(args: &Args) -> Result<codegen::generate::Config> {
    match &args.config {
        Some(path) if !path.exists() => Err(Error::Usage(format!(
            "the configuration file {} does not exist",
            path.display()
        ))),
        Some(path) => codegen::generate::Config::load(path),
        None => codegen::generate::Config::load(&codegen::workspace_root().join("codegen.toml")),
    }
}
