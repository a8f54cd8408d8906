//! The `codegen` command line.

mod cli;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc keeps freed memory for later and commits arena memory eagerly,
/// which would hold far more than the main job uses at its peak; it is set
/// to return freed memory at once and to commit arenas on demand (the
/// figures: docs/benchmarks.md). The numbers are
/// `mi_option_arena_eager_commit` and `mi_option_purge_delay` of
/// `mi_option_t` (the same in mimalloc v2 and v3, the version
/// `libmimalloc-sys` builds by default), which the `-sys` crate does not
/// name. Set from the ELF init array, before the first allocation: the
/// first arena is reserved then, and `main` is too late.
#[cfg(target_os = "linux")]
extern "C" fn tune_allocator() {
    const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: setting an option stores a number that mimalloc reads when it
    // next reserves or purges memory; nothing else depends on its value.
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
    }
}

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static TUNE_ALLOCATOR: extern "C" fn() = tune_allocator;

use clap::Parser;
use std::process::ExitCode;

/// Whether a panic is the standard library's "failed printing to stdout:
/// Broken pipe" (`codegen migrate status | head`).
fn is_broken_pipe(message: &str) -> bool {
    message.contains("Broken pipe") || message.contains("os error 32")
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default()
}

/// Waits for Ctrl-C or SIGTERM.
async fn interrupted() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .expect("SIGTERM can be handled");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}

fn main() -> ExitCode {
    let args = cli::Args::parse();
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !is_broken_pipe(&panic_message(info.payload())) {
            default_hook(info);
        }
    }));
    // Dropping the work on a signal or a closed pipe runs every destructor:
    // connections close (the server rolls back an open transaction) and the
    // embedded cluster is stopped and removed. What needs no database
    // (`lint --static`) runs without the async runtime and its threads.
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if let Some(done) = cli::run_without_runtime(&args) {
            return done;
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .expect("the tokio runtime starts");
        runtime.block_on(async {
            tokio::select! {
                r = cli::run(args) => r,
                _ = interrupted() => Err(codegen::Error::Usage(codegen::migrate::interrupt::message())),
            }
        })
    }));
    // An interrupted or failed run may leave its status line on screen.
    codegen::progress::clear();
    match run {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
        Err(payload) if is_broken_pipe(&panic_message(payload.as_ref())) => ExitCode::SUCCESS,
        Err(payload) => std::panic::resume_unwind(payload),
    }
}
