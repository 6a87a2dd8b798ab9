// Starts the QuoteLens app: loads the wasm module, then mounts the Yew app into #app with a
// function that starts the Web Worker analysing files off the main thread. Without module
// workers (the function throws) the app analyses on the main thread instead.
import init, { mount } from "../pkg/quotelens.js";

const root = document.getElementById("app");
try {
  await init();
  // A function, not a worker: the app calls it again to replace a worker that crashed.
  const startWorker = () => new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  mount(root, startWorker);
} catch (error) {
  root.textContent = "";
  const p = document.createElement("p");
  p.className = "error";
  p.setAttribute("role", "alert");
  p.textContent = `QuoteLens could not start: ${error.message ?? error}`;
  root.append(p);
  throw error;
}
