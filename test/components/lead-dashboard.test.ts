import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { selectOption, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { summaryToCSV } from '../../src/data/csv.js';
import { defineElement } from '../../src/define.js';
import type { LeadFilterChangeEvent } from '../../src/events/lead-filter-change.js';
import type { LeadSelectEvent } from '../../src/events/lead-select.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { referenceSummary } from '../reference.js';
import { dashboardFixture } from '../helpers/dashboard.js';
import { text } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { clickCenter } from '../helpers/pointer.js';
import { animationFrames } from '../helpers/wait.js';

const ZONE = 'Asia/Ho_Chi_Minh';

/** A dashboard of `data` (the manager fixture) for all time, with `attributes` over that. */
const dashboard = (attributes: Record<string, string> = {}, data: unknown = managerData) =>
  dashboardFixture({ range: 'all', ...attributes }, data);

const shadow = (el: Element) => el.shadowRoot!;
/** The shadow root of the dashboard's table. */
const tableRoot = (el: Element) => shadow(el).querySelector('lead-table')!.shadowRoot!;
const rows = (el: Element) => [...tableRoot(el).querySelectorAll('tbody tr')];
const cellTexts = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => text(cell));

describe('<lead-dashboard>', () => {
  it('is accessible with data', async () => {
    const el = await dashboard();
    await expect(el).to.be.accessible();
  });

  it('renders the SPEC §5 table: a row per group with counts, shares, total and rate, and a totals row', async () => {
    const el = await dashboard({ lang: 'en' });
    const expected = referenceSummary(managerData, { timeZone: ZONE, from: null, to: null, groupBy: 'owner', lang: 'en' });
    expect(el.summary).to.deep.equal(expected);
    const headers = [...tableRoot(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal([
      'Salesperson',
      'New',
      'Assigned',
      'In progress',
      'Customer',
      'Not potential',
      'Stopped pursuing',
      'Duplicate contact',
      'Unknown',
      'Total',
      'Conversion rate',
    ]);
    expect(rows(el).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['An', 'Bình', 'u9', 'Chi', 'Unassigned']);
    expect(cellTexts(rows(el)[0]!)).to.deep.equal([
      'An',
      '1 12.5%',
      '0 0%',
      '1 12.5%',
      '3 37.5%',
      '1 12.5%',
      '1 12.5%',
      '1 12.5%',
      '0 0%',
      '8',
      '42.9%',
    ]);
    expect(cellTexts(rows(el)[3]!)).to.deep.equal(['Chi', '0 —', '0 —', '0 —', '0 —', '0 —', '0 —', '0 —', '0 —', '0', '—']);
    const totals = tableRoot(el).querySelector('tfoot tr')!;
    expect(cellTexts(totals)).to.deep.equal([
      'Total',
      '2 14.3%',
      '1 7.1%',
      '2 14.3%',
      '4 28.6%',
      '2 14.3%',
      '1 7.1%',
      '1 7.1%',
      '1 7.1%',
      '14',
      '33.3%',
    ]);
    expect(tableRoot(el).querySelector('table caption')!.textContent).to.equal('Leads by status and salesperson');
  });

  it('speaks Vietnamese by default, with Vietnamese number formats', async () => {
    const el = await dashboard();
    const headers = [...tableRoot(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers[0]).to.equal('Nhân viên');
    expect(headers.slice(1, 4)).to.deep.equal(['Mới', 'Đã giao', 'Đang xử lý']);
    expect(headers.at(-1)).to.equal('Tỷ lệ chuyển đổi');
    expect(rows(el).at(-1)!.querySelector('th')!.textContent).to.equal('Chưa giao');
    expect(cellTexts(rows(el)[0]!).at(-1)).to.equal('42,9%');
    expect(tableRoot(el).querySelector('tfoot th')!.textContent).to.equal('Tổng');
  });

  it('takes its language from the nearest lang ancestor', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><lead-dashboard range="all" time-zone=${ZONE}></lead-dashboard></div>`);
    const el = wrapper.querySelector('lead-dashboard')!;
    el.data = managerData;
    await el.updateComplete;
    expect(tableRoot(el).querySelector('tfoot th')!.textContent).to.equal('Total');
  });

  it('follows group-by, conversion-basis, from and to', async () => {
    const el = await dashboard({ 'group-by': 'source', 'conversion-basis': 'closed', from: '2026-11-03', to: '2026-11-05', lang: 'en' });
    expect(el.summary!.groupBy).to.equal('source');
    expect(el.summary!.range).to.deep.equal({ from: '2026-11-03', to: '2026-11-05', timeZone: ZONE });
    expect(el.summary).to.deep.equal(
      referenceSummary(managerData, {
        timeZone: ZONE,
        from: '2026-11-03',
        to: '2026-11-05',
        groupBy: 'source',
        conversionBasis: 'closed',
        lang: 'en',
      }),
    );
    expect(tableRoot(el).querySelector('thead th')!.textContent!.trim()).to.equal('Source');
    expect(rows(el).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['Zalo', 'web', 'Facebook', 'Giới thiệu']);
  });

  it('groups by a declared dimension under its own label', async () => {
    const el = await dashboard({ 'group-by': 'tinhTrang' });
    expect(tableRoot(el).querySelector('thead th')!.textContent!.trim()).to.equal('Tình trạng');
    expect(rows(el).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['Nóng', '__proto__', 'Lạnh', 'Ấm', 'Không có']);
  });

  it('applies the list filters of .filter and exposes the range with them', async () => {
    const el = await dashboard();
    el.filter = { owners: ['u2', null], statuses: ['customer', 'unknown', 'new'] };
    await el.updateComplete;
    expect(el.summary!.totals.counts).to.include({ customer: 1, unknown: 1, new: 1, assigned: 0 });
    expect(el.filter).to.deep.equal({ owners: ['u2', null], statuses: ['customer', 'unknown', 'new'], range: 'all' });
    el.filter = { from: '2026-11-07', to: '2026-11-06' };
    expect(el.summary!.range).to.include({ from: '2026-11-06', to: '2026-11-07' });
    expect(el.getAttribute('range')).to.equal('all');
    el.filter = { range: 'last-month' };
    expect([el.from, el.to, el.range]).to.deep.equal([undefined, undefined, 'last-month']);
  });

  it('gives .summary synchronously after a property change', async () => {
    const el = await dashboard();
    el.groupBy = 'priority';
    expect(el.summary!.groupBy).to.equal('priority');
    el.data = { leads: [{ id: 1, status: 'new', createdAt: '2026-01-01' }] };
    expect(el.summary!.totals.total).to.equal(1);
  });

  it('exports the table as CSV', async () => {
    const el = await dashboard({ lang: 'en' });
    expect(el.toCSV()).to.equal(summaryToCSV(el.summary!, 'en'));
    expect(el.toCSV().split('\r\n')[1]).to.match(/^An,1,0.125,/);
  });

  it('tells of records skipped as invalid or repeated', async () => {
    const el = await dashboard({ lang: 'en' });
    expect(shadow(el).querySelector('[part=notice]')!.textContent!.trim()).to.equal(
      'Skipped 7 invalid records and 1 records with a repeated id.',
    );
  });

  it('shows an error for data of the wrong shape, and an empty state for no leads', async () => {
    const el = await dashboard({ lang: 'en' }, { rows: 'nope' });
    expect(el.summary).to.equal(undefined);
    expect(shadow(el).querySelector('[part=error]')!.textContent!.trim()).to.equal(
      'The data does not have the expected shape and cannot be shown.',
    );
    el.data = { leads: [] };
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
    expect(shadow(el).querySelector('[part=empty]')!.textContent).to.equal('No leads in this time range.');
    await expect(el).to.be.accessible();
  });

  it('fires no event when the host sets properties or attributes', async () => {
    const el = await dashboard();
    const fired = recordEvents(el, 'lead-filter-change', 'lead-select');
    el.filter = { owners: ['u1'] };
    el.groupBy = 'source';
    el.setAttribute('range', 'last-week');
    el.data = { ...managerData };
    // updateComplete waits for the ingest, the staged drawing and every inner element's update: an
    // event these changes set off would have fired by then
    await el.updateComplete;
    expect(fired).to.deep.equal([]);
  });

  it('fires lead-filter-change with resolved dates when the user picks a preset', async () => {
    const el = await dashboard({ lang: 'en' });
    el.id = 'dash';
    const event = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    await selectOption({ selector: '#dash select[name=range]', value: 'yesterday' } as never);
    const { detail } = await event;
    expect(detail.range).to.equal('yesterday');
    expect(detail.from).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(detail.to).to.equal(detail.from);
    expect(detail.groupBy).to.equal('owner');
    expect(el.range).to.equal('yesterday');
    expect(el.summary!.range.from).to.equal(detail.from);
  });

  it('changes the grouping from the filter bar with the keyboard', async () => {
    const el = await dashboard({ lang: 'en' });
    const select = shadow(el).querySelector('lead-filter-bar')!.shadowRoot!.querySelector<HTMLSelectElement>('select[name=groupBy]')!;
    const event = oneEvent(el, 'lead-filter-change') as Promise<LeadFilterChangeEvent>;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    const { detail } = await event;
    expect(detail.groupBy).to.equal('source');
    await el.updateComplete;
    expect(el.groupBy).to.equal('source');
    expect(tableRoot(el).querySelector('thead th')!.textContent!.trim()).to.equal('Source');
  });

  it('re-emits lead-select from a click on a chart segment, with the drill-down detail', async () => {
    const el = await dashboard({ lang: 'en', from: '2026-11-01', to: '2026-11-30' });
    const chart = shadow(el).querySelector('lead-status-chart')!;
    await chart.updateComplete;
    const segment = chart.shadowRoot!.querySelector('rect[aria-label^="Bình, Customer"]')!;
    const fired = recordEvents(el, 'lead-select');
    const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await clickCenter(segment);
    const { detail, target } = await event;
    expect(target).to.equal(el);
    expect(detail).to.deep.equal({ groupBy: 'owner', group: 'u2', status: 'customer', from: '2026-11-01', to: '2026-11-30' });
    expect(fired).to.have.length(1);
  });

  it('survives being defined twice', () => {
    expect(() => defineElement('lead-dashboard', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('lead-dashboard')!.name).to.equal('LeadDashboard');
  });
});

describe('<lead-dashboard> layout', () => {
  it('fits every width from 320 px to 1600 px without overflowing or a ResizeObserver loop', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = await dashboard({ lang: 'en' });
      for (const width of [320, 360, 480, 768, 1024, 1280, 1600]) {
        el.style.width = `${width}px`;
        await animationFrames(2);
        await el.updateComplete;
        expect(el.scrollWidth, `width ${width}`).to.be.at.most(width);
        const chart = shadow(el).querySelector('lead-status-chart')!;
        expect(chart.shadowRoot!.querySelector('svg[part=chart]')!.getBoundingClientRect().width, `chart at ${width}`).to.be.at.most(width);
      }
      // a ResizeObserver loop is reported in the frame it happens in: two more frames after the last
      // redraw, and any would have been
      await animationFrames(2);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
