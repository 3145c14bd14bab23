import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './browser.config.mjs';
import { nodeResolve, typescriptPlugin } from './web-shared.config.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve,
  plugins: [typescriptPlugin()],
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
