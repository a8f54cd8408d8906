//! Hostile cases: the command line. Every error is one sentence naming the
//! file, line or object, with a non-zero exit.
use std::path::Path;
use std::process::{Command, Output, Stdio};
use tests::*;

/// `codegen ARGS --migrations DIR` with no DATABASE_URL, TMPDIR in `tmp`
/// (where the embedded cluster lives), stdout as given.
fn run_in(tmp: &Path, dir: &Path, args: &[&str], stdout: Stdio) -> Output {
    Command::new(codegen_bin())
        .arg("--migrations")
        .arg(dir)
        .args(args)
        .env_remove("DATABASE_URL")
        .env("TMPDIR", tmp)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A file every file rule finds errors in.
const BAD: &str = "CREATE TABLE public.t (id int);\n";

/// `codegen lint | head`: the findings still fail the command when stdout
/// closes before they are printed (a closed pipe on a clean run stays a
/// quiet success: `a_closed_pipe_is_a_quiet_exit`).
#[test]
fn lint_findings_fail_the_command_when_stdout_closes() {
    let dir = migrations_dir(&[("001_a.sql", BAD), ("002_b.sql", BAD)]);
    let tmp = tempfile::tempdir().unwrap();
    for args in [&["lint", "--static"][..], &["lint", "--static", "--json"]] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = run_in(tmp.path(), dir.path(), args, writer.into());
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(err.contains(" lint error(s) in "), "{err}");
    }
}

/// 20,000 nested parentheses or `ARRAY[`, or 50,000 `NOT`, overflowed the
/// linter's stack (exit 134) and left the embedded cluster of a full lint
/// running: now one sentence naming file:line, and no cluster left. A long
/// right-nested operator chain, which passes the depth check, parses on a
/// stack sized for it.
#[test]
fn lint_refuses_nesting_too_deep_for_its_parser() {
    let n = 20_000;
    let cases = [
        format!("SELECT {}1{};\n", "(".repeat(n), ")".repeat(n)),
        format!("SELECT {}1{};\n", "ARRAY[".repeat(n), "]".repeat(n)),
        format!("SELECT {}true;\n", "NOT ".repeat(50_000)),
        format!("SELECT {}1;\n", "- ".repeat(n)),
        format!(
            "SELECT 1;\n-- Rollback:\n-- SELECT {}1{};\n",
            "(".repeat(n),
            ")".repeat(n)
        ),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (i, sql) in cases.iter().enumerate() {
        let dir = migrations_dir(&[("001_ok.sql", "SELECT 1;\n"), ("002_deep.sql", sql)]);
        let full = i == 0;
        let args: &[&str] = if full {
            &["lint"]
        } else {
            &["lint", "--static"]
        };
        let out = run_in(tmp.path(), dir.path(), args, Stdio::piped());
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "case {i}: {err}");
        let line = if i == 4 { 2 } else { 1 };
        assert!(
            err.contains(&format!("002_deep.sql:{line}:"))
                && err.contains("nests deeper than 1000 levels"),
            "case {i}: {err}"
        );
        assert_eq!(err.trim().lines().count(), 1, "case {i}: {err}");
        assert!(
            cluster_dirs(tmp.path()).is_empty(),
            "case {i}: a cluster is left"
        );
    }
    let chain = format!("SELECT 1{};\n", " = 1".repeat(30_000));
    let dir = migrations_dir(&[("001_chain.sql", &chain)]);
    let out = run_in(
        tmp.path(),
        dir.path(),
        &["lint", "--static"],
        Stdio::piped(),
    );
    let err = stderr(&out);
    assert!(
        out.status.code().is_some() && !err.contains("overflow"),
        "{err}"
    );
}

/// PostgreSQL stores a view nested 5,000 levels deep; reading its query
/// tree (for nullability) overflowed the stack. Now the deep part is
/// unknown, so its column is nullable.
#[tokio::test]
async fn a_view_nested_thousands_deep_is_read() {
    let db = TestDb::new().await;
    let view = format!(
        "CREATE VIEW public.deep AS SELECT {}true AS x, 1 AS y;",
        "NOT ".repeat(5_000)
    );
    exec(&db.url, &view).await;
    let dir = migrations_dir(&[]);
    let (ok, out, err) = cli(&db.url, dir.path(), &["introspect", "--json"]);
    assert!(ok, "{err}");
    assert!(out.contains("\"deep\""), "{out}");
}

/// A migration version longer than a u64 was skipped as "the name does not
/// match"; now it is an error naming the file, and nothing runs.
#[test]
fn a_version_too_long_is_an_error_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = migrations_dir(&[("123456789012345678901234_x.sql", "SELECT 1;\n")]);
    let out = run_in(
        tmp.path(),
        dir.path(),
        &["lint", "--static"],
        Stdio::piped(),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("123456789012345678901234_x.sql is not a migration file name (its version has 24 digits"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // Leading zeros do not count: this is version 1.
    let dir = migrations_dir(&[("0000000000000000000000001_x.sql", "SELECT 1;\n")]);
    let out = run_in(
        tmp.path(),
        dir.path(),
        &["lint", "--static"],
        Stdio::piped(),
    );
    assert!(!stderr(&out).contains("digits"), "{}", stderr(&out));
}

/// Runs `command` for at most 30 s; `None` when it hung (it is killed).
fn bounded(mut command: Command) -> Option<Output> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if wait_until(|| child.try_wait().unwrap().is_some()) {
        return Some(child.wait_with_output().unwrap());
    }
    child.kill().unwrap();
    child.wait().unwrap();
    None
}

fn mkfifo(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

/// A named pipe named like a migration (or as a function, `seed.sql` or a
/// query) blocked `migrate status` for good; now it is refused, by its
/// metadata, before it is opened.
#[tokio::test]
async fn a_named_pipe_among_the_sql_files_is_refused() {
    let db = TestDb::new().await;
    for fifo in [
        "002_x.sql",
        "functions/f.sql",
        "seed.sql",
        "notes.txt",
        "q/get.sql",
    ] {
        let dir = migrations_dir(&[("m/001_a.sql", "SELECT 1;\n")]);
        mkfifo(&dir.path().join(if fifo.starts_with("q/") {
            fifo.into()
        } else {
            format!("m/{fifo}")
        }));
        let mut command = Command::new(codegen_bin());
        command
            .args(["--database-url", &db.url, "--migrations"])
            .arg(dir.path().join("m"))
            .arg("--queries")
            .arg(dir.path().join("q"));
        if fifo.starts_with("q/") {
            command.arg("--out").arg(dir.path().join("out"));
        } else {
            command.args(["migrate", "status"]);
        }
        let out = bounded(command).unwrap_or_else(|| panic!("{fifo}: codegen hung"));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{fifo}: {err}");
        let name = Path::new(fifo).file_name().unwrap().to_str().unwrap();
        assert!(
            err.contains(&format!(
                "{name} is a named pipe (FIFO), not a regular file"
            )),
            "{fifo}: {err}"
        );
    }
}

/// Every `///` block of the Rust files under `dir`, as one file of
/// documented items.
fn doc_blocks(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            doc_blocks(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut open = false;
        for line in text.lines() {
            let doc = line.trim_start().strip_prefix("///");
            match doc {
                Some(d) => out.push_str(&format!("///{d}\n")),
                None if open => out.push_str(&format!("pub struct S{};\n", out.len())),
                None => {}
            }
            open = doc.is_some();
        }
    }
}

/// SQL comments (and a default, a policy) with Markdown code blocks were
/// copied into `///` docs of the generated crate: doctests `cargo test`
/// ran. rustdoc finds no test in any doc of the generated files.
#[tokio::test]
async fn database_text_never_becomes_a_doctest() {
    let db = TestDb::new().await;
    exec(
        &db.url,
        r#"
CREATE TABLE public.notes (
  id int PRIMARY KEY,
  body text NOT NULL DEFAULT E'a\n```\npanic!("default")\n```',
  "odd
```
name" int
);
COMMENT ON TABLE public.notes IS E'Notes.\n\n```\npanic!("fence");\n```\n\n~~~\npanic!("tilde");\n~~~';
COMMENT ON COLUMN public.notes.id IS E'Id.\n\n    panic!("indented");\n\n> ```\n> panic!("quoted");\n> ```\n\n-     panic!("list");';
COMMENT ON COLUMN public.notes.body IS E'\tpanic!("tab");';
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY "p
```
x" ON public.notes USING (true);
"#,
    )
    .await;
    let dir = migrations_dir(&[]);
    let out = tempfile::tempdir().unwrap();
    let crate_dir = out.path().join("db");
    let (ok, _, err) = cli(
        &db.url,
        dir.path(),
        &["--out", crate_dir.to_str().unwrap(), "--schema", "public"],
    );
    assert!(ok, "{err}");
    let mut docs = String::new();
    doc_blocks(&crate_dir.join("src"), &mut docs);
    assert!(docs.contains("panic!(\"fence\")"), "{docs}");
    let lib = out.path().join("docs.rs");
    std::fs::write(&lib, &docs).unwrap();
    let test = Command::new("rustdoc")
        .args(["--test", "--edition", "2021", "--crate-name", "docs"])
        .arg(&lib)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&test.stdout);
    assert!(stdout.contains("running 0 tests"), "{stdout}\n{docs}");
}

/// The cached main job (no DATABASE_URL) hashes its inputs before
/// anything reads them for real: a FIFO among the queries blocked it.
#[test]
fn a_named_pipe_in_queries_does_not_block_the_cached_main_job() {
    let dir = migrations_dir(&[("m/001_a.sql", "SELECT 1;\n")]);
    mkfifo(&dir.path().join("q/get.sql"));
    let mut command = Command::new(codegen_bin());
    command
        .env_remove("DATABASE_URL")
        .env("CARGO_TARGET_DIR", dir.path().join("target"))
        .args(["--migrations"])
        .arg(dir.path().join("m"))
        .arg("--queries")
        .arg(dir.path().join("q"))
        .arg("--out")
        .arg(dir.path().join("out"));
    let out = bounded(command).expect("codegen hung on a FIFO");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("get.sql is a named pipe (FIFO), not a regular file"),
        "{err}"
    );
}
