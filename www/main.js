// Starts the QuoteLens app: loads the wasm module, starts the Web Worker that analyses files off
// the main thread, then mounts the Yew app into #app. Without module workers the app analyses
// on the main thread instead.
import init, { mount } from "../pkg/quotelens.js";

const root = document.getElementById("app");
try {
  await init();
  let worker = null;
  try {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  } catch (error) {
    console.warn("QuoteLens analyses on the main thread: no module worker", error);
  }
  mount(root, worker);
} catch (error) {
  root.textContent = "";
  const p = document.createElement("p");
  p.className = "error";
  p.setAttribute("role", "alert");
  p.textContent = `QuoteLens could not start: ${error.message ?? error}`;
  root.append(p);
  throw error;
}
