// The Web Worker that analyses files off the page's main thread. All the work is in Rust
// (analyseInWorker in src/web/engine/); this loads the engine's module (the API-only wasm in
// pkg/, the npm package's; the app's own wasm, pkg/app/, carries no analysis) and passes messages on.
// A large result ({id, sliced}: an array of pieces) is sent one piece a message, {id, piece,
// index, count}, so that the page never spends long receiving one message; so is the stance
// across documents ({stance, sliced}, see src/web/engine/held.rs).
// It says {ready: true} once the module has loaded. A panic in the core traps the wasm module,
// which cannot be used again: the worker then answers {id, crashed} and closes, and the page
// starts a fresh worker for the files still waiting.
import init, { analyseInWorker } from "../pkg/quotelens.js";

const ready = init();
let crashed = false;
ready.then(
  () => self.postMessage({ ready: true }),
  () => {},
);
self.onmessage = async (event) => {
  try {
    await ready;
  } catch (error) {
    // An answer without an id tells the page to analyse on its own thread instead.
    self.postMessage({ failed: String(error) });
    return;
  }
  if (crashed) return;
  try {
    const answer = analyseInWorker(event.data);
    if (Array.isArray(answer.sliced) && answer.sliced.length > 0) {
      // The answer's other fields (its id, or the stance question it answers) go with each piece.
      const { sliced, ...about } = answer;
      const count = sliced.length;
      sliced.forEach((piece, index) => self.postMessage({ ...about, piece, index, count }));
    } else {
      self.postMessage(answer);
    }
  } catch (error) {
    crashed = true;
    // The panic hook left the panic's message; the trap itself only says "unreachable".
    const why = self.quotelensPanic ?? `${error?.name ?? "Error"}: ${error?.message ?? error}`;
    self.postMessage({ id: event.data?.id, crashed: String(why) });
    self.close();
  }
};
