// npm start: the demo on an embedded mock API (msw in the page), no backend needed.
import { nodeResolve, typescriptPlugin, typescriptSourcesMiddleware } from './web-shared.config.mjs';

const port = Number(process.env.PORT ?? 8000);
console.log(`lead-dashboard demo: http://localhost:${port}/demo/`);

export default {
  rootDir: '.',
  port,
  open: false,
  watch: false,
  nodeResolve,
  plugins: [typescriptPlugin()],
  middleware: [
    typescriptSourcesMiddleware(),
    // the demo lives in demo/; the root URL leads there
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
};
