// The Web Worker that analyses files off the page's main thread. All the work is in Rust
// (analyseInWorker in src/web/worker.rs); this only loads the module and passes messages on.
import init, { analyseInWorker } from "../pkg/quotelens.js";

const ready = init();
self.onmessage = async (event) => {
  try {
    await ready;
  } catch (error) {
    // An answer without an id tells the page to analyse on its own thread instead.
    self.postMessage({ failed: String(error) });
    return;
  }
  self.postMessage(analyseInWorker(event.data));
};
