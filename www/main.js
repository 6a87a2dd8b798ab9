// Starts the QuoteLens app: loads the wasm module, then mounts the Yew app into #app.
import init, { mount } from "../pkg/quotelens.js";

const root = document.getElementById("app");
try {
  await init();
  mount(root);
} catch (error) {
  root.textContent = "";
  const p = document.createElement("p");
  p.className = "error";
  p.setAttribute("role", "alert");
  p.textContent = `QuoteLens could not start: ${error.message ?? error}`;
  root.append(p);
  throw error;
}
