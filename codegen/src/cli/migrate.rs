//! `codegen migrate …`: apply, inspect and undo migrations.

use super::args::MigrateCommand;
use super::session::{on_database, Setup};
use super::{print_event, summary, Args};
use codegen::migrate;
use codegen::Result;
use std::path::Path;
use std::time::Instant;

/// Runs one `migrate` command; all but `new` on the database (the time
/// in the summary counts from the connection).
pub async fn run(args: &Args, dir: &Path, cmd: &MigrateCommand) -> Result<()> {
    let report = &mut print_event;
    match cmd {
        MigrateCommand::New {
            name,
            hotfix,
            author,
        } => {
            let today = chrono::Local::now().date_naive();
            let path = migrate::new::create(dir, name, *hotfix, author, today)?;
            println!("{}", path.display());
            Ok(())
        }
        MigrateCommand::Up { include_all } => {
            let setup = Setup {
                include_all: *include_all,
                ..Setup::default()
            };
            on_database(args, dir, setup, async |s| {
                let started = Instant::now();
                let done = s.migrator.up(&mut s.conn, &s.url, report).await?;
                summary("applied", &done, started.elapsed());
                Ok(())
            })
            .await
        }
        MigrateCommand::Down { n } => {
            on_database(args, dir, Setup::default(), async |s| {
                let started = Instant::now();
                let done = s.migrator.down(&mut s.conn, &s.url, *n, report).await?;
                summary("rolled back", &done, started.elapsed());
                Ok(())
            })
            .await
        }
        MigrateCommand::Reset { yes } => {
            let setup = Setup {
                unconfirmed_reset: !*yes,
                ..Setup::default()
            };
            on_database(args, dir, setup, async |s| {
                let started = Instant::now();
                let drop = !s.target.is_embedded();
                let done = s.migrator.reset(&mut s.conn, &s.url, drop, report).await?;
                summary("applied", &done, started.elapsed());
                Ok(())
            })
            .await
        }
        MigrateCommand::Repair { applied, reverted } => {
            on_database(args, dir, Setup::default(), async |s| {
                let done = (s.migrator)
                    .repair(&mut s.conn, &s.url, applied, reverted, report)
                    .await?;
                if done.is_empty() {
                    eprintln!("nothing to repair");
                }
                Ok(())
            })
            .await
        }
        MigrateCommand::Status { json } => {
            on_database(args, dir, Setup::default(), async |s| {
                let status = s.migrator.status(&mut s.conn, &s.url).await?;
                print_status(&status, *json);
                Ok(())
            })
            .await
        }
    }
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
