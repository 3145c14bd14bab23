/**
 * The one msw worker of a test page. Each test file runs in its own page, so a module-level
 * worker is that page's worker; handlers are added per test with `worker.use(...)`.
 */
import { setupWorker } from 'msw/browser';

/** The page's msw worker, started by {@link useMsw}. */
export const worker = setupWorker();

let started: Promise<unknown> | undefined;

/**
 * Registers the mocha hooks of a suite that mocks HTTP: starts the worker once per page (calling
 * this from several suites is fine) and drops the handlers a test added after each test.
 */
export function useMsw(): void {
  before(
    () =>
      (started ??= worker.start({
        quiet: true,
        // module and test-runner requests go through the worker too: they must reach the server
        onUnhandledRequest: 'bypass',
        serviceWorker: { url: '/mockServiceWorker.js' },
      })),
  );
  afterEach(() => worker.resetHandlers());
}
