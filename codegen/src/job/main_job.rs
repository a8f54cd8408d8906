//! The main job: the migrations applied (on the cached state when there
//! is one), the catalog read, the crate generated and written.

use super::cached::{cache_inputs, cached_target, checksums};
use super::{
    open_migrator, prepare_queries, read_catalog, typescript_output, typescript_path,
    typescript_stale, Notice, Notify, Options, Outcome, Written,
};
use crate::db::Target;
use crate::error::{Error, Result};
use crate::migrate::{self, Migrator};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
    let cache_dir = crate::cache::dir(&opts.root);
    let (catalog, queries, cache_key) = match &opts.from_snapshot {
        Some(path) => {
            let (catalog, queries) = from_snapshot(path)?;
            (catalog, queries, None)
        }
        None => match from_database(opts, &cache_dir, started, notify).await? {
            Read::Current { migrations } => return Ok(Outcome::Current { migrations }),
            Read::Catalog {
                catalog,
                queries,
                cache_key,
            } => (*catalog, queries, cache_key),
        },
    };
    let catalog_done = started.elapsed();
    let previous = previous_tables(&opts.out);
    let output = match emit(opts, &catalog, &queries, started, notify)? {
        Emitted::Checked { files } => {
            return Ok(Outcome::UpToDate {
                files,
                elapsed: started.elapsed(),
            })
        }
        Emitted::Written(output) => output,
    };
    if let Some((_, inputs)) = &cache_key {
        crate::cache::record_output(&cache_dir, &opts.out, inputs, &output.files);
    }
    let (added, removed) = match previous {
        Some(before) => {
            let after = table_names(&catalog);
            let added = after.difference(&before).cloned().collect();
            (added, before.difference(&after).cloned().collect())
        }
        None => Default::default(),
    };
    Ok(Outcome::Written(Written {
        written: output.written,
        added,
        removed,
        tables: catalog.tables.len(),
        enums: catalog.enums.len(),
        functions: catalog.functions.len(),
        catalog: catalog_done,
        generate: output.generated - catalog_done,
        total: started.elapsed(),
    }))
}
/// What the main job read from the database.
enum Read {
    /// The output is current (the cache's record says so): nothing started.
    Current { migrations: usize },
    Catalog {
        catalog: Box<schema::Catalog>,
        queries: Vec<crate::queries::QueryModel>,
        /// The cache's keys when the run is cached.
        cache_key: Option<(crate::cache::StateKey, String)>,
    },
}

/// The database part of the main job: the migrations applied (on the
/// cached state when there is one), the catalog read, the queries
/// prepared, the state saved for the next run.
async fn from_database(
    opts: &Options,
    cache_dir: &Path,
    started: Instant,
    notify: Notify<'_>,
) -> Result<Read> {
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
    let mut cache_key = None;
    if let (true, Some(m)) = (cached, &migrator) {
        crate::db::embedded::sweep(cache_dir, Some(Duration::from_secs(3600)));
        let key = cache_inputs(opts, m);
        if crate::cache::output_current(cache_dir, &opts.out, &key.1)
            && typescript_path(opts).is_none_or(|p| p.is_file())
        {
            return Ok(Read::Current {
                migrations: m.migrations.len(),
            });
        }
        cache_key = Some(key);
    }
    let saved = match (&cache_key, &migrator) {
        (Some((state, _)), Some(m)) => crate::cache::find_state(cache_dir, state, &checksums(m)),
        _ => None,
    };
    // A cached run's cluster lives under the cache, so saving its
    // state is a rename; the saved state is taken (moved), so an
    // interrupted run leaves no cache rather than a wrong one.
    let mut target = if cache_key.is_some() {
        cached_target(cache_dir, saved.as_ref(), &mut cache_key, notify)?
    } else {
        Target::open(opts.database_url.clone())?
    };
    if let (Some(s), Some(_)) = (&saved, &cache_key) {
        notify(Notice::Cached {
            applied: s.applied,
            dir: cache_dir.to_owned(),
        });
    }
    let (catalog, queries) =
        read_target(opts, &mut target, migrator.as_ref(), started, notify).await?;
    if let (Some((state, _)), Some(m)) = (&cache_key, &migrator) {
        // Keeps the state after the last migration for the next run;
        // a cache that cannot be written only costs time.
        if let Err(e) =
            crate::cache::save_state(cache_dir, state, &checksums(m), |dest| target.save_to(dest))
        {
            notify(Notice::Warning(format!(
                "the embedded database was not cached: {e}"
            )));
        }
    }
    Ok(Read::Catalog {
        catalog: Box::new(catalog),
        queries,
        cache_key,
    })
}

/// On `target`: the migrations applied (embedded) or compared with its
/// history (DATABASE_URL), then the catalog and the prepared queries;
/// with `--keep`, the embedded cluster is left running.
async fn read_target(
    opts: &Options,
    target: &mut Target,
    migrator: Option<&Migrator>,
    started: Instant,
    notify: Notify<'_>,
) -> Result<(schema::Catalog, Vec<crate::queries::QueryModel>)> {
    let url = target.url().to_owned();
    let mut conn = target.connect().await?;
    let result = async {
        match migrator {
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
    result
}

/// The last snapshot's table names only (for "added"/"removed"), read as
/// a stream: not a second whole catalog, nor the file's text, in memory.
fn previous_tables(out: &Path) -> Option<BTreeSet<String>> {
    #[derive(serde::Deserialize)]
    struct Named {
        schema: String,
        name: String,
    }
    #[derive(serde::Deserialize)]
    struct Names {
        tables: Vec<Named>,
    }
    let file = std::fs::File::open(out.join("schema.json")).ok()?;
    let names: Names = serde_json::from_reader(std::io::BufReader::new(file)).ok()?;
    Some(
        names
            .tables
            .into_iter()
            .map(|t| format!("{}.{}", t.schema, t.name))
            .collect(),
    )
}

fn table_names(catalog: &schema::Catalog) -> BTreeSet<String> {
    catalog
        .tables
        .iter()
        .map(|t| format!("{}.{}", t.schema, t.name))
        .collect()
}

/// What generating did.
enum Emitted {
    /// `--check`: the output is current; this many files.
    Checked {
        files: usize,
    },
    Written(WrittenFiles),
}

struct WrittenFiles {
    /// Written or removed, relative to `out` (and the TypeScript file).
    written: Vec<PathBuf>,
    /// Every file of the output, relative to `out`.
    files: Vec<String>,
    /// When generating was done (from the job's start).
    generated: Duration,
}

/// Generates the crate (and the TypeScript file): table files are written
/// as they are generated, unless only checking; with `check`, an error
/// listing the stale files.
fn emit(
    opts: &Options,
    catalog: &schema::Catalog,
    queries: &[crate::queries::QueryModel],
    started: Instant,
    notify: Notify<'_>,
) -> Result<Emitted> {
    let out = &opts.out;
    let deps = crate::generate::deps_for(out, &opts.root);
    let writer = crate::generate::write::Writer::new(out);
    let config = &opts.config;
    let sink: &dyn crate::generate::write::Sink = if opts.check {
        &crate::generate::write::Keep
    } else {
        &writer
    };
    let output = crate::generate::generate_with(catalog, config, &deps, queries, sink);
    let typescript = typescript_output(opts, catalog);
    let generated = started.elapsed();
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
        return Ok(Emitted::Checked {
            files: output.files.len(),
        });
    }
    let mut written = writer.finish(&output.files)?;
    if let Some((path, text)) = &typescript {
        if typescript_stale(&typescript).is_some() {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            std::fs::write(path, text).map_err(|e| Error::io(path, e))?;
            written.push(path.clone());
        }
    }
    let files = output
        .files
        .keys()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    Ok(Emitted::Written(WrittenFiles {
        written,
        files,
        generated,
    }))
}
