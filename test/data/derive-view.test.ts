import { expect } from '@open-wc/testing';
import { compareSummaries } from '../../src/data/compare.js';
import { parseDay } from '../../src/data/dates.js';
import { deriveView, sameFilter, type ViewQuery } from '../../src/data/derive-view.js';
import { summaryFunnel } from '../../src/data/funnel.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import { trendOf } from '../../src/data/trend.js';
import { fixture as managerData } from '../fixtures/manager.js';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const day = (value: string) => parseDay(value)!;
const store = () => ingestLeads(readDataset(managerData)!, { timeZone: TIME_ZONE });
const parts = { trendOf, summaryFunnel };

function query(overrides: Partial<ViewQuery> = {}): ViewQuery {
  return {
    range: { from: day('2026-11-05'), to: day('2026-11-09') },
    groupBy: 'owner',
    filter: {},
    conversionBasis: 'assigned',
    lang: 'en',
    ...overrides,
  };
}

describe('deriveView', () => {
  it('gives the summary, funnel and trend that summarize, summaryFunnel and trendOf give', () => {
    const leads = store();
    const view = deriveView(leads, query({ parts }));
    const summary = summarize(leads, query());
    expect(view.summary).to.deep.equal(summary);
    expect(view.funnel).to.deep.equal(summaryFunnel(summary));
    expect(view.trend).to.deep.equal(trendOf(leads, { range: { from: null, to: null }, filter: {}, lang: 'en' }));
    expect(view.comparison).to.equal(null);
  });

  it('returns the same objects for an equal query, lists compared by content', () => {
    const leads = store();
    const first = deriveView(leads, query({ filter: { owners: ['u1', 'u2'] } }));
    expect(deriveView(leads, query({ filter: { owners: ['u1', 'u2'] } }))).to.equal(first);
    expect(deriveView(leads, query({ filter: { owners: ['u1', 'u2'], sources: [] } }))).to.equal(first);
  });

  it('keeps the trend through a change of range, and redoes it for a new list filter or language', () => {
    const leads = store();
    const first = deriveView(leads, query({ parts }));
    const moved = deriveView(leads, query({ parts, range: { from: day('2026-11-02'), to: day('2026-11-03') } }));
    expect(moved.summary).not.to.equal(first.summary);
    expect(moved.trend).to.equal(first.trend);
    const filtered = deriveView(leads, query({ parts, filter: { owners: ['u2'] } }));
    expect(filtered.trend).not.to.equal(first.trend);
    // u2's leads 9, 10 and 11 (an unknown status)
    expect(Array.from(filtered.trend!.days.counts).reduce((sum, n) => sum + n, 0)).to.equal(3);
    expect(deriveView(leads, query({ parts, filter: { owners: ['u2'] }, lang: 'vi' })).trend!.statuses[0]!.label).to.equal('Mới');
  });

  it('leaves the trend and the funnel out until their functions are given', () => {
    const view = deriveView(store(), query());
    expect(view.trend).to.equal(null);
    expect(view.funnel).to.equal(null);
  });

  it('keeps the summary when only the comparison changes', () => {
    const leads = store();
    const plain = deriveView(leads, query());
    const compared = deriveView(leads, query({ compare: 'previous-period' }));
    expect(compared.summary).to.equal(plain.summary);
    expect(compared.comparison?.state).to.equal('ready');
  });

  it('compares with the period just before, from the same store', () => {
    const leads = store();
    const view = deriveView(leads, query({ compare: 'previous-period' }));
    const previous = summarize(leads, query({ range: { from: day('2026-10-31'), to: day('2026-11-04') } }));
    expect(view.comparison).to.deep.equal({
      state: 'ready',
      mode: 'previous-period',
      period: { from: day('2026-10-31'), to: day('2026-11-04') },
      ...compareSummaries(view.summary, previous),
    });
  });

  it('compares with a store of its own when the compared period came from another request', () => {
    const current = store();
    const other = ingestLeads(readDataset({ leads: [{ id: 'x', status: 'customer', createdAt: '2026-11-01', owner: 'u3' }] })!, {
      timeZone: TIME_ZONE,
    });
    const view = deriveView(current, query({ compare: 'previous-period', compareStore: other }));
    expect(view.comparison?.state).to.equal('ready');
    if (view.comparison?.state !== 'ready') return;
    expect(view.comparison.totals.total.previous).to.equal(1);
    expect(view.comparison.totals.total.current).to.equal(view.summary.totals.total);
  });

  it('says why there is no comparison: an open range, a pending or a failed request for the other period', () => {
    const leads = store();
    expect(deriveView(leads, query({ compare: 'previous-period', range: { from: day('2026-11-05'), to: null } })).comparison).to.deep.equal(
      {
        state: 'open-range',
        mode: 'previous-period',
      },
    );
    const period = { from: day('2025-11-05'), to: day('2025-11-09') };
    expect(deriveView(leads, query({ compare: 'same-period-last-year', compareStore: null })).comparison).to.deep.equal({
      state: 'pending',
      mode: 'same-period-last-year',
      period,
    });
    const error = new Error('500');
    expect(deriveView(leads, query({ compare: 'same-period-last-year', compareStore: error })).comparison).to.deep.equal({
      state: 'failed',
      mode: 'same-period-last-year',
      period,
      error,
    });
  });
});

describe('sameFilter', () => {
  it('compares non-empty lists by content and order, ignoring empty ones', () => {
    expect(sameFilter({}, { owners: [] })).to.equal(true);
    expect(sameFilter({ owners: ['a', null] }, { owners: ['a', null] })).to.equal(true);
    expect(sameFilter({ owners: ['a', 'b'] }, { owners: ['b', 'a'] })).to.equal(false);
    expect(sameFilter({ owners: ['a'] }, { sources: ['a'] })).to.equal(false);
    expect(sameFilter({ owners: ['a'] }, { owners: ['a'], sources: ['s'] })).to.equal(false);
  });
});
