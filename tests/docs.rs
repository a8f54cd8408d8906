//! The README and docs/ stay true: links resolve, every page is in the book's
//! SUMMARY.md, the README stays one page, and every shell, Rust and TOML
//! example either runs here or says next to it why it cannot.
//!
//! The convention, on the line right before a fence (a blank line between is
//! allowed):
//!
//! - `<!-- test -->` before a ```sh block: the block runs (bash, `set -euo
//!   pipefail`) in a scratch copy of the workspace's `migrations/`,
//!   `queries/`, `generated/` and `codegen.toml`, with `codegen` on `PATH`
//!   and `DATABASE_URL` a fresh database; a page's blocks run in order,
//!   sharing that directory and database. Before a ```toml block: it parses
//!   as a `codegen.toml`.
//! - `<!-- test: tests/examples/NAME.rs -->` before a ```rust block: the
//!   block is that file, a workspace example (so `cargo test` and clippy
//!   build it), and it runs, in page order, against the page's database.
//! - `<!-- not run: REASON -->`: the block is not run, for the reason given.
//!
//! ```sql and plain ``` blocks (SQL fragments, command output) need no mark.

use codegen::config::Config;
use std::path::{Path, PathBuf};
use std::process::Command;
use tests::*;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// README.md and every page of docs/, as (path relative to the workspace, text).
fn pages() -> Vec<(PathBuf, String)> {
    let root = workspace();
    let mut paths = vec![PathBuf::from("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| Path::new("docs").join(p.file_name().unwrap()))
        .collect();
    docs.sort();
    paths.extend(docs);
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(root.join(&p)).unwrap();
            (p, text)
        })
        .collect()
}

/// A fenced block: its info string, body, 1-based line of the fence and the
/// mark before it (the HTML comment on the nearest non-blank line above).
struct Block {
    lang: String,
    body: String,
    line: usize,
    mark: Option<String>,
}

/// The fenced blocks of a page, and its text outside them.
fn split(text: &str) -> (Vec<Block>, String) {
    let mut blocks = Vec::new();
    let mut prose = String::new();
    let mut open: Option<Block> = None;
    let mut last_nonblank = String::new();
    for (i, line) in text.lines().enumerate() {
        match &mut open {
            Some(block) => {
                if line.trim_start() == "```" {
                    blocks.push(open.take().unwrap());
                    last_nonblank.clear();
                } else {
                    block.body.push_str(line);
                    block.body.push('\n');
                }
            }
            None => {
                if let Some(info) = line.trim_start().strip_prefix("```") {
                    let mark = last_nonblank
                        .trim()
                        .strip_prefix("<!--")
                        .and_then(|m| m.strip_suffix("-->"))
                        .map(|m| m.trim().to_owned());
                    open = Some(Block {
                        lang: info.trim().to_owned(),
                        body: String::new(),
                        line: i + 1,
                        mark,
                    });
                } else {
                    prose.push_str(line);
                    prose.push('\n');
                    if !line.trim().is_empty() {
                        last_nonblank = line.to_owned();
                    }
                }
            }
        }
    }
    assert!(open.is_none(), "an unclosed fence");
    (blocks, prose)
}

/// The targets of the Markdown links of some prose, inline code left out.
fn links(prose: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in prose.lines() {
        // Drop inline code spans: `[x](y)` inside backticks is not a link.
        let text: String = line
            .split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, s)| s)
            .collect::<Vec<_>>()
            .join(" ");
        let mut rest = text.as_str();
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            out.push(after[..end].to_owned());
            rest = &after[end..];
        }
    }
    out
}

#[test]
fn relative_links_point_at_files_that_exist() {
    let root = workspace();
    let mut broken = Vec::new();
    for (page, text) in pages() {
        let (_, prose) = split(&text);
        for target in links(&prose) {
            if target.contains("://") || target.starts_with("mailto:") || target.starts_with('#') {
                continue;
            }
            let path = target.split('#').next().unwrap();
            let resolved = root.join(page.parent().unwrap()).join(path);
            if !resolved.exists() {
                broken.push(format!("{}: {target}", page.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn every_docs_page_is_in_the_summary() {
    let summary = std::fs::read_to_string(workspace().join("docs/SUMMARY.md")).unwrap();
    assert_eq!(summary.lines().next(), Some("# Summary"), "mdBook's title");
    let listed = links(&summary);
    for line in summary.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let item = line.trim_start().strip_prefix("- ").unwrap_or(line);
        assert!(
            item.starts_with('[') && item.ends_with(".md)"),
            "SUMMARY.md: not `- [Title](file.md)`: {line}"
        );
    }
    for (page, _) in pages() {
        if page.starts_with("docs") && page != Path::new("docs/SUMMARY.md") {
            let name = page.file_name().unwrap().to_str().unwrap();
            assert!(
                listed.iter().any(|l| l == name),
                "{name} is not listed in docs/SUMMARY.md"
            );
        }
    }
}

#[test]
fn the_readme_is_one_page() {
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(lines <= 250, "README.md has {lines} lines (at most 250)");
}

#[test]
fn every_example_block_is_run_or_says_why_not() {
    let mut problems = Vec::new();
    for (page, text) in pages() {
        let (blocks, _) = split(&text);
        for b in blocks {
            if !["sh", "rust", "toml"].contains(&b.lang.as_str()) {
                continue;
            }
            let at = format!("{}:{} (```{})", page.display(), b.line, b.lang);
            match b.mark.as_deref() {
                Some(m) if m.starts_with("not run:") => {
                    if m["not run:".len()..].split_whitespace().count() < 3 {
                        problems.push(format!("{at}: `not run:` needs a reason"));
                    }
                }
                Some("test") if b.lang != "rust" => {}
                Some(m) if b.lang == "rust" && m.starts_with("test:") => {
                    let file = m["test:".len()..].trim();
                    match std::fs::read_to_string(workspace().join(file)) {
                        Ok(source) if source == b.body => {}
                        Ok(_) => problems.push(format!("{at}: differs from {file}")),
                        Err(e) => problems.push(format!("{at}: {file}: {e}")),
                    }
                    if !(file.starts_with("tests/examples/") && file.ends_with(".rs")) {
                        problems.push(format!("{at}: {file} is not tests/examples/NAME.rs"));
                    }
                }
                other => problems.push(format!(
                    "{at}: marked {other:?}; want <!-- test -->, <!-- test: tests/examples/NAME.rs --> (rust) or <!-- not run: reason -->"
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn toml_examples_parse_as_codegen_toml() {
    for (page, text) in pages() {
        for b in split(&text).0 {
            if b.lang == "toml" && b.mark.as_deref() == Some("test") {
                if let Err(e) = Config::parse(&b.body, &page) {
                    panic!("{}:{}: {e}", page.display(), b.line);
                }
            }
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The README's tour program, compiled into this test as it is into the
/// `tour` example: it runs here without another cargo build.
mod tour {
    include!("examples/tour.rs");
    pub fn run() -> Result<(), Box<dyn std::error::Error>> {
        main()
    }
}

/// Runs a Rust example (by its file) against `url`, on a thread of its own
/// (it starts its own runtime): stdout is the program's, the error its own.
fn run_example(file: &str, url: &str) -> Result<(), String> {
    let run = match file {
        "tests/examples/tour.rs" => tour::run,
        other => {
            return Err(format!(
                "{other}: add it to the examples tests/docs.rs runs"
            ))
        }
    };
    // The example reads DATABASE_URL, as an application does; no other test
    // of this file reads it.
    std::env::set_var("DATABASE_URL", url);
    std::thread::spawn(move || run().map_err(|e| e.to_string()))
        .join()
        .map_err(|_| "the example panicked".to_owned())?
}

#[tokio::test]
async fn runnable_examples_run() {
    assert!(
        codegen_bin().is_file(),
        "run `cargo build -p codegen` first"
    );
    let path = format!(
        "{}:{}",
        codegen_bin().parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let root = workspace();
    let mut ran = 0;
    for (page, text) in pages() {
        let runnable: Vec<Block> = split(&text)
            .0
            .into_iter()
            .filter(|b| match b.mark.as_deref() {
                Some("test") => b.lang == "sh",
                Some(m) => b.lang == "rust" && m.starts_with("test:"),
                None => false,
            })
            .collect();
        if runnable.is_empty() {
            continue;
        }
        let db = TestDb::new().await;
        let scratch = tempfile::tempdir().unwrap();
        for dir in ["migrations", "queries", "generated"] {
            copy_dir(&root.join(dir), &scratch.path().join(dir));
        }
        std::fs::copy(
            root.join("codegen.toml"),
            scratch.path().join("codegen.toml"),
        )
        .unwrap();
        // The workspace root codegen finds: a folder with migrations/ and Cargo.toml.
        std::fs::write(scratch.path().join("Cargo.toml"), "").unwrap();
        for b in runnable {
            let at = format!("{}:{}", page.display(), b.line);
            if b.lang == "rust" {
                let file = b.mark.as_deref().unwrap()["test:".len()..].trim();
                if let Err(e) = run_example(file, &db.url) {
                    panic!("{at}: {file} fails: {e}");
                }
                ran += 1;
                continue;
            }
            let out = Command::new("bash")
                .args(["-euo", "pipefail", "-c", &b.body])
                .current_dir(scratch.path())
                .env("PATH", &path)
                .env("DATABASE_URL", &db.url)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{at}: the example fails:\n{}\nstdout:\n{}\nstderr:\n{}",
                b.body,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            ran += 1;
        }
    }
    assert!(ran >= 5, "only {ran} examples ran");
}
