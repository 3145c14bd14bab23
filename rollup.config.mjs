// The self-contained drop-in bundle: every element and its dependencies in one minified ES module,
// and beside it the ingest worker (also self-contained), which the bundle loads from
// `new URL('./ingest-worker.js', import.meta.url)` for large payloads. Both bundle the ESM that
// `tsc -p tsconfig.build.json` writes to dist/, so the code is compiled once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = [
  nodeResolve({ exportConditions: ['browser', 'production'] }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  { input: 'dist/index.js', output: { file: 'dist/lead-dashboard.js', format: 'es', sourcemap: true }, plugins },
  { input: 'dist/worker/ingest-worker.js', output: { file: 'dist/ingest-worker.js', format: 'es', sourcemap: true }, plugins },
];
