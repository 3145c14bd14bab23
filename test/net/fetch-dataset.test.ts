import { expect, waitUntil } from '@open-wc/testing';
import { delay, HttpResponse } from 'msw';
import { fetchDataset, LeadDataError } from '../../src/net/fetch-dataset.js';
import type { FetchDatasetOptions } from '../../src/net/fetch-dataset.js';
import { requestsHandled, serve, useMsw } from '../helpers/msw.js';

useMsw();

const dataset = { leads: [{ id: 'L1', status: 'new', createdAt: '2026-01-05', owner: 'an' }] };

/** A sleep that records what it was asked to wait and resolves at once. */
function recordingSleep() {
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
  };
  return { slept, sleep };
}

/** The rejection of a promise that must reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** The LeadDataError a load must reject with. */
async function dataError(promise: Promise<unknown>): Promise<LeadDataError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(LeadDataError);
  return error as LeadDataError;
}

const json = () => HttpResponse.json(dataset);
const status = (code: number, headers?: HeadersInit) => () => new HttpResponse(null, { status: code, headers });

describe('fetchDataset', () => {
  describe('success', () => {
    it('resolves with the parsed JSON of a relative URL', async () => {
      const requests = serve('/test-api/ok', json);
      expect(await fetchDataset('/test-api/ok')).to.deep.equal(dataset);
      expect(requests).to.have.length(1);
      expect(requests[0]!.headers.get('Accept')).to.equal('application/json');
    });

    it('resolves a bare array or any JSON value without checking its shape', async () => {
      serve('/test-api/array', () => HttpResponse.json([1, 'two']));
      expect(await fetchDataset('/test-api/array')).to.deep.equal([1, 'two']);
    });

    it('fetches a protocol-relative URL over the page protocol', async () => {
      serve('/test-api/protocol-relative', json);
      expect(await fetchDataset(`//${location.host}/test-api/protocol-relative`)).to.deep.equal(dataset);
    });

    it('sends a headers object with every request', async () => {
      const requests = serve('/test-api/headers-object', json);
      await fetchDataset('/test-api/headers-object', { headers: { Authorization: 'Bearer fixed', Accept: 'application/vnd.leads+json' } });
      expect(requests[0]!.headers.get('Authorization')).to.equal('Bearer fixed');
      expect(requests[0]!.headers.get('Accept')).to.equal('application/vnd.leads+json');
    });

    it('calls a headers function before every request, awaiting it', async () => {
      const requests = serve('/test-api/headers-function', status(500), json);
      let calls = 0;
      const headers = async () => ({ Authorization: `Bearer token-${++calls}` });
      await fetchDataset('/test-api/headers-function', { headers, sleep: recordingSleep().sleep });
      expect(calls).to.equal(2);
      expect(requests.map((request) => request.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
    });

    it('sends no Authorization when the headers function returns undefined', async () => {
      const requests = serve('/test-api/headers-undefined', json);
      await fetchDataset('/test-api/headers-undefined', { headers: () => undefined });
      expect(requests[0]!.headers.has('Authorization')).to.equal(false);
    });

    it('passes the credentials mode to fetch', async () => {
      serve('/test-api/credentials', json);
      const modes: (RequestCredentials | undefined)[] = [];
      const spy: typeof fetch = (input, init) => {
        modes.push(init?.credentials);
        return fetch(input, init);
      };
      await fetchDataset('/test-api/credentials', { fetch: spy });
      await fetchDataset('/test-api/credentials', { fetch: spy, credentials: 'include' });
      expect(modes).to.deep.equal(['same-origin', 'include']);
    });
  });

  describe('retries', () => {
    it('makes 1 + retries requests on a 500, then rejects with kind http and the status', async () => {
      const requests = serve('/test-api/500', status(500));
      const { slept, sleep } = recordingSleep();
      const error = await dataError(fetchDataset('/test-api/500', { retries: 3, sleep }));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(requests).to.have.length(4);
      expect(slept).to.have.length(3);
    });

    it('retries twice by default', async () => {
      const requests = serve('/test-api/500-default', status(502));
      const error = await dataError(fetchDataset('/test-api/500-default', { sleep: recordingSleep().sleep }));
      expect(error.status).to.equal(502);
      expect(requests).to.have.length(3);
    });

    it('backs off exponentially from retryDelay with at most 25% jitter', async () => {
      serve('/test-api/backoff', status(500));
      const { slept, sleep } = recordingSleep();
      await dataError(fetchDataset('/test-api/backoff', { retries: 3, retryDelay: 100, sleep }));
      expect(slept).to.have.length(3);
      [100, 200, 400].forEach((base, n) => {
        expect(slept[n]).to.be.within(base, base * 1.25);
      });
    });

    it('recovers when a retry succeeds', async () => {
      const requests = serve('/test-api/500-then-ok', status(500), json);
      expect(await fetchDataset('/test-api/500-then-ok', { sleep: recordingSleep().sleep })).to.deep.equal(dataset);
      expect(requests).to.have.length(2);
    });

    it('waits the seconds of a 503 Retry-After', async () => {
      serve('/test-api/503-seconds', status(503, { 'Retry-After': '2' }), json);
      const { slept, sleep } = recordingSleep();
      expect(await fetchDataset('/test-api/503-seconds', { sleep })).to.deep.equal(dataset);
      expect(slept).to.deep.equal([2000]);
    });

    it('waits until the HTTP-date of a 503 Retry-After', async () => {
      const at = new Date(Date.now() + 5000).toUTCString();
      serve('/test-api/503-date', status(503, { 'Retry-After': at }), json);
      const { slept, sleep } = recordingSleep();
      expect(await fetchDataset('/test-api/503-date', { sleep })).to.deep.equal(dataset);
      expect(slept).to.have.length(1);
      // the header has whole seconds, and some time passes before it is read
      expect(slept[0]).to.be.within(3000, 5000);
    });

    it('backs off on a 503 whose Retry-After is invalid', async () => {
      serve('/test-api/503-invalid', status(503, { 'Retry-After': 'soon' }), json);
      const { slept, sleep } = recordingSleep();
      await fetchDataset('/test-api/503-invalid', { retryDelay: 10, sleep });
      expect(slept[0]).to.be.within(10, 12.5);
    });

    it('retries a 429 after its Retry-After and succeeds', async () => {
      const requests = serve('/test-api/429', status(429, { 'Retry-After': '1' }), json);
      const { slept, sleep } = recordingSleep();
      expect(await fetchDataset('/test-api/429', { sleep })).to.deep.equal(dataset);
      expect(requests).to.have.length(2);
      expect(slept).to.deep.equal([1000]);
    });

    it('rejects a repeated 429 with kind http after the retries', async () => {
      const requests = serve('/test-api/429-always', status(429));
      const error = await dataError(fetchDataset('/test-api/429-always', { retries: 1, sleep: recordingSleep().sleep }));
      expect([error.kind, error.status, requests.length]).to.deep.equal(['http', 429, 2]);
    });

    it('fails at once when Retry-After is longer than maxRetryAfter', async () => {
      const requests = serve('/test-api/retry-after-long', status(503, { 'Retry-After': '3600' }));
      const { slept, sleep } = recordingSleep();
      const error = await dataError(fetchDataset('/test-api/retry-after-long', { sleep }));
      expect([error.kind, error.status]).to.deep.equal(['http', 503]);
      expect(requests).to.have.length(1);
      expect(slept).to.deep.equal([]);
    });

    it('honours a Retry-After up to maxRetryAfter', async () => {
      serve('/test-api/retry-after-max', status(429, { 'Retry-After': '120' }), json);
      const { slept, sleep } = recordingSleep();
      await fetchDataset('/test-api/retry-after-max', { maxRetryAfter: 120_000, sleep });
      expect(slept).to.deep.equal([120_000]);
    });

    it('retries a network error, then rejects with kind network', async () => {
      const requests = serve('/test-api/network', () => HttpResponse.error());
      const { slept, sleep } = recordingSleep();
      const error = await dataError(fetchDataset('/test-api/network', { sleep }));
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(undefined);
      expect(requests).to.have.length(3);
      expect(slept).to.have.length(2);
    });

    it('does not retry with retries 0', async () => {
      const requests = serve('/test-api/no-retries', () => HttpResponse.error());
      await dataError(fetchDataset('/test-api/no-retries', { retries: 0 }));
      expect(requests).to.have.length(1);
    });
  });

  describe('authorization', () => {
    it('asks for headers again after a 401 and retries once with the new token', async () => {
      const requests = serve('/test-api/401-then-ok', status(401), json);
      const tokens = ['expired', 'fresh'];
      let calls = 0;
      const headers = () => ({ Authorization: `Bearer ${tokens[calls++]}` });
      expect(await fetchDataset('/test-api/401-then-ok', { headers })).to.deep.equal(dataset);
      expect(calls).to.equal(2);
      expect(requests.map((request) => request.headers.get('Authorization'))).to.deep.equal(['Bearer expired', 'Bearer fresh']);
    });

    it('rejects a second 401 with kind auth after exactly 2 requests', async () => {
      const requests = serve('/test-api/401', status(401));
      const { slept, sleep } = recordingSleep();
      const error = await dataError(fetchDataset('/test-api/401', { headers: { Authorization: 'Bearer x' }, sleep }));
      expect([error.kind, error.status]).to.deep.equal(['auth', 401]);
      expect(requests).to.have.length(2);
      expect(slept).to.deep.equal([]);
    });

    it('rejects a 403 with kind auth without retrying', async () => {
      const requests = serve('/test-api/403', status(403));
      const error = await dataError(fetchDataset('/test-api/403'));
      expect([error.kind, error.status]).to.deep.equal(['auth', 403]);
      expect(requests).to.have.length(1);
    });

    it('rejects with kind auth when the headers function throws, before any request', async () => {
      const requests = serve('/test-api/headers-throw', json);
      const error = await dataError(
        fetchDataset('/test-api/headers-throw', {
          headers: () => {
            throw new Error('refresh failed');
          },
        }),
      );
      expect(error.kind).to.equal('auth');
      expect(requests).to.have.length(0);
    });
  });

  describe('responses that are not a dataset', () => {
    it('rejects a 404 with kind http and the status, without retrying', async () => {
      const requests = serve('/test-api/404', status(404));
      const error = await dataError(fetchDataset('/test-api/404'));
      expect([error.kind, error.status]).to.deep.equal(['http', 404]);
      expect(requests).to.have.length(1);
    });

    it('rejects HTML served with status 200 with kind parse and says so', async () => {
      serve('/test-api/html', () => HttpResponse.html('\n  <!doctype html><title>Login</title>'));
      const error = await dataError(fetchDataset('/test-api/html'));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('HTML');
    });

    it('rejects truncated JSON with kind parse', async () => {
      serve('/test-api/truncated', () =>
        HttpResponse.text('{"leads": [{"id": 1, "sta', { headers: { 'Content-Type': 'application/json' } }),
      );
      const error = await dataError(fetchDataset('/test-api/truncated'));
      expect(error.kind).to.equal('parse');
    });

    it('rejects a 204 with kind shape', async () => {
      serve('/test-api/204', status(204));
      const error = await dataError(fetchDataset('/test-api/204'));
      expect(error.kind).to.equal('shape');
    });

    it('rejects a blank body with kind shape', async () => {
      serve('/test-api/blank', () => HttpResponse.text(' \n\t'));
      const error = await dataError(fetchDataset('/test-api/blank'));
      expect(error.kind).to.equal('shape');
    });
  });

  describe('time-outs and aborts', () => {
    it('rejects with kind timeout when an attempt takes longer than timeout, without retrying', async () => {
      // a server that never answers: the timeout alone ends the attempt
      const requests = serve('/test-api/slow', async () => {
        await delay('infinite');
        return json();
      });
      const error = await dataError(fetchDataset('/test-api/slow', { timeout: 50 }));
      expect(error.kind).to.equal('timeout');
      expect(requests).to.have.length(1);
    });

    it('rejects with the AbortError when the signal aborts mid-request, and requests nothing more', async () => {
      let arrived!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      const requests = serve('/test-api/abort', async () => {
        arrived();
        await delay(300);
        return status(500)();
      });
      const controller = new AbortController();
      const loading = fetchDataset('/test-api/abort', { signal: controller.signal, retryDelay: 1 });
      await arrival;
      controller.abort();
      const error = await rejection(loading);
      expect(error).not.to.be.instanceOf(LeadDataError);
      expect((error as DOMException).name).to.equal('AbortError');
      // a retry would have been asked for before the load rejected: a request of our own, made now
      // and answered, comes after it
      await requestsHandled();
      expect(requests).to.have.length(1);
    });

    it('rejects with the signal reason when it is already aborted, without a request', async () => {
      const requests = serve('/test-api/pre-aborted', json);
      const reason = new Error('superseded');
      const error = await rejection(fetchDataset('/test-api/pre-aborted', { signal: AbortSignal.abort(reason) }));
      expect(error).to.equal(reason);
      expect(requests).to.have.length(0);
    });

    it('rejects promptly when the signal aborts during a backoff', async () => {
      const requests = serve('/test-api/abort-backoff', status(500));
      const controller = new AbortController();
      // abort once the first attempt has failed and the 10 s backoff is under way: its timer (10 to
      // 12.5 s with the jitter; the attempt's own time-out is 30 s) has been set
      let backoff = false;
      const setTimeoutOriginal = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
        if (ms !== undefined && ms >= 10_000 && ms <= 12_500) backoff = true;
        return setTimeoutOriginal(handler, ms, ...args);
      }) as typeof setTimeout;
      const started = performance.now();
      let loading: Promise<unknown>;
      try {
        loading = fetchDataset('/test-api/abort-backoff', { signal: controller.signal, retryDelay: 10_000 });
        await waitUntil(() => backoff, 'the backoff', { timeout: 5000 });
      } finally {
        window.setTimeout = setTimeoutOriginal;
      }
      controller.abort();
      const error = await rejection(loading);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(performance.now() - started).to.be.below(6000);
      expect(requests).to.have.length(1);
    });

    it('makes no request after an injected sleep during which the signal aborted', async () => {
      const requests = serve('/test-api/abort-sleep', status(500));
      const controller = new AbortController();
      const sleep = async () => controller.abort();
      const error = await rejection(fetchDataset('/test-api/abort-sleep', { signal: controller.signal, sleep }));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(requests).to.have.length(1);
    });
  });

  describe('URLs and secrets', () => {
    /** A fetch that counts its calls and passes them to the real fetch. */
    function countingFetch(): { calls: number; fetch: typeof fetch } {
      const counter = {
        calls: 0,
        fetch: (input: RequestInfo | URL, init?: RequestInit) => {
          counter.calls++;
          return fetch(input, init);
        },
      };
      return counter;
    }

    for (const url of ['javascript:alert(1)', 'data:application/json,{"leads":[]}', 'blob:https://example.com/x', 'file:///etc/passwd']) {
      it(`rejects ${url.split(':')[0]}: URLs with kind network without a request`, async () => {
        const counter = countingFetch();
        const error = await dataError(fetchDataset(url, { fetch: counter.fetch }));
        expect(error.kind).to.equal('network');
        expect(counter.calls).to.equal(0);
      });
    }

    it('rejects an unparseable URL with kind network without a request', async () => {
      const counter = countingFetch();
      const error = await dataError(fetchDataset('http://crm.example:99999/', { fetch: counter.fetch }));
      expect(error.kind).to.equal('network');
      expect(counter.calls).to.equal(0);
    });

    it('never puts a header token, the query or the body in an error message', async () => {
      const secret = 's3cr3t-token';
      const failures: [string, () => Response][] = [
        ['500', () => HttpResponse.text(secret, { status: 500 })],
        ['401', () => HttpResponse.text(secret, { status: 401 })],
        ['403', () => HttpResponse.text(secret, { status: 403 })],
        ['404', () => HttpResponse.text(secret, { status: 404 })],
        ['429', () => new HttpResponse(secret, { status: 429, headers: { 'Retry-After': '9999' } })],
        ['html', () => HttpResponse.html(`<p>${secret}</p>`)],
        ['json', () => HttpResponse.text(`{"token": "${secret}"`)],
        ['network', () => HttpResponse.error()],
      ];
      for (const [name, response] of failures) {
        serve(`/test-api/secret/${name}`, response);
        const error = await dataError(
          fetchDataset(`/test-api/secret/${name}?api_key=query-key&tenant=7`, {
            headers: () => ({ Authorization: `Bearer ${secret}`, 'X-Api-Key': 'header-key' }),
            sleep: recordingSleep().sleep,
          }),
        );
        for (const leak of [secret, 'query-key', 'header-key', 'tenant', '?']) {
          expect(error.message, `${name}: ${error.message}`).not.to.contain(leak);
        }
      }
    });
  });

  it('takes every option', async () => {
    // a compile-time check that the documented options exist with these types
    const options: Required<FetchDatasetOptions> = {
      signal: new AbortController().signal,
      timeout: 1000,
      credentials: 'omit',
      headers: new Headers(),
      retries: 0,
      retryDelay: 0,
      maxRetryAfter: 0,
      sleep: async () => undefined,
      fetch,
    };
    serve('/test-api/options', json);
    expect(await fetchDataset('/test-api/options', options)).to.deep.equal(dataset);
  });
});
