// `import "quotelens/inline"`: the wasm travels inside the JavaScript (no file to serve or copy);
// `init()` without an argument and the worker then use it. The module exports nothing.
export {};
