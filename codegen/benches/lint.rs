//! Static lint benchmark: `codegen lint --static` (squawk's rules and ours,
//! no database) against squawk's own CLI on the same files, whole processes,
//! interleaved rounds, medians and their ratio. squawk comes from PyPI
//! (`pip install squawk-cli`); without it the ratio is "not measured".
//!
//! `cargo bench -p codegen --bench lint`

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 15;

/// Wall time of one run; the exit status is not asked (findings exit 1).
fn run(program: &str, args: &[String]) -> Option<Duration> {
    let started = Instant::now();
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    // 0 clean, 1 findings; anything else (2: usage, signals) is a failure.
    matches!(status.code(), Some(0 | 1)).then(|| started.elapsed())
}

fn main() {
    let codegen = env!("CARGO_BIN_EXE_codegen");
    let platform = Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations");
    // The platform's 8 files, and 25 copies of them (200 files).
    let many = tempfile::tempdir().unwrap();
    let mut sources: Vec<_> = std::fs::read_dir(&platform)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "sql") && p.file_name().unwrap() != "seed.sql"
        })
        .collect();
    sources.sort();
    assert!(!sources.is_empty(), "the platform migrations are there");
    let mut n = 0;
    for _ in 0..25 {
        for src in &sources {
            n += 1;
            let name = src.file_name().unwrap().to_string_lossy();
            let rest = name.split_once('_').unwrap().1;
            let text = std::fs::read_to_string(src).unwrap();
            std::fs::write(many.path().join(format!("{n:04}_{rest}")), text).unwrap();
        }
    }
    for (label, dir) in [
        ("8 platform files", platform.clone()),
        ("200 files", many.path().to_owned()),
    ] {
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "sql") && p.file_name().unwrap() != "seed.sql"
            })
            .map(|p| p.display().to_string())
            .collect();
        files.sort();
        let ours_args: Vec<String> = [
            "--migrations",
            &dir.display().to_string(),
            "lint",
            "--static",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            ours.push(run(codegen, &ours_args).expect("codegen lint --static runs"));
            if let Some(d) = run("squawk", &files) {
                theirs.push(d);
            }
        }
        let ours = common::median(ours);
        println!("{label}, median of {ROUNDS} whole-process runs:");
        println!(
            "  codegen lint --static : {:>8.1} ms",
            ours.as_secs_f64() * 1e3
        );
        if theirs.len() == ROUNDS {
            let theirs = common::median(theirs);
            println!(
                "  squawk                : {:>8.1} ms",
                theirs.as_secs_f64() * 1e3
            );
            println!(
                "  ratio                 : {:.2}x (target <= 1.5x)",
                ours.as_secs_f64() / theirs.as_secs_f64()
            );
        } else {
            println!("  squawk                : not measured (install it: pip install squawk-cli)");
        }
    }
}
