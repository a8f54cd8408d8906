//! pg_prove's report: a line per file, the failures, the totals.

use super::{FileResult, Report};

/// pg_prove's line for a file: `path .. ok`, `path .. Failed 2/5 subtests`,
/// its dots padded to `width` (the longest name of the run) as pg_prove pads them.
pub fn file_line(r: &FileResult, width: usize) -> String {
    let v = &r.verdict;
    let dots = ".".repeat((width + 2).saturating_sub(r.display.chars().count()).max(2));
    let head = format!("{} {dots} ", r.display);
    if let Some(reason) = &v.skipped_all {
        if v.passed() {
            return if reason.is_empty() {
                format!("{head}skipped")
            } else {
                format!("{head}skipped: {reason}")
            };
        }
    }
    if v.passed() {
        return format!("{head}ok");
    }
    let run = r.tap.assertions.len();
    let mut out = head;
    // pg_prove ends the line there and says why on the next ones.
    for e in &v.errors {
        if e.starts_with("Dubious") {
            out.push('\n');
            out.push_str(e);
            out.push('\n');
        }
    }
    match &r.tap.plan {
        Some(p) => {
            let missing = (p.count as usize).saturating_sub(run);
            out.push_str(&format!(
                "Failed {}/{} subtests",
                v.failed.len() + missing,
                p.count
            ));
        }
        None if run == 0 => out.push_str("No subtests run"),
        None => out.push_str(&format!("Failed {}/{run} subtests", v.failed.len())),
    }
    out
}

/// The report after the file lines: the failures, with each failed
/// assertion's diagnostics and psql's errors, then the totals.
pub fn summary(report: &Report) -> String {
    let mut out = String::new();
    let failed: Vec<&FileResult> = report
        .files
        .iter()
        .filter(|f| !f.verdict.passed())
        .collect();
    if !failed.is_empty() {
        out.push_str("\nTest Summary Report\n-------------------\n");
        for f in failed {
            let wstat = f.exit.map_or(0, |c| c << 8);
            out.push_str(&format!(
                "{} (Wstat: {wstat} Tests: {} Failed: {})\n",
                f.display,
                f.tap.assertions.len(),
                f.verdict.failed.len()
            ));
            if !f.verdict.failed.is_empty() {
                let list: Vec<String> = f.verdict.failed.iter().map(u32::to_string).collect();
                out.push_str(&format!(
                    "  Failed test{}:  {}\n",
                    if list.len() == 1 { "" } else { "s" },
                    list.join(", ")
                ));
            }
            for e in &f.verdict.errors {
                out.push_str(&format!("  {e}\n"));
            }
            for a in f.tap.assertions.iter().filter(|a| a.failed()) {
                out.push_str(&format!("  not ok {} - {}\n", a.number, a.description));
                for d in &a.diagnostics {
                    out.push_str(&format!("    # {d}\n"));
                }
            }
            for line in f.stderr.lines().filter(|l| !l.trim().is_empty()) {
                if line.contains("NOTICE:") {
                    continue;
                }
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    if report.bailed_out {
        out.push_str("Bailout called.  Further testing stopped.\n");
    }
    out.push_str(&format!(
        "Files={}, Tests={}, {:.2} wallclock secs\nResult: {}\n",
        report.files.len(),
        report.tests(),
        report.elapsed.as_secs_f64(),
        if report.passed() { "PASS" } else { "FAIL" }
    ));
    out
}
