//! Introspection benchmark: `codegen introspect --json` against `pg_dump -s`
//! on the same synthetic schema (`../shared/bench/gen_schema.py N`), whole
//! processes, in the same run; medians, their ratio and peak memory.
//!
//! `cargo bench -p codegen --bench introspect` (server: `BENCH_DATABASE_URL`,
//! default an embedded throw-away cluster: loading 1,000 tables in one
//! transaction needs more than the default `max_locks_per_transaction`).

mod common;

const ROUNDS: usize = 7;

#[tokio::main]
async fn main() {
    let (_embedded, server) = common::server();
    let codegen = env!("CARGO_BIN_EXE_codegen");
    for tables in [100, 1000] {
        let url = common::synthetic_db(&server, tables).await;
        let (ours, our_rss) = common::measure(
            ROUNDS,
            codegen,
            &["--database-url", &url, "introspect", "--json"],
        );
        let (dump, dump_rss) = common::measure(ROUNDS, "pg_dump", &["-s", "-d", &url]);
        println!("{tables} tables, median of {ROUNDS} whole-process runs:");
        println!(
            "  codegen introspect --json : {:>8.1} ms, peak RSS {:>6} KiB",
            ours.as_secs_f64() * 1e3,
            our_rss
        );
        println!(
            "  pg_dump -s                : {:>8.1} ms, peak RSS {:>6} KiB",
            dump.as_secs_f64() * 1e3,
            dump_rss
        );
        println!(
            "  ratio                     : {:.2}x (target <= 0.5x at 1,000 tables)",
            ours.as_secs_f64() / dump.as_secs_f64()
        );
    }
}
