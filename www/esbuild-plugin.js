// An esbuild plugin for bundles that use the quotelens package. esbuild does not follow
// `new URL("…", import.meta.url)`, the form the package finds its wasm and its worker by, so
// after each build this writes both into the build's output folder, where those URLs point:
// quotelens_bg.wasm as it is, quotelens-worker.js bundled (and minified when the build is).
// Runs in Node, in the build; never shipped to a page.
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export default function quotelens() {
  return {
    name: "quotelens",
    setup(build) {
      const options = build.initialOptions;
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        if (options.format && options.format !== "esm") {
          return { errors: [{ text: `quotelens needs format: "esm" (it uses import.meta.url), not "${options.format}"` }] };
        }
        const outdir = options.outdir ?? (options.outfile ? dirname(options.outfile) : null);
        if (!outdir) return { errors: [{ text: "quotelens needs an outdir or outfile to write its wasm and worker beside" }] };
        await mkdir(outdir, { recursive: true });
        await copyFile(join(here, "..", "pkg", "quotelens_bg.wasm"), join(outdir, "quotelens_bg.wasm"));
        await build.esbuild.build({
          entryPoints: [join(here, "quotelens-worker.js")],
          bundle: true,
          format: "esm",
          outfile: join(outdir, "quotelens-worker.js"),
          minify: options.minify,
          logLevel: "warning",
        });
        return undefined;
      });
    },
  };
}
