//! The commands that combine the parts — the main job, lint on a scratch
//! database, `check` — as library calls. The binary parses arguments,
//! passes [`Options`], and prints the [`Notice`]s and outcomes.

use crate::db::Target;
use crate::error::{Error, Result};
use crate::generate::Config;
use crate::migrate::{self, Event, Migrator};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
    fn url(&self) -> Option<&str> {
        self.database_url
            .as_deref()
            .filter(|u| !u.trim().is_empty())
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
pub fn open_migrator(dir: &Path, setup: migrate::Setup, notify: Notify<'_>) -> Result<Migrator> {
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
    // A second connection halves the time; without one, one connection does.
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
        .map(|(s, p)| crate::queries::QueryModel::new(s, p))
        .collect();
    crate::queries::validate(&models, dir)?;
    Ok(models)
}

/// With a `DATABASE_URL`: one warning per version where the database's
/// history and the migrations disagree.
async fn history_warnings(
    migrator: &Migrator,
    conn: &mut sqlx::PgConnection,
    url: &str,
    notify: Notify<'_>,
) -> Result<()> {
    for m in &migrator.compare(conn, url).await? {
        let what = match m.state {
            migrate::State::Pending => "is in migrations/ but not applied to this database",
            migrate::State::Changed => "was applied, but its file changed since",
            migrate::State::MissingFile => {
                "is applied to this database but missing from migrations/"
            }
            _ => continue,
        };
        notify(Notice::Warning(format!(
            "migration {}_{} {what}",
            m.version, m.name
        )));
    }
    Ok(())
}

/// Each migration as the history records it (version, name, checksum), in
/// order: a saved state serves only the exact history it holds, so a file
/// renamed to another version is a different history.
fn checksums(m: &Migrator) -> Vec<String> {
    m.migrations
        .iter()
        .map(|m| format!("{}_{} {}", m.version, m.name, m.checksum))
        .collect()
}

/// The main job's cache keys: what a saved cluster state depends on
/// (besides its migrations), and a hash of every input of the run.
/// A regular file's bytes for a cache key; nothing for anything else (a
/// FIFO would block the read: the step that reads it for real refuses it).
fn read_regular(path: &std::path::Path) -> Vec<u8> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => std::fs::read(path).unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn cache_inputs(opts: &Options, m: &Migrator) -> (crate::cache::StateKey, String) {
    use crate::cache::sha256;
    let files = |paths: Vec<PathBuf>| -> String {
        let mut parts: Vec<Vec<u8>> = Vec::new();
        for p in paths {
            parts.push(p.to_string_lossy().as_bytes().to_vec());
            parts.push(read_regular(&p));
        }
        sha256(&parts.iter().map(Vec::as_slice).collect::<Vec<_>>())
    };
    let state = crate::cache::StateKey {
        tool: crate::cache::tool_key(),
        server: crate::db::Embedded::server_key().unwrap_or_default(),
        shim: sha256(&[
            crate::db::shim::SHIM_SQL.as_bytes(),
            crate::db::shim::GRANTS_SQL.as_bytes(),
        ]),
        functions: files(m.functions.iter().map(|f| f.path.clone()).collect()),
        extensions: opts.config.extensions.clone(),
    };
    let mut query_files: Vec<PathBuf> = std::fs::read_dir(&opts.queries)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    query_files.sort();
    let inputs = sha256(&[
        serde_json::to_string(&state).unwrap_or_default().as_bytes(),
        checksums(m).join(",").as_bytes(),
        files(query_files).as_bytes(),
        &read_regular(&opts.config_file),
        opts.schemas.join(",").as_bytes(),
        opts.out.to_string_lossy().as_bytes(),
        opts.root.to_string_lossy().as_bytes(),
    ]);
    (state, inputs)
}

/// A cached run's cluster, in the cache (on the saved state, if any). When
/// the cache cannot hold one (unwritable, or under a directory the server's
/// user cannot enter), a fresh cluster elsewhere, with one warning: the run
/// goes uncached (`cache_key` cleared).
fn cached_target(
    cache_dir: &Path,
    saved: Option<&crate::cache::Saved>,
    cache_key: &mut Option<(crate::cache::StateKey, String)>,
    notify: Notify<'_>,
) -> Result<Target> {
    match Target::embedded_in(cache_dir, saved.map(|s| s.data.as_path())) {
        Ok(target) => Ok(target),
        Err(Error::NoPostgres) => Err(Error::NoPostgres),
        Err(e) => {
            notify(Notice::Warning(format!(
                "the cache {} cannot hold the embedded database ({e}); running without the cache",
                cache_dir.display()
            )));
            *cache_key = None;
            Target::open(None)
        }
    }
}

/// The catalog and prepared queries from a `schema.json` snapshot (and the
/// `queries.json` beside it).
fn from_snapshot(path: &Path) -> Result<(schema::Catalog, Vec<crate::queries::QueryModel>)> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let catalog = crate::snapshot::from_json(&text).map_err(|e| Error::File {
        path: path.to_owned(),
        message: format!("is not a schema snapshot: {e}"),
    })?;
    let qpath = path.with_file_name("queries.json");
    let queries = match std::fs::read_to_string(&qpath) {
        Ok(t) => serde_json::from_str(&t).map_err(|e| Error::File {
            path: qpath.clone(),
            message: format!("is not a queries record: {e}"),
        })?,
        Err(_) => Vec::new(),
    };
    Ok((catalog, queries))
}

/// The main job, run after every migration: on the embedded database apply
/// every migration (and functions/) first — or only the new ones, on the
/// cached state; read the catalog (or a snapshot); write the typed crate
/// (or, with `check`, compare with it).
pub async fn main_job(opts: &Options, notify: Notify<'_>) -> Result<Outcome> {
    let started = Instant::now();
    let out = &opts.out;
    let cache_dir = crate::cache::dir(&opts.root);
    let mut cache_key: Option<(crate::cache::StateKey, String)> = None;
    let (catalog, queries) = match &opts.from_snapshot {
        Some(path) => from_snapshot(path)?,
        None => {
            let embedded = opts.url().is_none();
            // The cache serves the embedded database of a writing run only:
            // `--check` (CI), `--keep` and `--no-cache` start fresh.
            // (The cluster's socket lives under the cache: a Unix socket
            // path has at most 107 bytes, so a deep workspace goes without.)
            let cached = embedded
                && !opts.check
                && !opts.keep
                && !opts.no_cache
                && cache_dir.as_os_str().len() <= 64;
            // With a DATABASE_URL the migrations are optional (reading an
            // existing database, as `prisma db pull` does): compared with
            // its history when the directory exists.
            let migrator = if embedded || opts.migrations.is_dir() {
                let setup = migrate::Setup {
                    stand_ins: embedded,
                    extensions: opts.config.extensions.clone(),
                    ..Default::default()
                };
                Some(open_migrator(&opts.migrations, setup, notify)?)
            } else {
                None
            };
            if let (true, Some(m)) = (cached, &migrator) {
                crate::db::embedded::sweep(&cache_dir, Some(Duration::from_secs(3600)));
                let key = cache_inputs(opts, m);
                if crate::cache::output_current(&cache_dir, out, &key.1)
                    && typescript_path(opts).is_none_or(|p| p.is_file())
                {
                    return Ok(Outcome::Current {
                        migrations: m.migrations.len(),
                    });
                }
                cache_key = Some(key);
            }
            let saved = match (&cache_key, &migrator) {
                (Some((state, _)), Some(m)) => {
                    crate::cache::find_state(&cache_dir, state, &checksums(m))
                }
                _ => None,
            };
            // A cached run's cluster lives under the cache, so saving its
            // state is a rename; the saved state is taken (moved), so an
            // interrupted run leaves no cache rather than a wrong one.
            let mut target = if cache_key.is_some() {
                cached_target(&cache_dir, saved.as_ref(), &mut cache_key, notify)?
            } else {
                Target::open(opts.database_url.clone())?
            };
            if let (Some(s), Some(_)) = (&saved, &cache_key) {
                notify(Notice::Cached {
                    applied: s.applied,
                    dir: cache_dir.clone(),
                });
            }
            let url = target.url().to_owned();
            let mut conn = target.connect().await?;
            let result = async {
                match &migrator {
                    Some(m) if target.is_embedded() => {
                        let done = m
                            .up(&mut conn, &url, &mut |e| notify(Notice::Runner(e)))
                            .await?;
                        notify(Notice::Applied {
                            done,
                            elapsed: started.elapsed(),
                        });
                    }
                    Some(m) => history_warnings(m, &mut conn, &url, notify).await?,
                    None => {}
                }
                let catalog = read_catalog(&mut conn, &url, &opts.config.schemas()).await?;
                let queries = prepare_queries(&opts.queries, &mut conn, &url, &catalog).await?;
                Ok::<_, Error>((catalog, queries))
            }
            .await;
            crate::db::close(conn).await;
            if opts.keep {
                if let Some(url) = target.keep() {
                    notify(Notice::Kept(url));
                }
            }
            let result = result?;
            if let (Some((state, _)), Some(m)) = (&cache_key, &migrator) {
                // Keeps the state after the last migration for the next run;
                // a cache that cannot be written only costs time.
                if let Err(e) = crate::cache::save_state(&cache_dir, state, &checksums(m), |dest| {
                    target.save_to(dest)
                }) {
                    notify(Notice::Warning(format!(
                        "the embedded database was not cached: {e}"
                    )));
                }
            }
            result
        }
    };
    let catalog_done = started.elapsed();
    let deps = crate::generate::deps_for(out, &opts.root);
    // The last snapshot's table names only (for "added"/"removed"): not a
    // second whole catalog in memory.
    #[derive(serde::Deserialize)]
    struct Named {
        schema: String,
        name: String,
    }
    #[derive(serde::Deserialize)]
    struct Names {
        tables: Vec<Named>,
    }
    let previous: Option<std::collections::BTreeSet<String>> =
        std::fs::read(out.join("schema.json"))
            .ok()
            .and_then(|t| serde_json::from_slice::<Names>(&t).ok())
            .map(|n| {
                n.tables
                    .into_iter()
                    .map(|t| format!("{}.{}", t.schema, t.name))
                    .collect()
            });
    // Table files are written as they are generated, unless only checking.
    let writer = crate::generate::write::Writer::new(out);
    let config = &opts.config;
    let output = if opts.check {
        crate::generate::generate_with(&catalog, config, &deps, &queries, &|_, _| false)
    } else {
        crate::generate::generate_with(&catalog, config, &deps, &queries, &|rel, text| {
            writer.file(rel, text)
        })
    };
    let typescript = typescript_output(opts, &catalog);
    let generate_done = started.elapsed();
    for w in &output.warnings {
        notify(Notice::Warning(w.clone()));
    }
    if opts.check {
        let stale = crate::generate::write::stale(out, &output.files);
        let ts_stale = typescript_stale(&typescript);
        if !stale.is_empty() || ts_stale.is_some() {
            let list: Vec<String> = stale
                .iter()
                .map(|p| out.join(p).display().to_string())
                .chain(ts_stale.iter().map(|p| p.display().to_string()))
                .collect();
            return Err(Error::Usage(format!(
                "{} is stale ({} file(s): {}); run `cargo run -p codegen` and commit the result",
                out.display(),
                list.len(),
                list.join(", ")
            )));
        }
        return Ok(Outcome::UpToDate {
            files: output.files.len(),
            elapsed: started.elapsed(),
        });
    }
    let mut written = writer.finish(&output.files)?;
    if let Some((path, text)) = &typescript {
        if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            std::fs::write(path, text).map_err(|e| Error::io(path, e))?;
            written.push(path.clone());
        }
    }
    if let Some((_, inputs)) = &cache_key {
        let files: Vec<String> = output
            .files
            .keys()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        crate::cache::record_output(&cache_dir, out, inputs, &files);
    }
    let (mut added, mut removed) = (Vec::new(), Vec::new());
    if let Some(before) = previous {
        let after: std::collections::BTreeSet<String> = catalog
            .tables
            .iter()
            .map(|t| format!("{}.{}", t.schema, t.name))
            .collect();
        added = after.difference(&before).cloned().collect();
        removed = before.difference(&after).cloned().collect();
    }
    let total = started.elapsed();
    Ok(Outcome::Written(Written {
        written,
        added,
        removed,
        tables: catalog.tables.len(),
        enums: catalog.enums.len(),
        functions: catalog.functions.len(),
        catalog: catalog_done,
        generate: generate_done - catalog_done,
        total,
    }))
}

/// Where `[typescript]` writes, resolved against the workspace root.
fn typescript_path(opts: &Options) -> Option<PathBuf> {
    let ts = opts.config.typescript.as_ref()?;
    Some(if ts.out.is_absolute() {
        ts.out.clone()
    } else {
        opts.root.join(&ts.out)
    })
}

/// The TypeScript file's path and text, when `[typescript]` asks for it.
fn typescript_output(opts: &Options, catalog: &schema::Catalog) -> Option<(PathBuf, String)> {
    let ts = opts.config.typescript.as_ref()?;
    let text = crate::generate::typescript::generate(catalog, &ts.options());
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
    let setup = migrate::Setup {
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
        &|_, _| false,
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
