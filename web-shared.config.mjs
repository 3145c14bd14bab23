// What the dev server (npm start) and the test runner share: TypeScript through esbuild with the
// project's tsconfig (for Lit's decorators), and browser / development package exports.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

export const nodeResolve = { exportConditions: ['browser', 'development'] };

export function typescriptPlugin() {
  return esbuildPlugin({
    ts: true,
    target: 'es2022',
    tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  });
}
