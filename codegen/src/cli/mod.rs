//! The commands behind the command line: one module per command group,
//! each printing what the library's calls report.

mod args;
mod diff;
mod introspect;
mod lint;
mod main_job;
mod migrate;
mod session;
mod test;

pub use args::Args;
use args::Command;
use codegen::job::{self, Notice};
use codegen::migrate::Event;
use codegen::Result;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Runs the command of `args`; each command group has its module.
pub async fn run(mut args: Args) -> Result<()> {
    // An empty DATABASE_URL means none, here as in the library.
    args.database_url = codegen::db::given_url(args.database_url.as_deref()).map(str::to_owned);
    let dir = migrations_dir(&args);
    let Some(command) = &args.command else {
        return main_job::run(&args, &dir).await;
    };
    match command {
        Command::Lint {
            json,
            static_only: true,
        } => lint::lint_static(&args, &dir, *json),
        Command::Lint { json, .. } => lint::lint(&args, &dir, *json).await.map(drop),
        Command::Check => lint::check(&args, &dir).await,
        Command::Test { paths, jobs, junit } => {
            test::run(
                &args,
                args.database_url.clone(),
                &dir,
                paths,
                *jobs,
                junit.as_deref(),
            )
            .await
        }
        Command::Diff {
            from,
            to,
            file,
            no_drops,
            no_verify,
        } => {
            let request = diff::Request {
                from: from.as_deref(),
                to: to.as_deref(),
                file: file.as_deref(),
                no_drops: *no_drops,
                verify: !*no_verify,
            };
            diff::run(&args, &dir, request).await
        }
        Command::Migrate(cmd) => migrate::run(&args, &dir, cmd).await,
        Command::Introspect { json, schemas } => introspect::run(&args, &dir, schemas, *json).await,
    }
}

/// The commands that need neither a database nor the async runtime
/// (`lint --static`), run on the calling thread; `None` for the others.
pub fn run_without_runtime(args: &Args) -> Option<Result<()>> {
    match &args.command {
        Some(Command::Lint {
            json,
            static_only: true,
        }) => Some(lint::lint_static(args, &migrations_dir(args), *json)),
        _ => None,
    }
}

/// `--migrations`, else `migrations/` at the workspace root.
fn migrations_dir(args: &Args) -> PathBuf {
    args.migrations
        .clone()
        .unwrap_or_else(|| codegen::workspace_root().join("migrations"))
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

fn summary(verb: &str, done: &[String], elapsed: Duration) {
    eprintln!(
        "{verb} {} migration(s) in {:.2} s",
        done.len(),
        elapsed.as_secs_f64()
    );
}

/// The parsed command line as the library's options.
fn options(args: &Args, dir: &Path) -> Result<job::Options> {
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

/// The queries directory: `--queries`, else `queries/` beside the
/// migrations directory (the workspace root's for the default one).
fn queries_dir(args: &Args) -> PathBuf {
    args.queries.clone().unwrap_or_else(|| {
        let migrations = migrations_dir(args);
        let absolute = std::path::absolute(&migrations).unwrap_or(migrations);
        absolute
            .parent()
            .map_or_else(|| PathBuf::from("queries"), |p| p.join("queries"))
    })
}

/// `--config FILE`, else `codegen.toml` at the workspace root (missing:
/// defaults); `--schema` replaces its `schemas`.
fn load_config(args: &Args) -> Result<codegen::config::Config> {
    let mut config = match &args.config {
        Some(path) if !path.exists() => {
            return Err(codegen::Error::Usage(format!(
                "the configuration file {} does not exist",
                path.display()
            )))
        }
        Some(path) => codegen::config::Config::load(path)?,
        None => codegen::config::Config::load(&codegen::workspace_root().join("codegen.toml"))?,
    };
    if !args.schemas.is_empty() {
        config.schemas = args.schemas.clone();
    }
    Ok(config)
}
