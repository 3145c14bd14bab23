import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import { comparisonPeriod, compareSummaries } from '../../src/data/compare.js';
import { parseDay } from '../../src/data/dates.js';
import { summaryFunnel } from '../../src/data/funnel.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { LeadFilterChangeEvent } from '../../src/events/lead-filter-change.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { dashboardFixture } from '../helpers/dashboard.js';
import { shadowQuery, text } from '../helpers/dom.js';
import { center, centerInView, drag } from '../helpers/pointer.js';

const ZONE = 'Asia/Ho_Chi_Minh';
/** The manager fixture from 6 to 9 November 2026, in English, with `attributes` over that. */
const dashboard = (attributes: Record<string, string> = {}) =>
  dashboardFixture({ lang: 'en', from: '2026-11-06', to: '2026-11-09', ...attributes }, managerData);

describe('<lead-dashboard> beyond the numbers', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('compares with the previous period: KPI deltas with the rule on screen, and a Δ column in the table', async () => {
    const el = await dashboard({ compare: 'previous-period', from: '2026-11-05' });
    const store = ingestLeads(readDataset(managerData)!, { timeZone: ZONE });
    const range = { from: parseDay('2026-11-05'), to: parseDay('2026-11-09') };
    const period = comparisonPeriod(range, 'previous-period')!;
    const expected = compareSummaries(summarize(store, { range, lang: 'en' }), summarize(store, { range: period, lang: 'en' }));
    const strip = shadowQuery(el, 'lead-kpi-strip');
    expect(text(strip.shadowRoot!.querySelector('[part~=rule]'))).to.equal('vs the previous 5 days (Oct 31 – Nov 4, 2026)');
    // 9 leads from 5 to 9 November, 5 from 31 October to 4 November
    expect(expected.kpis.total).to.deep.equal({ current: 9, previous: 5, delta: 4, ratio: 0.8 });
    expect(text(strip.shadowRoot!.querySelector('[part~=delta]'))).to.include('+80%');
    const table = shadowQuery(el, 'lead-table');
    const headers = [...table.shadowRoot!.querySelectorAll('thead th')].map((th) => text(th));
    expect(headers).to.include('Δ Total');
    // turning it off removes both
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.compare select')!;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(strip.shadowRoot!.querySelector('[part~=rule]')?.outerHTML ?? 'none').to.equal('none');
    expect([...table.shadowRoot!.querySelectorAll('thead th')].map((th) => text(th))).not.to.include('Δ Total');
  });

  it('asks for a bounded range when comparing an open one', async () => {
    const el = await dashboard({ compare: 'same-period-last-year', range: 'all' });
    el.removeAttribute('from');
    el.removeAttribute('to');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.hint'))).to.equal('Pick a range with a start and an end to compare.');
    expect(shadowQuery(el, 'lead-kpi-strip').shadowRoot!.querySelector('[part~=delta]')?.outerHTML ?? 'none').to.equal('none');
    el.from = '2026-11-01';
    el.to = '2026-11-09';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.hint')?.outerHTML ?? 'none').to.equal('none');
    expect(text(shadowQuery(el, 'lead-kpi-strip').shadowRoot!.querySelector('[part~=rule]'))).to.include('2025');
  });

  it('draws the funnel of the range from the summary', async () => {
    const el = await dashboard();
    const funnel = shadowQuery(el, 'lead-funnel');
    const expected = summaryFunnel(el.summary!);
    // 6 to 9 November: 7 leads; all but one new were assigned; in progress, customer, lost and
    // paused leads reached "in progress"; one customer
    expect(expected.stages.map((stage) => stage.count)).to.deep.equal([7, 6, 3, 1]);
    const labels = [...funnel.shadowRoot!.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')).join(' | ');
    for (const count of ['7', '6', '3', '1']) expect(labels).to.include(count);
  });

  it('sets its range from a brush drag on the trend chart and announces it as a filter change', async () => {
    const el = await dashboard({ range: 'all' });
    el.removeAttribute('from');
    el.removeAttribute('to');
    el.from = el.to = undefined;
    await el.updateComplete;
    const trend = shadowQuery(el, 'lead-trend-chart');
    const days = [...trend.shadowRoot!.querySelectorAll('rect[role=option]')];
    expect(days.length).to.be.greaterThan(4);
    const [x0, y] = await centerInView(days[1]!);
    const [x1] = center(days[3]!);
    const changed = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    await drag([x0, y], [x1, y]);
    const { detail, target } = await changed;
    expect(target).to.equal(el);
    expect([detail.from, detail.to]).to.deep.equal(['2026-11-03', '2026-11-05']);
    await el.updateComplete;
    expect(el.summary!.range).to.include({ from: '2026-11-03', to: '2026-11-05' });
    expect(el.summary!.totals.total).to.equal(5);
  });

  it('exports a chart as an SVG file holding its labels as text', async () => {
    const el = await dashboard();
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    const names: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      // each chart's buttons name their chart
      const labels = [...el.shadowRoot!.querySelectorAll('.panel-tools button')].map((b) => b.getAttribute('aria-label'));
      expect(labels).to.deep.equal(
        ['status', 'conversion rate', 'leads over time', 'conversion funnel'].flatMap((chart) => [
          `Download SVG – ${chart} chart`,
          `Download PNG – ${chart} chart`,
        ]),
      );
      const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-panel=status] .panel-tools button')].find(
        (b) => text(b) === 'Download SVG',
      )!;
      button.click();
      await waitUntil(() => names.length > 0, 'no download started', { timeout: 5000 });
      expect(names).to.deep.equal(['Lead-status-by-salesperson.svg']);
      expect(blobs[0]!.type).to.equal('image/svg+xml');
      const svg = await blobs[0]!.text();
      expect(svg).to.include('Bình');
      expect(svg).not.to.include('var(');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('mirrors the filter in the URL with sync-url, and starts from it', async () => {
    // the test runner keeps its own parameters in this page's URL: they must stay
    const before = location.href;
    const start = new URL(location.href);
    for (const [name, value] of [
      ['keep', '1'],
      ['lead.groupBy', 'source'],
      ['lead.from', '2026-11-02'],
      ['lead.to', '2026-11-05'],
      ['lead.owner', 'u1'],
    ])
      start.searchParams.append(name!, value!);
    history.replaceState(null, '', start);
    try {
      const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" time-zone=${ZONE} sync-url></lead-dashboard>`);
      el.data = managerData;
      await el.updateComplete;
      expect(el.summary!.groupBy).to.equal('source');
      expect(el.summary!.range).to.include({ from: '2026-11-02', to: '2026-11-05' });
      expect(el.filter.owners).to.deep.equal(['u1']);
      // a user's change writes back, keeping the page's own parameters
      const bar = shadowQuery(el, 'lead-filter-bar');
      const select = bar.shadowRoot!.querySelector<HTMLSelectElement>('select[name=groupBy]')!;
      select.value = 'priority';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      // the URL module is loaded on first use: the write follows shortly after the change
      await waitUntil(() => new URL(location.href).searchParams.get('lead.groupBy') !== 'source', 'the URL was not written', {
        timeout: 5000,
      });
      const params = new URL(location.href).searchParams;
      expect(params.get('keep')).to.equal('1');
      expect(params.get('lead.groupBy')).to.equal('priority');
      expect(params.getAll('lead.owner')).to.deep.equal(['u1']);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('prints without its controls', async () => {
    const el = await dashboard();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadowQuery(el, 'lead-filter-bar')).display).to.equal('none');
      expect(getComputedStyle(shadowQuery(el, '.panel-tools button')).display).to.equal('none');
      expect(getComputedStyle(shadowQuery(el, 'lead-table')).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is accessible with the comparison, the trend and the funnel', async () => {
    const el = await dashboard({ compare: 'same-period-last-year' });
    await expect(el).to.be.accessible();
  });
});
