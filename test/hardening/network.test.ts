import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { LeadDataErrorEvent } from '../../src/events/lead-data-error.js';
import { dashboardFixture } from '../helpers/dashboard.js';
import { hold, useMsw, worker } from '../helpers/msw.js';

useMsw();

const dataset = (owner: string, count: number) => ({
  owners: [{ id: owner, label: owner.toUpperCase() }],
  leads: Array.from({ length: count }, (_, i) => ({ id: `${owner}-${i}`, status: 'customer', createdAt: '2026-01-02', owner })),
});

/** A dashboard with no data yet, for all time in UTC, with `attributes` over that. */
const blank = (attributes: Record<string, string> = {}) =>
  dashboardFixture({ lang: 'en', range: 'all', 'time-zone': 'UTC', ...attributes });

describe('hostile networks', () => {
  it('keeps two dashboards with different api and headers apart', async () => {
    const seen: [string, string | null][] = [];
    worker.use(
      http.get('/net/one', async ({ request }) => {
        seen.push(['one', request.headers.get('Authorization')]);
        await delay(100);
        return HttpResponse.json(dataset('one', 3));
      }),
      http.get('/net/two', ({ request }) => {
        seen.push(['two', request.headers.get('Authorization')]);
        return HttpResponse.json(dataset('two', 5));
      }),
    );
    const [a, b] = [await blank(), await blank()];
    a.headers = { Authorization: 'Bearer A' };
    b.headers = async () => ({ Authorization: 'Bearer B' });
    const loads = Promise.all([oneEvent(a, 'lead-data-load'), oneEvent(b, 'lead-data-load')]);
    a.api = '/net/one';
    b.api = '/net/two';
    await loads;
    expect(seen.sort()).to.deep.equal([
      ['one', 'Bearer A'],
      ['two', 'Bearer B'],
    ]);
    expect(a.summary!.groups.map((g) => [g.key, g.total])).to.deep.equal([['one', 3]]);
    expect(b.summary!.groups.map((g) => [g.key, g.total])).to.deep.equal([['two', 5]]);
  });

  it('shows only the newest answer when two filter changes race and the older answers last', async () => {
    const owners: string[] = [];
    const slow = hold(() => HttpResponse.json(dataset('slow', 9)));
    worker.use(
      http.get('/net/race', async ({ request }) => {
        const owner = new URL(request.url).searchParams.get('owner') ?? 'all';
        owners.push(owner);
        // owner=slow answers when the test lets it; the refetch at the end (the fourth request)
        // fails, which adds no load to those recorded
        if (owner === 'slow') return slow.respond();
        if (owners.length >= 4) return new HttpResponse(null, { status: 404 });
        await delay(20);
        return HttpResponse.json(dataset(owner, 2));
      }),
    );
    const el = await blank({ 'server-filter': '' });
    el.api = '/net/race';
    await oneEvent(el, 'lead-data-load');
    const loads: number[] = [];
    el.addEventListener('lead-data-load', (event) => loads.push(event.detail.leads));
    el.filter = { owners: ['slow'] };
    await waitUntil(() => owners.includes('slow'), 'the older request', { timeout: 10_000 });
    el.filter = { owners: ['fast'] };
    await waitUntil(() => loads.length > 0, 'the newest answer', { timeout: 10_000 });
    // the older answer comes last
    slow.release();
    await slow.answered;
    // The worker reads answers in the order they come: a refetch through it, answered after the
    // older answer was given, has its outcome shown after anything the older answer could cause.
    await el.refresh();
    expect(loads).to.deep.equal([2]);
    expect(el.summary!.groups.map((g) => [g.key, g.total])).to.deep.equal([['fast', 2]]);
  });

  it('recovers by itself when the browser comes back online after a network failure', async () => {
    let online = false;
    worker.use(http.get('/net/offline', () => (online ? HttpResponse.json(dataset('back', 1)) : HttpResponse.error())));
    const el = await blank();
    const failed = oneEvent(el, 'lead-data-error') as Promise<LeadDataErrorEvent>;
    el.api = '/net/offline';
    expect((await failed).detail.kind).to.equal('network');
    online = true;
    const loaded = oneEvent(el, 'lead-data-load');
    window.dispatchEvent(new Event('online'));
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
  });

  it('treats 204 No Content as a shape error', async () => {
    worker.use(http.get('/net/204', () => new HttpResponse(null, { status: 204 })));
    const el = await blank();
    const failed = oneEvent(el, 'lead-data-error') as Promise<LeadDataErrorEvent>;
    el.api = '/net/204';
    expect((await failed).detail.kind).to.equal('shape');
  });

  for (const api of ['javascript:alert(1)', 'data:application/json,{"leads":[]}', 'blob:null/x', 'file:///etc/passwd']) {
    it(`refuses to load ${api.split(':')[0]}: URLs`, async () => {
      const el = await blank();
      const failed = oneEvent(el, 'lead-data-error') as Promise<LeadDataErrorEvent>;
      el.api = api;
      expect((await failed).detail.kind).to.equal('network');
      expect(el.summary).to.equal(undefined);
    });
  }

  it('never lets a token reach the URL, the DOM, an event or the console', async () => {
    const secret = 'tok-3f9a2c-secret';
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => logged.push(args.map(String).join(' '))));
    try {
      const urls: string[] = [];
      worker.use(
        http.get('/net/secret', ({ request }) => {
          urls.push(request.url);
          return new HttpResponse(`<html>${request.headers.get('Authorization')}</html>`, { status: 401 });
        }),
      );
      const el = await blank({ 'server-filter': '' });
      el.headers = () => ({ Authorization: `Bearer ${secret}` });
      const failed = oneEvent(el, 'lead-data-error') as Promise<LeadDataErrorEvent>;
      el.api = '/net/secret';
      const { detail } = await failed;
      await el.updateComplete;
      expect(JSON.stringify(detail)).not.to.include(secret);
      expect(urls.join(' ')).not.to.include(secret);
      expect(el.shadowRoot!.innerHTML).not.to.include(secret);
      expect(document.body.innerHTML).not.to.include(secret);
      expect(logged.join('\n')).not.to.include(secret);
    } finally {
      methods.forEach((m, k) => (console[m] = originals[k]!));
    }
  });
});
