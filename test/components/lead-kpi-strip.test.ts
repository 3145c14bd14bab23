import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/lead-kpi-strip/lead-kpi-strip.js';
import type { LeadKpiStrip } from '../../src/components/lead-kpi-strip/lead-kpi-strip.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { LeadSummary } from '../../src/data/types.js';
import { fixture as managerData } from '../fixtures/manager.js';

const summary = (lang: 'vi' | 'en' = 'en') =>
  summarize(ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' }), { range: { from: null, to: null }, lang });

/** A summary of 1234 leads: 200 new, 300 in progress, 345 customers of 1034 assigned. */
const large = (): LeadSummary => {
  const base = summary();
  const counts = { ...Object.fromEntries(base.statuses.map((s) => [s.id, 0])), new: 200, assigned: 389, in_progress: 300, customer: 345 };
  return { ...base, groups: [], totals: { ...base.totals, counts, total: 1234, won: 345, base: 1034, conversionRate: 345 / 1034 } };
};

async function strip(lang: 'vi' | 'en', value: LeadSummary, width = '640px') {
  const el = await fixture<LeadKpiStrip>(html`<lead-kpi-strip lang=${lang} style="width: ${width}"></lead-kpi-strip>`);
  el.summary = value;
  await el.updateComplete;
  return el;
}

const tiles = (el: LeadKpiStrip) =>
  [...el.shadowRoot!.querySelectorAll('[part=kpi]')].map((tile) => [...tile.children].map((child) => `${child.localName}:${child.textContent!.trim()}`));

describe('<lead-kpi-strip>', () => {
  it('is accessible in Vietnamese', async () => {
    await expect(await strip('vi', summary('vi'))).to.be.accessible();
  });

  it('is accessible in English', async () => {
    await expect(await strip('en', summary('en'))).to.be.accessible();
  });

  it('shows five tiles as a definition list with the summary’s numbers', async () => {
    const el = await strip('en', summary('en'));
    expect(el.shadowRoot!.querySelectorAll('dl > div[part=kpi]')).to.have.length(5);
    expect(tiles(el)).to.deep.equal([
      ['dt:Total leads', 'dd:14'],
      ['dt:Assigned', 'dd:12'],
      ['dt:In progress', 'dd:2'],
      ['dt:Customers', 'dd:4'],
      ['dt:Conversion rate', 'dd:33.3%', 'dd:of leads assigned'],
    ]);
  });

  it('groups digits the Vietnamese way', async () => {
    const el = await strip('vi', large());
    expect(tiles(el)).to.deep.equal([
      ['dt:Tổng cơ hội', 'dd:1.234'],
      ['dt:Đã giao', 'dd:1.034'],
      ['dt:Đang xử lý', 'dd:300'],
      ['dt:Khách hàng', 'dd:345'],
      ['dt:Tỷ lệ chuyển đổi', 'dd:33,4%', 'dd:so với số đã giao'],
    ]);
  });

  it('groups digits the English way', async () => {
    const el = await strip('en', large());
    expect(tiles(el).map((tile) => tile[1])).to.deep.equal(['dd:1,234', 'dd:1,034', 'dd:300', 'dd:345', 'dd:33.4%']);
  });

  it('writes "—" for a null conversion rate, with the basis in use', async () => {
    const base = summary('en');
    const el = await strip('en', { ...base, conversionBasis: 'closed', totals: { ...base.totals, conversionRate: null } });
    expect(tiles(el)[4]).to.deep.equal(['dt:Conversion rate', 'dd:—', 'dd:of leads closed']);
  });

  it('follows its lang property and, without one, the nearest lang ancestor', async () => {
    const el = await strip('vi', large());
    el.lang = 'en';
    await el.updateComplete;
    expect(tiles(el)[0]).to.deep.equal(['dt:Total leads', 'dd:1,234']);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><lead-kpi-strip></lead-kpi-strip></div>`);
    const inner = wrapper.querySelector('lead-kpi-strip')!;
    inner.summary = large();
    await inner.updateComplete;
    expect(tiles(inner)[0]).to.deep.equal(['dt:Total leads', 'dd:1,234']);
  });

  it('renders nothing without a summary', async () => {
    const el = await fixture<LeadKpiStrip>(html`<lead-kpi-strip></lead-kpi-strip>`);
    expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
  });

  it('uses tabular numerals', async () => {
    const el = await strip('en', summary('en'));
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=value]')!).fontVariantNumeric).to.equal('tabular-nums');
  });

  it('puts every tile on one row at 1600 px and wraps them inside 320 px', async () => {
    const wide = await strip('vi', large(), '1600px');
    const tops = (el: LeadKpiStrip) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=kpi]')].map((t) => t.getBoundingClientRect().top);
    expect(new Set(tops(wide)).size).to.equal(1);
    const narrow = await strip('vi', large(), '320px');
    expect(new Set(tops(narrow)).size).to.be.greaterThan(1);
    const right = narrow.getBoundingClientRect().right;
    for (const tile of narrow.shadowRoot!.querySelectorAll('[part=kpi]')) {
      expect(tile.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    }
    expect(narrow.scrollWidth).to.be.at.most(320);
  });
});
