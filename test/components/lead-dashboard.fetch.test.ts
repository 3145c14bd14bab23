import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, HttpResponse } from 'msw';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import type { LeadDataErrorEvent } from '../../src/events/lead-data-error.js';
import type { LeadDataLoadEvent } from '../../src/events/lead-data-load.js';
import type { LeadSelectEvent } from '../../src/events/lead-select.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { referenceSummary } from '../reference.js';
import { dashboardFixture } from '../helpers/dashboard.js';
import { part, text } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { hold, requestsHandled, serve, useMsw } from '../helpers/msw.js';

useMsw();

const ZONE = 'Asia/Ho_Chi_Minh';
const small = { owners: [{ id: 'a', label: 'Alpha' }], leads: [{ id: 1, status: 'customer', createdAt: '2026-01-02', owner: 'a' }] };

/** A dashboard loading `api`, for all time. */
const dashboard = (api: string, lang = 'en') => dashboardFixture({ lang, range: 'all', api });

describe('<lead-dashboard api>', () => {
  it('loads the dataset from api, fires lead-data-load and renders it', async () => {
    serve('/crm/leads', () => HttpResponse.json(managerData));
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" time-zone=${ZONE} range="all"></lead-dashboard>`);
    const loaded = oneEvent(el, 'lead-data-load') as Promise<LeadDataLoadEvent>;
    el.api = '/crm/leads';
    expect((await loaded).detail).to.deep.equal({ leads: 14, excluded: { invalid: 7, duplicateId: 1 } });
    await el.updateComplete;
    expect(el.summary).to.deep.equal(referenceSummary(managerData, { timeZone: ZONE, from: null, to: null, groupBy: 'owner', lang: 'en' }));
    const table = el.shadowRoot!.querySelector('lead-table')!;
    expect(table.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('shows a loading skeleton and announces loading until the data arrives', async () => {
    const slow = hold(() => HttpResponse.json(small));
    serve('/crm/slow', slow.respond);
    const el = await dashboard('/crm/slow');
    await el.updateComplete;
    expect(part(el, 'skeleton')).not.to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Loading data…');
    const loaded = oneEvent(el, 'lead-data-load');
    slow.release();
    await loaded;
    await el.updateComplete;
    expect(part(el, 'skeleton')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('1 leads in 1 groups, All time.');
  });

  it('lets .data win over api, without fetching', async () => {
    const requests = serve('/crm/unused', () => HttpResponse.json(managerData));
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all"></lead-dashboard>`);
    el.data = small;
    el.api = '/crm/unused';
    await el.updateComplete;
    // A request it made would start with its worker, as a second dashboard's does: when that one's
    // whole load (request, answer, ingest) is done, this one's request would have reached msw.
    serve('/crm/probe', () => HttpResponse.json(small));
    const probe = await dashboard('/crm/probe');
    await oneEvent(probe, 'lead-data-load');
    expect(requests).to.have.length(0);
    expect(el.summary!.totals.total).to.equal(1);
  });

  const failures: [string, () => Response | Promise<Response>, string, number | undefined, string][] = [
    ['network', () => HttpResponse.error(), 'network', undefined, 'Could not reach the server. Check the connection and try again.'],
    ['404', () => new HttpResponse('gone', { status: 404 }), 'http', 404, 'The data address was not found (error 404).'],
    ['403', () => new HttpResponse(null, { status: 403 }), 'auth', 403, 'You are not allowed to see this data (error 403).'],
    [
      '401',
      () => new HttpResponse(null, { status: 401 }),
      'auth',
      401,
      'Your session has expired or is not valid (error 401). Please sign in again.',
    ],
    [
      'HTML',
      () => new HttpResponse('<!doctype html><title>Login</title>', { headers: { 'content-type': 'text/html' } }),
      'parse',
      200,
      'The server sent something that is not valid data.',
    ],
    [
      'truncated JSON',
      () => new HttpResponse('{"leads": [', { headers: { 'content-type': 'application/json' } }),
      'parse',
      200,
      'The server sent something that is not valid data.',
    ],
    [
      'a wrong shape',
      () => HttpResponse.json({ rows: 'nope' }),
      'shape',
      undefined,
      'The data does not have the expected shape and cannot be shown.',
    ],
    [
      '429 with a long Retry-After',
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3600' } }),
      'http',
      429,
      'The server is receiving too many requests (error 429). Please try again in a few minutes.',
    ],
  ];
  for (const [name, respond, kind, status, message] of failures) {
    it(`shows its own message and fires lead-data-error of kind ${kind} for ${name}`, async () => {
      const path = `/crm/fail-${name.replace(/\W+/g, '-')}`;
      serve(path, respond);
      const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all"></lead-dashboard>`);
      const failed = oneEvent(el, 'lead-data-error') as Promise<LeadDataErrorEvent>;
      el.api = path;
      const { detail } = await failed;
      expect(detail).to.deep.equal(status === undefined ? { kind, message } : { kind, status, message });
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(text(error.querySelector('p'))).to.equal(message);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(part(el, 'retry')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('reports a timeout as its own kind', async () => {
    // a server that never answers: the element's timeout alone ends the request
    serve('/crm/hang', async () => {
      await delay('infinite');
      return HttpResponse.json(small);
    });
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="vi" range="all" timeout="100"></lead-dashboard>`);
    const failed = oneEvent(el, 'lead-data-error') as Promise<LeadDataErrorEvent>;
    el.api = '/crm/hang';
    expect((await failed).detail).to.deep.equal({ kind: 'timeout', message: 'Máy chủ không trả lời kịp. Vui lòng thử lại.' });
  });

  it('retries a 500 a bounded number of times before showing the error', async () => {
    const requests = serve('/crm/500', () => new HttpResponse(null, { status: 500 }));
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all"></lead-dashboard>`);
    const failed = oneEvent(el, 'lead-data-error') as Promise<LeadDataErrorEvent>;
    el.api = '/crm/500';
    expect((await failed).detail).to.deep.equal({
      kind: 'http',
      status: 500,
      message: 'The server is having trouble (error 500). Please try again later.',
    });
    expect(requests).to.have.length(3);
  });

  it('calls .headers again after a 401 and succeeds with the fresh token', async () => {
    const requests = serve(
      '/crm/auth',
      () => new HttpResponse(null, { status: 401 }),
      () => HttpResponse.json(small),
    );
    let calls = 0;
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all"></lead-dashboard>`);
    el.headers = async () => ({ Authorization: `Bearer token-${++calls}` });
    const loaded = oneEvent(el, 'lead-data-load');
    el.api = '/crm/auth';
    await loaded;
    expect(calls).to.equal(2);
    expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
    await el.updateComplete;
    expect(el.shadowRoot!.innerHTML).not.to.include('token-');
  });

  it('keeps the last good data on screen, marked stale, while a refetch fails, and recovers on retry', async () => {
    const requests = serve(
      '/crm/flaky',
      () => HttpResponse.json(managerData),
      () => new HttpResponse(null, { status: 404 }),
      () => HttpResponse.json(small),
    );
    const el = await dashboard('/crm/flaky');
    await oneEvent(el, 'lead-data-load');
    await el.updateComplete;
    await el.refresh();
    expect(requests).to.have.length(2);
    expect(el.summary!.totals.total).to.equal(14);
    expect(text(part(el, 'error')!.querySelector('p'))).to.equal('The data address was not found (error 404).');
    expect(text(part(el, 'error')!.querySelector('.stale'))).to.match(/^Showing the data loaded at /);
    expect(el.shadowRoot!.querySelector('.content.stale')).not.to.equal(null);
    (part(el, 'retry') as HTMLButtonElement).focus();
    const loaded = oneEvent(el, 'lead-data-load');
    await sendKeys({ press: 'Enter' });
    await loaded;
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(el.summary!.totals.total).to.equal(1);
  });

  it('never shows a slow superseded response', async () => {
    const old = hold(() => HttpResponse.json(managerData));
    const oldRequests = serve('/crm/old', old.respond);
    // the refetch below is answered 404: an error, which adds no load of its own to those recorded
    serve(
      '/crm/new',
      () => HttpResponse.json(small),
      () => new HttpResponse(null, { status: 404 }),
    );
    const el = await dashboard('/crm/old');
    const loads: number[] = [];
    el.addEventListener('lead-data-load', (event) => loads.push(event.detail.leads));
    const totals: number[] = [];
    el.addEventListener('lead-data-load', () => totals.push(el.summary!.totals.total));
    await waitUntil(() => oldRequests.length > 0, 'the old request', { timeout: 10_000 });
    el.api = '/crm/new';
    await waitUntil(() => loads.length > 0, 'the new load', { timeout: 10_000 });
    // the old answer comes last, after the new one is shown
    old.release();
    await old.answered;
    // The worker reads answers in the order they come: a refetch through it, answered after the
    // old answer was given, has its outcome shown after anything the old answer could cause.
    await el.refresh();
    await el.updateComplete;
    expect(loads).to.deep.equal([1]);
    expect(totals).to.deep.equal([1]);
    expect(el.summary!.totals.total).to.equal(1);
  });

  it('aborts its request when removed mid-request, and fires nothing after', async () => {
    // the request is made by the dashboard's worker: removal stops the worker, and with it the request
    const posted: { type: string; id: number }[] = [];
    let terminated = 0;
    const { postMessage, terminate } = Worker.prototype;
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      posted.push(args[0] as { type: string; id: number });
      return (postMessage as (...a: unknown[]) => void).apply(this, args);
    } as Worker['postMessage'];
    Worker.prototype.terminate = function (this: Worker) {
      terminated++;
      return terminate.call(this);
    };
    try {
      const answer = hold(() => HttpResponse.json(small));
      const requests = serve('/crm/removed', answer.respond);
      const el = await dashboard('/crm/removed');
      const events = recordEvents(el, 'lead-data-load', 'lead-data-error');
      await waitUntil(() => posted.some((message) => message.type === 'fetch') && requests.length > 0, 'the request', {
        timeout: 10_000,
      });
      el.remove();
      // stopping the worker cancels its fetch
      expect(terminated).to.equal(1);
      // the answer comes after the removal; once a later request of our own is answered it has been
      // handed on, and whatever the element still had running (its load task) has settled
      answer.release();
      await answer.answered;
      await requestsHandled();
      await el.updateComplete;
      expect(events).to.deep.equal([]);
    } finally {
      Worker.prototype.postMessage = postMessage;
      Worker.prototype.terminate = terminate;
    }
  });

  it('keeps the chart, the table and .summary in agreement with the engine after a filter change', async () => {
    serve('/crm/agree', () => HttpResponse.json(managerData));
    const el = await dashboard('/crm/agree');
    await oneEvent(el, 'lead-data-load');
    el.filter = { owners: ['u1', 'u2'], statuses: ['customer', 'not_potential', 'unknown'] };
    el.groupBy = 'priority';
    await el.updateComplete;
    const expected = referenceSummary(managerData, {
      timeZone: ZONE,
      from: null,
      to: null,
      groupBy: 'priority',
      lang: 'en',
      filter: { owners: ['u1', 'u2'], statuses: ['customer', 'not_potential', 'unknown'] },
    });
    expect(el.summary).to.deep.equal(expected);
    const table = el.shadowRoot!.querySelector('lead-table')!;
    const rows = [...table.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [
      row.querySelector('th')!.textContent,
      row.querySelector('td.total')!.textContent,
    ]);
    expect(rows).to.deep.equal(expected.groups.map((g) => [g.label, String(g.total)]));
    const chart = el.shadowRoot!.querySelector('lead-status-chart')!;
    const bars = [...chart.shadowRoot!.querySelectorAll('g.bar')].map((bar) => [
      bar.querySelector('.label title')!.textContent,
      [...bar.querySelectorAll('rect[role=button]')]
        .map((r) => r.getAttribute('aria-label')!.replace(/^.*: (\d+) .*$/, '$1'))
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ]);
    expect(bars).to.deep.equal(expected.groups.map((g) => [g.label, g.total]));
  });

  it('re-emits lead-select from a table cell activated with Enter', async () => {
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone=${ZONE}></lead-dashboard>`);
    el.data = managerData;
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('lead-table')!;
    table.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const selected = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.target).to.equal(el);
    expect(event.detail).to.deep.equal({ groupBy: 'owner', group: 'u2', status: 'new', from: null, to: null });
  });

  it('lets a token change a computed colour inside the charts', async () => {
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone=${ZONE}></lead-dashboard>`);
    el.data = managerData;
    await el.updateComplete;
    el.style.setProperty('--lead-status-customer-color', 'rgb(10, 20, 30)');
    const chart = el.shadowRoot!.querySelector('lead-status-chart')!;
    const rect = chart.shadowRoot!.querySelector('rect[aria-label^="An, Customer"]')!;
    expect(getComputedStyle(rect).fill).to.equal('rgb(10, 20, 30)');
  });

  it('is accessible when empty', async () => {
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="vi" range="all"></lead-dashboard>`);
    el.data = { owners: [{ id: 'a', label: 'An' }], leads: [] };
    await el.updateComplete;
    expect(text(part(el, 'empty'))).to.equal('Không có cơ hội nào trong khoảng thời gian này.');
    await expect(el).to.be.accessible();
  });

  it('sends the filter as query parameters in server-filter mode and refetches when it changes', async () => {
    const requests = serve('/crm/server', () => HttpResponse.json(managerData));
    const el = await fixture<LeadDashboard>(
      html`<lead-dashboard lang="en" time-zone=${ZONE} from="2026-11-01" to="2026-11-30" group-by="source" server-filter></lead-dashboard>`,
    );
    const loaded = oneEvent(el, 'lead-data-load');
    el.api = '/crm/server?tenant=7';
    await loaded;
    const query = (request: Request) => [...new URL(request.url).searchParams.entries()];
    expect(query(requests[0]!)).to.deep.equal([
      ['tenant', '7'],
      ['from', '2026-11-01'],
      ['to', '2026-11-30'],
      ['tz', ZONE],
      ['dateField', 'createdAt'],
      ['groupBy', 'source'],
    ]);
    const again = oneEvent(el, 'lead-data-load');
    el.filter = { owners: ['u1', null], statuses: ['customer'], range: 'all' };
    await again;
    expect(query(requests[1]!)).to.deep.equal([
      ['tenant', '7'],
      ['tz', ZONE],
      ['dateField', 'createdAt'],
      ['groupBy', 'source'],
      ['owner', 'u1'],
      ['owner', ''],
      ['status', 'customer'],
    ]);
    await el.updateComplete;
    // the server answered everything: the browser still applies the filter
    expect(el.summary!.totals.total).to.equal(3);
    expect(el.summary).to.deep.equal(
      referenceSummary(managerData, {
        timeZone: ZONE,
        from: null,
        to: null,
        groupBy: 'source',
        lang: 'en',
        filter: { owners: ['u1', null], statuses: ['customer'] },
      }),
    );
  });

  it('loads pre-aggregated rows from api', async () => {
    const rows = [
      { date: '2026-11-02', owner: 'u1', status: 'customer', count: 40 },
      { date: '2026-11-02', owner: 'u1', status: 'new', count: 10 },
      { date: '2026-11-03', owner: null, status: 'new', count: 5 },
    ];
    serve('/crm/rows', () => HttpResponse.json({ owners: [{ id: 'u1', label: 'An' }], rows }));
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" time-zone=${ZONE} range="all"></lead-dashboard>`);
    const loaded = oneEvent(el, 'lead-data-load') as Promise<LeadDataLoadEvent>;
    el.api = '/crm/rows';
    expect((await loaded).detail).to.deep.equal({ leads: 55, excluded: { invalid: 0, duplicateId: 0 } });
    expect(el.summary!.groups.map((g) => [g.label, g.total, g.conversionRate])).to.deep.equal([
      ['An', 50, 1],
      ['Unassigned', 5, null],
    ]);
  });
});
