//! The commands that combine the parts — the main job, lint on a scratch
//! database, `check` — as library calls. The binary parses arguments,
//! passes [`Options`], and prints the [`Notice`]s and outcomes.

use crate::config::Config;
use crate::db::Target;
use crate::error::{Error, Result};
use crate::migrate::{Event, Migrator};
use std::path::{Path, PathBuf};
use std::time::Duration;

mod cached;
mod main_job;

pub use main_job::main_job;

/// What a command works on (the parsed command line).
#[derive(Debug, Clone)]
pub struct Options {
    /// `DATABASE_URL`; `None`: the embedded database.
    pub database_url: Option<String>,
    pub migrations: PathBuf,
    pub queries: PathBuf,
    /// The configuration file (read into `config`; its bytes key the cache).
    pub config_file: PathBuf,
    pub config: Config,
    /// `--schema` as given (the schemas to generate are `config.schemas()`).
    pub schemas: Vec<String>,
    pub out: PathBuf,
    pub root: PathBuf,
    pub from_snapshot: Option<PathBuf>,
    pub check: bool,
    pub keep: bool,
    pub no_cache: bool,
}

impl Options {
    pub(crate) fn url(&self) -> Option<&str> {
        crate::db::given_url(self.database_url.as_deref())
    }
}

/// Something to tell the user while a command runs.
#[derive(Debug)]
pub enum Notice {
    /// From the migration runner.
    Runner(Event),
    /// A `.sql` file skipped for its name.
    Skipped(PathBuf),
    /// The cached cluster state holds this many migrations.
    Cached {
        applied: usize,
        dir: PathBuf,
    },
    /// Migrations applied on the embedded database.
    Applied {
        done: Vec<String>,
        elapsed: Duration,
    },
    /// The embedded database is left running at this URL (`--keep`).
    Kept(String),
    Warning(String),
}

/// Where notices go.
pub type Notify<'a> = &'a mut (dyn FnMut(Notice) + Send);

/// What the main job did.
#[derive(Debug)]
pub enum Outcome {
    /// Nothing changed since the last run: no database was started.
    Current {
        migrations: usize,
    },
    /// `--check`: the output is current.
    UpToDate {
        files: usize,
        elapsed: Duration,
    },
    Written(Written),
}

#[derive(Debug)]
pub struct Written {
    /// Files written (relative to `out`).
    pub written: Vec<PathBuf>,
    /// Tables and views added and removed since the last snapshot.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub tables: usize,
    pub enums: usize,
    pub functions: usize,
    pub catalog: Duration,
    pub generate: Duration,
    pub total: Duration,
}

/// Opens the migrations; each `.sql` file skipped for its name is a notice.
pub fn open_migrator(
    dir: &Path,
    setup: crate::migrate::Setup,
    notify: Notify<'_>,
) -> Result<Migrator> {
    let migrator = Migrator::configured(dir, setup)?;
    for path in &migrator.skipped {
        notify(Notice::Skipped(path.clone()));
    }
    Ok(migrator)
}

/// Reads `schemas` (default: public) into the schema model.
pub async fn read_catalog(
    conn: &mut sqlx::PgConnection,
    url: &str,
    schemas: &[String],
) -> Result<schema::Catalog> {
    let schemas: Vec<String> = if schemas.is_empty() {
        crate::introspect::DEFAULT_SCHEMAS
            .iter()
            .map(|s| s.to_string())
            .collect()
    } else {
        schemas.to_vec()
    };
    // A second connection shares the reading; without one, one connection does it all.
    let mut second = crate::db::connect(url).await.ok();
    let catalog = crate::introspect::introspect_with(conn, second.as_mut(), &schemas)
        .await
        .map_err(|e| Error::db(url, e));
    if let Some(second) = second {
        crate::db::close(second).await;
    }
    catalog
}

/// Prepares the queries of `dir` on the database behind `conn`.
pub async fn prepare_queries(
    dir: &Path,
    conn: &mut sqlx::PgConnection,
    url: &str,
    catalog: &schema::Catalog,
) -> Result<Vec<crate::queries::QueryModel>> {
    let sources = crate::queries::read_dir(dir)?;
    let prepared = crate::queries::prepare::prepare(conn, url, &sources, catalog).await?;
    let models: Vec<_> = sources
        .iter()
        .zip(prepared)
        .map(|(s, p)| crate::queries::model(s, p))
        .collect();
    crate::queries::validate(&models, dir)?;
    Ok(models)
}

/// Where `[typescript]` writes, resolved against the workspace root.
pub(crate) fn typescript_path(opts: &Options) -> Option<PathBuf> {
    let ts = opts.config.typescript.as_ref()?;
    Some(if ts.out.is_absolute() {
        ts.out.clone()
    } else {
        opts.root.join(&ts.out)
    })
}

/// The TypeScript file's path and text, when `[typescript]` asks for it.
pub(crate) fn typescript_output(
    opts: &Options,
    catalog: &schema::Catalog,
) -> Option<(PathBuf, String)> {
    let ts = opts.config.typescript.as_ref()?;
    let options = crate::generate::typescript::Options {
        one_to_one: ts.one_to_one,
        postgrest_version: ts.postgrest_version.clone(),
    };
    let text = crate::generate::typescript::generate(catalog, &options);
    Some((typescript_path(opts)?, text))
}

/// The TypeScript file when it differs from `expected`.
pub fn typescript_stale(expected: &Option<(PathBuf, String)>) -> Option<PathBuf> {
    let (path, text) = expected.as_ref()?;
    (std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str())).then(|| path.clone())
}

/// `lint`: the file rules, then the replay and catalog rules on a scratch
/// embedded database (returned, still running, for `check`).
pub async fn lint(
    opts: &Options,
    notify: Notify<'_>,
) -> Result<(Target, Migrator, Vec<crate::lint::Diagnostic>)> {
    let setup = crate::migrate::Setup {
        stand_ins: true,
        extensions: opts.config.extensions.clone(),
        ..Default::default()
    };
    let migrator = open_migrator(&opts.migrations, setup, notify)?;
    let scratch = Target::open(None)?;
    let url = scratch.url().to_owned();
    if let Some(live) = opts.url() {
        // `check` compares the replay with DATABASE_URL: the same day-one
        // extensions as that server.
        let mut admin = scratch.connect().await?;
        let matched = crate::db::shim::match_day_one(&mut admin, "postgres", live).await;
        crate::db::close(admin).await;
        matched?;
    }
    let mut conn = scratch.connect().await?;
    let diags = crate::lint::run(
        &mut conn,
        &url,
        &migrator,
        &opts.config.schemas(),
        &opts.config.lint,
    )
    .await;
    crate::db::close(conn).await;
    Ok((scratch, migrator, diags?))
}

/// What `check` found besides lint's findings.
#[derive(Debug, Default)]
pub struct CheckFindings {
    /// Generated files (relative to `out`) that differ from what the
    /// migrations generate.
    pub stale: Vec<PathBuf>,
    /// With a `DATABASE_URL`: its drift from the migrations, as fingerprint
    /// lines (`- ` only from the migrations, `+ ` only in the database).
    pub drift: Option<Vec<String>>,
}

/// `check` after lint: the output against the scratch catalog, then the
/// drift of `DATABASE_URL` (one fingerprint implementation: `diff`'s).
pub async fn check_after_lint(opts: &Options, scratch: &Target) -> Result<CheckFindings> {
    let url = scratch.url().to_owned();
    let mut conn = scratch.connect().await?;
    let catalog = read_catalog(&mut conn, &url, &opts.config.schemas()).await?;
    let queries = prepare_queries(&opts.queries, &mut conn, &url, &catalog).await;
    let expected = crate::catalog::fingerprint(&mut conn)
        .await
        .map_err(|e| Error::db(&url, e));
    crate::db::close(conn).await;
    let (queries, expected) = (queries?, expected?);
    let output = crate::generate::generate_with(
        &catalog,
        &opts.config,
        &crate::generate::deps_for(&opts.out, &opts.root),
        &queries,
        &crate::generate::write::Keep,
    );
    let mut findings = CheckFindings {
        stale: crate::generate::write::stale(&opts.out, &output.files),
        drift: None,
    };
    if let Some(path) = typescript_stale(&typescript_output(opts, &catalog)) {
        findings.stale.push(path);
    }
    if let Some(live_url) = opts.url() {
        let mut live = crate::db::connect(live_url).await?;
        let actual = crate::catalog::fingerprint(&mut live)
            .await
            .map_err(|e| Error::db(live_url, e))?;
        crate::db::close(live).await;
        findings.drift = Some(crate::catalog::diff(&expected, &actual));
    }
    Ok(findings)
}
