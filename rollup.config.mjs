// The drop-in bundle: the elements a dashboard shows first and their dependencies in one minified
// ES module, the other elements and the on-demand parts as chunks in dist/chunks/, and there too the
// self-contained ingest worker for large payloads. Both bundle the ESM that
// `tsc -p tsconfig.build.json` writes to dist/, so the code is compiled once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.mjs';

const plugins = [
  nodeResolve({ exportConditions: ['browser', 'production'] }),
  minifyCssLiterals(),
  minifyHtmlLiterals(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    // parts used rarely (the trend chart with its brush, chart export) are loaded on demand:
    // their dynamic imports become chunks beside the bundle
    input: 'dist/bundle.js',
    // shared code stays in the entry (which then exports a little more), not in a chunk of its own
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', entryFileNames: 'lead-dashboard.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins,
  },
  // beside the chunk of the worker's client, which finds it with new URL('./ingest-worker.js', import.meta.url)
  { input: 'dist/worker/ingest-worker.js', output: { file: 'dist/chunks/ingest-worker.js', format: 'es', sourcemap: true }, plugins },
];
