// The self-contained drop-in bundle: every element and its dependencies in one minified ES module.
// It bundles the ESM that `tsc -p tsconfig.build.json` writes to dist/, so the code is compiled once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/lead-dashboard.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
