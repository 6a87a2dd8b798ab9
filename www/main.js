// Starts the QuoteLens app: loads the app's wasm (pkg/app/: the Yew shell, no analysis), then mounts it
// into #app with a function that starts the Web Worker analysing files off the main thread
// (www/worker.js, which loads the engine's wasm, pkg/). Without module workers (the function
// throws) the app analyses on the main thread instead, with the same engine loaded here on first
// use.
import init, { mount } from "../pkg/app/quotelens.js";

let engine;
let broken;
// Answers as the worker does (analyseInWorker), on this thread: only used without a worker. A
// panic traps the engine's module, which cannot be used again: every later call fails the same
// way (the app marks those files failed) rather than run on a broken instance.
const here = (message) => {
  if (broken) return Promise.reject(broken);
  engine ??= import("../pkg/quotelens.js").then(async (module) => {
    await module.default();
    return module.analyseInWorker;
  });
  return engine
    .then((analyseInWorker) => analyseInWorker(message))
    .catch((error) => {
      broken = error;
      throw error;
    });
};

const root = document.getElementById("app");
try {
  await init();
  // A function, not a worker: the app calls it again to replace a worker that crashed.
  const startWorker = () => new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  mount(root, startWorker, here);
} catch (error) {
  root.textContent = "";
  const p = document.createElement("p");
  p.className = "error";
  p.setAttribute("role", "alert");
  p.textContent = `QuoteLens could not start: ${error.message ?? error}`;
  root.append(p);
  throw error;
}
