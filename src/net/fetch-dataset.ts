/**
 * Loading a lead dataset from the `api` URL (SPEC §4, §6): abort, a timeout per attempt, bounded
 * retries with backoff, `Retry-After`, one token refresh on 401, and one error class whose kind the
 * dashboard turns into a localized state. Messages are for developers and never carry the query,
 * a header or the body, since hosts log them and tokens travel in those places.
 */
import { LeadDataError, type HeadersSource } from './lead-data-error.js';
import { parseRetryAfter } from './retry-after.js';
import { resolveUrl } from './url.js';

/** How long a `Retry-After` value asks to wait, in ms. */
export { parseRetryAfter } from './retry-after.js';
/** A URL with the server-filter query appended (SPEC §7). */
export { withQuery } from './url.js';

export { LeadDataError, type DataErrorKind, type HeadersSource } from './lead-data-error.js';

/** How {@link fetchDataset} loads. */
export interface FetchDatasetOptions {
  /** Aborting rejects with the signal's reason (an `AbortError` DOMException by default), never a LeadDataError. */
  signal?: AbortSignal;
  /** Milliseconds per attempt (default 30000); `Infinity` for none. Running out is kind `timeout`, not retried. */
  timeout?: number;
  /** The fetch credentials mode (default `same-origin`). */
  credentials?: RequestCredentials;
  /** Request headers; a function is called before every request, so a refreshed token is picked up. */
  headers?: HeadersSource;
  /** Extra attempts after a network error, a 5xx or a 429 (default 2). */
  retries?: number;
  /** Base backoff in ms (default 500): retry n (from 0) waits `retryDelay * 2 ** n` plus up to 25% jitter. */
  retryDelay?: number;
  /** Longest `Retry-After` honoured, in ms (default 60000; `Infinity` for any); a longer one fails at once (kind `http`). */
  maxRetryAfter?: number;
  /** Waits between attempts and rejects with the signal's reason when it aborts; injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The fetch to use (default `globalThis.fetch`). */
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY = 500;
const DEFAULT_MAX_RETRY_AFTER = 60_000;
// setTimeout fires at once for delays past a signed 32-bit integer, so longer ones mean "no timer"
const MAX_TIMER = 2 ** 31 - 1;

/** A finite number ≥ 0, else the fallback. */
function nonNegative(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Waits `ms`, rejecting with the signal's reason as soon as it aborts; leaves no timer or listener. */
function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The backoff before retry `n` (from 0): exponential, plus up to 25% jitter so clients spread out. */
function backoff(retryDelay: number, n: number): number {
  const base = retryDelay * 2 ** n;
  return base + Math.random() * base * 0.25;
}

/** The headers of one request; `Accept: application/json` unless the host chose its own. */
async function buildHeaders(source: HeadersSource | undefined): Promise<Headers> {
  let init: HeadersInit | undefined;
  try {
    init = typeof source === 'function' ? await source() : source;
  } catch (cause) {
    // a failing token provider is an authentication failure the host must see, not a network one
    throw new LeadDataError('auth', 'The headers function failed', { cause });
  }
  const headers = new Headers(init ?? undefined);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return headers;
}

/** Releases an unread body so the connection is free again; errors do not matter here. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** The parsed JSON of a successful response's text. */
function parseBody(text: string, status: number): unknown {
  if (status === 204 || text.trim() === '') {
    throw new LeadDataError('shape', `The lead API answered HTTP ${status} with no content`, { status });
  }
  if (text.trimStart().startsWith('<')) {
    // typically a login page, a proxy error page or the SPA's index.html served for an unknown path
    throw new LeadDataError('parse', `The lead API answered HTML where JSON was expected (HTTP ${status})`, { status });
  }
  try {
    return JSON.parse(text);
  } catch {
    // the SyntaxError quotes part of the body, which may hold personal data: it is not kept
    throw new LeadDataError('parse', `The lead API answered invalid or truncated JSON (HTTP ${status})`, { status });
  }
}

/** The outcome of one attempt that did not produce a dataset. */
type Failure =
  | { retry: 'network'; error: LeadDataError }
  | { retry: 'status'; error: LeadDataError; retryAfter: number | null }
  | { retry: 'auth'; error: LeadDataError };

/**
 * Fetches and parses a dataset (SPEC §3) from an http(s) URL, resolved against `document.baseURI`.
 * Resolves with the parsed JSON, unchecked; rejects with a {@link LeadDataError}, or with the
 * abort reason when `options.signal` aborts.
 */
export async function fetchDataset(url: string, options: FetchDatasetOptions = {}): Promise<unknown> {
  const { signal, headers, credentials = 'same-origin' } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? abortableSleep;
  const timeout = typeof options.timeout === 'number' && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT;
  const retries = Math.floor(nonNegative(options.retries, DEFAULT_RETRIES));
  const retryDelay = nonNegative(options.retryDelay, DEFAULT_RETRY_DELAY);
  // Infinity is allowed here: "honour whatever the server asks"
  const maxRetryAfter = (options.maxRetryAfter ?? -1) >= 0 ? options.maxRetryAfter! : DEFAULT_MAX_RETRY_AFTER;

  signal?.throwIfAborted();
  let target: URL;
  try {
    target = resolveUrl(url);
  } catch (cause) {
    throw new LeadDataError('network', 'The lead API URL is not a valid URL', { cause });
  }
  // `javascript:` and `data:` would run or inline content chosen by whoever set the attribute
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new LeadDataError('network', `Only http: and https: URLs are fetched, not ${target.protocol}`);
  }

  let retried = 0;
  let reauthorized = false;
  for (;;) {
    signal?.throwIfAborted();
    const requestHeaders = await buildHeaders(headers);
    signal?.throwIfAborted();
    const outcome = await attempt(doFetch, target.href, { headers: requestHeaders, credentials, signal, timeout });
    if (!('retry' in outcome)) return outcome.data;

    const { error } = outcome;
    if (outcome.retry === 'auth') {
      // one more try with headers asked for again: the host's function may refresh an expired token
      if (reauthorized) throw error;
      reauthorized = true;
      continue;
    }
    if (retried >= retries) throw error;
    let wait = backoff(retryDelay, retried);
    if (outcome.retry === 'status' && outcome.retryAfter !== null) {
      if (outcome.retryAfter > maxRetryAfter) {
        throw new LeadDataError('http', `${error.message}, with a Retry-After longer than ${maxRetryAfter} ms`, {
          status: error.status,
        });
      }
      wait = outcome.retryAfter;
    }
    retried++;
    await sleep(wait, signal);
  }
}

/** What one attempt needs. */
interface AttemptInit {
  headers: Headers;
  credentials: RequestCredentials;
  signal: AbortSignal | undefined;
  timeout: number;
}

/** One request and its body, under its own signal: the caller's abort or this attempt's timeout. */
async function attempt(doFetch: typeof fetch, href: string, init: AttemptInit): Promise<{ data: unknown } | Failure> {
  const { signal, timeout } = init;
  // An own controller rather than AbortSignal.any + AbortSignal.timeout: that timer cannot be
  // cleared and would outlive the attempt (SPEC §6: a removed element leaves no timers behind)
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeout <= MAX_TIMER
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException('The lead API request timed out', 'TimeoutError'));
        }, timeout)
      : undefined;

  /** The error for a rejected fetch or body read: the caller's abort passes through unchanged. */
  const failure = (cause: unknown): Failure => {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) throw new LeadDataError('timeout', `The lead API did not answer within ${timeout} ms`);
    return { retry: 'network', error: new LeadDataError('network', 'The lead API could not be reached', { cause }) };
  };

  try {
    let response: Response;
    try {
      response = await doFetch(href, {
        method: 'GET',
        headers: init.headers,
        credentials: init.credentials,
        signal: controller.signal,
      });
    } catch (cause) {
      return failure(cause);
    }

    const { status } = response;
    if (!response.ok) {
      discard(response);
      if (status === 401) {
        return { retry: 'auth', error: new LeadDataError('auth', 'The lead API refused the credentials (HTTP 401)', { status }) };
      }
      if (status === 403) throw new LeadDataError('auth', 'The lead API denied access (HTTP 403)', { status });
      const error = new LeadDataError('http', `The lead API answered HTTP ${status}`, { status });
      if (status >= 500 || status === 429) {
        const honoured = status === 503 || status === 429;
        return { retry: 'status', error, retryAfter: honoured ? parseRetryAfter(response.headers.get('Retry-After')) : null };
      }
      throw error;
    }

    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      // the connection dropped or the timeout hit while the body was still arriving
      return failure(cause);
    }
    return { data: parseBody(text, status) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
