//! `codegen test`: a project's pgTAP suite on a scratch database, as
//! `pg_prove` runs it (each file through `psql` in its own session), with
//! TAP::Harness's verdicts, a pg_prove-style report and JUnit XML.

mod files;
pub mod junit;
pub mod pgtap;
mod psql;
mod report;
mod scratch;
pub mod tap;

pub use files::{default_dir, discover, has_default_suite};
pub use psql::{find_psql, run_file, Psql};
pub use report::{file_line, summary};

use crate::error::{Error, Result};
use crate::migrate::{Event, Migrator};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What to run and where.
pub struct Options {
    /// The migrations directory (applied first).
    pub migrations: PathBuf,
    /// Test files or folders (empty: the default folder).
    pub paths: Vec<PathBuf>,
    /// A database to copy (never touched itself); `None`: embedded.
    pub database_url: Option<String>,
    /// Files run at once, each worker on its own copy of the prepared database.
    pub jobs: usize,
    /// Extensions of codegen.toml, enabled before the migrations.
    pub extensions: Vec<String>,
}

/// What the run reports as it goes.
pub enum Progress<'a> {
    Runner(Event),
    Skipped(PathBuf),
    PgTap(&'a pgtap::Which),
    /// A file finished (reported in name order), and the width of the
    /// longest name of the run (for the dots).
    File(&'a FileResult, usize),
}

/// One test file's run.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: PathBuf,
    /// The path as shown (relative to the current directory when inside it).
    pub display: String,
    pub stdout: String,
    pub stderr: String,
    /// psql's exit code (`None`: killed by a signal).
    pub exit: Option<i32>,
    pub tap: tap::Tap,
    pub verdict: tap::Verdict,
    pub elapsed: Duration,
}

/// The whole run.
pub struct Report {
    pub files: Vec<FileResult>,
    pub pgtap: pgtap::Which,
    pub elapsed: Duration,
    /// A file said `Bail out!`: the files after it were not run.
    pub bailed_out: bool,
}

impl Report {
    pub fn passed(&self) -> bool {
        !self.bailed_out && self.files.iter().all(|f| f.verdict.passed())
    }

    pub fn tests(&self) -> usize {
        self.files.iter().map(|f| f.tap.assertions.len()).sum()
    }
}

/// The files to run: `opts.paths`, or the default folder.
fn test_files(opts: &Options) -> Result<Vec<PathBuf>> {
    if !opts.paths.is_empty() {
        return discover(&opts.paths);
    }
    let dir = default_dir(&opts.migrations);
    if !dir.is_dir() {
        return Err(Error::File {
            path: dir,
            message: "does not exist: there is no tests folder inside or beside the migrations folder; pass test files or folders (codegen test PATH …)".into(),
        });
    }
    discover(&[dir])
}

/// Runs the suite; reports each file as it finishes (in name order).
pub async fn run(opts: &Options, notify: &mut (dyn FnMut(Progress) + Send)) -> Result<Report> {
    let started = Instant::now();
    let files = test_files(opts)?;
    let url = crate::db::given_url(opts.database_url.as_deref()).map(str::to_owned);
    let psql = find_psql(url.as_deref())?;
    let target = crate::db::Target::open(url)?;
    let mut copies = scratch::Copies::new(target.url());
    let jobs = opts.jobs.clamp(1, files.len().max(1));
    let prepared = prepare(opts, &target, &mut copies, jobs, notify).await;
    let result = prepared.map(|(urls, which)| {
        // A worker's copy is dropped as soon as it is done, while the
        // others still run (on a runtime of the worker's thread: this
        // thread is busy waiting for the workers); any left, at the end.
        let done = |url: &str| {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            if let Ok(runtime) = runtime {
                runtime.block_on(copies.drop_one(url));
            }
        };
        let (files, bailed_out) = run_files(&psql, &files, &urls, &done, notify);
        (files, which, bailed_out)
    });
    copies.drop_all().await;
    drop(target);
    let (files, pgtap, bailed_out) = result?;
    Ok(Report {
        files,
        pgtap,
        elapsed: started.elapsed(),
        bailed_out,
    })
}

/// The databases the workers run on, made ready (migrated, seeded on the
/// embedded server, pgTAP in), and the pgTAP used. The embedded database
/// is this run's own: the first worker runs on it, the others on copies.
/// A `DATABASE_URL`'s database is never touched: every worker has a copy,
/// all made at once.
async fn prepare(
    opts: &Options,
    target: &crate::db::Target,
    copies: &mut scratch::Copies,
    jobs: usize,
    notify: &mut (dyn FnMut(Progress) + Send),
) -> Result<(Vec<String>, pgtap::Which)> {
    let embedded = crate::db::given_url(opts.database_url.as_deref()).is_none();
    let migrator = if embedded || opts.migrations.is_dir() {
        let setup = crate::migrate::Setup {
            stand_ins: embedded,
            extensions: opts.extensions.clone(),
            ..Default::default()
        };
        let m = Migrator::configured(&opts.migrations, setup)?;
        for s in &m.skipped {
            notify(Progress::Skipped(s.clone()));
        }
        Some(m)
    } else {
        None
    };
    let url = target.url();
    if embedded {
        let (which, name) = prepare_one(url, migrator.as_ref(), true, notify).await?;
        let mut urls = vec![url.to_owned()];
        if jobs > 1 {
            urls.extend(copies.make(&name, jobs - 1).await?);
        }
        return Ok((urls, which));
    }
    let source = database_name(url).await?;
    let urls = copies.make(&source, jobs).await?;
    // The copies made ready together; the first one reports.
    let m = migrator.as_ref();
    let mut work: Vec<scratch::Pending<'_, _>> =
        vec![Box::pin(prepare_one(&urls[0], m, false, notify))];
    for other in &urls[1..] {
        work.push(Box::pin(async move {
            let mut quiet = |_: Progress| {};
            prepare_one(other, m, false, &mut quiet).await
        }));
    }
    let mut prepared = scratch::join_all(work).await.into_iter();
    let (which, _) = prepared.next().expect("one copy at least")?;
    prepared.try_for_each(|r| r.map(drop))?;
    Ok((urls, which))
}

/// The name of the database `url` connects to: its path when it names
/// one plainly, else the server's answer.
async fn database_name(url: &str) -> Result<String> {
    if let Ok(parsed) = url::Url::parse(url) {
        let path = parsed.path().trim_start_matches('/');
        let plain = !path.is_empty() && !path.contains(['%', '/']);
        if plain
            && !parsed
                .query_pairs()
                .any(|(k, _)| k.eq_ignore_ascii_case("dbname"))
        {
            return Ok(path.to_owned());
        }
    }
    let mut conn = crate::db::connect(url).await?;
    let name = crate::diff::verify::current_database(&mut conn, url).await;
    crate::db::close(conn).await;
    name
}

/// Migrations (and the seed, on the embedded server) and pgTAP on the
/// database of `url`; the pgTAP used and the database's name.
async fn prepare_one(
    url: &str,
    migrator: Option<&Migrator>,
    seed: bool,
    notify: &mut (dyn FnMut(Progress) + Send),
) -> Result<(pgtap::Which, String)> {
    let mut conn = crate::db::connect(url).await?;
    let work = async {
        let name = crate::diff::verify::current_database(&mut conn, url).await?;
        if let Some(m) = migrator {
            let mut report = |e: Event| notify(Progress::Runner(e));
            m.up(&mut conn, url, &mut report).await?;
            if seed {
                m.seed(&mut conn, url, &mut report).await?;
            }
        }
        let which = pgtap::install(&mut conn, url).await?;
        notify(Progress::PgTap(&which));
        Ok::<_, Error>((which, name))
    }
    .await;
    crate::db::close(conn).await;
    work
}

/// Runs `files`, one worker per URL, each taking the next file (with
/// several workers, the largest files first, so that they end together)
/// and calling `done` with its URL when no file is left for it; reports
/// them in name order. After a `Bail out!` no new file starts; the files
/// that ran are returned, and whether one bailed out.
fn run_files(
    psql: &Psql,
    files: &[PathBuf],
    urls: &[String],
    done: &(dyn Fn(&str) + Sync),
    notify: &mut (dyn FnMut(Progress) + Send),
) -> (Vec<FileResult>, bool) {
    let scratch = std::env::temp_dir();
    let width = files
        .iter()
        .map(|f| files::display(f).chars().count())
        .max()
        .unwrap_or(0);
    let order = run_order(files, urls.len());
    let (next, bail) = (AtomicUsize::new(0), AtomicBool::new(false));
    let (tx, rx) = std::sync::mpsc::channel::<(usize, FileResult)>();
    let mut results: Vec<Option<FileResult>> = vec![None; files.len()];
    let mut reported = 0;
    std::thread::scope(|s| {
        for url in urls {
            let tx = tx.clone();
            let (next, bail, scratch, order) = (&next, &bail, &scratch, &order);
            s.spawn(move || {
                while !bail.load(Ordering::SeqCst) {
                    let Some(&i) = order.get(next.fetch_add(1, Ordering::SeqCst)) else {
                        break;
                    };
                    let r = run_file(psql, url, &files[i], scratch);
                    if r.tap.bail_out.is_some() {
                        bail.store(true, Ordering::SeqCst);
                    }
                    if tx.send((i, r)).is_err() {
                        break;
                    }
                }
                drop(tx);
                done(url);
            });
        }
        drop(tx);
        for (i, r) in rx {
            results[i] = Some(r);
            while let Some(Some(r)) = results.get(reported) {
                notify(Progress::File(r, width));
                reported += 1;
            }
        }
    });
    let bailed_out = bail.load(Ordering::SeqCst);
    (results.into_iter().flatten().collect(), bailed_out)
}

/// The order files are taken in: name order for one worker; for several,
/// the largest first (ties in name order).
fn run_order(files: &[PathBuf], workers: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..files.len()).collect();
    if workers > 1 {
        let size = |i: &usize| std::fs::metadata(&files[*i]).map_or(0, |m| m.len());
        order.sort_by_key(|i| std::cmp::Reverse(size(i)));
    }
    order
}
