import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/components/lead-status-chart/lead-status-chart.js';
import type { LeadStatusChart } from '../../src/components/lead-status-chart/lead-status-chart.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { LeadSelectEvent } from '../../src/events/lead-select.js';
import { fixture as managerData } from '../fixtures/manager.js';

const summary = (lang: 'vi' | 'en' = 'en') =>
  summarize(ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' }), { range: { from: null, to: null }, lang });

async function chart(lang = 'en') {
  const el = await fixture<LeadStatusChart>(html`<lead-status-chart lang=${lang} style="width: 640px"></lead-status-chart>`);
  el.summary = summary(lang as 'vi' | 'en');
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

  it('speaks Vietnamese', async () => {
    const el = await chart('vi');
    expect(el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('aria-label')).to.equal('Trạng thái cơ hội theo nhân viên');
    expect(el.shadowRoot!.querySelector('rect[role=button]')!.getAttribute('aria-label')).to.equal('An, Mới: 1 (12,5%)');
  });
});

function center(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}
