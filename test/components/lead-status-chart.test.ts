import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/lead-status-chart/lead-status-chart.js';
import type { LeadStatusChart } from '../../src/components/lead-status-chart/lead-status-chart.js';
import type { LeadSelectEvent } from '../../src/events/lead-select.js';
import { recordEvents } from '../helpers/events.js';
import { center } from '../helpers/pointer.js';
import { summaryOf } from '../helpers/summaries.js';

async function chart(lang = 'en') {
  const el = await fixture<LeadStatusChart>(html`<lead-status-chart lang=${lang} style="width: 640px"></lead-status-chart>`);
  el.summary = summaryOf({ lang: lang as 'vi' | 'en' });
  await el.updateComplete;
  return el;
}

describe('<lead-status-chart>', () => {
  it('is accessible', async () => {
    await expect(await chart()).to.be.accessible();
  });

  it('draws a bar per group and a segment per non-zero status, named with count and share', async () => {
    const el = await chart();
    const bars = el.shadowRoot!.querySelectorAll('g.bar');
    expect(bars).to.have.length(5);
    const names = [...bars[0]!.querySelectorAll('rect')].map((r) => r.getAttribute('aria-label'));
    expect(names).to.deep.equal([
      'An, New: 1 (12.5%)',
      'An, In progress: 1 (12.5%)',
      'An, Customer: 3 (37.5%)',
      'An, Not potential: 1 (12.5%)',
      'An, Stopped pursuing: 1 (12.5%)',
      'An, Duplicate contact: 1 (12.5%)',
    ]);
    expect(bars[3]!.querySelectorAll('rect')).to.have.length(0);
    const svg = el.shadowRoot!.querySelector('svg[part=chart]')!;
    expect(svg.getAttribute('aria-label')).to.equal('Lead status by salesperson');
    expect(svg.querySelector('desc')!.textContent).to.equal('5 groups, 14 leads. The data table follows.');
  });

  it('never puts NaN or Infinity in an SVG attribute', async () => {
    const el = await chart();
    const empty = { ...el.summary!, groups: [] };
    for (const value of [el.summary!, empty]) {
      el.summary = value;
      await el.updateComplete;
      for (const node of el.shadowRoot!.querySelectorAll('svg *, svg')) {
        for (const attribute of node.attributes) expect(attribute.value, attribute.name).not.to.match(/NaN|Infinity/);
      }
    }
  });

  it('colours default statuses through their tokens', async () => {
    const el = await chart();
    el.style.setProperty('--lead-status-customer-color', 'rgb(1, 2, 3)');
    const rect = el.shadowRoot!.querySelector('rect[aria-label^="An, Customer"]')!;
    expect(getComputedStyle(rect).fill).to.equal('rgb(1, 2, 3)');
  });

  it('hides a status from the legend, and shows it again', async () => {
    const el = await chart();
    const button = [...el.shadowRoot!.querySelectorAll('.legend button')].find((b) => b.textContent!.trim() === 'Customer')!;
    await sendMouse({ type: 'click', position: center(button) });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('rect[aria-label*="Customer"]')).to.equal(null);
    await sendMouse({ type: 'click', position: center(button) });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('rect[aria-label*="Customer"]')).to.have.length(2);
  });

  it('fires lead-select on a click with the group, status and range', async () => {
    const el = await chart();
    const rect = el.shadowRoot!.querySelector('rect[aria-label^="Unassigned, New"]')!;
    const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendMouse({ type: 'click', position: center(rect) });
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ groupBy: 'owner', group: null, status: 'new', from: null, to: null });
    expect([bubbles, composed]).to.deep.equal([true, true]);
  });

  it('keeps one tab stop and moves over the grid of segments with the arrow keys', async () => {
    const el = await chart();
    const stops = () => [...el.shadowRoot!.querySelectorAll('rect[role=button]')].filter((r) => r.getAttribute('tabindex') === '0');
    expect(stops()).to.have.length(1);
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
    (stops()[0] as SVGElement).focus();
    expect(focused()).to.equal('An, New: 1 (12.5%)');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused()).to.equal('An, In progress: 1 (12.5%)');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // same status in the next bar
    expect(focused()).to.equal('Bình, Customer: 1 (33.3%)');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // u9 has no customer: its nearest segment
    expect(focused()).to.equal('u9, In progress: 1 (100%)');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // Chi has no leads and no segments: skipped; no In progress in Unassigned: the segment at the same index
    expect(focused()).to.equal('Unassigned, New: 1 (50%)');
    // the edges keep the focus
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused()).to.equal('Unassigned, New: 1 (50%)');
    expect(stops()).to.have.length(1);
  });

  it('is one tab stop among its controls: Tab passes the segments once and never stops on the SVG', async () => {
    const el = await chart();
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    const visited: string[] = [];
    for (let k = 0; k < 20; k++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      if (!active) break;
      visited.push(active.localName);
    }
    before.remove();
    // the legend's eight statuses, the data table and the two modes, then one segment
    expect(visited).to.deep.equal([...Array<string>(11).fill('button'), 'rect']);
  });

  it('goes to the first and last segment of the bar with Home and End, and of the chart with Ctrl', async () => {
    const el = await chart();
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
    el.shadowRoot!.querySelector<SVGElement>('rect[aria-label^="Bình, Not potential"]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused()).to.equal('Bình, Unknown: 1 (33.3%)');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused()).to.equal('Bình, Customer: 1 (33.3%)');
    await sendKeys({ press: 'Control+End' });
    await el.updateComplete;
    expect(focused()).to.equal('Unassigned, Assigned: 1 (50%)');
    await sendKeys({ press: 'Control+Home' });
    await el.updateComplete;
    expect(focused()).to.equal('An, New: 1 (12.5%)');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused()).to.equal('An, Duplicate contact: 1 (12.5%)');
  });

  it('keeps the tab stop on an existing segment when segments go', async () => {
    const el = await chart();
    el.shadowRoot!.querySelector<SVGElement>('rect[aria-label^="An, Duplicate contact"]')!.focus();
    await el.updateComplete;
    const button = [...el.shadowRoot!.querySelectorAll('.legend button')].find((b) => b.textContent!.trim() === 'Duplicate contact')!;
    await sendMouse({ type: 'click', position: center(button) });
    await el.updateComplete;
    const stops = [...el.shadowRoot!.querySelectorAll('rect[role=button]')].filter((r) => r.getAttribute('tabindex') === '0');
    expect(stops.map((r) => r.getAttribute('aria-label'))).to.deep.equal(['An, Stopped pursuing: 1 (12.5%)']);
  });

  it('fires lead-select on Enter and on Space', async () => {
    const el = await chart();
    const rect = el.shadowRoot!.querySelector<SVGElement>('rect[aria-label^="Bình, Not potential"]')!;
    rect.focus();
    let event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ groupBy: 'owner', group: 'u2', status: 'not_potential', from: null, to: null });
    event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Space' });
    expect((await event).detail.status).to.equal('not_potential');
  });

  it('fires lead-select once for a held Enter', async () => {
    const el = await chart();
    el.shadowRoot!.querySelector<SVGElement>('rect[aria-label^="Bình, Not potential"]')!.focus();
    const fired = recordEvents(el, 'lead-select');
    await sendKeys({ down: 'Enter' });
    await sendKeys({ down: 'Enter' });
    await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    expect(fired).to.have.length(1);
  });

  it('shows a tooltip for the hovered or focused segment', async () => {
    // the pointer may rest where an earlier test left it: moving onto the segment must be a move
    await resetMouse();
    const el = await chart();
    const rect = el.shadowRoot!.querySelector<SVGElement>('rect[aria-label^="An, Customer"]')!;
    await sendMouse({ type: 'move', position: center(rect) });
    await el.updateComplete;
    const tooltip = () => [...el.shadowRoot!.querySelectorAll('.tooltip text')].map((t) => t.textContent);
    expect(tooltip()).to.deep.equal(['An', 'Customer: 3 (37.5%)']);
    const other = el.shadowRoot!.querySelector<SVGElement>('rect[aria-label^="Bình, Customer"]')!;
    other.focus();
    await el.updateComplete;
    expect(tooltip()).to.deep.equal(['Bình', 'Customer: 1 (33.3%)']);
    other.blur();
    await el.updateComplete;
    expect(tooltip()).to.deep.equal([]);
  });

  it('hides the tooltip on Escape and keeps the focus, leaving Escape to the page when nothing shows', async () => {
    await resetMouse();
    const el = await chart();
    const tooltip = () => [...el.shadowRoot!.querySelectorAll('.tooltip text')].map((t) => t.textContent);
    const rect = el.shadowRoot!.querySelector<SVGElement>('rect[aria-label^="An, Customer"]')!;
    rect.focus();
    await el.updateComplete;
    expect(tooltip()).to.deep.equal(['An', 'Customer: 3 (37.5%)']);
    const prevented: boolean[] = [];
    const listener = (event: KeyboardEvent) => prevented.push(event.defaultPrevented);
    window.addEventListener('keydown', listener);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip()).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(rect);
    await sendKeys({ press: 'Escape' });
    window.removeEventListener('keydown', listener);
    expect(prevented).to.deep.equal([true, false]);
    // the next move shows it again
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tooltip()).to.deep.equal(['An', 'Not potential: 1 (12.5%)']);
  });

  it('switches between counts and percents of each group', async () => {
    const el = await chart();
    const percent = [...el.shadowRoot!.querySelectorAll('.modes button')].find((b) => b.textContent!.trim() === 'Percent')!;
    await sendMouse({ type: 'click', position: center(percent) });
    await el.updateComplete;
    expect(el.mode).to.equal('percent');
    expect(percent.getAttribute('aria-pressed')).to.equal('true');
    const ticks = [...el.shadowRoot!.querySelectorAll('.tick')].map((t) => t.textContent);
    expect(ticks.at(-1)).to.equal('100%');
    const bars = [...el.shadowRoot!.querySelectorAll('g.bar')];
    const width = (bar: Element) => [...bar.querySelectorAll('rect')].reduce((sum, r) => sum + Number(r.getAttribute('width')), 0);
    expect(Math.round(width(bars[0]!))).to.equal(Math.round(width(bars[1]!)));
  });

  it('folds the smallest groups into one Other bar beyond the limit, not selectable', async () => {
    const el = await chart();
    el.limit = 3;
    await el.updateComplete;
    const labels = [...el.shadowRoot!.querySelectorAll('g.bar .label title')].map((t) => t.textContent);
    expect(labels).to.deep.equal(['An', 'Other (3)', 'Unassigned']);
    const other = el.shadowRoot!.querySelector<SVGElement>('rect[aria-label^="Other (3), Customer"]')!;
    expect(other.getAttribute('aria-disabled')).to.equal('true');
    const fired = recordEvents(el, 'lead-select');
    await sendMouse({ type: 'click', position: center(other) });
    expect(fired).to.have.length(0);
  });

  it('speaks Vietnamese', async () => {
    const el = await chart('vi');
    expect(el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('aria-label')).to.equal('Trạng thái cơ hội theo nhân viên');
    expect(el.shadowRoot!.querySelector('rect[role=button]')!.getAttribute('aria-label')).to.equal('An, Mới: 1 (12,5%)');
  });
});
