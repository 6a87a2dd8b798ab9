#!/usr/bin/env node
// A small static file server for the QuoteLens page: index.html, www/ and the wasm build in pkg/.
// No dependencies. Used by scripts/serve.sh (`node scripts/static-server.mjs --port 8080`) and
// imported by the end-to-end tests, which start it on a free port and close exactly that server.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

// Only the page and what it loads are served, not the rest of the repository.
const SERVED = ["/index.html", "/www/", "/pkg/"];

/**
 * Starts serving `root`; resolves to `{ server, url }` once listening. Port 0 picks a free port.
 * `served` replaces the list of path prefixes served; `headers(path)` may return extra response
 * headers for a path (the tests send a Content-Security-Policy with the pages).
 */
export function startServer({ root, host = "127.0.0.1", port = 0, served = SERVED, headers } = {}) {
  const base = resolve(root ?? join(fileURLToPath(import.meta.url), "..", ".."));
  const server = createServer(async (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
      res.end(req.method === "HEAD" ? undefined : text);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (path === "/") path = "/index.html";
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep) || !served.some((p) => path === p || (p.endsWith("/") && path.startsWith(p)))) {
      return send(404, "not found\n");
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, "not found\n");
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
        ...headers?.(path),
      });
      if (req.method === "HEAD") return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, "not found\n");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { address, port: actual } = server.address();
      resolvePromise({ server, url: `http://${address}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const port = Number(opt("--port", "8080"));
  const host = opt("--host", "127.0.0.1");
  try {
    const { server, url } = await startServer({ root: opt("--root", undefined), host, port });
    console.log(`QuoteLens is served at ${url}  (Ctrl-C to stop)`);
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (error) {
    console.error(
      error.code === "EADDRINUSE"
        ? `static-server: ${host}:${port} is already in use; stop what runs there or pass --port N`
        : `static-server: ${error.message}`,
    );
    process.exit(1);
  }
}
