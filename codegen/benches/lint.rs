//! Static lint benchmark: `codegen lint --static` (squawk's rules and ours,
//! no database) against squawk's own CLI on the same files with the same
//! squawk rules switched on (squawk is told `--exclude` for the rules
//! codegen turns off), whole processes, interleaved rounds: median wall
//! time and median CPU (user + system) of each, and their ratios. squawk
//! comes from PyPI (`pip install squawk-cli==2.70.0`, a native binary);
//! `SQUAWK=/path/to/squawk` picks the binary (else `pyenv which squawk`,
//! else `squawk` on PATH, which may be a shim that adds its own start-up).
//! Without it the rows say "not measured".
//!
//! `cargo bench -p codegen --bench lint`

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 15;

/// Wall time and CPU seconds of one run under GNU time; `None` when it
/// does not exit 0 (clean) or 1 (findings).
fn run(program: &str, args: &[String]) -> Option<(Duration, f64)> {
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%U %S"])
        .arg(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .ok()?;
    let wall = started.elapsed();
    if !matches!(out.status.code(), Some(0 | 1)) {
        return None;
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let cpu: f64 = stderr
        .lines()
        .last()?
        .split_whitespace()
        .filter_map(|n| n.parse::<f64>().ok())
        .sum();
    Some((wall, cpu))
}

/// The squawk binary to time and its version line.
fn squawk() -> Option<(String, String)> {
    let program = std::env::var("SQUAWK").ok().or_else(|| {
        let out = Command::new("pyenv")
            .args(["which", "squawk"])
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    });
    let program = program.unwrap_or_else(|| "squawk".into());
    let out = Command::new(&program).arg("--version").output().ok()?;
    let version = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    out.status.success().then_some((program, version))
}

/// The migration files of `dir` (not seed.sql), sorted.
fn migration_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "sql") && p.file_name().unwrap() != "seed.sql"
        })
        .collect();
    files.sort();
    files
}

/// 25 copies of the platform's files, renumbered: 200 files.
fn two_hundred(platform: &Path, into: &Path) {
    let sources = migration_files(platform);
    assert!(!sources.is_empty(), "the platform migrations are there");
    let mut n = 0;
    for _ in 0..25 {
        for src in &sources {
            n += 1;
            let name = src.file_name().unwrap().to_string_lossy();
            let rest = name.split_once('_').unwrap().1;
            let text = std::fs::read_to_string(src).unwrap();
            std::fs::write(into.join(format!("{n:04}_{rest}")), text).unwrap();
        }
    }
}

fn median_f(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let codegen = env!("CARGO_BIN_EXE_codegen");
    let platform = Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations");
    let many = tempfile::tempdir().unwrap();
    two_hundred(&platform, many.path());
    let squawk = squawk();
    let off: Vec<&str> = codegen::lint::squawk::OFF.iter().map(|r| r.0).collect();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("| files | `codegen lint --static` wall, CPU | squawk wall, CPU | wall ratio | CPU ratio | target |");
    println!("|---|---|---|---|---|---|");
    for (label, dir) in [
        ("8 platform files", platform.clone()),
        ("200 files", many.path().to_owned()),
    ] {
        let files: Vec<String> = migration_files(&dir)
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        let ours_args: Vec<String> = [
            "--migrations",
            &dir.display().to_string(),
            "lint",
            "--static",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut theirs_args = vec![format!("--exclude={}", off.join(","))];
        theirs_args.extend(files);
        let (mut ours, mut theirs) = ((Vec::new(), Vec::new()), (Vec::new(), Vec::new()));
        for _ in 0..ROUNDS {
            let (w, c) = run(codegen, &ours_args).expect("codegen lint --static runs");
            ours.0.push(w);
            ours.1.push(c);
            if let Some((program, _)) = &squawk {
                if let Some((w, c)) = run(program, &theirs_args) {
                    theirs.0.push(w);
                    theirs.1.push(c);
                }
            }
        }
        let (ow, oc) = (common::median(ours.0), median_f(ours.1));
        let ours_cell = format!("{:.0} ms, {:.2} s", ow.as_secs_f64() * 1e3, oc);
        match &squawk {
            Some((_, version)) if theirs.0.len() == ROUNDS => {
                let (tw, tc) = (common::median(theirs.0), median_f(theirs.1));
                // GNU time counts CPU in 10 ms steps: no ratio of a few steps.
                let cpu_ratio = if oc.min(tc) >= 0.05 {
                    format!("{:.2}×", oc / tc)
                } else {
                    "below GNU time's 10 ms steps".into()
                };
                println!(
                    "| {label} | {ours_cell} | {version}: {:.0} ms, {:.2} s | {:.2}× | {cpu_ratio} | wall ≤ 0.8×, CPU ≤ 1.0× |",
                    tw.as_secs_f64() * 1e3,
                    tc,
                    ow.as_secs_f64() / tw.as_secs_f64(),
                );
            }
            _ => println!(
                "| {label} | {ours_cell} | not measured (pip install squawk-cli==2.70.0) | | | |"
            ),
        }
    }
    println!("({cores} cores, medians of {ROUNDS} whole-process runs, interleaved)");
}
