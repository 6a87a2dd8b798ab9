//! [`Lazy`]: a value made on first use and kept for the life of the program (the lexicons'
//! parsed lists and tables). Natively it is std's `OnceLock`, safe across the command line's
//! threads. In the wasm, which has no threads (no `atomics` target feature), std's `OnceLock`
//! is a `Once` whose `call` is generic: each of the 60 or so statics had its own copy, each with
//! a state machine and two panics with their messages and locations (poisoned, recursive). Here
//! it is a flag and the value in a cell: the same value, made by the same function, once (README,
//! `size17`).

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
pub struct Lazy<T>(std::sync::OnceLock<T>);

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
impl<T> Lazy<T> {
    pub const fn new() -> Self {
        Self(std::sync::OnceLock::new())
    }

    /// The value, made by `make` on the first call.
    #[inline]
    pub fn get_or_init(&self, make: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(make)
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub struct Lazy<T> {
    ready: std::cell::Cell<bool>,
    value: std::cell::UnsafeCell<std::mem::MaybeUninit<T>>,
}

// SAFETY: without the `atomics` target feature a wasm module runs on one thread, so the cell is
// never reached from two threads.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<T> Sync for Lazy<T> {}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
impl<T> Lazy<T> {
    /// An empty cell: no bytes of it in the wasm's data (the value is uninitialised, the flag
    /// false), where an `Option<T>` would store a whole `T`'s bytes for its `None`.
    pub const fn new() -> Self {
        Self {
            ready: std::cell::Cell::new(false),
            value: std::cell::UnsafeCell::new(std::mem::MaybeUninit::uninit()),
        }
    }

    /// The value, made by `make` on the first call. No reference into the cell is held while
    /// `make` runs, and the value is written only while the cell is empty, when no reference to
    /// it can exist; if `make` itself filled the cell (a recursive first use), that value stays,
    /// as every reference handed out points to it.
    #[inline]
    pub fn get_or_init(&self, make: impl FnOnce() -> T) -> &T {
        if !self.ready.get() {
            let value = make();
            if !self.ready.get() {
                // SAFETY: one thread (above), and the cell is empty: nothing refers to it.
                unsafe { (*self.value.get()).write(value) };
                self.ready.set(true);
            }
        }
        // SAFETY: `ready` is set only once the value is written, and it is never taken out.
        unsafe { (*self.value.get()).assume_init_ref() }
    }
}

impl<T> Default for Lazy<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Lazy;

    #[test]
    fn makes_the_value_once() {
        static CELL: Lazy<Vec<u32>> = Lazy::new();
        let mut calls = 0;
        let first = CELL.get_or_init(|| {
            calls += 1;
            vec![1, 2, 3]
        });
        assert_eq!(first, &[1, 2, 3]);
        let again = CELL.get_or_init(|| {
            calls += 1;
            vec![4]
        });
        assert_eq!(again, &[1, 2, 3]);
        assert_eq!(calls, 1);
        assert!(std::ptr::eq(first, again));
    }
}
