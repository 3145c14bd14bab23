// npm start: the demo on an embedded mock API (msw in the page), no backend needed.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT ?? 8000);
console.log(`lead-dashboard demo: http://localhost:${port}/demo/`);

export default {
  rootDir: '.',
  port,
  open: false,
  watch: false,
  middleware: [
    // the demo lives in demo/; the root URL leads there
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
