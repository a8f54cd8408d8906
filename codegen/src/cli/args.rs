//! The command line as clap parses it.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Applies SQL migrations, reads the catalog and writes typed Rust.
///
/// With no command: the main job, run after every migration.
#[derive(Parser, Debug)]
#[command(name = "codegen", version)]
pub struct Args {
    /// Database to work on; without it, a throw-away embedded PostgreSQL.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,
    /// Directory of numbered migrations (default: `migrations/` at the workspace root).
    #[arg(long, global = true, value_name = "DIR")]
    pub migrations: Option<PathBuf>,
    /// Directory of typed SQL queries (default: `queries/` beside the migrations directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub queries: Option<PathBuf>,
    /// Generator options (default: `codegen.toml` at the workspace root).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Leave the embedded database running at exit and print its URL.
    #[arg(long, global = true)]
    pub keep: bool,
    /// Main job: write nothing; fail listing the files of the output that are stale.
    #[arg(long)]
    pub check: bool,
    /// Main job and `check`: a schema to generate (repeatable; default:
    /// `schemas` of codegen.toml, else public).
    #[arg(long = "schema", value_name = "SCHEMA")]
    pub schemas: Vec<String>,
    /// Main job: write the crate here (default: `generated/` at the workspace root).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Main job: no cache (`target/codegen-cache/`): a fresh embedded
    /// database, every migration applied.
    #[arg(long)]
    pub no_cache: bool,
    /// Main job: generate from this `schema.json`, with no database at all.
    #[arg(long, value_name = "FILE")]
    pub from_snapshot: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
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
pub enum MigrateCommand {
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
