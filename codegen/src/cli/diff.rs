//! `codegen diff`: plan, write and verify; print the file or write it.

use super::{load_config, print_notice, Args};
use codegen::diff::run::{self, Output};
use codegen::error::printable;
use codegen::job;
use codegen::migrate;
use codegen::{Error, Result};
use std::path::Path;

/// `codegen diff`'s arguments.
pub struct Request<'a> {
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
    /// `-f NAME`: write the next migration file instead of printing.
    pub file: Option<&'a str>,
    pub no_drops: bool,
    pub verify: bool,
}

pub async fn run(args: &Args, dir: &Path, request: Request<'_>) -> Result<()> {
    let to = request
        .to
        .map(str::to_owned)
        .or_else(|| args.database_url.clone())
        .ok_or_else(|| {
            Error::Usage(
                "codegen diff needs the changed database: set DATABASE_URL or pass --to URL".into(),
            )
        })?;
    for url in request.from.iter().copied().chain([to.as_str()]) {
        codegen::db::validate_url(url)?;
    }
    let migrator;
    let from = match request.from {
        Some(url) => run::From::Url(url.to_owned()),
        None => {
            let setup = codegen::migrate::Setup {
                stand_ins: true,
                extensions: load_config(args)?.extensions,
                ..Default::default()
            };
            migrator = job::open_migrator(dir, setup, &mut print_notice)?;
            run::From::Migrations(&migrator)
        }
    };
    let name = migrate::new::slug(request.file.unwrap_or("diff"))?;
    let version = migrate::new::next_version(dir)?;
    let options = run::Options {
        from,
        to,
        version: version.clone(),
        name: name.clone(),
        date: chrono::Local::now().date_naive(),
        no_drops: request.no_drops,
        verify: request.verify,
    };
    let out = run::run(options, &mut |_| ()).await?;
    warn(&out)?;
    let Some(main) = &out.main else {
        eprintln!("diff: no changes");
        return Ok(());
    };
    let proven = if out.outcome.is_some() {
        "proven on a scratch copy: the migration gives --to, the rollback gives --from"
    } else {
        "not verified (--no-verify)"
    };
    if request.file.is_none() {
        print!("{main}");
        if let Some(c) = &out.concurrent {
            print!("\n{c}");
        }
        eprintln!(
            "diff: {} statement(s), {proven}",
            out.forward.steps.len() + out.forward.concurrent.len()
        );
        return Ok(());
    }
    let path = dir.join(format!("{version}_{name}.sql"));
    migrate::files::parse_file_name(&path)?;
    write_new(&path, main)?;
    println!("{}", path.display());
    if let (Some(c), Some(next)) = (&out.concurrent, &out.concurrent_name) {
        let path = dir.join(format!("{next}.sql"));
        write_new(&path, c)?;
        println!("{}", path.display());
    }
    eprintln!("diff: {proven}");
    Ok(())
}

/// The plan's warnings and dangers; an error when the verification found
/// objects the files do not reproduce (listed first).
fn warn(out: &Output) -> Result<()> {
    for w in out.forward.warnings.iter() {
        eprintln!("warning: {}", printable(w));
    }
    for d in out.forward.dangers() {
        eprintln!(
            "warning: the diff {} (marked DANGER in the file)",
            printable(d)
        );
    }
    let Some(outcome) = out.outcome.as_ref().filter(|o| !o.ok()) else {
        return Ok(());
    };
    for line in &outcome.forward {
        eprintln!("not reproduced by the migration: {}", printable(line));
    }
    for line in &outcome.rollback {
        eprintln!("not reproduced by the rollback: {}", printable(line));
    }
    Err(Error::Usage(format!(
        "the diff does not reproduce its target: {} object(s) differ after the migration, {} after its rollback (listed above); nothing was written",
        outcome.forward.len(),
        outcome.rollback.len()
    )))
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, text: &str) -> Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(|e| Error::io(path, e))
}
