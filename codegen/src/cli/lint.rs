//! `codegen lint` and `codegen check`: the migration checklist, and the
//! one command for CI.

use super::{finding, load_config, options, print_notice, Args};
use codegen::db::Target;
use codegen::job;
use codegen::lint::{Diagnostic, Severity};
use codegen::{Error, Result};
use std::path::Path;

/// `codegen lint --static`: the file rules alone, no database.
pub fn lint_static(args: &Args, dir: &Path, json: bool) -> Result<()> {
    let migrator = job::open_migrator(dir, codegen::migrate::Setup::default(), &mut print_notice)?;
    let config = load_config(args)?;
    let mut diags = codegen::lint::lint_files(&migrator.dir, &migrator.migrations, None)?;
    diags = config.lint.apply(diags);
    codegen::lint::sort(&mut diags);
    report(&diags, json, dir, migrator.migrations.len())
}

/// `codegen lint`: the library runs it on a scratch database, this prints
/// the findings; returns the options and the scratch database (still
/// running) for `check`.
pub async fn lint(args: &Args, dir: &Path, json: bool) -> Result<(job::Options, Target)> {
    let opts = options(args, dir)?;
    let (scratch, migrator, diags) = job::lint(&opts, &mut print_notice).await?;
    report(&diags, json, dir, migrator.migrations.len())?;
    Ok((opts, scratch))
}

/// Prints the findings; errors make the command fail.
fn report(diags: &[Diagnostic], json: bool, dir: &Path, files: usize) -> Result<()> {
    if json {
        finding(format_args!(
            "{}",
            serde_json::to_string_pretty(&diags).expect("diagnostics serialise")
        ));
    } else {
        for d in diags {
            finding(format_args!("{d}"));
        }
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    eprintln!(
        "lint: {} error(s), {} warning(s) in {} migration(s)",
        errors,
        diags.len() - errors,
        files
    );
    if errors > 0 {
        return Err(Error::Usage(format!("{errors} lint error(s) in {}; fix them or accept one on purpose with `-- lint: allow(rule-id)`", dir.display())));
    }
    Ok(())
}

/// `codegen check`: lint, then generated/ against the scratch catalog, then drift.
pub async fn check(args: &Args, dir: &Path) -> Result<()> {
    let (opts, scratch) = lint(args, dir, false).await?;
    let findings = job::check_after_lint(&opts, &scratch).await?;
    let mut problems = Vec::new();
    for p in &findings.stale {
        finding(format_args!("{}: error generated-stale: differs from what the migrations generate; run `cargo run -p codegen`", opts.out.join(p).display()));
    }
    if !findings.stale.is_empty() {
        problems.push(format!("{} stale generated file(s)", findings.stale.len()));
    }
    if let (Some(drift), Some(live_url)) = (&findings.drift, &opts.database_url) {
        for line in drift {
            finding(format_args!(
                "drift {}: {line}",
                codegen::redact::redact(live_url)
            ));
        }
        if !drift.is_empty() {
            problems.push(format!("{} object(s) differ between the database and the migrations (- only from migrations, + only in the database)", drift.len()));
        }
    }
    // The pgTAP suite beside the migrations, on an embedded database of its own.
    if codegen::test_suite::has_default_suite(dir) {
        if let Err(e) = super::test::run(args, None, dir, &[], 1, None).await {
            problems.push(e.to_string());
        }
    }
    if !problems.is_empty() {
        return Err(Error::Usage(format!(
            "check failed: {}",
            problems.join("; ")
        )));
    }
    eprintln!(
        "check: lint clean, generated/ current{}",
        if findings.drift.is_some() {
            ", no drift"
        } else {
            ""
        }
    );
    Ok(())
}
