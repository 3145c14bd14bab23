import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import type { Lead } from '../../src/data/types.js';
import { useMsw, worker } from '../helpers/msw.js';

useMsw();

const ZONE = 'Asia/Ho_Chi_Minh';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** 3 leads from 8 to 14 November, 5 from 1 to 7 November, 2 in October. */
const LEADS: Lead[] = [
  ...['2026-11-08', '2026-11-10', '2026-11-14'].map((createdAt, k) => ({ id: `now-${k}`, status: 'customer', createdAt, owner: 'a' })),
  ...['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-05', '2026-11-07'].map((createdAt, k) => ({
    id: `before-${k}`,
    status: 'assigned',
    createdAt,
    owner: 'a',
  })),
  ...['2026-10-20', '2026-10-21'].map((createdAt, k) => ({ id: `october-${k}`, status: 'new', createdAt, owner: 'b' })),
];
const OWNERS = [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta' },
];

/** A CRM endpoint that filters by from / to itself, as server-filter mode expects; returns the queries it was asked. */
function filteringServer(path: string, fail?: (from: string | null) => boolean) {
  const queries: { from: string | null; to: string | null }[] = [];
  worker.use(
    http.get(path, ({ request }) => {
      const params = new URL(request.url).searchParams;
      const from = params.get('from');
      const to = params.get('to');
      queries.push({ from, to });
      if (fail?.(from)) return new HttpResponse(null, { status: 500 });
      const leads = LEADS.filter((lead) => (!from || String(lead.createdAt) >= from) && (!to || String(lead.createdAt) <= to));
      return HttpResponse.json({ owners: OWNERS, leads });
    }),
  );
  return queries;
}

async function dashboard(path: string) {
  const el = await fixture<LeadDashboard>(
    html`<lead-dashboard lang="en" time-zone=${ZONE} from="2026-11-08" to="2026-11-14" compare="previous-period" server-filter></lead-dashboard>`,
  );
  const loaded = oneEvent(el, 'lead-data-load');
  el.api = path;
  await loaded;
  await el.updateComplete;
  return el;
}

const kpi = (el: LeadDashboard) => el.shadowRoot!.querySelector('lead-kpi-strip')!.shadowRoot!;

describe('<lead-dashboard server-filter compare>', () => {
  it('asks the server for the compared period too, and compares with what it answered', async () => {
    const queries = filteringServer('/crm/filtering');
    const el = await dashboard('/crm/filtering');
    await waitUntil(() => queries.length >= 2, 'both periods requested', { timeout: 10_000 });
    expect(queries).to.deep.include({ from: '2026-11-08', to: '2026-11-14' });
    expect(queries).to.deep.include({ from: '2026-11-01', to: '2026-11-07' });
    await el.updateComplete;
    expect(el.summary!.totals.total).to.equal(3);
    // 3 now against 5 in the week before: −2, −40% (a comparison with nothing would say +3)
    expect(text(kpi(el).querySelector('[part~=delta]'))).to.include('▼ -40%');
    expect(text(kpi(el).querySelector('[part~=rule]'))).to.equal('vs the previous 7 days (Nov 1 – 7, 2026)');
    const table = el.shadowRoot!.querySelector('lead-table')!.shadowRoot!;
    expect(text(table.querySelector('tfoot td.delta'))).to.equal('-2 -40%');
  });

  it('asks again for both periods when the range changes', async () => {
    const queries = filteringServer('/crm/filtering-again');
    const el = await dashboard('/crm/filtering-again');
    await waitUntil(() => queries.length >= 2, 'both periods requested', { timeout: 10_000 });
    el.from = '2026-11-01';
    el.to = '2026-11-07';
    await waitUntil(() => queries.some((query) => query.from === '2026-10-25'), 'the new compared period requested', { timeout: 10_000 });
    await waitUntil(() => el.summary?.totals.total === 5, 'the new period shown', { timeout: 10_000 });
    await el.updateComplete;
    expect(queries).to.deep.include({ from: '2026-10-25', to: '2026-10-31' });
    // 5 against none: October's two leads are older than 25–31 October
    expect(text(kpi(el).querySelector('[part~=rule]'))).to.equal('vs the previous 7 days (Oct 25 – 31, 2026)');
  });

  it('says so on screen, and shows no change, when the compared period cannot be loaded', async () => {
    filteringServer('/crm/filtering-fails', (from) => from === '2026-11-01');
    const el = await dashboard('/crm/filtering-fails');
    await waitUntil(() => text(el.shadowRoot!.querySelector('.hint')) !== '', 'a notice about the comparison', { timeout: 10_000 });
    expect(text(el.shadowRoot!.querySelector('.hint'))).to.equal('The period to compare with could not be loaded.');
    expect(kpi(el).querySelector('[part~=delta]')).to.equal(null);
    expect(el.summary!.totals.total).to.equal(3);
  });
});
