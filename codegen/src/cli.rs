//! Command-line arguments and the commands behind them.

use clap::{Parser, Subcommand};
use codegen::db::Target;
use codegen::job::{self, Notice};
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
    /// Run the project's pgTAP suite on a scratch database, as pg_prove does.
    ///
    /// Applies the migrations, functions/ and seed.sql on the embedded
    /// database (with DATABASE_URL: on a scratch copy of that database),
    /// installs pgTAP, then runs each file through psql in its own session.
    Test {
        /// Test files or folders (default: `tests/` inside the migrations
        /// folder, else beside it, e.g. supabase/tests/); folders are searched
        /// recursively for *.sql and *.pg, in name order.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Run this many files at once, each worker on its own copy of the
        /// prepared database.
        #[arg(short = 'j', long = "jobs", value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
        jobs: u16,
        /// Also write the results as JUnit XML to FILE.
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
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

/// Prints a line of findings to stdout. A closed pipe (`codegen lint |
/// head`) ends the output, not the command: its exit status still says
/// whether it found problems.
fn finding(line: std::fmt::Arguments) {
    use std::io::Write;
    match writeln!(std::io::stdout().lock(), "{line}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            panic!("failed printing to stdout: {e}")
        }
        _ => {}
    }
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
        Some(Command::Lint { json, .. }) => return lint(&args, &dir, *json).await.map(drop),
        Some(Command::Check) => return check(&args, &dir).await,
        Some(Command::Test { paths, jobs, junit }) => {
            return test(&args, &dir, paths, *jobs, junit.as_deref()).await
        }
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
    let setup = migrate::Setup {
        stand_ins: (args.database_url.as_deref()).is_none_or(|u| u.trim().is_empty()),
        extensions: load_config(&args)?.extensions,
        include_all: matches!(
            &args.command,
            Some(Command::Migrate(MigrateCommand::Up { include_all: true }))
        ),
    };
    let migrator = job::open_migrator(&dir, setup, &mut print_notice)?;
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
    let url = target.url().to_owned();
    let mut conn = target.connect().await?;
    let report = &mut print_event;
    let started = Instant::now();
    let result = match args.command {
        None
        | Some(Command::Lint { .. })
        | Some(Command::Check)
        | Some(Command::Diff { .. })
        | Some(Command::Test { .. }) => {
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
                summary("applied", &done, started.elapsed());
            }),
            MigrateCommand::Down { n } => {
                migrator.down(&mut conn, &url, n, report).await.map(|done| {
                    summary("rolled back", &done, started.elapsed());
                })
            }
            MigrateCommand::Reset { .. } => {
                let drop = !target.is_embedded();
                migrator
                    .reset(&mut conn, &url, drop, report)
                    .await
                    .map(|done| {
                        summary("applied", &done, started.elapsed());
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

/// The parsed command line as the library's options.
fn options(args: &Args, dir: &std::path::Path) -> Result<job::Options> {
    let root = codegen::workspace_root();
    Ok(job::Options {
        database_url: args.database_url.clone(),
        migrations: dir.to_owned(),
        queries: queries_dir(args),
        config_file: args
            .config
            .clone()
            .unwrap_or_else(|| root.join("codegen.toml")),
        config: load_config(args)?,
        schemas: args.schemas.clone(),
        out: args.out.clone().unwrap_or_else(|| root.join("generated")),
        root,
        from_snapshot: args.from_snapshot.clone(),
        check: args.check,
        keep: args.keep,
        no_cache: args.no_cache,
    })
}

fn print_notice(notice: Notice) {
    match notice {
        Notice::Runner(e) => print_event(e),
        Notice::Skipped(path) => eprintln!(
            "warning: skipping {}: the name does not match <number>_<name>.sql",
            path.display()
        ),
        Notice::Cached { applied, dir } => {
            eprintln!("cached      {applied} migration(s) from {}", dir.display())
        }
        Notice::Applied { done, elapsed } => summary("applied", &done, elapsed),
        Notice::Kept(url) => println!("embedded PostgreSQL left running: psql '{url}'"),
        Notice::Warning(w) => eprintln!("warning: {w}"),
    }
}

/// Up to this many written files are listed one per line; more are counted.
const LIST_FILES: usize = 50;

/// The main job: the library does it, this prints what it did.
async fn main_job(args: &Args, dir: &std::path::Path) -> Result<()> {
    let opts = options(args, dir)?;
    let out = &opts.out;
    match job::main_job(&opts, &mut print_notice).await? {
        job::Outcome::Current { migrations } => eprintln!(
            "{} is current: nothing changed since the last run ({migrations} migrations; no database started, --no-cache to run anyway)",
            out.display()
        ),
        job::Outcome::UpToDate { files, elapsed } => eprintln!(
            "{} is up to date ({files} files) in {:.2} s",
            out.display(),
            elapsed.as_secs_f64()
        ),
        job::Outcome::Written(w) => {
            if w.written.len() <= LIST_FILES {
                for p in &w.written {
                    eprintln!("wrote       {}", out.join(p).display());
                }
            } else {
                eprintln!(
                    "wrote       {} files under {}",
                    w.written.len(),
                    out.display()
                );
            }
            for t in &w.added {
                eprintln!("added       {t}");
            }
            for t in &w.removed {
                eprintln!("removed     {t}");
            }
            eprintln!(
                "{} file(s) changed, {} tables and views, {} enums, {} functions, in {:.2} s (catalog {:.2} s, generate and write {:.2} s, rest {:.2} s)",
                w.written.len(),
                w.tables,
                w.enums,
                w.functions,
                w.total.as_secs_f64(),
                w.catalog.as_secs_f64(),
                w.generate.as_secs_f64(),
                (w.total - w.catalog - w.generate).as_secs_f64(),
            );
        }
    }
    Ok(())
}

/// `codegen lint`: the library runs it, this prints the findings.
async fn lint(args: &Args, dir: &std::path::Path, json: bool) -> Result<(job::Options, Target)> {
    let opts = options(args, dir)?;
    let (scratch, migrator, diags) = job::lint(&opts, &mut print_notice).await?;
    report(&diags, json, dir, migrator.migrations.len())?;
    Ok((opts, scratch))
}

/// `codegen check`: lint, then generated/ against the scratch catalog, then drift.
async fn check(args: &Args, dir: &std::path::Path) -> Result<()> {
    let (opts, scratch) = lint(args, dir, false).await?;
    let findings = job::check_after_lint(&opts, &scratch).await?;
    let mut problems = Vec::new();
    for p in &findings.stale {
        finding(format_args!("{}: error generated-stale: differs from what the migrations generate; run `cargo run -p codegen`", opts.out.join(p).display()));
    }
    if !findings.stale.is_empty() {
        problems.push(format!("{} stale generated file(s)", findings.stale.len()));
    }
    if let (Some(drift), Some(live_url)) = (&findings.drift, &opts.database_url) {
        for line in drift {
            finding(format_args!(
                "drift {}: {line}",
                codegen::db::redact(live_url)
            ));
        }
        if !drift.is_empty() {
            problems.push(format!("{} object(s) differ between the database and the migrations (- only from migrations, + only in the database)", drift.len()));
        }
    }
    if problems.is_empty() {
        eprintln!(
            "check: lint clean, generated/ current{}",
            if findings.drift.is_some() {
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

/// `codegen test`: the suite, a line per file, the report; fails when any file fails.
async fn test(
    args: &Args,
    dir: &std::path::Path,
    paths: &[PathBuf],
    jobs: u16,
    junit: Option<&std::path::Path>,
) -> Result<()> {
    use codegen::test_suite::{self, Progress};
    let opts = test_suite::Options {
        migrations: dir.to_owned(),
        paths: paths.to_vec(),
        database_url: args.database_url.clone(),
        jobs: jobs.into(),
        extensions: load_config(args)?.extensions,
    };
    let mut notify = |p: Progress| match p {
        Progress::Runner(e) => print_event(e),
        Progress::Skipped(path) => eprintln!(
            "warning: skipping {}: the name does not match <number>_<name>.sql",
            path.display()
        ),
        Progress::PgTap(which) => eprintln!("pgTAP: using {which}"),
        Progress::File(r, width) => finding(format_args!("{}", test_suite::file_line(r, width))),
    };
    let report = test_suite::run(&opts, &mut notify).await?;
    finding(format_args!("{}", test_suite::summary(&report).trim_end()));
    if let Some(path) = junit {
        std::fs::write(path, test_suite::junit::render(&report.files))
            .map_err(|e| Error::io(path, e))?;
    }
    if report.passed() {
        Ok(())
    } else {
        let failed = report.files.iter().filter(|f| !f.verdict.passed()).count();
        Err(Error::Usage(format!(
            "{failed} of {} test file(s) failed{}",
            report.files.len(),
            if report.bailed_out {
                " (a file bailed out; the files after it were not run)"
            } else {
                ""
            }
        )))
    }
}

fn summary(verb: &str, done: &[String], elapsed: Duration) {
    eprintln!(
        "{verb} {} migration(s) in {:.2} s",
        done.len(),
        elapsed.as_secs_f64()
    );
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
    let catalog = job::read_catalog(conn, url, schemas).await?;
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
/// `codegen lint --static`: the file rules alone, no database.
fn lint_static(args: &Args, dir: &std::path::Path, json: bool) -> Result<()> {
    let migrator = job::open_migrator(dir, migrate::Setup::default(), &mut print_notice)?;
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
        finding(format_args!(
            "{}",
            serde_json::to_string_pretty(&diags).expect("diagnostics serialise")
        ));
    } else {
        for d in diags {
            finding(format_args!("{d}"));
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
        let setup = migrate::Setup {
            stand_ins: true,
            extensions: load_config(args)?.extensions,
            ..Default::default()
        };
        migrator = Some(job::open_migrator(dir, setup, &mut print_notice)?);
    }
    let name = migrate::new::slug(file.unwrap_or("diff"))?;
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
        eprintln!("warning: {}", codegen::error::printable(w));
    }
    for d in out.forward.dangers() {
        eprintln!(
            "warning: the diff {} (marked DANGER in the file)",
            codegen::error::printable(d)
        );
    }
    if let Some(outcome) = &out.outcome {
        if !outcome.ok() {
            for line in &outcome.forward {
                eprintln!(
                    "not reproduced by the migration: {}",
                    codegen::error::printable(line)
                );
            }
            for line in &outcome.rollback {
                eprintln!(
                    "not reproduced by the rollback: {}",
                    codegen::error::printable(line)
                );
            }
            return Err(Error::Usage(format!(
                "the diff does not reproduce its target: {} object(s) differ after the migration, {} after its rollback (listed above); nothing was written",
                outcome.forward.len(),
                outcome.rollback.len()
            )));
        }
    }
    let Some(main) = out.main else {
        eprintln!("diff: no changes");
        return Ok(());
    };
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
            if let (Some(c), Some(next)) = (&out.concurrent, &out.concurrent_name) {
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
