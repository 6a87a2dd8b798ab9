// Types of the esbuild plugin (esbuild-plugin.js); structural, so esbuild's own types are not
// needed to import it.
export default function quotelens(): { name: string; setup(build: unknown): void };
