// What the dev server (npm start) and the test runner share: TypeScript through esbuild with the
// project's tsconfig (for Lit's decorators), and browser / development package exports.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const nodeResolve = { exportConditions: ['browser', 'development'] };

export function typescriptPlugin() {
  return esbuildPlugin({
    ts: true,
    target: 'es2022',
    tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  });
}

/**
 * Sources import each other as `.js` (what tsc emits), which the esbuild plugin resolves; a URL
 * built at run time, such as the ingest worker's `new URL('./ingest-worker.js', import.meta.url)`,
 * reaches the server as a request for a `.js` file that only exists as `.ts`: serve the `.ts`.
 */
export function typescriptSourcesMiddleware(root = fileURLToPath(new URL('.', import.meta.url))) {
  return (context, next) => {
    const { path } = context;
    if (
      path.startsWith('/src/') &&
      path.endsWith('.js') &&
      !existsSync(root + path.slice(1)) &&
      existsSync(root + path.slice(1, -3) + '.ts')
    ) {
      context.path = path.slice(0, -3) + '.ts';
    }
    return next();
  };
}
