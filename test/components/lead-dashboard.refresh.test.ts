import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import { installLongTimers, type LongTimers } from '../helpers/long-timers.js';
import { useMsw, worker } from '../helpers/msw.js';

useMsw();

/** The longest delay a browser timer takes: longer ones overflow and fire at once. */
const MAX_TIMER = 2 ** 31 - 1;
const small = { owners: [{ id: 'a', label: 'Alpha' }], leads: [{ id: 1, status: 'customer', createdAt: '2026-01-02', owner: 'a' }] };

describe('<lead-dashboard refresh-interval>', () => {
  let timers: LongTimers | undefined;
  afterEach(() => {
    timers?.restore();
    timers = undefined;
  });

  /** A dashboard loading `path`, answered with `small`; resolves once the first load is shown. */
  async function polling(path: string, seconds: number, hold?: Promise<void>) {
    const requests: Request[] = [];
    worker.use(
      http.get(path, async ({ request }) => {
        requests.push(request);
        if (requests.length > 1 && hold) await hold;
        return HttpResponse.json(small);
      }),
    );
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" refresh-interval=${seconds}></lead-dashboard>`);
    const loaded = oneEvent(el, 'lead-data-load');
    el.api = path;
    await loaded;
    await el.updateComplete;
    return { el, requests };
  }

  it('refetches when its interval has passed, once per interval', async () => {
    timers = installLongTimers();
    const { el, requests } = await polling('/crm/refresh-minute', 60);
    expect(requests).to.have.length(1);
    timers.advance(59_000);
    expect(requests).to.have.length(1);
    timers.advance(1_000);
    await waitUntil(() => requests.length === 2, 'refetched after 60 s', { timeout: 10_000 });
    // the next interval starts when that refetch is shown
    await waitUntil(() => timers!.pending().some((timer) => timer.delay === 60_000), 'scheduled again', { timeout: 10_000 });
    el.remove();
  });

  it('does not poll while the page is hidden, and refetches at once when it shows again overdue', async () => {
    timers = installLongTimers();
    const { el, requests } = await polling('/crm/refresh-hidden', 60);
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(timers.pending(), 'no timer while hidden').to.deep.equal([]);
      timers.advance(600_000);
      await el.updateComplete;
      expect(requests).to.have.length(1);
    } finally {
      Object.defineProperty(document, 'hidden', hidden);
      delete (document as { hidden?: boolean }).hidden;
    }
    // ten minutes without a refetch: it is overdue, and runs as the page shows
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => requests.length === 2, 'refetched on showing', { timeout: 10_000 });
    el.remove();
  });

  it('never fires early: an interval past the browser timer range is waited for in steps', async () => {
    timers = installLongTimers();
    const thirtyDays = 30 * 24 * 3600;
    const { el, requests } = await polling('/crm/refresh-month', thirtyDays);
    const scheduled = timers.pending();
    expect(scheduled).to.have.length(1);
    // a delay over 2^31 - 1 ms would overflow and fire at once: a tight loop of requests
    expect(scheduled[0]!.delay).to.be.at.most(MAX_TIMER);
    timers.advance(scheduled[0]!.delay);
    await el.updateComplete;
    expect(requests, 'no request before the interval has passed').to.have.length(1);
    expect(timers.pending()).to.have.length(1);
    timers.advance(thirtyDays * 1000 - scheduled[0]!.delay);
    await waitUntil(() => requests.length === 2, 'refetched after 30 days', { timeout: 10_000 });
    el.remove();
  });

  it('stops polling when removed while a periodic refetch is in flight', async () => {
    timers = installLongTimers();
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const { el, requests } = await polling('/crm/refresh-removed', 60, hold);
    timers.advance(60_000);
    await waitUntil(() => requests.length === 2, 'the periodic refetch started', { timeout: 10_000 });
    el.remove();
    release();
    // whatever the aborted refetch settles into, the page's next frame comes after it
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(timers.pending(), 'no timer left behind').to.deep.equal([]);
    timers.advance(3_600_000);
    expect(requests).to.have.length(2);
  });
});
