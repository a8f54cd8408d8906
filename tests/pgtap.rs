//! `codegen test`: TAP verdicts (TAP::Harness's rules), files that raise,
//! commit, bail out or miss their plan, JUnit read back by an XML parser,
//! and real suites (the platform's, basejump's, supabase-tenant-rbac's)
//! judged as pg_prove judges them (compared with pg_prove itself when it is
//! installed).

use codegen::test_suite::tap::{self, Directive};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use tests::*;

// ---------------------------------------------------------------- TAP parsing

#[test]
fn a_clean_run_passes() {
    let t = tap::parse("1..2\nok 1 - first\nok 2 - second\n");
    let v = t.verdict(Some(0));
    assert!(v.passed(), "{v:?}");
    assert_eq!(t.assertions.len(), 2);
    assert_eq!(t.assertions[1].description, "second");
}

#[test]
fn bail_out_fails_the_file_and_ends_its_stream() {
    let t = tap::parse("1..3\nok 1 - fine\nBail out! the database is on fire\nok 2 - ignored\n");
    assert_eq!(t.bail_out.as_deref(), Some("the database is on fire"));
    assert_eq!(t.assertions.len(), 1, "nothing after the bail out counts");
    let v = t.verdict(Some(0));
    assert!(!v.passed());
    assert!(v.errors.iter().any(|e| e.starts_with("Bail out!")), "{v:?}");
}

#[test]
fn a_plan_that_does_not_match_fails_even_when_all_pass() {
    let v = tap::parse("1..3\nok 1\nok 2\n").verdict(Some(0));
    assert!(!v.passed());
    assert!(v.failed.is_empty());
    assert_eq!(v.errors, ["Bad plan.  You planned 3 tests but ran 2."]);
    let v = tap::parse("ok 1\nok 2\n").verdict(Some(0));
    assert_eq!(v.errors, ["No plan found in TAP output"]);
    let v = tap::parse("1..1\nok 1\n1..1\n").verdict(Some(0));
    assert!(
        v.errors.iter().any(|e| e.contains("More than one plan")),
        "{v:?}"
    );
}

#[test]
fn a_plan_at_the_end_is_fine_in_the_middle_is_not() {
    // no_plan() … finish() prints the plan last.
    assert!(tap::parse("ok 1\nok 2\n1..2\n").verdict(Some(0)).passed());
    let v = tap::parse("ok 1\n1..2\nok 2\n").verdict(Some(0));
    assert!(
        v.errors
            .iter()
            .any(|e| e.contains("must be at the beginning or end")),
        "{v:?}"
    );
}

#[test]
fn a_file_that_raised_is_dubious() {
    // psql with ON_ERROR_STOP exits 3 at the failing statement.
    let v = tap::parse("1..2\nok 1 - before the error\n").verdict(Some(3));
    assert!(!v.passed());
    assert!(
        v.errors
            .contains(&"Dubious, test returned 3 (wstat 768, 0x300)".to_owned()),
        "{v:?}"
    );
    assert!(tap::parse("1..0\n").verdict(None).errors[0].contains("signal"));
}

#[test]
fn directives_diagnostics_numbers_and_noise() {
    let out = "\
1..5
ok 1 - a \\# not a directive
not ok 2 - known bug # TODO fix the parser
# Failed (TODO) test 2: \"known bug\"
ok 3 # skip no network
not ok 4 - real failure
# Failed test 4: \"real failure\"
#         have: 1
#         want: 2
3f1c2a8e-0000-4000-8000-000000000000

ok 5 - after a row some query printed
# Looks like you failed 1 test of 5
";
    let t = tap::parse(out);
    assert_eq!(t.assertions[0].description, "a # not a directive");
    assert_eq!(t.assertions[0].directive, None);
    assert_eq!(
        t.assertions[1].directive,
        Some(Directive::Todo("fix the parser".into()))
    );
    assert_eq!(
        t.assertions[2].directive,
        Some(Directive::Skip("no network".into()))
    );
    assert_eq!(
        t.assertions[3].diagnostics,
        [
            "Failed test 4: \"real failure\"",
            "        have: 1",
            "        want: 2"
        ]
    );
    let v = t.verdict(Some(0));
    assert_eq!(v.failed, [4], "TODO failures do not count, skips pass");
    assert!(v.errors.is_empty(), "{v:?}");
    let v = tap::parse("1..2\nok 1\nok 3\n").verdict(Some(0));
    assert!(
        v.errors.iter().any(|e| e.contains("out of sequence")),
        "{v:?}"
    );
    let t = tap::parse("1..0 # Skipped: no pg_net here\n");
    let v = t.verdict(Some(0));
    assert!(v.passed());
    assert_eq!(v.skipped_all.as_deref(), Some("no pg_net here"));
}

// ---------------------------------------------------------------- the command

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// `path .. verdict` lines of the output, by file name.
fn lines_by_file(stdout: &str) -> BTreeMap<String, String> {
    stdout
        .lines()
        .filter_map(|l| l.split_once(" .."))
        .map(|(path, rest)| {
            let rest = rest.trim_start_matches('.').trim();
            let name = Path::new(path.trim())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (name, rest.to_owned())
        })
        .collect()
}

#[tokio::test]
async fn files_that_raise_commit_bail_out_and_miss_their_plan() {
    let db = TestDb::new().await;
    let work = tempfile::tempdir().unwrap();
    let root = work.path();
    write(
        root,
        "migrations/001_t.sql",
        "CREATE TABLE public.t (x int);\n",
    );
    let tests = root.join("tests");
    write(
        &tests,
        "01-commits.sql",
        "BEGIN;\nselect plan(1);\ninsert into public.t values (1);\nselect ok(true, 'inserted <&> \"quoted\"');\nselect * from finish();\nCOMMIT;\n",
    );
    write(
        &tests,
        "02-sees-the-commit.pg",
        "select plan(1);\nselect is((select count(*)::int from public.t), 1, 'the commit of 01 is seen');\n",
    );
    write(
        &tests,
        "03-raises.sql",
        "BEGIN;\nselect plan(3);\nselect ok(true, 'first');\nselect * from no_such_table;\nselect ok(true, 'never');\nROLLBACK;\n",
    );
    write(
        &tests,
        "04-misplans.sql",
        "select plan(3);\nselect ok(true, 'one');\nselect ok(false, 'two fails');\n",
    );
    write(
        &tests,
        "05-todo-and-skip.sql",
        "select plan(2);\nselect * from todo('not yet', 1);\nselect ok(false, 'a todo failure');\nselect skip('no reason', 1);\n",
    );
    write(&tests, "notes.txt", "not a test\n");
    write(
        &tests,
        "06-bails/01-out.sql",
        "select plan(2);\nselect ok(true, 'fine');\nselect 'Bail out! the database is on fire';\n",
    );
    write(
        &tests,
        "07-never-runs.sql",
        "select plan(1);\nselect ok(true, 'not reached');\n",
    );
    let junit = root.join("junit.xml");
    let (ok, stdout, stderr) = cli(
        &db.url,
        &root.join("migrations"),
        &["test", "--junit", junit.to_str().unwrap()],
    );
    assert!(!ok, "a failing suite exits non-zero:\n{stdout}\n{stderr}");
    assert!(
        stderr.contains("pgTAP: using pgTAP"),
        "says which pgTAP: {stderr}"
    );
    let lines = lines_by_file(&stdout);
    assert_eq!(lines["01-commits.sql"], "ok", "{stdout}");
    assert_eq!(lines["02-sees-the-commit.pg"], "ok", "{stdout}");
    assert_eq!(lines["03-raises.sql"], "", "{stdout}");
    assert!(
        stdout.contains(".. \nDubious, test returned 3 (wstat 768, 0x300)\nFailed 2/3 subtests"),
        "{stdout}"
    );
    assert!(stdout.contains("Failed 2/3 subtests"), "{stdout}");
    assert_eq!(lines["04-misplans.sql"], "Failed 2/3 subtests", "{stdout}");
    assert_eq!(lines["05-todo-and-skip.sql"], "ok", "{stdout}");
    assert!(lines.contains_key("01-out.sql"), "{stdout}");
    assert!(
        !lines.contains_key("07-never-runs.sql"),
        "nothing runs after a bail out: {stdout}"
    );
    assert!(stdout.contains("Bailout called"), "{stdout}");
    assert!(
        stdout.contains("03-raises.sql:4: ERROR:  relation \"no_such_table\" does not exist"),
        "psql's error names file and line: {stdout}"
    );
    assert!(
        stdout.contains("not ok 2 - two fails")
            && stdout.contains("Bad plan.  You planned 3 tests but ran 2."),
        "{stdout}"
    );
    assert!(stdout.contains("Result: FAIL"), "{stdout}");
    assert!(
        stderr.contains("error: 3 of 6 test file(s) failed"),
        "{stderr}"
    );

    // The database itself is untouched: the suite ran on a scratch copy.
    let mut conn = db.connect().await;
    let t: Option<String> = sqlx::query_scalar("SELECT to_regclass('public.t')::text")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(t, None, "the migration was applied to a copy only");
    let copies: i64 =
        sqlx::query_scalar("SELECT count(*) FROM pg_database WHERE datname LIKE $1 || '%'")
            .bind(&db.name)
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(copies, 1, "the scratch copy is dropped");
    drop(conn);

    // JUnit, read back by an XML parser.
    let xml = std::fs::read_to_string(&junit).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed JUnit XML");
    let suites: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    assert_eq!(suites.len(), 6, "one testsuite per file run");
    let suite = |suffix: &str| {
        *suites
            .iter()
            .find(|s| s.attribute("name").unwrap().ends_with(suffix))
            .unwrap_or_else(|| panic!("a testsuite for {suffix}"))
    };
    for s in &suites {
        let cases = s.children().filter(|n| n.has_tag_name("testcase")).count();
        assert_eq!(
            s.attribute("tests").unwrap(),
            cases.to_string(),
            "tests= counts the testcases"
        );
        assert!(s.attribute("name").unwrap().contains("tests/"));
    }
    let first = suite("01-commits.sql");
    let case = first
        .children()
        .find(|n| n.has_tag_name("testcase"))
        .unwrap();
    assert_eq!(
        case.attribute("name"),
        Some("1 - inserted <&> \"quoted\""),
        "escaped and read back"
    );
    assert_eq!(first.attribute("failures"), Some("0"));
    let raised = suite("03-raises.sql");
    assert_ne!(raised.attribute("errors"), Some("0"));
    assert!(raised
        .descendants()
        .any(|n| n.has_tag_name("error") && n.text().unwrap_or("").contains("no_such_table")));
    let misplan = suite("04-misplans.sql");
    assert_eq!(misplan.attribute("failures"), Some("1"));
    assert_eq!(misplan.attribute("errors"), Some("1"));
    let failure = misplan
        .descendants()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    assert!(failure.text().unwrap().contains("Failed test 2"));

    // -j 2: the same verdicts, each worker on its own copy.
    let passing = root.join("passing");
    write(
        &passing,
        "a.sql",
        "select plan(1);\nselect ok(true, 'a');\n",
    );
    write(
        &passing,
        "b.sql",
        "select plan(1);\nselect ok(true, 'b');\n",
    );
    write(
        &passing,
        "c.sql",
        "select plan(1);\nselect ok(false, 'c');\n",
    );
    let (ok, stdout, stderr) = cli(
        &db.url,
        &root.join("migrations"),
        &["test", "-j", "2", passing.to_str().unwrap()],
    );
    assert!(!ok, "{stdout}{stderr}");
    let lines = lines_by_file(&stdout);
    assert!(lines.len() == 3, "{stdout}{stderr}");
    assert_eq!(lines["a.sql"], "ok");
    assert_eq!(lines["b.sql"], "ok");
    assert_eq!(lines["c.sql"], "Failed 1/1 subtests");
    let order: Vec<&str> = stdout.lines().filter(|l| l.contains(" ..")).collect();
    assert!(
        order[0].contains("a.sql") && order[2].contains("c.sql"),
        "name order: {order:?}"
    );
    // Each worker drops its copy when it is done: none is left.
    let mut conn = db.connect().await;
    let copies: i64 =
        sqlx::query_scalar("SELECT count(*) FROM pg_database WHERE datname LIKE $1 || '%'")
            .bind(&db.name)
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(copies, 1, "both scratch copies are dropped");
    drop(conn);

    // A path that does not exist: one sentence naming it.
    let (ok, _, stderr) = cli(&db.url, &root.join("migrations"), &["test", "nope/"]);
    assert!(!ok);
    assert!(
        stderr.contains("nope/") && stderr.lines().count() == 1,
        "{stderr}"
    );
}

// ---------------------------------------------------------------- real suites

/// Runs `codegen test` on the embedded database: file name -> passed.
fn codegen_verdicts(migrations: &Path, extra: &[&str]) -> (BTreeMap<String, bool>, String) {
    let out = Command::new(codegen_bin())
        .env_remove("DATABASE_URL")
        .arg("--migrations")
        .arg(migrations)
        .arg("test")
        .args(extra)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let verdicts: BTreeMap<String, bool> = lines_by_file(&stdout)
        .into_iter()
        .map(|(k, v)| (k, v == "ok"))
        .collect();
    assert_eq!(
        out.status.success(),
        verdicts.values().all(|v| *v),
        "exit status follows the verdicts:\n{stdout}\n{stderr}"
    );
    (verdicts, format!("{stdout}\n{stderr}"))
}

/// pg_prove's verdicts for `files`, run in order on a database prepared as
/// `codegen test` prepares it (migrations, seed, pgTAP), each file holding
/// the SQL codegen's psql runs (the helpers' CREATE EXTENSION replaced the
/// same way, after the same session set-up). `None`: no pg_prove here.
async fn pg_prove_verdicts(
    migrations: &Path,
    files: &[PathBuf],
    seed: bool,
) -> Option<BTreeMap<String, bool>> {
    let pg_prove = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join("pg_prove"))
        .find(|p| p.is_file())?;
    let db = TestDb::new().await;
    let mut m = codegen::migrate::Migrator::open(migrations).unwrap();
    m.stand_ins = true;
    let mut conn = db.connect().await;
    m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
    if seed {
        m.seed(&mut conn, &db.url, &mut quiet()).await.unwrap();
    }
    codegen::test_suite::pgtap::install(&mut conn, &db.url)
        .await
        .unwrap();
    drop(conn);
    let scratch = tempfile::tempdir().unwrap();
    let mut args = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        let text = match codegen::test_suite::pgtap::rewrite_helpers(&text) {
            Some(rewritten) => format!(
                "{}\n{rewritten}",
                codegen::test_suite::pgtap::helpers_setup_sql()
            ),
            None => text,
        };
        let path = scratch.path().join(f.file_name().unwrap());
        std::fs::write(&path, text).unwrap();
        args.push(path);
    }
    // App::Prove takes a dbname holding `=` for a hash: escaped.
    let out = Command::new(pg_prove)
        .arg("-d")
        .arg(db.url.replace('=', "\\="))
        .args(&args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let verdicts = lines_by_file(&stdout)
        .into_iter()
        .map(|(k, v)| (k, v == "ok"))
        .collect();
    Some(verdicts)
}

fn files_of(dir: &Path) -> Vec<PathBuf> {
    codegen::test_suite::discover(&[dir.to_owned()]).unwrap()
}

async fn compare_with_pg_prove(
    migrations: &Path,
    tests: &Path,
    seed: bool,
    codegen: &BTreeMap<String, bool>,
) {
    match pg_prove_verdicts(migrations, &files_of(tests), seed).await {
        Some(pg_prove) => assert_eq!(
            codegen, &pg_prove,
            "codegen test's verdict per file equals pg_prove's"
        ),
        None => eprintln!("pg_prove is not installed: not compared"),
    }
}

#[tokio::test]
async fn basejump_suite_passes_as_with_pg_prove() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("pgtap/basejump/supabase");
    let (verdicts, output) = codegen_verdicts(&project.join("migrations"), &[]);
    assert_eq!(verdicts.len(), 13, "{output}");
    assert!(verdicts.values().all(|v| *v), "{output}");
    assert!(output.contains("Files=13, Tests=193,"), "{output}");
    compare_with_pg_prove(
        &project.join("migrations"),
        &project.join("tests"),
        false,
        &verdicts,
    )
    .await;
}

/// point-source/supabase-tenant-rbac: 26 files, 167 assertions, seeded.
/// `20_accept_invite_race` fails on any server whose dblink reaches the
/// server itself as a superuser (its background session cannot see the
/// invite its own open transaction inserted); pg_prove fails it too.
#[tokio::test]
async fn supabase_tenant_rbac_suite_judged_as_with_pg_prove() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("pgtap/supabase-tenant-rbac/supabase");
    let (verdicts, output) = codegen_verdicts(&project.join("migrations"), &[]);
    assert_eq!(verdicts.len(), 26, "{output}");
    assert!(output.contains("Files=26, Tests=167,"), "{output}");
    let failed: Vec<&str> = verdicts
        .iter()
        .filter(|(_, ok)| !**ok)
        .map(|(f, _)| f.as_str())
        .collect();
    assert_eq!(failed, ["20_accept_invite_race.test.sql"], "{output}");
    let (parallel, output) = codegen_verdicts(&project.join("migrations"), &["-j", "2"]);
    assert_eq!(
        parallel, verdicts,
        "-j 2 gives the same verdicts:\n{output}"
    );
    compare_with_pg_prove(
        &project.join("migrations"),
        &project.join("tests"),
        true,
        &verdicts,
    )
    .await;
}

#[tokio::test]
async fn platform_rls_suite_passes_as_with_pg_prove() {
    let migrations = platform_migrations();
    let (verdicts, output) = codegen_verdicts(&migrations, &["-j", "2"]);
    assert!(
        !verdicts.is_empty() && verdicts.values().all(|v| *v),
        "{output}"
    );
    compare_with_pg_prove(&migrations, &migrations.join("tests"), true, &verdicts).await;
}

// ---------------------------------------------------------------- roles and check

/// The vendored pgTAP is registered in `pg_extension`, which only a
/// superuser may write: on another role's URL, one sentence naming it.
#[tokio::test]
async fn vendored_pgtap_on_a_role_that_is_not_superuser_names_the_role() {
    let db = TestDb::new().await;
    let role = format!("{}_nosuper", db.name);
    let mut conn = db.connect().await;
    sqlx::raw_sql(&format!(
        "CREATE ROLE {role} LOGIN CREATEDB; ALTER DATABASE {} OWNER TO {role};",
        db.name
    ))
    .execute(&mut conn)
    .await
    .unwrap();
    // A template is copied only with no other session on it.
    drop(conn);
    let work = tempfile::tempdir().unwrap();
    write(
        work.path(),
        "tests/01.sql",
        "select plan(1);\nselect ok(true);\n",
    );
    let mut url = url::Url::parse(&db.url).unwrap();
    url.set_username(&role).unwrap();
    let (ok, stdout, stderr) = cli(
        url.as_str(),
        &work.path().join("no-migrations"),
        &["test", work.path().join("tests").to_str().unwrap()],
    );
    let mut conn = db.connect().await;
    sqlx::raw_sql(&format!(
        "ALTER DATABASE {} OWNER TO postgres; DROP ROLE {role};",
        db.name
    ))
    .execute(&mut conn)
    .await
    .unwrap();
    assert!(!ok, "{stdout}\n{stderr}");
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(
        errors[0].contains(&format!("role {role} is not"))
            && errors[0].contains("superuser")
            && errors[0].contains("pgtap"),
        "{stderr}"
    );
}

/// `codegen check` runs the suite of the tests folder inside the
/// migrations folder, and fails when a file fails.
#[test]
fn check_runs_the_suite_beside_the_migrations() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path();
    write(
        root,
        "migrations/001_t.sql",
        "-- Migration: 001_t\n-- Description: one table\n-- Author: test\n-- Date: 2026-01-01\n\
         CREATE TABLE IF NOT EXISTS public.t (id bigint PRIMARY KEY);\n\
         ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\n\
         DROP POLICY IF EXISTS t_read ON public.t;\n\
         CREATE POLICY t_read ON public.t FOR SELECT TO authenticated USING (id > 0);\n\
         -- Rollback:\n-- DROP TABLE IF EXISTS public.t;\n",
    );
    write(
        root,
        "migrations/tests/01_t.sql",
        "select plan(1);\nselect has_table('public', 't', 't exists');\n",
    );
    let codegen = |args: &[&str]| {
        let out = Command::new(codegen_bin())
            .current_dir(root)
            .env_remove("DATABASE_URL")
            .args(["--migrations", "migrations", "--out", "gen"])
            .args(args)
            .output()
            .unwrap();
        let text = format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    let (ok, output) = codegen(&[]);
    assert!(ok, "the generated crate is written: {output}");
    let (ok, output) = codegen(&["check"]);
    assert!(ok, "{output}");
    assert!(
        output.contains("01_t.sql .. ok") && output.contains("Files=1, Tests=1,"),
        "{output}"
    );
    write(
        root,
        "migrations/tests/02_fails.sql",
        "select plan(1);\nselect ok(false, 'fails on purpose');\n",
    );
    let (ok, output) = codegen(&["check"]);
    assert!(!ok, "{output}");
    assert!(
        output.contains("02_fails.sql .. Failed 1/1 subtests")
            && output.contains("check failed: 1 of 2 test file(s) failed"),
        "{output}"
    );
}
