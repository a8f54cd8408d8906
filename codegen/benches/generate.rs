//! Whole-pipeline benchmark: `codegen --database-url URL --out DIR`
//! (introspect + emit + format + write) against `pg_dump -s` on the same
//! synthetic schema, whole processes, in the same run (and once more
//! writing to tmpfs, to show what file creation costs on this disk); then
//! the build time of the crate generated for 100 tables (clean,
//! dependencies built, and incremental), with and without serde, beside
//! sea-orm entities of the same tables built in the same run when
//! `sea-orm-cli` is installed; and generated lines per table.
//!
//! `cargo bench -p codegen --bench generate`; `BENCH_TABLES=100` runs one
//! size only (100 is the one with the build comparison).

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

const ROUNDS: usize = 5;

fn lines(dir: &Path) -> usize {
    let mut n = 0;
    let mut stack = vec![dir.join("src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                n += std::fs::read_to_string(&p).unwrap().lines().count();
            }
        }
    }
    n
}

fn cargo(dir: &Path, target: &Path, args: &[&str], incremental: bool) -> f64 {
    let started = Instant::now();
    let out = Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", if incremental { "1" } else { "0" })
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    started.elapsed().as_secs_f64()
}

/// Build times of the crate `package` in workspace `ws` (dependencies built
/// first, outside the timing): median of three clean `cargo check`s and of
/// three clean builds with CARGO_INCREMENTAL=0, and an incremental rebuild
/// after touching `touch`.
fn build_times(ws: &Path, package: &str, touch: &Path, offline: bool) -> Times {
    let target = ws.join("target");
    let run = |args: &[&str], incremental: bool| {
        let mut args = args.to_vec();
        if offline {
            args.push("--offline");
        }
        cargo(ws, &target, &args, incremental)
    };
    let median3 = |command: &str| {
        run(&[command], false);
        let mut clean = Vec::new();
        for _ in 0..3 {
            run(&["clean", "-p", package], false);
            clean.push(run(&[command], false));
        }
        clean.sort_by(f64::total_cmp);
        clean[1]
    };
    let check = median3("check");
    let clean = median3("build");
    run(&["clean", "-p", package], true);
    run(&["build"], true);
    let text = std::fs::read_to_string(touch).unwrap();
    std::fs::write(touch, format!("{text}\n")).unwrap();
    let incremental = run(&["build"], true);
    Times {
        check,
        clean,
        incremental,
    }
}

/// Seconds: clean `cargo check`, clean build, incremental build.
struct Times {
    check: f64,
    clean: f64,
    incremental: f64,
}

/// A workspace of its own around a copy of `crate_dir`, sharing this
/// workspace's lock file.
fn our_build(workspace: &Path, crate_dir: &Path, name: &str) -> Times {
    let ws = workspace.join("target").join(name);
    let _ = std::fs::remove_dir_all(&ws);
    std::fs::create_dir_all(&ws).unwrap();
    std::fs::write(
        ws.join("Cargo.toml"),
        "[workspace]\nresolver = \"2\"\nmembers = [\"generated\"]\n",
    )
    .unwrap();
    std::fs::copy(workspace.join("Cargo.lock"), ws.join("Cargo.lock")).unwrap();
    let status = Command::new("cp")
        .arg("-r")
        .arg(crate_dir)
        .arg(ws.join("generated"))
        .status()
        .unwrap();
    assert!(status.success());
    build_times(&ws, "generated", &ws.join("generated/src/lib.rs"), true)
}

/// sea-orm entities for the same tables, built with sea-orm, when
/// `sea-orm-cli` is on PATH (`cargo install sea-orm-cli --version 2.0.4`);
/// fetches sea-orm from the registry the first time.
fn sea_orm_build(workspace: &Path, url: &str, serde: bool) -> Option<(Times, usize)> {
    let ws = workspace.join(format!("target/bench-seaorm-{serde}"));
    let _ = std::fs::remove_dir_all(ws.join("src"));
    let mut cmd = Command::new("sea-orm-cli");
    cmd.args(["generate", "entity", "-u", url, "-o"])
        .arg(ws.join("src"));
    if serde {
        cmd.args(["--with-serde", "both"]);
    }
    let out = cmd.output().ok()?;
    if !out.status.success() {
        eprintln!(
            "sea-orm-cli failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    std::fs::write(
        ws.join("Cargo.toml"),
        "[package]\nname = \"entities\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[lib]\npath = \"src/mod.rs\"\n[dependencies]\nsea-orm = { version = \"2.0.4\", default-features = false, features = [\"sqlx-postgres\", \"runtime-tokio\", \"macros\", \"with-json\", \"with-chrono\", \"with-rust_decimal\", \"with-uuid\", \"postgres-array\"] }\nserde = { version = \"1\", features = [\"derive\"] }\n[workspace]\n",
    )
    .unwrap();
    let times = build_times(&ws, "entities", &ws.join("src/mod.rs"), false);
    Some((times, lines(&ws)))
}

fn pipeline(codegen: &str, url: &str, out: &Path, empty: &Path) -> (f64, u64, f64) {
    // Each round writes everything, into a directory of its own that no
    // earlier round used: removing the last round's files first would time
    // ext4 passing over inodes freed moments ago (it does not reuse them
    // for a minute: seconds of kernel time for 1,000 files on this disk),
    // which no user's run meets. The rounds' directories go at the end.
    let rounds = out.with_extension("rounds");
    let mut round = 0;
    let (wall, rss, cpu) = common::repeat(ROUNDS, || {
        round += 1;
        let dir = rounds.join(format!("{round}-{}", std::process::id()));
        let args = [
            "--database-url",
            url,
            "--migrations",
            empty.to_str().unwrap(),
            "--out",
            dir.to_str().unwrap(),
        ];
        common::timed_cpu(codegen, &args)
    });
    let _ = std::fs::remove_dir_all(out);
    std::fs::rename(rounds.join(format!("{round}-{}", std::process::id())), out).unwrap();
    (wall.as_secs_f64(), rss, cpu)
}

#[tokio::main]
async fn main() {
    let (_embedded, server) = common::server();
    let codegen = env!("CARGO_BIN_EXE_codegen");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap();
    let empty = tempfile::tempdir().unwrap();
    let sizes: Vec<usize> = match std::env::var("BENCH_TABLES") {
        Ok(n) => vec![n.parse().expect("BENCH_TABLES is a number of tables")],
        Err(_) => vec![100, 1000],
    };
    for &tables in &sizes {
        let url = common::synthetic_db(&server, tables).await;
        let out = workspace.join(format!("target/bench-generated-{tables}"));
        let (ours, rss, cpu) = pipeline(codegen, &url, &out, empty.path());
        let (dump, dump_rss, dump_cpu) =
            common::repeat(ROUNDS, || common::timed_cpu("pg_dump", &["-s", "-d", &url]));
        let dump = dump.as_secs_f64();
        let generated = lines(&out);
        println!("{tables} tables, median of {ROUNDS} whole-process runs:");
        println!(
            "  codegen (introspect+emit+format+write): {:>8.1} ms, CPU {:.2} s, peak RSS {rss} KiB",
            ours * 1e3,
            cpu
        );
        println!(
            "  pg_dump -s                            : {:>8.1} ms, CPU {:.2} s, peak RSS {dump_rss} KiB",
            dump * 1e3,
            dump_cpu
        );
        println!(
            "  ratios                                : wall {:.2}x (target <= 0.7x), CPU {:.2}x (target <= 1.5x), peak RSS {:.2}x (target <= 1.0x)",
            ours / dump,
            cpu / dump_cpu,
            rss as f64 / dump_rss as f64
        );
        // The same run into memory: what creating the files costs on this disk.
        let shm = Path::new("/dev/shm");
        if shm.is_dir() {
            let mem = shm.join(format!("codegen-bench-{tables}"));
            let (in_memory, _, _) = pipeline(codegen, &url, &mem, empty.path());
            let _ = std::fs::remove_dir_all(&mem);
            let _ = std::fs::remove_dir_all(mem.with_extension("rounds"));
            println!(
                "  codegen writing to tmpfs              : {:>8.1} ms ({:.2}x pg_dump -s)",
                in_memory * 1e3,
                in_memory / dump
            );
        }
        println!(
            "  generated: {generated} lines, {:.0} lines per table",
            generated as f64 / tables as f64
        );

        if tables == 100 {
            let ours = our_build(&workspace, &out, "bench-build");
            let config = empty.path().join("codegen.toml");
            std::fs::write(&config, "serde = false\n").unwrap();
            let bare = workspace.join("target/bench-generated-100-no-serde");
            let _ = std::fs::remove_dir_all(&bare);
            common::timed(
                codegen,
                &[
                    "--database-url",
                    &url,
                    "--migrations",
                    empty.path().to_str().unwrap(),
                    "--config",
                    config.to_str().unwrap(),
                    "--out",
                    bare.to_str().unwrap(),
                ],
            );
            let bare = our_build(&workspace, &bare, "bench-build-bare");
            println!("  the generated crate alone, debug, dependencies built (clean: median of 3 with CARGO_INCREMENTAL=0):");
            let show = |what: &str, t: &Times| {
                println!(
                    "    {what:<46}: check {:.1} s, build {:.1} s, incremental build {:.1} s",
                    t.check, t.clean, t.incremental
                )
            };
            show("ours, default (serde on row and insert structs)", &ours);
            show("ours, serde = false", &bare);
            let sea = sea_orm_build(&workspace, &url, false);
            let sea_serde = sea_orm_build(&workspace, &url, true);
            match (sea, sea_serde) {
                (Some((sea, lines)), Some((sea_serde, _))) => {
                    show(&format!("sea-orm entities ({lines} lines), same run"), &sea);
                    show("sea-orm entities --with-serde both", &sea_serde);
                    let ratio = |a: &Times, b: &Times| {
                        format!(
                            "check {:.2}x, build {:.2}x, incremental {:.2}x",
                            a.check / b.check,
                            a.clean / b.clean,
                            a.incremental / b.incremental
                        )
                    };
                    println!("    ratios, like for like (targets: check <= 0.4x, build <= 0.5x):");
                    println!("      no serde  : {}", ratio(&bare, &sea));
                    println!("      with serde: {}", ratio(&ours, &sea_serde));
                }
                _ => {
                    println!("    sea-orm entities: not measured (sea-orm-cli missing or failed: cargo install sea-orm-cli --version 2.0.4)");
                    println!("    ratios: not measured");
                }
            }
        }
    }
    // Removed last, so that no round of this run met their freed inodes.
    for tables in sizes {
        let out = workspace.join(format!("target/bench-generated-{tables}"));
        let _ = std::fs::remove_dir_all(out.with_extension("rounds"));
    }
}
