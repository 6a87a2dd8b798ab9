//! The wasm shell: the JS API and the Yew app. Converts types and delegates to `analysis`.
