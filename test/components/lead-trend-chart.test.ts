import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { brushX } from 'd3-brush';
import { select } from 'd3-selection';
import '../../src/components/lead-trend-chart/lead-trend-chart.js';
import type { LeadTrendChart } from '../../src/components/lead-trend-chart/lead-trend-chart.js';
import { parseDay } from '../../src/data/dates.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { trendOf, type LeadTrend } from '../../src/data/trend.js';
import type { LeadRangeSelectEvent } from '../../src/events/lead-range-select.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { recordEvents } from '../helpers/events.js';
import { center, drag } from '../helpers/pointer.js';

const store = () => ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' });
const trend = (lang: 'vi' | 'en' = 'en', from: string | null = null, to: string | null = null): LeadTrend =>
  trendOf(store(), { range: { from: from === null ? null : parseDay(from), to: to === null ? null : parseDay(to) }, lang });

async function chart(lang: 'vi' | 'en' = 'en') {
  const el = await fixture<LeadTrendChart>(html`<lead-trend-chart lang=${lang} style="width: 640px"></lead-trend-chart>`);
  el.trend = trend(lang);
  await el.updateComplete;
  return el;
}

const options = (el: LeadTrendChart) => [...el.shadowRoot!.querySelectorAll<SVGRectElement>('rect[role=option]')];
const names = (el: LeadTrendChart) => options(el).map((o) => o.getAttribute('aria-label'));
const selected = (el: LeadTrendChart) => options(el).map((o) => o.getAttribute('aria-selected') === 'true');
const brushRect = (el: LeadTrendChart) => el.shadowRoot!.querySelector<SVGRectElement>('g.brush .selection')!;
const unitButton = (el: LeadTrendChart, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=units] button')].find((b) => b.textContent!.trim() === label)!;

describe('<lead-trend-chart>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('is accessible', async () => {
    const el = await chart();
    await expect(el).to.be.accessible();
    el.selection = { from: '2026-11-03', to: '2026-11-04' };
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('draws a column per day and names each with its period, total and counts by status', async () => {
    const el = await chart();
    expect(names(el)).to.deep.equal([
      'Nov 2, 2026: 2 leads — New: 1, Customer: 1',
      'Nov 3, 2026: 2 leads — In progress: 1, Customer: 1',
      'Nov 4, 2026: 1 leads — Customer: 1',
      'Nov 5, 2026: 2 leads — Not potential: 1, Stopped pursuing: 1',
      'Nov 6, 2026: 2 leads — Customer: 1, Duplicate contact: 1',
      'Nov 7, 2026: 2 leads — Not potential: 1, Unknown: 1',
      'Nov 8, 2026: 2 leads — New: 1, Assigned: 1',
      'Nov 9, 2026: 1 leads — In progress: 1',
    ]);
    const svg = el.shadowRoot!.querySelector('svg[part=chart]')!;
    expect(svg.getAttribute('aria-label')).to.equal('Leads over time');
    expect(svg.querySelector('desc')!.textContent).to.equal(
      '14 leads, Nov 2, 2026 – Nov 9, 2026, one bar per day. Drag across the chart, or hold Shift with the arrow keys and press Enter, to pick a time range.',
    );
    expect(el.shadowRoot!.querySelector('[role=listbox]')!.getAttribute('aria-multiselectable')).to.equal('true');
    expect([...svg.querySelectorAll('.date')].map((t) => t.textContent)).to.deep.equal([
      'Nov 2',
      'Nov 3',
      'Nov 4',
      'Nov 5',
      'Nov 6',
      'Nov 7',
      'Nov 8',
      'Nov 9',
    ]);
    expect([...svg.querySelectorAll('.tick')].map((t) => t.textContent)).to.deep.equal(['0', '1', '2']);
    // one segment per status with leads
    expect(svg.querySelectorAll('.bars rect')).to.have.length(14);
    expect(unitButton(el, 'Day').getAttribute('aria-pressed')).to.equal('true');
  });

  it('switches to weeks and months with the unit buttons', async () => {
    const el = await chart();
    await sendMouse({ type: 'click', position: center(unitButton(el, 'Week')) });
    await el.updateComplete;
    expect(el.unit).to.equal('week');
    expect(unitButton(el, 'Week').getAttribute('aria-pressed')).to.equal('true');
    expect(names(el)).to.deep.equal([
      'Nov 2 – 8, 2026: 13 leads — New: 2, Assigned: 1, In progress: 1, Customer: 4, Not potential: 2, Stopped pursuing: 1, Duplicate contact: 1, Unknown: 1',
      'Nov 9, 2026: 1 leads — In progress: 1',
    ]);
    await sendMouse({ type: 'click', position: center(unitButton(el, 'Month')) });
    await el.updateComplete;
    expect(el.getAttribute('unit')).to.equal('month');
    expect(names(el)).to.have.length(1);
    expect(names(el)[0]).to.match(/^Nov 2 – 9, 2026: 14 leads — /);
  });

  it('fires lead-range-select with whole buckets when the user drags the brush', async () => {
    const el = await chart();
    const [x0, y] = center(options(el)[2]!);
    const [x1] = center(options(el)[4]!);
    const event = oneEvent(el, 'lead-range-select') as Promise<LeadRangeSelectEvent>;
    await drag([x0, y], [x1, y]);
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ from: '2026-11-04', to: '2026-11-06' });
    expect([bubbles, composed]).to.deep.equal([true, true]);
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ from: '2026-11-04', to: '2026-11-06' });
    expect(selected(el)).to.deep.equal([false, false, true, true, true, false, false, false]);
    // the brush snapped to the band edges of the buckets
    const band = (k: number) => options(el)[k]!;
    expect(Number(brushRect(el).getAttribute('x'))).to.be.closeTo(Number(band(2).getAttribute('x')), 1e-9);
    expect(Number(brushRect(el).getAttribute('x')) + Number(brushRect(el).getAttribute('width'))).to.be.closeTo(
      Number(band(4).getAttribute('x')) + Number(band(4).getAttribute('width')),
      1e-9,
    );
  });

  it('fires nothing when the user clears the brush with a click', async () => {
    const el = await chart();
    const events = recordEvents(el, 'lead-range-select');
    el.selection = { from: '2026-11-04', to: '2026-11-05' };
    await el.updateComplete;
    await sendMouse({ type: 'click', position: center(options(el)[7]!) });
    await el.updateComplete;
    expect(el.selection).to.equal(null);
    expect(selected(el).some(Boolean)).to.equal(false);
    expect(brushRect(el).style.display).to.equal('none');
    expect(events).to.have.length(0);
  });

  it('extends a selection with Shift and the arrow keys and fires it on Enter; Escape leaves an applied selection', async () => {
    const el = await chart();
    options(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(options(el)[1]);
    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([false, true, true, true, false, false, false, false]);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal(
      'Selected Nov 3, 2026 – Nov 5, 2026. Press Enter to apply, Escape to clear.',
    );
    // the brush shows it too
    expect(brushRect(el).style.display).to.equal('');
    const event = oneEvent(el, 'lead-range-select') as Promise<LeadRangeSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ from: '2026-11-03', to: '2026-11-05' });
    const events = recordEvents(el, 'lead-range-select');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ from: '2026-11-03', to: '2026-11-05' });
    expect(selected(el)).to.deep.equal([false, true, true, true, false, false, false, false]);
    expect(events).to.have.length(0);
  });

  it('drops a keyboard selection not applied yet on Escape, back to the applied one, firing nothing', async () => {
    const el = await chart();
    el.selection = { from: '2026-11-08', to: '2026-11-09' };
    await el.updateComplete;
    const events = recordEvents(el, 'lead-range-select');
    options(el)[1]!.focus();
    await sendKeys({ press: 'Shift+ArrowRight' });
    // a move without Shift ends the run; the next Shift run starts where the focus is
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ from: '2026-11-05', to: '2026-11-06' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ from: '2026-11-08', to: '2026-11-09' });
    expect(selected(el)).to.deep.equal([false, false, false, false, false, false, true, true]);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('');
    // nothing pending any more: Escape leaves the selection
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ from: '2026-11-08', to: '2026-11-09' });
    // with no selection before, Escape clears the pending one
    el.selection = null;
    await el.updateComplete;
    await sendKeys({ press: 'Shift+Home' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ from: '2026-11-02', to: '2026-11-06' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selection).to.equal(null);
    expect(brushRect(el).style.display).to.equal('none');
    expect(events).to.have.length(0);
  });

  it('extends back past its anchor, and fires the focused bucket alone on Enter outside a selection', async () => {
    const el = await chart();
    options(el)[3]!.focus();
    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ from: '2026-11-04', to: '2026-11-05' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const event = oneEvent(el, 'lead-range-select') as Promise<LeadRangeSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ from: '2026-11-09', to: '2026-11-09' });
    // Space applies as Enter does
    await sendKeys({ press: 'ArrowLeft' });
    const space = oneEvent(el, 'lead-range-select') as Promise<LeadRangeSelectEvent>;
    await sendKeys({ press: 'Space' });
    expect((await space).detail).to.deep.equal({ from: '2026-11-08', to: '2026-11-08' });
  });

  it('keeps one tab stop and moves between buckets with the arrow keys, Home and End', async () => {
    const el = await chart();
    const stops = () => options(el).filter((o) => o.getAttribute('tabindex') === '0');
    expect(stops()).to.have.length(1);
    stops()[0]!.focus();
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
    expect(focused()).to.match(/^Nov 2, 2026/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused()).to.match(/^Nov 9, 2026/);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused()).to.match(/^Nov 8, 2026/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused()).to.match(/^Nov 2, 2026/);
    await sendKeys({ press: 'Control+End' });
    await el.updateComplete;
    expect(focused()).to.match(/^Nov 9, 2026/);
    await sendKeys({ press: 'Control+Home' });
    await el.updateComplete;
    expect(focused()).to.match(/^Nov 2, 2026/);
    expect(stops()).to.have.length(1);
  });

  it('shows a tooltip for the hovered or focused bucket', async () => {
    const el = await chart();
    const tooltip = () => [...el.shadowRoot!.querySelectorAll('.tooltip text')].map((t) => t.textContent);
    await sendMouse({ type: 'move', position: center(options(el)[5]!) });
    await el.updateComplete;
    expect(tooltip()).to.deep.equal(['Nov 7, 2026', 'Not potential: 1', 'Unknown: 1', 'Total: 2']);
    options(el)[0]!.focus();
    await el.updateComplete;
    expect(tooltip()).to.deep.equal(['Nov 2, 2026', 'New: 1', 'Customer: 1', 'Total: 2']);
    options(el)[0]!.blur();
    await el.updateComplete;
    expect(tooltip()).to.deep.equal([]);
  });

  it('hides the tooltip on Escape and keeps the focus', async () => {
    const el = await chart();
    const tooltip = () => [...el.shadowRoot!.querySelectorAll('.tooltip text')].map((t) => t.textContent);
    options(el)[0]!.focus();
    await el.updateComplete;
    expect(tooltip()).to.deep.equal(['Nov 2, 2026', 'New: 1', 'Customer: 1', 'Total: 2']);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip()).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(options(el)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tooltip()[0]).to.equal('Nov 3, 2026');
  });

  it('fires no event when the host sets its properties, and shows a selection it is given', async () => {
    const el = await chart();
    const events = recordEvents(el, 'lead-range-select');
    el.selection = { from: '2026-11-05', to: '2026-11-06' };
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([false, false, false, true, true, false, false, false]);
    expect(brushRect(el).style.display).to.equal('');
    el.unit = 'week';
    await el.updateComplete;
    // a selection inside a week covers the whole week
    expect(selected(el)).to.deep.equal([true, false]);
    el.trend = trend('en', '2026-11-01', '2026-11-30');
    el.lang = 'vi';
    el.selection = null;
    el.unit = 'auto';
    await el.updateComplete;
    expect(options(el)).to.have.length(30);
    expect(brushRect(el).style.display).to.equal('none');
    expect(events).to.have.length(0);
  });

  it('never puts NaN or Infinity in an SVG attribute', async () => {
    const el = await chart();
    const inputs: LeadTrend[] = [
      trend(),
      trend('en', '2026-11-04', '2026-11-04'),
      trend('en', '2020-01-01', '2026-12-31'),
      { days: { from: parseDay('2026-01-01'), to: parseDay('2026-01-03'), days: [], stride: 0, counts: [] }, statuses: [] },
    ];
    el.selection = { from: '2026-11-04', to: '2026-11-04' };
    for (const value of inputs) {
      el.trend = value;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg[part=chart]')).to.not.equal(null);
      for (const node of el.shadowRoot!.querySelectorAll('svg *, svg')) {
        for (const attribute of node.attributes) expect(attribute.value, attribute.name).not.to.match(/NaN|Infinity/);
      }
    }
    el.trend = { days: { from: null, to: null, days: [], stride: 7, counts: [] }, statuses: [] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No leads in this time range.');
  });

  it('speaks Vietnamese', async () => {
    const el = await chart('vi');
    expect(el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('aria-label')).to.equal('Số cơ hội theo thời gian');
    expect(names(el)[0]).to.equal('2 thg 11, 2026: 2 cơ hội — Mới: 1, Khách hàng: 1');
    expect([...el.shadowRoot!.querySelectorAll('[part=units] button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Ngày',
      'Tuần',
      'Tháng',
    ]);
    expect(el.shadowRoot!.querySelector('desc')!.textContent).to.match(
      /^14 cơ hội, 2 thg 11, 2026 – 9 thg 11, 2026, mỗi cột là một ngày\./,
    );
  });

  it('offers the data as a table', async () => {
    const el = await chart();
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.data-table-toggle')!;
    await sendMouse({ type: 'click', position: center(toggle) });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Leads over time');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Period',
      'New',
      'Assigned',
      'In progress',
      'Customer',
      'Not potential',
      'Stopped pursuing',
      'Duplicate contact',
      'Unknown',
      'Total',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).to.have.length(8);
    expect(rows[0]).to.deep.equal(['Nov 2, 2026', '1', '0', '0', '1', '0', '0', '0', '0', '2']);
    await expect(el).to.be.accessible();
    el.noDataTable = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.data-table-toggle, table')).to.equal(null);
  });

  it('fits the brush to a new width and redraws the selection on the new band edges', async () => {
    const el = await chart();
    el.selection = { from: '2026-11-03', to: '2026-11-03' };
    await el.updateComplete;
    el.style.width = '400px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const overlay = el.shadowRoot!.querySelector('g.brush .overlay')!;
    const band = options(el)[1]!;
    expect(Number(overlay.getAttribute('width'))).to.be.closeTo(400 - 8 - 15, 1e-9);
    expect(Number(brushRect(el).getAttribute('x'))).to.be.closeTo(Number(band.getAttribute('x')), 1e-9);
    expect(Number(brushRect(el).getAttribute('width'))).to.be.closeTo(Number(band.getAttribute('width')), 1e-9);
  });

  it('colours statuses through their tokens and the brushed range through the focus token', async () => {
    const el = await chart();
    el.style.setProperty('--lead-status-customer-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--lead-focus-color', 'rgb(4, 5, 6)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.bars .st-customer')!).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(brushRect(el)).fill).to.equal('rgb(4, 5, 6)');
  });

  it('dims the buckets outside a selection with a transition, and without one under reduced motion', async () => {
    const el = await chart();
    el.selection = { from: '2026-11-03', to: '2026-11-03' };
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('.bars > g')];
    expect(groups.map((g) => g.classList.contains('dim'))).to.deep.equal([true, false, true, true, true, true, true, true]);
    expect(getComputedStyle(groups[1]!).transitionDuration).to.equal('0.16s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(groups[1]!).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('tears the brush down on removal, mid-drag too: no listener left on the window or the document', async () => {
    const live = new Map<string, number>();
    const key = (target: string, type: string, listener: unknown, options: unknown) =>
      `${target}|${type}|${String(typeof options === 'boolean' ? options : ((options as { capture?: boolean } | undefined)?.capture ?? false))}|${listenerId(listener)}`;
    const ids = new WeakMap<object, number>();
    let next = 0;
    const listenerId = (listener: unknown) => {
      if (!ids.has(listener as object)) ids.set(listener as object, next++);
      return ids.get(listener as object);
    };
    const spied = [
      [window, 'window'],
      [document, 'document'],
    ] as const;
    for (const [target, name] of spied) {
      target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
        const k = key(name, type, listener, options);
        live.set(k, (live.get(k) ?? 0) + 1);
        return EventTarget.prototype.addEventListener.call(this, type, listener as EventListener, options as AddEventListenerOptions);
      } as typeof target.addEventListener;
      target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
        const k = key(name, type, listener, options);
        if (live.has(k)) live.set(k, Math.max(0, live.get(k)! - 1));
        return EventTarget.prototype.removeEventListener.call(this, type, listener as EventListener, options as EventListenerOptions);
      } as typeof target.removeEventListener;
    }
    const outstanding = () => [...live].filter(([, n]) => n > 0).map(([k]) => k.split('|').slice(0, 2).join(' '));
    try {
      const el = await chart();
      const events = recordEvents(el, 'lead-range-select');
      const [x0, y] = center(options(el)[1]!);
      const [x1] = center(options(el)[3]!);
      await sendMouse({ type: 'move', position: [x0, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x1, y] });
      // the drag listens on the window until the button goes up
      expect(outstanding()).to.include.members(['window mousemove', 'window mouseup']);
      const island = el.shadowRoot!.querySelector('g.brush')!;
      el.remove();
      expect(outstanding()).to.deep.equal([]);
      expect(island.childElementCount).to.equal(0);
      expect((island as unknown as { __brush?: unknown }).__brush).to.equal(undefined);
      expect(((island as unknown as { __on?: unknown[] }).__on ?? []).length).to.equal(0);
      await sendMouse({ type: 'up' });
      expect(events).to.have.length(0);
      // put back, the element gets a working brush again
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('g.brush .overlay')).to.not.equal(null);
      const event = oneEvent(el, 'lead-range-select') as Promise<LeadRangeSelectEvent>;
      await drag([x0, y], [x1, y]);
      expect((await event).detail).to.deep.equal({ from: '2026-11-03', to: '2026-11-05' });
      el.remove();
      expect(outstanding()).to.deep.equal([]);
    } finally {
      for (const [target] of spied) {
        delete (target as { addEventListener?: unknown }).addEventListener;
        delete (target as { removeEventListener?: unknown }).removeEventListener;
      }
    }
  });
});

describe('d3-brush under a strict Content Security Policy', () => {
  it("sets its inline styles through the CSSOM, which style-src 'self' allows, unlike a style attribute", async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'"><svg width="200" height="100"></svg>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const svg = doc.querySelector('svg')!;
      const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
      svg.append(g);
      // touchable: as on a touch screen, where d3-brush also writes touch-action on the group
      select(g).call(
        brushX<unknown>()
          .touchable(() => true)
          .extent([
            [0, 0],
            [200, 100],
          ]),
      );
      expect(g.style.touchAction).to.equal('none');
      // and display on its selection rect and handles, through element.style
      expect(g.querySelector<SVGRectElement>('.selection')!.style.display).to.equal('none');
      expect(g.querySelector<SVGRectElement>('.handle')!.style.display).to.equal('none');
      // the same declaration written as an attribute is refused by the policy
      const other = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
      svg.append(other);
      other.setAttribute('style', 'display: none');
      await waitUntil(() => violations.length > 0, 'no violation reported', { timeout: 5000 });
      expect(other.style.display).to.equal('');
      expect(violations).to.deep.equal(['style-src-attr']);
    } finally {
      frame.remove();
    }
  });
});
