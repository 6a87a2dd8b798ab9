//! Stable sorting with one copy of the sorting code in the wasm. std's `sort_by` is fast, but
//! every call site (its element type and closure) gets its own copy of driftsort, about 4.7 KB of
//! wasm each: twenty of them were a tenth of the API-only bundle. In the wasm, [`StableSort`]
//! sorts the indices of the items (by insertion on the stack for a short slice, else by one merge
//! sort), comparing through `dyn`, then moves the items into place. Natively it is std's stable
//! sort. Both are stable, so the order is the same: the one the comparison defines, ties kept in
//! input order.

use std::cmp::Ordering;

/// Up to this length a slice is sorted by insertion, without allocating.
const SHORT: usize = 12;

/// Stable sorts for slices: `sort_by`, `sort_by_key` and `sort` with the same results.
pub trait StableSort<T> {
    fn stable_sort_by(&mut self, cmp: impl FnMut(&T, &T) -> Ordering);

    fn stable_sort_by_key<K: Ord>(&mut self, mut key: impl FnMut(&T) -> K) {
        self.stable_sort_by(|a, b| key(a).cmp(&key(b)));
    }

    fn stable_sort(&mut self)
    where
        T: Ord,
    {
        self.stable_sort_by(T::cmp);
    }
}

impl<T> StableSort<T> for [T] {
    #[cfg(target_arch = "wasm32")]
    fn stable_sort_by(&mut self, cmp: impl FnMut(&T, &T) -> Ordering) {
        compact_sort_by(self, cmp);
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn stable_sort_by(&mut self, cmp: impl FnMut(&T, &T) -> Ordering) {
        self.sort_by(cmp);
    }
}

/// The wasm's sort: [`insertion_order`] (on the stack) or [`stable_order`], then a
/// permutation, all in [`sort_through`]; only the small closure that compares or swaps two
/// items is generic (31 call sites had each carried their own copy of the permutation).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn compact_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let n = v.len();
    sort_through(n, &mut |op, a, b| match op {
        Op::Less => match (v.get(a), v.get(b)) {
            (Some(x), Some(y)) => cmp(x, y) == Ordering::Less,
            _ => false,
        },
        Op::Swap => {
            if a < n && b < n {
                v.swap(a, b);
            }
            false
        }
    });
}

/// What [`sort_through`] asks of the items: whether item `a` is less than item `b`, or to swap
/// them.
#[derive(Clone, Copy)]
enum Op {
    Less,
    Swap,
}

/// Sorts `n` items reached through `items` (stable): their order by [`insertion_order`] (on the
/// stack) or [`stable_order`], then the permutation by swaps.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sort_through(n: usize, items: &mut dyn FnMut(Op, usize, usize) -> bool) {
    if n < 2 {
        return;
    }
    let mut short = [0; SHORT];
    let mut long;
    let order: &mut [usize] = {
        let mut less = |a: usize, b: usize| items(Op::Less, a, b);
        if n <= SHORT {
            let order = &mut short[..n];
            order.iter_mut().enumerate().for_each(|(i, o)| *o = i);
            insertion_order(order, &mut less);
            order
        } else {
            long = stable_order(n, &mut less);
            &mut long
        }
    };
    // Position i takes the element at order[i]: follow each cycle once, marking a done position
    // by order[i] = i, so every element moves at most once (linear).
    for start in 0..n {
        let mut i = start;
        while order[i] != start && order[i] != i {
            let j = order[i];
            items(Op::Swap, i, j);
            order[i] = i;
            i = j;
        }
        order[i] = i;
    }
}

/// Sorts a run of indices by insertion (stable: an item passes only those strictly greater).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn insertion_order(run: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    for i in 1..run.len() {
        let mut j = i;
        while j > 0 && less(run[j], run[j - 1]) {
            run.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The stable sorted order of `n` items given `less(a, b)` on their indices: a bottom-up merge
/// sort over runs sorted by insertion. With [`insertion_order`], the one non-generic copy of the
/// sorting code.
fn stable_order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    for run in a.chunks_mut(SHORT) {
        insertion_order(run, less);
    }
    let mut b = vec![0; n];
    let mut width = SHORT;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut l, mut r, mut k) = (lo, mid, lo);
            while l < mid && r < hi {
                // The right item goes first only when strictly less: ties keep input order.
                if less(a[r], a[l]) {
                    b[k] = a[r];
                    r += 1;
                } else {
                    b[k] = a[l];
                    l += 1;
                }
                k += 1;
            }
            b[k..k + mid - l].copy_from_slice(&a[l..mid]);
            k += mid - l;
            b[k..hi].copy_from_slice(&a[r..hi]);
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // The wasm's sort orders like std's stable sort, ties (equal keys, distinct payloads)
        // included, at every length around the insertion and merge boundaries.
        #[test]
        fn compact_sort_is_std_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            compact_sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = items;
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn sorts_longer_slices_by_key_keeping_ties_in_order() {
        let mut words = [
            "pear", "fig", "apple", "kiwi", "date", "plum", "lime", "yuzu", "sloe", "quince",
            "nut", "bean", "pea", "corn",
        ];
        compact_sort_by(&mut words, |a, b| a.len().cmp(&b.len()));
        assert_eq!(words[..4], ["fig", "nut", "pea", "pear"]);
        assert_eq!(words[12..], ["apple", "quince"]);
        let mut by_name = words;
        by_name.stable_sort();
        compact_sort_by(&mut words, |a, b| a.cmp(b));
        assert_eq!(words, by_name);
        assert_eq!(words[0], "apple");
    }
}
