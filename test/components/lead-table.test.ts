import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/lead-table/lead-table.js';
import type { LeadTable } from '../../src/components/lead-table/lead-table.js';
import { sortGroups } from '../../src/components/lead-table/table-sort.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { LeadSelectEvent } from '../../src/events/lead-select.js';
import { comparisonRule } from '../../src/components/lead-kpi-strip/kpi-values.js';
import { compareSummaries, countChange, previousPeriod, rateChange } from '../../src/data/compare.js';
import { parseDay } from '../../src/data/dates.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { centerInView } from '../helpers/pointer.js';
import { summaryOf } from '../helpers/summaries.js';

const summary = (lang: 'vi' | 'en', data: unknown = managerData) => summaryOf({ data, lang });

async function table(lang: 'vi' | 'en' = 'en', data?: unknown) {
  const el = await fixture<LeadTable>(html`<lead-table lang=${lang}></lead-table>`);
  el.summary = summary(lang, data);
  await el.updateComplete;
  return el;
}

const rowLabels = (el: LeadTable) => [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent);
const header = (el: LeadTable, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent!.replace(/[▲▼]/g, '').trim() === text)!;
describe('<lead-table>', () => {
  it('is accessible in English and Vietnamese', async () => {
    await expect(await table('en')).to.be.accessible();
    await expect(await table('vi')).to.be.accessible();
  });

  it('shows every group, each count with its share, total, rate and a totals row', async () => {
    const el = await table();
    expect(rowLabels(el)).to.deep.equal(['An', 'Bình', 'u9', 'Chi', 'Unassigned']);
    const cells = [...el.shadowRoot!.querySelectorAll('tfoot td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells).to.deep.equal(['2 14.3%', '1 7.1%', '2 14.3%', '4 28.6%', '2 14.3%', '1 7.1%', '1 7.1%', '1 7.1%', '14', '33.3%']);
  });

  it('updates its rows in place for a new summary: the same row elements, the new numbers, in one update', async () => {
    const leads = (shift: number) =>
      Array.from({ length: 600 }, (_, i) => ({
        id: i,
        status: i % 3 ? 'new' : 'customer',
        createdAt: '2026-01-01',
        owner: `o${(i + shift) % 150}`,
      }));
    const el = await fixture<LeadTable>(html`<lead-table lang="en"></lead-table>`);
    el.summary = summary('en', { leads: leads(0) });
    await el.updateComplete;
    const before = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(before).to.have.length(150);
    const next = summary('en', { leads: leads(1).slice(0, 450) });
    el.summary = next;
    // one update draws it all: nothing is left for a later frame
    await el.updateComplete;
    const after = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(after).to.have.length(150);
    // the rows stay where they are, and show the groups in the new summary's order
    expect(after.every((row, k) => row === before[k])).to.equal(true);
    expect(after.map((row) => row.querySelector('th')!.textContent)).to.deep.equal(next.groups.map((group) => group.label));
    const totals = after.map((row) => row.querySelector('td.total')!.textContent);
    expect(totals).to.deep.equal(next.groups.map((group) => String(group.total)));
  });

  it('keeps 200 groups as 200 rows', async () => {
    const leads = Array.from({ length: 400 }, (_, i) => ({ id: i, status: 'new', createdAt: '2026-01-01', owner: `o${i % 200}` }));
    const el = await table('en', { leads });
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(200);
    expect(el.shadowRoot!.querySelector('table')!.hasAttribute('aria-rowcount')).to.equal(false);
  });

  describe('with more than 200 groups', () => {
    const many = () => {
      const owners = Array.from({ length: 1000 }, (_, k) => ({ id: `o${k}`, label: `Owner ${String(k).padStart(4, '0')}` }));
      const leads = owners.flatMap((owner, k) =>
        Array.from({ length: 1 + (k % 3) }, (_, j) => ({ id: `${k}-${j}`, status: 'new', createdAt: '2026-01-01', owner: owner.id })),
      );
      return { owners, leads };
    };
    const drawn = (el: LeadTable) => [...el.shadowRoot!.querySelectorAll('tbody tr.group')];

    it('draws the rows in view of its scrolling frame, with aria-rowcount and aria-rowindex', async () => {
      const el = await table('en', many());
      const rows = drawn(el);
      expect(rows.length).to.be.within(20, 120);
      expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('1002');
      expect(rows[0]!.getAttribute('aria-rowindex')).to.equal('2');
      expect(el.shadowRoot!.querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
      expect(el.shadowRoot!.querySelector('tfoot tr')!.getAttribute('aria-rowindex')).to.equal('1002');
      // the frame is as tall as every row would be: the scrollbar tells how long the table is
      const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      expect(frame.scrollHeight).to.be.above(rows[0]!.getBoundingClientRect().height * 990);
      await expect(el).to.be.accessible();
    });

    it('draws the rows scrolled to', async () => {
      const el = await table('en', many());
      const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      frame.scrollTop = frame.scrollHeight / 2;
      await waitUntil(() => drawn(el).some((row) => row.getAttribute('aria-rowindex') === '502'), 'the middle rows drawn', {
        timeout: 5000,
      });
      const indices = drawn(el).map((row) => row.getAttribute('aria-rowindex'));
      expect(indices).not.to.include('102');
      // the row holding the grid's tab stop stays, so Tab still reaches the grid
      expect(indices).to.include('2');
      expect(drawn(el)[0]!.querySelector('td[tabindex="0"]')).not.to.equal(null);
    });

    it('reaches every row from the keyboard: Ctrl+End goes to the totals row, Ctrl+Home back to the first', async () => {
      const el = await table('en', many());
      el.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
      await sendKeys({ press: 'Control+End' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.closest('tfoot')).not.to.equal(null);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      await waitUntil(
        () => el.shadowRoot!.activeElement?.closest('tr')?.getAttribute('aria-rowindex') === '1001',
        'the last group focused',
        {
          timeout: 5000,
        },
      );
      const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.group).to.equal(el.summary!.groups[999]!.key);
      await sendKeys({ press: 'Control+Home' });
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement?.closest('tr')?.getAttribute('aria-rowindex') === '2', 'the first group focused', {
        timeout: 5000,
      });
    });

    it('draws every row when printed', async () => {
      const el = await table('en', many());
      await emulateMedia({ media: 'print' });
      try {
        await waitUntil(() => drawn(el).length === 1000, 'every row drawn for print', { timeout: 5000 });
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      await waitUntil(() => drawn(el).length < 1000, 'a window again after printing', { timeout: 5000 });
    });
  });

  it('sorts by a column from its header, toggling the direction, with aria-sort', async () => {
    const el = await table();
    await sendMouse({ type: 'click', position: await centerInView(header(el, 'Total')) });
    await el.updateComplete;
    expect(rowLabels(el)).to.deep.equal(['An', 'Bình', 'Unassigned', 'u9', 'Chi']);
    expect(header(el, 'Total').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    await sendMouse({ type: 'click', position: await centerInView(header(el, 'Total')) });
    await el.updateComplete;
    expect(rowLabels(el)).to.deep.equal(['Chi', 'u9', 'Unassigned', 'Bình', 'An']);
    expect(header(el, 'Total').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await sendMouse({ type: 'click', position: await centerInView(header(el, 'Salesperson')) });
    await el.updateComplete;
    expect(rowLabels(el)).to.deep.equal(['An', 'Bình', 'Chi', 'u9', 'Unassigned']);
    expect(header(el, 'Total').closest('th')!.getAttribute('aria-sort')).to.equal('none');
  });

  it('puts groups without a conversion rate last in either direction', () => {
    const groups = summary('en').groups;
    const byRate = (direction: 'ascending' | 'descending') =>
      sortGroups(groups, { kind: 'rate' }, direction, (a, b) => a.localeCompare(b)).map((g) => [g.key, g.conversionRate]);
    expect(byRate('descending')).to.deep.equal([
      ['u1', 3 / 7],
      ['u2', 1 / 3],
      ['u9', 0],
      [null, 0],
      ['u3', null],
    ]);
    expect(byRate('ascending')).to.deep.equal([
      ['u9', 0],
      [null, 0],
      ['u2', 1 / 3],
      ['u1', 3 / 7],
      ['u3', null],
    ]);
  });

  it('moves through count cells with the arrow keys and fires lead-select on Enter, with one tab stop', async () => {
    const el = await table();
    const first = el.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!;
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    let event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ groupBy: 'owner', group: 'u2', status: 'customer', from: null, to: null });
    await sendKeys({ press: 'End' });
    event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Space' });
    expect((await event).detail).to.deep.equal({ groupBy: 'owner', group: 'u2', status: undefined, from: null, to: null });
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
  });

  it('fires lead-select from a click on the totals row with no group', async () => {
    const el = await table();
    const cell = el.shadowRoot!.querySelector('tfoot td')!;
    const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendMouse({ type: 'click', position: await centerInView(cell) });
    expect((await event).detail).to.deep.equal({ groupBy: 'owner', group: undefined, status: 'new', from: null, to: null });
  });

  it('selects the row shown, also after sorting', async () => {
    const el = await table();
    await sendMouse({ type: 'click', position: await centerInView(header(el, 'Total')) });
    await el.updateComplete;
    const cell = el.shadowRoot!.querySelector('tbody tr:nth-child(3) td')!;
    const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendMouse({ type: 'click', position: await centerInView(cell) });
    expect((await event).detail.group).to.equal(null);
  });

  describe('with a comparison', () => {
    const current = { from: parseDay('2026-11-06'), to: parseDay('2026-11-09') };
    const ranged = (lang: 'vi' | 'en', range: { from: number | null; to: number | null }) =>
      summarize(ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' }), { range, lang });

    /** 6–9 November compared with 2–5 November. */
    async function compared(lang: 'vi' | 'en' = 'en') {
      const el = await fixture<LeadTable>(html`<lead-table lang=${lang}></lead-table>`);
      const now = ranged(lang, current);
      const before = ranged(lang, previousPeriod(current)!);
      el.summary = now;
      el.comparison = { ...compareSummaries(now, before), rule: comparisonRule(lang, 'previous-period', previousPeriod(current)!) };
      await el.updateComplete;
      return el;
    }
    const headers = (el: LeadTable) =>
      [...el.shadowRoot!.querySelectorAll('thead button')].map((b) => b.textContent!.replace(/[▲▼]/g, '').trim());
    const deltas = (el: LeadTable, section: 'tbody' | 'tfoot' = 'tbody') =>
      [...el.shadowRoot!.querySelectorAll(`${section} td.delta`)].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());

    it('is accessible in English and Vietnamese', async () => {
      await expect(await compared('en')).to.be.accessible();
      await expect(await compared('vi')).to.be.accessible();
    });

    it('adds a Δ Total column after Total with each group’s signed change and its relative change', async () => {
      const el = await compared('en');
      expect(headers(el).slice(-3)).to.deep.equal(['Total', 'Δ Total', 'Conversion rate']);
      expect(rowLabels(el)).to.deep.equal(['Bình', 'An', 'u9', 'Chi', 'Unassigned']);
      expect(deltas(el)).to.deep.equal(['+3 —', '-6 -85.7%', '+1 —', '0 —', '+2 —']);
      expect(deltas(el, 'tfoot')).to.deep.equal(['0 0%']);
      const cells = el.shadowRoot!.querySelectorAll('tbody tr:first-child td');
      expect(cells[cells.length - 2]!.classList.contains('delta')).to.equal(true);
      expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal(
        'Leads by status and salesperson vs the previous 4 days (Nov 2 – 5, 2026)',
      );
      expect(el.shadowRoot!.querySelector('caption .rule')!.textContent!.trim()).to.equal('vs the previous 4 days (Nov 2 – 5, 2026)');
    });

    it('speaks Vietnamese: "Δ Tổng", digit groups and decimal commas', async () => {
      const el = await fixture<LeadTable>(html`<lead-table lang="vi"></lead-table>`);
      const now = ranged('vi', current);
      el.summary = now;
      const change = (key: string | null, label: string, current: number, previous: number) => ({
        key,
        label,
        total: countChange(current, previous),
        won: countChange(0, 0),
        conversionRate: rateChange(null, null),
      });
      el.comparison = {
        groups: [change('u2', 'Bình', 3, 1237), change('u1', 'An', 1, 8)],
        totals: change('*', 'Tổng', 7, 1245),
      };
      await el.updateComplete;
      expect(headers(el)).to.include('Δ Tổng');
      expect(deltas(el)).to.deep.equal(['-1.234 -99,8%', '-7 -87,5%', '—', '—', '—']);
      expect(deltas(el, 'tfoot')).to.deep.equal(['-1.238 -99,4%']);
    });

    it('sorts by the change, groups without one last', async () => {
      const el = await compared('en');
      await sendMouse({ type: 'click', position: await centerInView(header(el, 'Δ Total')) });
      await el.updateComplete;
      expect(rowLabels(el)).to.deep.equal(['Bình', 'Unassigned', 'u9', 'Chi', 'An']);
      expect(header(el, 'Δ Total').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      await sendMouse({ type: 'click', position: await centerInView(header(el, 'Δ Total')) });
      await el.updateComplete;
      expect(rowLabels(el)).to.deep.equal(['An', 'Chi', 'u9', 'Unassigned', 'Bình']);
      const groups = el.summary!.groups;
      const partial = new Map<string | null, number>([['u1', 5]]);
      expect(sortGroups(groups, { kind: 'delta' }, 'ascending', (a, b) => a.localeCompare(b), partial).map((g) => g.key)).to.deep.equal([
        'u1',
        'u2',
        'u9',
        'u3',
        null,
      ]);
    });

    it('keeps the count cells as the only grid: End stops at Total', async () => {
      const el = await compared('en');
      el.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.status).to.equal(undefined);
      expect(el.shadowRoot!.activeElement!.classList.contains('total')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('td.delta[tabindex]')).to.have.length(0);
    });

    it('drops the column, and a sort by it, when the comparison is removed', async () => {
      const el = await compared('en');
      await sendMouse({ type: 'click', position: await centerInView(header(el, 'Δ Total')) });
      await el.updateComplete;
      el.comparison = undefined;
      await el.updateComplete;
      expect(headers(el)).not.to.include('Δ Total');
      expect(el.shadowRoot!.querySelectorAll('td.delta')).to.have.length(0);
      expect(rowLabels(el)).to.deep.equal(['Bình', 'An', 'u9', 'Chi', 'Unassigned']);
      expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('Leads by status and salesperson');
    });
  });
});
