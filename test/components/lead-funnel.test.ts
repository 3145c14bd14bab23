import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/lead-funnel/lead-funnel.js';
import type { LeadFunnel } from '../../src/components/lead-funnel/lead-funnel.js';
import { layoutFunnel } from '../../src/components/lead-funnel/funnel-layout.js';
import { summaryFunnel } from '../../src/data/funnel.js';
import type { LeadSummary } from '../../src/data/types.js';
import type { LeadSelectEvent } from '../../src/events/lead-select.js';
import { recordEvents } from '../helpers/events.js';
import { centerInView } from '../helpers/pointer.js';
import { summaryOf } from '../helpers/summaries.js';
import { settled } from '../helpers/wait.js';

async function funnel(lang: 'vi' | 'en' = 'en', value: LeadSummary = summaryOf({ lang })) {
  const el = await fixture<LeadFunnel>(html`<lead-funnel lang=${lang} style="width: 560px"></lead-funnel>`);
  el.summary = value;
  await settled(el);
  return el;
}

const buttons = (el: LeadFunnel) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g[role=button]')];
const names = (el: LeadFunnel) => buttons(el).map((button) => button.getAttribute('aria-label'));
const texts = (el: LeadFunnel, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent);

describe('<lead-funnel>', () => {
  it('is accessible in English', async () => {
    await expect(await funnel('en')).to.be.accessible();
  });

  it('is accessible in Vietnamese, with its table open', async () => {
    const el = await funnel('vi');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.data-table-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('names the chart, and describes it with the visible rule of what a stage counts', async () => {
    const el = await funnel('vi');
    const svg = el.shadowRoot!.querySelector('svg[part=chart]')!;
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Phễu chuyển đổi');
    expect(svg.getAttribute('role')).to.equal('figure');
    expect(svg.getAttribute('aria-label')).to.equal('Phễu chuyển đổi');
    const note = el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.equal('Mỗi giai đoạn đếm các cơ hội đã tới hoặc đã qua giai đoạn đó.');
    expect(note.getAttribute('part')).to.equal('note');
  });

  it('draws the four stages with count, step rate and cumulative rate, in English', async () => {
    const el = await funnel('en');
    expect(names(el)).to.deep.equal([
      'New: 14 leads',
      'Assigned: 12 leads; 85.7% of previous stage; 85.7% of all leads',
      'In progress: 9 leads; 75% of previous stage; 64.3% of all leads',
      'Customer: 4 leads; 44.4% of previous stage; 28.6% of all leads',
    ]);
    expect(texts(el, 'text.name')).to.deep.equal(['New', 'Assigned', 'In progress', 'Customer']);
    expect(texts(el, 'text.count')).to.deep.equal(['14', '12', '9', '4']);
    expect(texts(el, 'text.rates')).to.deep.equal([
      '85.7% of previous stage · 85.7% of all leads',
      '75% of previous stage · 64.3% of all leads',
      '44.4% of previous stage · 28.6% of all leads',
    ]);
  });

  it('draws the stages it is given in .funnel instead of deriving them again', async () => {
    const el = await funnel('en');
    const summary = summaryOf({ lang: 'en' });
    // another group's funnel: the element draws what it is handed
    el.funnel = summaryFunnel(summary, 'u2');
    await settled(el);
    expect(texts(el, 'text.count')).to.deep.equal(summaryFunnel(summary, 'u2').stages.map((stage) => String(stage.count)));
    el.funnel = undefined;
    await settled(el);
    expect(texts(el, 'text.count')).to.deep.equal(['14', '12', '9', '4']);
  });

  it('speaks Vietnamese, with digit groups', async () => {
    const leads = Array.from({ length: 1234 }, (_, i) => ({
      id: i,
      status: i < 200 ? 'new' : i < 700 ? 'assigned' : i < 1000 ? 'in_progress' : 'customer',
      createdAt: '2026-11-02',
    }));
    const el = await funnel('vi', summaryOf({ data: { leads }, lang: 'vi' }));
    expect(names(el)).to.deep.equal([
      'Mới: 1.234 cơ hội',
      'Đã giao: 1.034 cơ hội; 83,8% so với bước trước; 83,8% so với tổng',
      'Đang xử lý: 534 cơ hội; 51,6% so với bước trước; 43,3% so với tổng',
      'Khách hàng: 234 cơ hội; 43,8% so với bước trước; 19% so với tổng',
    ]);
    expect(texts(el, 'text.count')).to.deep.equal(['1.234', '1.034', '534', '234']);
  });

  it('places the bars where the layout puts them, centred and narrowing', async () => {
    const el = await funnel('en');
    const svg = el.shadowRoot!.querySelector('svg[part=chart]')!;
    expect(svg.getAttribute('width')).to.equal('560');
    const layout = layoutFunnel(summaryFunnel(el.summary!).stages, { width: 560 });
    const marks = [...el.shadowRoot!.querySelectorAll('rect.mark')];
    expect(marks.map((rect) => [Number(rect.getAttribute('x')), Number(rect.getAttribute('width'))])).to.deep.equal(
      layout.bars.map((bar) => [bar.x, bar.width]),
    );
    expect(marks.map((rect) => Number(rect.getAttribute('width')))).to.deep.equal([560, 480, 360, 160]);
    expect(marks.map((rect) => rect.getAttribute('class'))).to.deep.equal([
      'mark st-new',
      'mark st-assigned',
      'mark st-in_progress',
      'mark st-customer',
    ]);
  });

  it('draws one group by its key, from the attribute or the property (null for the unassigned group)', async () => {
    const el = await fixture<LeadFunnel>(html`<lead-funnel lang="en" group="u1"></lead-funnel>`);
    el.summary = summaryOf({ lang: 'en' });
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Conversion funnel: An');
    expect(texts(el, 'text.count')).to.deep.equal(['8', '7', '6', '3']);
    el.group = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Conversion funnel: Unassigned');
    expect(names(el)).to.deep.equal([
      'New: 2 leads',
      'Assigned: 1 lead; 50% of previous stage; 50% of all leads',
      'In progress: 0 leads; 0% of previous stage; 0% of all leads',
      'Customer: 0 leads; — of previous stage; 0% of all leads',
    ]);
    el.removeAttribute('group');
    el.group = undefined;
    await el.updateComplete;
    expect(texts(el, 'text.count')).to.deep.equal(['14', '12', '9', '4']);
  });

  it('treats a removed group attribute as the totals, not the unassigned group', async () => {
    const el = await fixture<LeadFunnel>(html`<lead-funnel lang="en" group="u1"></lead-funnel>`);
    el.summary = summaryOf({ lang: 'en' });
    await el.updateComplete;
    el.removeAttribute('group');
    await el.updateComplete;
    expect(el.group).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Conversion funnel');
  });

  it('writes "—" for rates over an empty stage and draws no bar, never NaN or Infinity', async () => {
    const el = await funnel('en', summaryOf({ data: { leads: [] }, lang: 'en' }));
    expect(el.shadowRoot!.querySelectorAll('rect.mark')).to.have.length(0);
    expect(names(el)[1]).to.equal('Assigned: 0 leads; — of previous stage; — of all leads');
    el.group = 'nobody';
    await el.updateComplete;
    for (const node of el.shadowRoot!.querySelectorAll('svg, svg *')) {
      for (const attribute of node.getAttributeNames()) {
        expect(node.getAttribute(attribute)!, `${node.localName} ${attribute}`).not.to.match(/NaN|Infinity/);
      }
    }
  });

  it('is one tab stop: every arrow, Home and End move, Enter and Space fire lead-select with the stage’s status', async () => {
    const el = await funnel('en');
    const detail = { groupBy: 'owner', group: undefined, from: null, to: null };
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    let event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ ...detail, status: 'in_progress' });
    await sendKeys({ press: 'ArrowUp' });
    event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Space' });
    expect((await event).detail).to.deep.equal({ ...detail, status: 'assigned' });
    await sendKeys({ press: 'End' });
    event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ ...detail, status: 'customer' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[3]);
    await sendKeys({ press: 'Home' });
    event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ ...detail, status: undefined });
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[0]);
    // a list is one row: Ctrl + End and Ctrl + Home go to its ends as End and Home do
    await sendKeys({ press: 'Control+End' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[3]);
    await sendKeys({ press: 'Control+Home' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[0]);
  });

  it('fires lead-select once for a held Enter', async () => {
    const el = await funnel('en');
    buttons(el)[1]!.focus();
    const fired = recordEvents(el, 'lead-select');
    await sendKeys({ down: 'Enter' });
    await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    expect(fired).to.have.length(1);
  });

  it('keeps the tab stop where the user left it: Tab leaves the chart and Shift+Tab comes back', async () => {
    const el = await funnel('en');
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Shift+Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.data-table-toggle'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[2]);
  });

  it('fires lead-select with the group from a click on a stage', async () => {
    const el = await funnel('en');
    el.group = 'u1';
    await el.updateComplete;
    const event = oneEvent(el, 'lead-select') as Promise<LeadSelectEvent>;
    await sendMouse({ type: 'click', position: await centerInView(el.shadowRoot!.querySelectorAll('rect.mark')[3]!) });
    expect((await event).detail).to.deep.equal({ groupBy: 'owner', group: 'u1', status: 'customer', from: null, to: null });
  });

  it('fires no event when the host sets its properties', async () => {
    const el = await funnel('en');
    const fired = recordEvents(el, 'lead-select');
    el.summary = summaryOf({ lang: 'vi' });
    el.group = 'u2';
    el.lang = 'vi';
    await settled(el);
    expect(fired).to.have.length(0);
  });

  it('shows the same numbers as a table behind its "Data table" button', async () => {
    const el = await funnel('vi');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.data-table-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Bảng số liệu');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = el.shadowRoot!.querySelector('table[part=data-table]')!;
    expect([...table.querySelectorAll('th[scope=col]')].map((th) => th.textContent)).to.deep.equal([
      'Giai đoạn',
      'Cơ hội',
      'So với bước trước',
      'So với tổng',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))).to.deep.equal([
      ['Mới', '14', '—', '100%'],
      ['Đã giao', '12', '85,7%', '85,7%'],
      ['Đang xử lý', '9', '75%', '64,3%'],
      ['Khách hàng', '4', '44,4%', '28,6%'],
    ]);
  });

  it('hides its "Data table" button and table with no-data-table, as every chart does', async () => {
    const el = await funnel('en');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.data-table-toggle')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')).not.to.equal(null);
    el.setAttribute('no-data-table', '');
    await el.updateComplete;
    expect(el.noDataTable).to.equal(true);
    expect(el.shadowRoot!.querySelector('.data-table-toggle')).to.equal(null);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('follows the nearest lang ancestor and renders nothing without a summary', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"><lead-funnel></lead-funnel></div>`);
    const el = wrapper.querySelector('lead-funnel')!;
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    el.summary = summaryOf({ lang: 'vi' });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Mới: 14 cơ hội');
  });

  it('reads the bar colours from the status tokens', async () => {
    const el = await funnel('en');
    el.style.setProperty('--lead-status-customer-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el.shadowRoot!.querySelectorAll('rect.mark')[3]!).fill).to.equal('rgb(1, 2, 3)');
  });
});
