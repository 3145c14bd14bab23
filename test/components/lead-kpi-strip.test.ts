import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/lead-kpi-strip/lead-kpi-strip.js';
import type { LeadKpiStrip } from '../../src/components/lead-kpi-strip/lead-kpi-strip.js';
import { comparisonRule, type KpiComparison } from '../../src/components/lead-kpi-strip/kpi-values.js';
import { compareSummaries, previousPeriod } from '../../src/data/compare.js';
import { parseDay } from '../../src/data/dates.js';
import type { LeadSummary } from '../../src/data/types.js';
import { summaryOf } from '../helpers/summaries.js';

/** A summary of 1234 leads: 200 new, 300 in progress, 345 customers of 1034 assigned. */
const large = (): LeadSummary => {
  const base = summaryOf();
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
  [...el.shadowRoot!.querySelectorAll('[part=kpi]')].map((tile) =>
    [...tile.children].map((child) => `${child.localName}:${child.textContent!.trim()}`),
  );

describe('<lead-kpi-strip>', () => {
  it('is accessible in Vietnamese', async () => {
    await expect(await strip('vi', summaryOf({ lang: 'vi' }))).to.be.accessible();
  });

  it('is accessible in English', async () => {
    await expect(await strip('en', summaryOf({ lang: 'en' }))).to.be.accessible();
  });

  it('shows five tiles as a definition list with the summary’s numbers', async () => {
    const el = await strip('en', summaryOf({ lang: 'en' }));
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
    const base = summaryOf({ lang: 'en' });
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
    const el = await strip('en', summaryOf({ lang: 'en' }));
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=value]')!).fontVariantNumeric).to.equal('tabular-nums');
  });

  it('puts every tile on one row at 1600 px and wraps them inside 320 px', async () => {
    const wide = await strip('vi', large(), '1600px');
    const tops = (el: LeadKpiStrip) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=kpi]')].map((t) => t.getBoundingClientRect().top);
    expect(new Set(tops(wide)).size).to.equal(1);
    const narrow = await strip('vi', large(), '320px');
    expect(new Set(tops(narrow)).size).to.be.greaterThan(1);
    const right = narrow.getBoundingClientRect().right;
    for (const tile of narrow.shadowRoot!.querySelectorAll('[part=kpi]')) {
      expect(tile.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    }
    expect(narrow.scrollWidth).to.be.at.most(320);
  });

  describe('with a comparison', () => {
    /** The summary before {@link large}: 1097 leads, 97 new, 300 in progress, 300 customers of 1000 assigned. */
    const before = (): LeadSummary => {
      const base = large();
      const counts = { ...base.totals.counts, new: 97, assigned: 400, in_progress: 300, customer: 300 };
      return { ...base, totals: { ...base.totals, counts, total: 1097, won: 300, base: 1000, conversionRate: 0.3 } };
    };
    const period = previousPeriod({ from: parseDay('2026-10-31'), to: parseDay('2026-11-29') })!;
    const comparison = (lang: 'vi' | 'en', current = large(), previous = before()): KpiComparison => ({
      ...compareSummaries(current, previous).kpis,
      rule: comparisonRule(lang, 'previous-period', period),
    });
    async function compared(lang: 'vi' | 'en', value = comparison(lang)) {
      const el = await strip(lang, large());
      el.comparison = value;
      await el.updateComplete;
      return el;
    }
    const rule = (el: LeadKpiStrip) => el.shadowRoot!.querySelector('[part=rule]')?.textContent;

    it('is accessible in Vietnamese and English', async () => {
      await expect(await compared('vi')).to.be.accessible();
      await expect(await compared('en')).to.be.accessible();
    });

    it('shows each tile’s change in Vietnamese: a signed relative change for counts, points for the rate', async () => {
      const el = await compared('vi');
      expect(tiles(el)).to.deep.equal([
        ['dt:Tổng cơ hội', 'dd:1.234', 'dd:▲ +12,5%'],
        ['dt:Đã giao', 'dd:1.034', 'dd:▲ +3,4%'],
        ['dt:Đang xử lý', 'dd:300', 'dd:0%'],
        ['dt:Khách hàng', 'dd:345', 'dd:▲ +15%'],
        ['dt:Tỷ lệ chuyển đổi', 'dd:33,4%', 'dd:▲ +3,4 điểm %', 'dd:so với số đã giao'],
      ]);
      expect(rule(el)).to.equal('so với 30 ngày trước (1 – 30 thg 10, 2026)');
    });

    it('shows each tile’s change in English', async () => {
      const el = await compared('en');
      expect(tiles(el).map((tile) => tile[2])).to.deep.equal(['dd:▲ +12.5%', 'dd:▲ +3.4%', 'dd:0%', 'dd:▲ +15%', 'dd:▲ +3.4 pts']);
      expect(rule(el)).to.equal('vs the previous 30 days (Oct 1 – 30, 2026)');
    });

    it('writes decreases with a minus sign and a down arrow', async () => {
      const el = await compared('vi', comparison('vi', before(), large()));
      expect(tiles(el).map((tile) => tile[2])).to.deep.equal(['dd:▼ -11,1%', 'dd:▼ -3,3%', 'dd:0%', 'dd:▼ -13%', 'dd:▼ -3,4 điểm %']);
    });

    it('writes the absolute change when the other period had none, and "—" for a rate without base', async () => {
      const empty = large();
      const zero = { ...empty, totals: { ...empty.totals, counts: {}, total: 0, won: 0, base: 0, conversionRate: null } };
      const el = await compared('vi', comparison('vi', large(), zero));
      expect(tiles(el).map((tile) => tile[2])).to.deep.equal(['dd:▲ +1.234', 'dd:▲ +1.034', 'dd:▲ +300', 'dd:▲ +345', 'dd:—']);
    });

    it('never lets the arrow or the colour carry the change alone: the sign is text, the arrow hidden from assistive technology', async () => {
      const el = await compared('en');
      const delta = el.shadowRoot!.querySelector('[part=delta]')!;
      expect(delta.querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
      const spoken = [...delta.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && node.getAttribute('aria-hidden') !== 'true'),
      );
      expect(
        spoken
          .map((node) => node.textContent)
          .join('')
          .trim(),
      ).to.equal('+12.5%');
      expect(delta.closest('[part=kpi]')!.querySelector('dt')!.textContent).to.equal('Total leads');
    });

    it('colours the arrows of increases and decreases from the theme tokens', async () => {
      const el = await compared('en', comparison('en', large(), { ...before(), totals: { ...before().totals, total: 2000 } }));
      el.style.setProperty('--lead-increase-color', 'rgb(0, 128, 0)');
      el.style.setProperty('--lead-decrease-color', 'rgb(200, 0, 0)');
      const arrows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=delta] .arrow')];
      expect(getComputedStyle(arrows[0]!).color).to.equal('rgb(200, 0, 0)');
      // total ▼ (1,234 from 2,000), assigned ▼, in progress level, customers ▲, rate ▲
      expect(arrows.map((arrow) => arrow.textContent)).to.deep.equal(['▼', '▼', '▲', '▲']);
      expect(getComputedStyle(arrows[3]!).color).to.equal('rgb(0, 128, 0)');
    });

    it('shows the rule once, and nothing more than before once the comparison is removed', async () => {
      const el = await compared('en');
      expect(el.shadowRoot!.querySelectorAll('[part=rule]')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('[part=delta]')).to.have.length(5);
      el.comparison = undefined;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part=rule], [part=delta]')).to.have.length(0);
      expect(tiles(el)[0]).to.deep.equal(['dt:Total leads', 'dd:1,234']);
    });
  });
});
