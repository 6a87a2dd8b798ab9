//! An ordered parallel map over a stream: items are analysed on a rayon pool of `jobs` threads
//! while the calling thread hands out work and receives the results in input order. At most
//! `window` items are in flight or waiting for an earlier one, so memory stays bounded however
//! long the stream is.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;

type Outcome<R> = std::thread::Result<R>;

/// Calls `sink` with `f(item)` for every item, in the order of `items`. Stops at the first error
/// `sink` returns (the items already handed out finish first, their results dropped). A panic in
/// `f` is raised again on the calling thread rather than leaving it waiting.
pub fn ordered_map<T, R, E>(
    items: impl Iterator<Item = T>,
    jobs: usize,
    window: usize,
    f: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let window = window.max(1);
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => pool,
        // No threads to be had: the same work on the calling thread.
        Err(_) => return items.map(&f).try_for_each(sink),
    };
    let f = &f;
    pool.in_place_scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, Outcome<R>)>();
        let mut waiting: BTreeMap<usize, Outcome<R>> = BTreeMap::new();
        let mut next = 0; // index of the next result to hand to the sink
        let mut sent = 0;
        // Takes one finished result and passes on every result that is now in order.
        let mut receive_one = |waiting: &mut BTreeMap<usize, Outcome<R>>, next: &mut usize| {
            let (i, r) = rx
                .recv()
                .expect("a worker holds a sender until it has sent");
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(next) {
                *next += 1;
                match r {
                    Ok(r) => sink(r)?,
                    Err(payload) => panic::resume_unwind(payload),
                }
            }
            Ok(())
        };
        for item in items {
            while sent - next >= window {
                receive_one(&mut waiting, &mut next)?;
            }
            let tx = tx.clone();
            let i = sent;
            scope.spawn(move |_| {
                // The receiver is gone only when the sink failed; the result is not wanted.
                let _ = tx.send((i, panic::catch_unwind(AssertUnwindSafe(|| f(item)))));
            });
            sent += 1;
        }
        while next < sent {
            receive_one(&mut waiting, &mut next)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_whatever_order_they_finish_in() {
        let mut out = Vec::new();
        let spin = |n: u64| {
            // Later items finish sooner: the early ones do more work.
            let mut x = n;
            for _ in 0..(200 - n) * 2000 {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
            }
            (n, x)
        };
        ordered_map(0..200u64, 4, 8, spin, |(n, _)| {
            out.push(n);
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(out, (0..200).collect::<Vec<_>>());
    }

    #[test]
    fn a_sink_error_stops_the_stream() {
        let mut seen = 0;
        let handed_out = std::sync::atomic::AtomicUsize::new(0);
        let result = ordered_map(
            0..10_000,
            2,
            4,
            |n| {
                handed_out.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                n
            },
            |n| {
                seen += 1;
                if n == 10 {
                    Err(n)
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(result, Err(10));
        assert_eq!(seen, 11);
        assert!(
            handed_out.into_inner() < 100,
            "work went on after the error"
        );
    }
}
