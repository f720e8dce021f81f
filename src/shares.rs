//! Work shared among cores: which thread maps which items, so that the results come out in the
//! items' order whatever the number of threads?

/// The cores this process may use (one where the system does not say).
pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Maps each of `items` by `f` on up to `workers` threads, each taking a contiguous share of at
/// least `min_share` items (fewer are not worth a thread), and returns the results in the items'
/// order. The calling thread takes the first share; a thread that cannot start leaves its share to
/// the calling thread, and a panic in a thread is raised again here.
pub(crate) fn map_in_shares<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    min_share: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let share = items.len().div_ceil(workers.max(1)).max(min_share.max(1));
    let map_share = |share: &[T]| share.iter().map(&f).collect::<Vec<R>>();
    let shares: Vec<Vec<R>> = std::thread::scope(|s| {
        let mut chunks = items.chunks(share);
        let first = chunks.next().unwrap_or_default();
        let others: Vec<_> = chunks
            .map(|chunk| {
                let map_share = &map_share;
                let spawned = std::thread::Builder::new()
                    .name("trilingua-prepare".into())
                    .spawn_scoped(s, move || map_share(chunk));
                (chunk, spawned)
            })
            .collect();
        let mut shares = vec![map_share(first)];
        for (chunk, spawned) in others {
            shares.push(match spawned {
                Ok(thread) => thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(_) => map_share(chunk),
            });
        }
        shares
    });
    shares.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order_on_any_number_of_threads() {
        let items: Vec<u32> = (0..1000).collect();
        let squares: Vec<u64> = items.iter().map(|&i| u64::from(i) * u64::from(i)).collect();
        for workers in [0, 1, 2, 3, 7, 2000] {
            for min_share in [0, 1, 16, 5000] {
                let threads = std::sync::Mutex::new(std::collections::HashSet::new());
                let got = map_in_shares(&items, workers, min_share, |&i| {
                    threads.lock().unwrap().insert(std::thread::current().id());
                    u64::from(i) * u64::from(i)
                });
                assert_eq!(got, squares, "{workers} workers, shares of {min_share}");
                // As many threads as shares, the calling thread one of them.
                let share = 1000usize.div_ceil(workers.max(1)).max(min_share.max(1));
                assert_eq!(threads.lock().unwrap().len(), 1000usize.div_ceil(share));
            }
        }
        assert!(map_in_shares(&[] as &[u32], 2, 16, |&i| i).is_empty());
    }
}
