import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './browser.config.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { nodeResolve, typescriptPlugin, typescriptSourcesMiddleware } from './web-shared.config.mjs';

/**
 * `executeServerCommand('generate-dataset', {name, options})` writes a seeded dataset as JSON under
 * test/generated/ and answers its URL path: a large payload made in Node, so the page's heap (and
 * its garbage collector) is not part of what a test measures.
 */
const generatedFixtures = {
  name: 'generated-fixtures',
  async executeCommand({ command, payload }) {
    if (command !== 'generate-dataset') return undefined;
    const { generateDataset } = await tsImport('./test/fixtures/generate.ts', import.meta.url);
    mkdirSync('test/generated', { recursive: true });
    const file = `test/generated/${payload.name}.json`;
    writeFileSync(file, JSON.stringify(generateDataset(payload.options)));
    return `/${file}`;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve,
  plugins: [typescriptPlugin(), generatedFixtures],
  middleware: [typescriptSourcesMiddleware()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
