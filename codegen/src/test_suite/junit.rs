//! JUnit XML of a test run: one `<testsuite>` per file, one `<testcase>`
//! per assertion, and one more `<testcase>` (with `<error>`) per problem of
//! the file itself (no plan, a bad plan, psql's error exit, a bail out).

use super::FileResult;
use std::fmt::Write;

/// Escapes text for XML content and attribute values; characters XML 1.0
/// cannot hold (control characters but tab, newline, carriage return) are
/// written as `\u{..}`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// The whole document.
pub fn render(results: &[FileResult]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let total: usize = results.iter().map(cases).sum();
    let failures: usize = results.iter().map(|r| r.verdict.failed.len()).sum();
    let errors: usize = results.iter().map(|r| r.verdict.errors.len()).sum();
    let time: f64 = results.iter().map(|r| r.elapsed.as_secs_f64()).sum();
    let _ = writeln!(
        out,
        "<testsuites name=\"codegen test\" tests=\"{total}\" failures=\"{failures}\" errors=\"{errors}\" time=\"{time:.3}\">"
    );
    for r in results {
        let name = escape(&r.display);
        let tests = cases(r);
        let _ = writeln!(
            out,
            "  <testsuite name=\"{name}\" tests=\"{tests}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{:.3}\">",
            r.verdict.failed.len(),
            r.verdict.errors.len(),
            r.tap
                .assertions
                .iter()
                .filter(|a| matches!(a.directive, Some(super::tap::Directive::Skip(_))))
                .count()
                + usize::from(r.verdict.skipped_all.is_some()),
            r.elapsed.as_secs_f64()
        );
        if let Some(reason) = &r.verdict.skipped_all {
            let _ = writeln!(
                out,
                "    <testcase classname=\"{name}\" name=\"(all)\"><skipped message=\"{}\"/></testcase>",
                escape(reason)
            );
        }
        for a in &r.tap.assertions {
            let case = escape(&format!("{} - {}", a.number, a.description));
            let _ = write!(out, "    <testcase classname=\"{name}\" name=\"{case}\"");
            let details = escape(&a.diagnostics.join("\n"));
            match &a.directive {
                Some(super::tap::Directive::Skip(why)) => {
                    let _ = writeln!(out, "><skipped message=\"{}\"/></testcase>", escape(why));
                }
                _ if a.failed() => {
                    let _ = writeln!(
                        out,
                        "><failure message=\"{}\">{details}</failure></testcase>",
                        escape(&format!("not ok {} - {}", a.number, a.description))
                    );
                }
                _ => {
                    let _ = writeln!(out, "/>");
                }
            }
        }
        for e in &r.verdict.errors {
            let _ = writeln!(
                out,
                "    <testcase classname=\"{name}\" name=\"{}\"><error message=\"{}\">{}</error></testcase>",
                escape(&format!("(file) {e}")),
                escape(e),
                escape(r.stderr.trim())
            );
        }
        let _ = writeln!(
            out,
            "    <system-out>{}</system-out>\n  </testsuite>",
            escape(&r.stdout)
        );
    }
    out.push_str("</testsuites>\n");
    out
}

/// How many `<testcase>` elements a file gets.
fn cases(r: &FileResult) -> usize {
    r.tap.assertions.len() + r.verdict.errors.len() + usize::from(r.verdict.skipped_all.is_some())
}
