//! `codegen diff` as a library call: read both sides, plan both ways,
//! write the files, verify them on a scratch copy. The binary only parses
//! arguments and prints.

use super::file::{concurrent_file, main_file, stem, Header, CONCURRENT_SUFFIX};
use super::fingerprint::EXCLUDED_SCHEMAS;
use super::plan::{plan, Plan};
use super::verify::{
    copy_database, copy_name, current_database, drop_database, verify, with_database, Outcome,
};
use super::Snapshot;
use crate::db::Target;
use crate::error::{Error, Result};
use crate::migrate::runner::Reporter;
use crate::migrate::Migrator;

/// Where the `--from` schema comes from.
pub enum From<'a> {
    /// A database as it is.
    Url(String),
    /// The migrations, replayed on a scratch embedded database.
    Migrations(&'a Migrator),
}

pub struct Options<'a> {
    pub from: From<'a>,
    pub to: String,
    pub version: String,
    pub name: String,
    pub date: chrono::NaiveDate,
    pub no_drops: bool,
    pub verify: bool,
}

/// The files `diff` writes, and what it found on the way.
#[derive(Debug)]
pub struct Output {
    /// The migration (None: the schemas are the same).
    pub main: Option<String>,
    /// The `-- codegen:no-transaction` file of concurrent index builds.
    pub concurrent: Option<String>,
    /// Its name without `.sql` (numbered after the main file).
    pub concurrent_name: Option<String>,
    pub forward: Plan,
    pub reverse: Plan,
    /// None when `verify` was off.
    pub outcome: Option<Outcome>,
}

const FROM_DB: &str = "codegen_diff_from";

/// The migrations replayed on a scratch embedded database that has what
/// `to`'s kind of server has from day one; the database's URL, and the
/// cluster (dropped with it).
async fn replay(migrator: &Migrator, to: &str, report: Reporter<'_>) -> Result<(String, Target)> {
    let target = Target::open(None)?;
    let url = target.url().to_owned();
    let mut admin = target.connect().await?;
    sqlx::raw_sql(&format!("CREATE DATABASE {FROM_DB}"))
        .execute(&mut admin)
        .await
        .map_err(|e| Error::db(&url, e))?;
    let matched = crate::db::shim::match_day_one(&mut admin, FROM_DB, to).await;
    crate::db::close(admin).await;
    matched?;
    let from_url = with_database(&url, FROM_DB)?;
    let mut conn = crate::db::connect(&from_url).await?;
    let applied = migrator.up(&mut conn, &from_url, report).await;
    crate::db::close(conn).await;
    applied?;
    Ok((from_url, target))
}

/// One side's schema, the role reading it, and the database the URL
/// really names (a `dbname=` parameter, the path, or the server's
/// default), as the server says.
async fn read_side(url: &str) -> Result<(Snapshot, String, String)> {
    let mut conn = crate::db::connect(url).await?;
    let snapshot = Snapshot::read(&mut conn, EXCLUDED_SCHEMAS)
        .await
        .map_err(|e| Error::db(url, e));
    let user: Result<String> = sqlx::query_scalar("SELECT quote_ident(current_user)")
        .fetch_one(&mut conn)
        .await
        .map_err(|e| Error::db(url, e));
    let database = current_database(&mut conn, url).await;
    crate::db::close(conn).await;
    Ok((snapshot?, user?, database?))
}

/// Plans, writes and (unless told not to) verifies the migration from
/// `from` to `to`.
pub async fn run(opts: Options<'_>, report: Reporter<'_>) -> Result<Output> {
    // The scratch cluster lives as long as this call (it is dropped last).
    let mut _scratch = None;
    let from_url = match &opts.from {
        From::Url(url) => url.clone(),
        From::Migrations(migrator) => {
            let (url, target) = replay(migrator, &opts.to, report).await?;
            _scratch = Some(target);
            url
        }
    };
    // Both sides at once: two sessions, two server processes.
    let (a, b) = tokio::join!(read_side(&from_url), read_side(&opts.to));
    let ((a, creator, template), (b, _, _)) = (a?, b?);
    let forward = plan(&a, &b, &creator);
    let reverse = plan(&b, &a, &creator);
    if forward.is_empty() {
        // No statement to write is "no changes" only if the schemas are
        // the same: what differs but cannot be written (a table's
        // partitioning) is the migration's miss, whatever `verify` says.
        let missed = super::drift(&b.lines(), &a.lines());
        return Ok(Output {
            main: None,
            concurrent: None,
            concurrent_name: None,
            forward,
            reverse,
            outcome: (!missed.is_empty()).then(|| Outcome {
                forward: missed,
                rollback: Vec::new(),
            }),
        });
    }
    if opts.no_drops {
        let dangers = forward.dangers();
        if !dangers.is_empty() {
            return Err(Error::Usage(format!(
                "the diff {} and --no-drops refuses that; nothing was written",
                crate::error::printable(&dangers.join(", "))
            )));
        }
    }
    let (main, concurrent, concurrent_name) = write_files(&opts, &forward, &reverse);
    let outcome = if opts.verify {
        let lines = (a.lines(), b.lines());
        drop((a, b));
        Some(prove(&from_url, &template, &main, concurrent.as_deref(), lines).await?)
    } else {
        None
    };
    Ok(Output {
        main: Some(main),
        concurrent,
        concurrent_name,
        forward,
        reverse,
        outcome,
    })
}

/// The main file, and the concurrent index file with its name.
fn write_files(
    opts: &Options<'_>,
    forward: &Plan,
    reverse: &Plan,
) -> (String, Option<String>, Option<String>) {
    let changes = forward.steps.len() + forward.concurrent.len();
    let description = format!("written by codegen diff: {changes} statement(s)");
    let header = Header {
        version: &opts.version,
        name: &opts.name,
        description: &description,
        date: opts.date,
    };
    let main = main_file(&header, forward, reverse);
    let next = opts
        .version
        .parse::<u64>()
        .map(|n| format!("{:0width$}", n + 1, width = opts.version.len()))
        .unwrap_or_else(|_| format!("{}1", opts.version));
    let next_header = Header {
        version: &next,
        ..header
    };
    let concurrent = concurrent_file(&next_header, forward);
    let concurrent_name = concurrent
        .as_ref()
        .map(|_| stem(&next_header, CONCURRENT_SUFFIX));
    (main, concurrent, concurrent_name)
}

/// The files applied to a copy of `template` (the `--from` database):
/// what differs from `to`, then from `from` after the rollback.
async fn prove(
    from_url: &str,
    template: &str,
    main: &str,
    concurrent: Option<&str>,
    (from, to): (Vec<String>, Vec<String>),
) -> Result<Outcome> {
    let copy = copy_name(template);
    let copy_url = copy_database(from_url, template, &copy).await?;
    let checked = verify(&copy_url, &copy, main, concurrent, &from, &to).await;
    drop_database(from_url, &copy).await;
    checked.map_err(|e| {
        Error::Usage(format!(
            "the diff does not apply to a copy of the --from database, so nothing was written: {e}"
        ))
    })
}
