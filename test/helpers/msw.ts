/**
 * The one msw worker of a test page. Each test file runs in its own page, so a module-level
 * worker is that page's worker; handlers are added per test with `worker.use(...)`.
 */
import { http, HttpResponse } from 'msw';
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

/** Serves `responses` in turn at `path` (the last one repeats); returns the requests seen, as they come. */
export function serve(path: string, ...responses: (() => Response | Promise<Response>)[]): Request[] {
  const requests: Request[] = [];
  worker.use(
    http.get(path, ({ request }) => {
      requests.push(request.clone());
      return responses[Math.min(requests.length - 1, responses.length - 1)]!();
    }),
  );
  return requests;
}

/** An answer held back until the test lets it go: a slow server whose timing the test decides. */
export interface HeldAnswer {
  /** The resolver to serve: it waits for {@link HeldAnswer.release}, then answers. */
  respond: () => Promise<Response>;
  /** Lets the answer (every one waiting, and every later one) go. */
  release: () => void;
  /** Settles when a released answer has been handed to msw. */
  answered: Promise<void>;
}

/** Holds `answer` back until `release()`; see {@link HeldAnswer}. */
export function hold(answer: () => Response | Promise<Response>): HeldAnswer {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let answered!: () => void;
  const given = new Promise<void>((resolve) => (answered = resolve));
  return {
    respond: async () => {
      await released;
      const response = await answer();
      answered();
      return response;
    },
    release,
    answered: given,
  };
}

let marks = 0;

/** Resolves once a request of its own, made now, is answered: msw has seen every earlier request, and passed on every earlier answer. */
export async function requestsHandled(): Promise<void> {
  const path = `/__requests-handled/${++marks}`;
  worker.use(http.get(path, () => new HttpResponse(null, { status: 204 })));
  await fetch(path);
}
