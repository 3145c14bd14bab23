import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/lead-conversion-chart/lead-conversion-chart.js';
import type { LeadConversionChart } from '../../src/components/lead-conversion-chart/lead-conversion-chart.js';
import { layoutConversionChart } from '../../src/components/lead-conversion-chart/conversion-chart-layout.js';
import { foldSummary } from '../../src/data/fold.js';
import type { LeadSummary } from '../../src/data/types.js';
import type { LeadSelectEvent } from '../../src/events/lead-select.js';
import { center } from '../helpers/pointer.js';
import { summaryOf } from '../helpers/summaries.js';
import { settled } from '../helpers/wait.js';

async function chart(lang: 'vi' | 'en' = 'en', limit = 30) {
  const el = await fixture<LeadConversionChart>(
    html`<lead-conversion-chart lang=${lang} limit=${limit} style="width: 640px"></lead-conversion-chart>`,
  );
  el.summary = summaryOf({ lang });
  await settled(el);
  return el;
}

const rows = (el: LeadConversionChart) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.row')];
const buttons = (el: LeadConversionChart) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.row [role=button]')];
const names = (el: LeadConversionChart) => buttons(el).map((row) => row.getAttribute('aria-label'));

describe('<lead-conversion-chart>', () => {
  it('is accessible in English', async () => {
    await expect(await chart('en')).to.be.accessible();
  });

  it('is accessible in Vietnamese', async () => {
    await expect(await chart('vi')).to.be.accessible();
  });

  it('names the chart and its conversion basis on screen and in the SVG', async () => {
    const el = await chart('vi');
    const heading = el.shadowRoot!.querySelector('[part=heading]')!;
    expect(heading.querySelector('.title')!.textContent).to.equal('Tỷ lệ chuyển đổi theo nhân viên');
    expect(heading.querySelector('.basis')!.textContent).to.equal('Tỷ lệ chuyển đổi so với số đã giao');
    const svg = el.shadowRoot!.querySelector('svg[part=chart]')!;
    expect(svg.getAttribute('role')).to.equal('figure');
    expect(svg.getAttribute('aria-label')).to.equal('Tỷ lệ chuyển đổi theo nhân viên');
    expect(svg.querySelector('desc')!.textContent).to.equal('Tỷ lệ chuyển đổi so với số đã giao của 5 nhóm; toàn bộ: 33,3%.');
  });

  it('names the basis in use and the group label given by the host', async () => {
    const el = await chart('en');
    el.summary = summaryOf({ lang: 'en', conversionBasis: 'closed' });
    el.groupLabel = 'Sales Rep';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Conversion rate by sales rep');
    expect(el.shadowRoot!.querySelector('.basis')!.textContent).to.equal('Conversion rate of leads closed');
  });

  it('draws a bar per group in summary order, named with rate, won and base', async () => {
    const el = await chart('en');
    expect(rows(el)).to.have.length(5);
    expect(names(el)).to.deep.equal([
      'An: 42.9% (3 / 7)',
      'Bình: 33.3% (1 / 3)',
      'u9: 0% (0 / 1)',
      'Chi: — (0 / 0)',
      'Unassigned: 0% (0 / 1)',
    ]);
    expect(rows(el).map((row) => row.querySelector('.label title')!.textContent)).to.deep.equal(['An', 'Bình', 'u9', 'Chi', 'Unassigned']);
    expect(rows(el).map((row) => row.querySelector('.value')!.textContent)).to.deep.equal(['42.9%', '33.3%', '0%', '—', '0%']);
  });

  it('speaks Vietnamese', async () => {
    const el = await chart('vi');
    expect(names(el)).to.deep.equal([
      'An: 42,9% (3 / 7)',
      'Bình: 33,3% (1 / 3)',
      'u9: 0% (0 / 1)',
      'Chi: — (0 / 0)',
      'Chưa giao: 0% (0 / 1)',
    ]);
    expect(el.shadowRoot!.querySelector('.reference text')!.textContent).to.equal('Toàn bộ: 33,3%');
  });

  it('writes "—" and draws no bar for a null rate', async () => {
    const el = await chart('en');
    const chi = rows(el)[3]!;
    expect(chi.querySelector('.value')!.textContent).to.equal('—');
    expect(chi.querySelector('rect.bar')).to.equal(null);
    expect(rows(el)[0]!.querySelector('rect.bar')).not.to.equal(null);
  });

  it('places the reference line and the bars where the layout puts them', async () => {
    const el = await chart('en');
    const svg = el.shadowRoot!.querySelector('svg[part=chart]')!;
    expect(svg.getAttribute('width')).to.equal('640');
    const layout = layoutConversionChart(foldSummary(el.summary!, 30, 'Other'), { width: 640 });
    const line = el.shadowRoot!.querySelector('.reference line')!;
    expect(Number(line.getAttribute('x1'))).to.equal(layout.reference!.x);
    expect(Number(line.getAttribute('x2'))).to.equal(layout.reference!.x);
    expect(el.shadowRoot!.querySelector('.reference text')!.textContent).to.equal('Overall: 33.3%');
    const bar = rows(el)[0]!.querySelector('rect.bar')!;
    expect(Number(bar.getAttribute('width'))).to.equal(layout.bars[0]!.width);
    expect([...el.shadowRoot!.querySelectorAll('.tick')].map((t) => t.textContent)).to.deep.equal([
      '0%',
      '10%',
      '20%',
      '30%',
      '40%',
      '50%',
    ]);
  });

  it('never puts NaN or Infinity in an SVG attribute', async () => {
    const el = await chart('en');
    const base = el.summary!;
    const empty: LeadSummary = { ...base, groups: [], totals: { ...base.totals, total: 0, won: 0, base: 0, conversionRate: null } };
    const broken: LeadSummary = { ...base, groups: base.groups.map((g) => ({ ...g, conversionRate: NaN })) };
    for (const [value, width] of [
      [base, '640px'],
      [empty, '640px'],
      [broken, '640px'],
      [base, '0px'],
    ] as const) {
      el.style.width = width;
      el.summary = value;
      await settled(el);
      for (const node of el.shadowRoot!.querySelectorAll('svg *, svg')) {
        for (const attribute of node.attributes) expect(attribute.value, attribute.name).not.to.match(/NaN|Infinity/);
      }
    }
  });

  it('fills the bars with --lead-accent-color, else the customer status colour', async () => {
    const el = await chart('en');
    const bar = el.shadowRoot!.querySelector('rect.bar')!;
    expect(getComputedStyle(bar).fill).to.equal('rgb(46, 133, 64)');
    el.style.setProperty('--lead-status-customer-color', 'rgb(4, 5, 6)');
    expect(getComputedStyle(bar).fill).to.equal('rgb(4, 5, 6)');
    el.style.setProperty('--lead-accent-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(bar).fill).to.equal('rgb(1, 2, 3)');
  });

  it('colours the reference line with --lead-reference-color, else the ink', async () => {
    const el = await chart('en');
    el.style.color = 'rgb(7, 8, 9)';
    const line = el.shadowRoot!.querySelector('.reference line')!;
    expect(getComputedStyle(line).stroke).to.equal('rgb(7, 8, 9)');
    el.style.setProperty('--lead-reference-color', 'rgb(10, 11, 12)');
    expect(getComputedStyle(line).stroke).to.equal('rgb(10, 11, 12)');
  });

  it('rings the focused bar with --lead-focus-color', async () => {
    const el = await chart('en');
    el.style.setProperty('--lead-focus-color', 'rgb(200, 0, 100)');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    // the first stop is the "Data table" button, then the bars
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const hit = buttons(el)[0]!.querySelector('.hit')!;
    expect(getComputedStyle(hit).stroke).to.equal('rgb(200, 0, 100)');
    before.remove();
  });

  it('keeps the bars painted in forced colors', async () => {
    const el = await chart('en');
    el.style.setProperty('--lead-accent-color', 'rgb(1, 2, 3)');
    await emulateMedia({ forcedColors: 'active' });
    try {
      const fill = getComputedStyle(el.shadowRoot!.querySelector('rect.bar')!).fill;
      expect(fill).not.to.equal('rgb(1, 2, 3)');
      expect(fill).not.to.equal('none');
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      expect(fill).to.equal(getComputedStyle(probe).color);
      // the grid and the reference line in the system's grey
      probe.style.color = 'GrayText';
      expect(getComputedStyle(el.shadowRoot!.querySelector('.grid line')!).stroke).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.reference line')!).stroke).to.equal(getComputedStyle(probe).color);
      probe.remove();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('fires lead-select after a real click with the group, the won status and the range, bubbling and composed', async () => {
    const el = await chart('en');
    const bar = rows(el)[0]!.querySelector('rect.bar')!;
    const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendMouse({ type: 'click', position: center(bar) });
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ groupBy: 'owner', group: 'u1', status: 'customer', from: null, to: null });
    expect([bubbles, composed]).to.deep.equal([true, true]);
  });

  it('fires lead-select when the label beside a bar is clicked', async () => {
    const el = await chart('en');
    const label = rows(el)[1]!.querySelector('.label')!;
    const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendMouse({ type: 'click', position: center(label) });
    expect((await event).detail.group).to.equal('u2');
  });

  it('fires lead-select on Enter and on Space, with the null key for the unassigned group', async () => {
    const el = await chart('en');
    buttons(el)[4]!.focus();
    let event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Enter' });
    let fired = await event;
    expect(fired.detail).to.deep.equal({ groupBy: 'owner', group: null, status: 'customer', from: null, to: null });
    expect([fired.bubbles, fired.composed]).to.deep.equal([true, true]);
    buttons(el)[1]!.focus();
    event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Space' });
    fired = await event;
    expect(fired.detail).to.deep.equal({ groupBy: 'owner', group: 'u2', status: 'customer', from: null, to: null });
  });

  it('gives the status undefined when the set has no won status', async () => {
    const el = await chart('en');
    el.summary = { ...el.summary!, statuses: el.summary!.statuses.map((s) => ({ ...s, kind: s.kind === 'won' ? 'open' : s.kind })) };
    await el.updateComplete;
    buttons(el)[0]!.focus();
    const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.status).to.equal(undefined);
  });

  it('is one tab stop, and arrow keys, Home and End move focus between bars', async () => {
    const el = await chart('en');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.classList.contains('data-table-toggle')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const focused = () => buttons(el).indexOf(el.shadowRoot!.activeElement as SVGGElement);
    expect(focused()).to.equal(0);
    expect(buttons(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(2);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(1);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(4);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(4);
    expect(buttons(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '-1', '-1', '0']);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(0);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(null);
    before.remove();
  });

  it('goes to the first and last bar with Ctrl + Home and Ctrl + End too, and leaves Left and Right to the page', async () => {
    const el = await chart('en');
    const focused = () => buttons(el).indexOf(el.shadowRoot!.activeElement as SVGGElement);
    buttons(el)[2]!.focus();
    await sendKeys({ press: 'Control+End' });
    expect(focused()).to.equal(4);
    await sendKeys({ press: 'Control+Home' });
    expect(focused()).to.equal(0);
    const prevented: boolean[] = [];
    const listener = (event: KeyboardEvent) => prevented.push(event.defaultPrevented);
    window.addEventListener('keydown', listener);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    window.removeEventListener('keydown', listener);
    expect(prevented).to.deep.equal([false, true]);
    expect(focused()).to.equal(1);
  });

  it('keeps the tab stop on an existing bar when bars go', async () => {
    const el = await chart('en');
    buttons(el)[4]!.focus();
    await sendKeys({ press: 'Tab' });
    el.limit = 3;
    await el.updateComplete;
    expect(buttons(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['-1', '0']);
  });

  it('fires no event when a property is set', async () => {
    const el = await chart('en');
    let count = 0;
    el.addEventListener('lead-select', () => count++);
    el.summary = summaryOf({ lang: 'vi' });
    el.limit = 2;
    el.lang = 'vi';
    el.groupLabel = 'Người bán';
    await el.updateComplete;
    el.summary = undefined;
    await el.updateComplete;
    expect(count).to.equal(0);
  });

  it('folds the groups beyond limit into an Other bar that is not focusable', async () => {
    const el = await chart('en', 3);
    expect(rows(el)).to.have.length(3);
    expect(names(el)).to.deep.equal(['An: 42.9% (3 / 7)', 'Unassigned: 0% (0 / 1)']);
    const other = rows(el)[1]!;
    expect(other.querySelector('.label title')!.textContent).to.equal('Other');
    // Bình 1 / 3, u9 0 / 1 and Chi 0 / 0
    expect(other.querySelector('.value')!.textContent).to.equal('25%');
    expect(other.querySelector('[tabindex], [role]')).to.equal(null);
    el.lang = 'vi';
    await el.updateComplete;
    expect(rows(el)[1]!.querySelector('.label title')!.textContent).to.equal('Khác');
    await expect(el).to.be.accessible();
  });
});
