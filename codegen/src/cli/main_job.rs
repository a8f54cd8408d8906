//! The main job (no command): the library does it, this prints what it did.

use super::{options, print_notice, Args};
use codegen::job::{self, Written};
use codegen::Result;
use std::path::Path;

/// Up to this many written files are listed one per line; more are counted.
const LIST_FILES: usize = 50;

pub async fn run(args: &Args, dir: &Path) -> Result<()> {
    let opts = options(args, dir)?;
    let out = &opts.out;
    match job::main_job(&opts, &mut print_notice).await? {
        job::Outcome::Current { migrations } => eprintln!(
            "{} is current: nothing changed since the last run ({migrations} migrations; no database started, --no-cache to run anyway)",
            out.display()
        ),
        job::Outcome::UpToDate { files, elapsed } => eprintln!(
            "{} is up to date ({files} files) in {:.2} s",
            out.display(),
            elapsed.as_secs_f64()
        ),
        job::Outcome::Written(w) => print_written(out, &w),
    }
    Ok(())
}

fn print_written(out: &Path, w: &Written) {
    if w.written.len() <= LIST_FILES {
        for p in &w.written {
            eprintln!("wrote       {}", out.join(p).display());
        }
    } else {
        eprintln!(
            "wrote       {} files under {}",
            w.written.len(),
            out.display()
        );
    }
    for t in &w.added {
        eprintln!("added       {t}");
    }
    for t in &w.removed {
        eprintln!("removed     {t}");
    }
    eprintln!(
        "{} file(s) changed, {} tables and views, {} enums, {} functions, in {:.2} s (catalog {:.2} s, generate and write {:.2} s, rest {:.2} s)",
        w.written.len(),
        w.tables,
        w.enums,
        w.functions,
        w.total.as_secs_f64(),
        w.catalog.as_secs_f64(),
        w.generate.as_secs_f64(),
        (w.total - w.catalog - w.generate).as_secs_f64(),
    );
}
