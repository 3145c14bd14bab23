// npm start: the demo on an embedded mock API (msw in the page), no backend needed. PORT picks the
// port (default 8000). When the default is busy the next free one is used; a busy PORT the user
// asked for is an error that names a free one.
import { createServer } from 'node:net';
import { nodeResolve, typescriptPlugin, typescriptSourcesMiddleware } from './web-shared.config.mjs';

/** Whether nothing listens on `port` (on any address, as the dev server binds). */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function freePortFrom(port) {
  for (let candidate = port; candidate < port + 100; candidate++) if (await isFree(candidate)) return candidate;
  return 0;
}

const asked = process.env.PORT;
const wanted = Number(asked ?? 8000);
let port = wanted;
if (!(await isFree(wanted))) {
  const free = await freePortFrom(wanted + 1);
  if (asked !== undefined) {
    console.error(`Port ${wanted} is busy${free ? `: try PORT=${free} npm start` : ''}.`);
    process.exit(1);
  }
  console.log(`Port ${wanted} is busy; using ${free}. (PORT=<n> npm start picks a port.)`);
  port = free;
}
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
