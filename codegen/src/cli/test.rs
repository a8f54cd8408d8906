//! `codegen test`: the project's pgTAP suite.

use super::{finding, load_config, print_event, Args};
use codegen::test_suite::{self, Progress};
use codegen::{Error, Result};
use std::path::{Path, PathBuf};

/// The suite, a line per file, the report; fails when any file fails.
pub async fn run(
    args: &Args,
    database_url: Option<String>,
    dir: &Path,
    paths: &[PathBuf],
    jobs: u16,
    junit: Option<&Path>,
) -> Result<()> {
    let opts = test_suite::Options {
        migrations: dir.to_owned(),
        paths: paths.to_vec(),
        database_url,
        jobs: jobs.into(),
        extensions: load_config(args)?.extensions,
    };
    let mut notify = |p: Progress| match p {
        Progress::Runner(e) => print_event(e),
        Progress::Skipped(path) => eprintln!(
            "warning: skipping {}: the name does not match <number>_<name>.sql",
            path.display()
        ),
        Progress::PgTap(which) => eprintln!("pgTAP: using {which}"),
        Progress::File(r, width) => finding(format_args!("{}", test_suite::file_line(r, width))),
    };
    let report = test_suite::run(&opts, &mut notify).await?;
    finding(format_args!("{}", test_suite::summary(&report).trim_end()));
    if let Some(path) = junit {
        std::fs::write(path, test_suite::junit::render(&report.files))
            .map_err(|e| Error::io(path, e))?;
    }
    if report.passed() {
        return Ok(());
    }
    let failed = report.files.iter().filter(|f| !f.verdict.passed()).count();
    Err(Error::Usage(format!(
        "{failed} of {} test file(s) failed{}",
        report.files.len(),
        if report.bailed_out {
            " (a file bailed out; the files after it were not run)"
        } else {
            ""
        }
    )))
}
