//! Whole-pipeline benchmark: `codegen --database-url URL --out DIR`
//! (introspect + emit + format + write) against `pg_dump -s` on the same
//! synthetic schema, whole processes, in the same run; then the build time
//! of the crate generated for 100 tables (clean, dependencies built, and
//! incremental) and generated lines per table.
//!
//! `cargo bench -p codegen --bench generate`

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

#[tokio::main]
async fn main() {
    let (_embedded, server) = common::server();
    let codegen = env!("CARGO_BIN_EXE_codegen");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap();
    let empty = tempfile::tempdir().unwrap();
    for tables in [100, 1000] {
        let url = common::synthetic_db(&server, tables).await;
        let out = workspace.join(format!("target/bench-generated-{tables}"));
        let _ = std::fs::remove_dir_all(&out);
        let args = [
            "--database-url",
            &url,
            "--migrations",
            empty.path().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        // Each round rewrites everything: the output directory is removed first.
        let mut times = Vec::new();
        let mut rss = 0;
        for _ in 0..ROUNDS {
            let _ = std::fs::remove_dir_all(&out);
            let (d, r) = common::timed(codegen, &args);
            times.push(d);
            rss = rss.max(r);
        }
        let ours = common::median(times);
        let (dump, _) = common::measure(ROUNDS, "pg_dump", &["-s", "-d", &url]);
        let generated = lines(&out);
        println!("{tables} tables, median of {ROUNDS} whole-process runs:");
        println!(
            "  codegen (introspect+emit+format+write): {:>8.1} ms, peak RSS {rss} KiB",
            ours.as_secs_f64() * 1e3
        );
        println!(
            "  pg_dump -s                            : {:>8.1} ms",
            dump.as_secs_f64() * 1e3
        );
        println!(
            "  ratio                                 : {:.2}x (target <= 1.0x)",
            ours.as_secs_f64() / dump.as_secs_f64()
        );
        println!(
            "  generated: {generated} lines, {:.0} lines per table",
            generated as f64 / tables as f64
        );

        if tables == 100 {
            // A workspace of its own, sharing this workspace's lock file; its
            // own target dir so dependencies are built once, outside the timing.
            let ws = workspace.join("target/bench-build");
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
                .arg(&out)
                .arg(ws.join("generated"))
                .status()
                .unwrap();
            assert!(status.success());
            let target = ws.join("target");
            cargo(&ws, &target, &["build", "--offline"], false);
            cargo(
                &ws,
                &target,
                &["clean", "--offline", "-p", "generated"],
                false,
            );
            let clean = cargo(&ws, &target, &["build", "--offline"], false);
            cargo(
                &ws,
                &target,
                &["clean", "--offline", "-p", "generated"],
                true,
            );
            cargo(&ws, &target, &["build", "--offline"], true);
            let lib = ws.join("generated/src/lib.rs");
            let text = std::fs::read_to_string(&lib).unwrap();
            std::fs::write(&lib, format!("{text}\n")).unwrap();
            let incremental = cargo(&ws, &target, &["build", "--offline"], true);
            println!("  build of the generated crate (debug, dependencies built): clean {clean:.1} s (CARGO_INCREMENTAL=0), incremental {incremental:.1} s");
            println!("  reference, sea-orm entities for the same 100 tables (../shared/bench/README.md): 9.4 s clean, 3.0 s incremental");
            println!(
                "  ratio against that reference: clean {:.2}x, incremental {:.2}x (target <= 0.5x)",
                clean / 9.4,
                incremental / 3.0
            );
        }
    }
}
