/**
 * The page's side of the ingest worker, which loads `api` off the main thread (request, body, parse,
 * ingest) and answers with the store's typed arrays. The worker script sits next to this module: unbundled,
 * `dist/worker/ingest-worker.js`; bundled, `dist/ingest-worker.js` beside `dist/lead-dashboard.js`.
 * When no worker can run — no Worker, a Content Security Policy or Trusted Types rule that forbids
 * it, a missing file — {@link IngestWorker.create} or `ready` fails and the caller ingests on the
 * main thread in slices instead.
 */
import type { IngestOptions } from '../data/ingest.js';
import type { LeadStore } from '../data/engine.js';
import { LeadDataError, type HeadersSource } from '../net/lead-data-error.js';
import type { WorkerRequest, WorkerResponse } from './messages.js';
import { unpackStore } from './store-transfer.js';

/** The worker could not start or stopped: ingest on the main thread. */
export class WorkerUnavailableError extends Error {
  constructor(message = 'The ingest worker is unavailable') {
    super(message);
    this.name = 'WorkerUnavailableError';
  }
}

interface TrustedTypePolicyLike {
  createScriptURL(input: string): unknown;
}
let policy: TrustedTypePolicyLike | null | undefined;

/** The worker's URL, as a TrustedScriptURL where Trusted Types are enforced (`new Worker` is a sink). */
function workerUrl(): string | URL {
  const url = new URL('./ingest-worker.js', import.meta.url).href;
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypePolicyLike } }).trustedTypes;
  if (!trustedTypes) return url;
  if (policy === undefined) {
    try {
      policy = trustedTypes.createPolicy('lead-dashboard-worker', {
        createScriptURL: (input: string) => {
          if (input !== url) throw new TypeError('Only the ingest worker script is allowed');
          return input;
        },
      });
    } catch {
      // the page's trusted-types directive does not allow this policy: no worker
      policy = null;
    }
  }
  if (!policy) throw new WorkerUnavailableError('Trusted Types do not allow the ingest worker');
  return policy.createScriptURL(url) as string;
}

/** One ingest worker, owned by one dashboard. */
export class IngestWorker {
  /** Resolves when the worker runs; rejects with {@link WorkerUnavailableError} when it cannot. */
  readonly ready: Promise<void>;
  private readonly _worker: Worker;
  private readonly _pending = new Map<
    number,
    { resolve: (store: LeadStore) => void; reject: (error: unknown) => void; headers?: HeadersSource }
  >();
  private _next = 1;
  private _failed = false;

  private constructor(worker: Worker) {
    this._worker = worker;
    let started: () => void;
    let failed: (error: unknown) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    // nobody may await `ready` before it settles; its failure is also reported through requests
    this.ready.catch(() => undefined);
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if ('ready' in message) return started();
      const pending = this._pending.get(message.id);
      if (!pending) return;
      if ('askHeaders' in message) return void this._answerHeaders(message.id, pending.headers);
      this._pending.delete(message.id);
      if (message.ok) return pending.resolve(unpackStore(message.store));
      const { kind, status, message: text } = message.failure;
      pending.reject(new LeadDataError(kind, text, status === undefined ? {} : { status }));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this._fail();
      failed(new WorkerUnavailableError());
    });
  }

  /** A new worker, or `null` when this page cannot run one. */
  static create(): IngestWorker | null {
    if (typeof Worker === 'undefined') return null;
    try {
      return new IngestWorker(new Worker(workerUrl() as string, { type: 'module', name: 'lead-dashboard-ingest' }));
    } catch {
      return null;
    }
  }

  /**
   * Loads `url` (absolute) in the worker — requests with retries, reads, parses and ingests — and
   * resolves with the store. Fails with the {@link LeadDataError} a load on the page would give.
   * `headers` is asked for before each attempt, here on the page. With `keep` (the main load) the
   * worker keeps the dataset for {@link IngestWorker.ingest}.
   */
  fetch(
    url: string,
    request: { timeout: number; credentials: RequestCredentials; headers?: HeadersSource },
    options: IngestOptions,
    signal?: AbortSignal,
    keep = true,
  ): Promise<LeadStore> {
    const { timeout, credentials, headers } = request;
    return this._request(
      { type: 'fetch', id: 0, url, timeout, credentials, headers: headers !== undefined, options, keep },
      signal,
      headers,
    );
  }

  /** Re-ingests the last loaded payload with other options. */
  ingest(options: IngestOptions, signal?: AbortSignal): Promise<LeadStore> {
    return this._request({ type: 'ingest', id: 0, options }, signal);
  }

  /** Stops the worker; pending requests reject. */
  terminate(): void {
    this._worker.terminate();
    this._fail();
  }

  private async _request(
    request: Extract<WorkerRequest, { type: 'fetch' | 'ingest' }>,
    signal?: AbortSignal,
    headers?: HeadersSource,
  ): Promise<LeadStore> {
    await this.ready;
    signal?.throwIfAborted();
    if (this._failed) throw new WorkerUnavailableError();
    const id = (request.id = this._next++);
    return new Promise<LeadStore>((resolve, reject) => {
      const onAbort = () => {
        this._pending.delete(id);
        this._post({ type: 'abort', id });
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle =
        <T>(fn: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort);
          fn(value);
        };
      this._pending.set(id, { resolve: settle(resolve), reject: settle(reject), headers });
      this._post(request);
    });
  }

  private _post(message: WorkerRequest): void {
    this._worker.postMessage(message);
  }

  /** The host's headers for the worker's next attempt; a function that throws is reported as such (an `auth` error there). */
  private async _answerHeaders(id: number, source: HeadersSource | undefined): Promise<void> {
    let entries: [string, string][] = [];
    let failed = false;
    try {
      const init = typeof source === 'function' ? await source() : source;
      entries = [...new Headers(init ?? undefined)];
    } catch {
      failed = true;
    }
    if (this._pending.has(id)) this._post({ type: 'headers', id, entries, failed });
  }

  private _fail(): void {
    this._failed = true;
    for (const { reject } of this._pending.values()) reject(new WorkerUnavailableError());
    this._pending.clear();
  }
}
