//! Work over a list on up to two threads (the machine's cores), the
//! heaviest items first, so that neither thread is left with a large item
//! at the end while the other waits: reading and linting migrations.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `work` on each item on up to two threads with `stack` bytes of stack
/// each; the results in the items' order. Items are handed out one at a
/// time, by `weight` (the file's bytes), heaviest first. `Err` when no
/// thread could be started.
pub fn map<I: Sync, T: Send>(
    items: &[I],
    stack: usize,
    weight: impl Fn(&I) -> usize,
    work: impl Fn(&I) -> T + Sync,
) -> std::io::Result<Vec<T>> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 2)
        .min(items.len());
    if items.is_empty() || (workers <= 1 && stack <= DEFAULT_STACK) {
        return Ok(items.iter().map(work).collect());
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(weight(&items[i])));
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut done = Vec::new();
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            done.push((i, work(&items[i])));
        }
        done
    };
    let mut results: Vec<(usize, T)> = std::thread::scope(|s| {
        let mut threads = Vec::new();
        for _ in 0..workers {
            let thread = std::thread::Builder::new()
                .name("codegen-worker".into())
                .stack_size(stack)
                .spawn_scoped(s, worker)?;
            threads.push(thread);
        }
        let mut all = Vec::with_capacity(items.len());
        for t in threads {
            all.extend(t.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        }
        Ok::<_, std::io::Error>(all)
    })?;
    results.sort_unstable_by_key(|r| r.0);
    Ok(results.into_iter().map(|r| r.1).collect())
}

/// The stack of a thread the standard library starts (2 MiB): work that
/// needs no more can run on the calling thread.
pub const DEFAULT_STACK: usize = 2 << 20;
