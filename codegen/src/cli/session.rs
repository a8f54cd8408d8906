//! The migrator connected to the database to work on, for the commands
//! that run on one (`migrate …`, `introspect`).

use super::{load_config, print_notice, Args};
use codegen::db::Target;
use codegen::job;
use codegen::migrate::{self, Migrator};
use codegen::{Error, Result};
use std::path::Path;

/// How a command wants its session set up.
#[derive(Default)]
pub struct Setup {
    /// `migrate up --include-all`.
    pub include_all: bool,
    /// `migrate reset` without `--yes`: refused on a DATABASE_URL database.
    pub unconfirmed_reset: bool,
}

/// The migrations, the database (DATABASE_URL or an embedded cluster) and
/// a connection to it.
pub struct Session {
    pub migrator: Migrator,
    pub target: Target,
    pub url: String,
    pub conn: sqlx::PgConnection,
}

impl Session {
    async fn open(args: &Args, dir: &Path, setup: Setup) -> Result<Self> {
        if setup.unconfirmed_reset && args.database_url.is_some() {
            return Err(Error::Usage(
                "reset drops the public schema and the migration history of DATABASE_URL; add --yes to confirm".into(),
            ));
        }
        let target = Target::open(args.database_url.clone())?;
        let configured = migrate::Setup {
            stand_ins: target.is_embedded(),
            extensions: load_config(args)?.extensions,
            include_all: setup.include_all,
        };
        let migrator = job::open_migrator(dir, configured, &mut print_notice)?;
        let url = target.url().to_owned();
        let conn = target.connect().await?;
        Ok(Self {
            migrator,
            target,
            url,
            conn,
        })
    }

    /// Closes the connection; with `--keep`, leaves the embedded cluster
    /// running and prints its URL.
    async fn close(mut self, keep: bool) {
        codegen::db::close(self.conn).await;
        if keep {
            if let Some(url) = self.target.keep() {
                println!("embedded PostgreSQL left running: psql '{url}'");
            }
        }
    }
}

/// Opens a session, runs `work` on it, and closes it whatever `work` gave.
pub async fn on_database(
    args: &Args,
    dir: &Path,
    setup: Setup,
    work: impl AsyncFnOnce(&mut Session) -> Result<()>,
) -> Result<()> {
    let mut session = Session::open(args, dir, setup).await?;
    let result = work(&mut session).await;
    session.close(args.keep).await;
    result
}
