import { expect } from '@open-wc/testing';
import {
  comparisonRule,
  countChangeText,
  formatSignedCount,
  formatSignedPercent,
  kpiValues,
  rateChangeText,
} from '../../src/components/lead-kpi-strip/kpi-values.js';
import { countChange, previousPeriod, rateChange, samePeriodLastYear } from '../../src/data/compare.js';
import { parseDay } from '../../src/data/dates.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { GroupSummary, LeadSummary, SummaryStatus } from '../../src/data/types.js';
import { fixture as managerData } from '../fixtures/manager.js';

const custom = (statuses: SummaryStatus[], counts: Record<string, number>, conversionRate: number | null): LeadSummary => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const won = statuses.filter((s) => s.kind === 'won').reduce((sum, s) => sum + (counts[s.id] ?? 0), 0);
  const totals: GroupSummary = { key: '*', label: 'Total', counts, total, won, base: 0, conversionRate };
  return {
    range: { from: null, to: null, timeZone: 'UTC' },
    groupBy: 'owner',
    conversionBasis: 'assigned',
    statuses,
    groups: [],
    totals,
    excluded: { invalid: 0, duplicateId: 0 },
  };
};

describe('kpiValues', () => {
  it('reads total, assigned, in progress, customers and rate from the default status set', () => {
    const summary = summarize(ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' }), {
      range: { from: null, to: null },
      lang: 'vi',
    });
    // 14 leads, 2 of them new; 2 in progress; 4 customers; 4 / 12
    expect(kpiValues(summary)).to.deep.equal({ total: 14, assigned: 12, inProgress: 2, customers: 4, conversionRate: 4 / 12 });
  });

  it('counts every new-kind status out of assigned and the open statuses but assigned as in progress in a custom set', () => {
    const statuses: SummaryStatus[] = [
      { id: 'fresh', label: 'Fresh', kind: 'new' },
      { id: 'inbox', label: 'Inbox', kind: 'new' },
      { id: 'assigned', label: 'Assigned', kind: 'open' },
      { id: 'calling', label: 'Calling', kind: 'open' },
      { id: 'meeting', label: 'Meeting', kind: 'open' },
      { id: 'signed', label: 'Signed', kind: 'won' },
      { id: 'gone', label: 'Gone', kind: 'lost' },
      { id: 'unknown', label: 'Unknown', kind: 'unknown' },
    ];
    const counts = { fresh: 3, inbox: 1, assigned: 4, calling: 5, meeting: 6, signed: 7, gone: 8, unknown: 2 };
    expect(kpiValues(custom(statuses, counts, 0.25))).to.deep.equal({
      total: 36,
      assigned: 32,
      inProgress: 11,
      customers: 7,
      conversionRate: 0.25,
    });
  });

  it('takes the in_progress status alone when the set has it', () => {
    const statuses: SummaryStatus[] = [
      { id: 'new', label: 'New', kind: 'new' },
      { id: 'in_progress', label: 'In progress', kind: 'open' },
      { id: 'waiting', label: 'Waiting', kind: 'open' },
      { id: 'won', label: 'Won', kind: 'won' },
    ];
    expect(kpiValues(custom(statuses, { new: 1, in_progress: 2, waiting: 4, won: 8 }, null))).to.deep.equal({
      total: 15,
      assigned: 14,
      inProgress: 2,
      customers: 8,
      conversionRate: null,
    });
  });

  it('gives zeros for an empty summary', () => {
    const statuses: SummaryStatus[] = [{ id: 'won', label: 'Won', kind: 'won' }];
    expect(kpiValues(custom(statuses, { won: 0 }, null))).to.deep.equal({
      total: 0,
      assigned: 0,
      inProgress: 0,
      customers: 0,
      conversionRate: null,
    });
  });
});

describe('the texts of a change', () => {
  it('writes a count’s relative change with its sign, one decimal at most, in each language', () => {
    expect(countChangeText('vi', countChange(1234, 1097))).to.deep.equal({ direction: 'up', arrow: '▲', text: '+12,5%' });
    expect(countChangeText('en', countChange(1234, 1097))).to.deep.equal({ direction: 'up', arrow: '▲', text: '+12.5%' });
    expect(countChangeText('vi', countChange(1097, 1234))).to.deep.equal({ direction: 'down', arrow: '▼', text: '-11,1%' });
    expect(countChangeText('en', countChange(300, 300))).to.deep.equal({ direction: 'flat', arrow: '', text: '0%' });
  });

  it('gives no arrow to a change that rounds to 0%', () => {
    expect(countChangeText('en', countChange(10001, 10000))).to.deep.equal({ direction: 'flat', arrow: '', text: '0%' });
  });

  it('writes the absolute change when the previous count is 0', () => {
    expect(countChangeText('vi', countChange(1234, 0))).to.deep.equal({ direction: 'up', arrow: '▲', text: '+1.234' });
    expect(countChangeText('en', countChange(1234, 0))).to.deep.equal({ direction: 'up', arrow: '▲', text: '+1,234' });
    expect(countChangeText('en', countChange(0, 0))).to.deep.equal({ direction: 'flat', arrow: '', text: '0' });
  });

  it('writes a rate’s change in percentage points, or "—" when a rate is missing', () => {
    expect(rateChangeText('vi', rateChange(0.356, 0.333))).to.deep.equal({ direction: 'up', arrow: '▲', text: '+2,3 điểm %' });
    expect(rateChangeText('en', rateChange(0.356, 0.333))).to.deep.equal({ direction: 'up', arrow: '▲', text: '+2.3 pts' });
    expect(rateChangeText('en', rateChange(0.25, 0.5))).to.deep.equal({ direction: 'down', arrow: '▼', text: '-25 pts' });
    expect(rateChangeText('vi', rateChange(0.5, 0.5004))).to.deep.equal({ direction: 'flat', arrow: '', text: '0 điểm %' });
    expect(rateChangeText('vi', rateChange(null, 0.5))).to.deep.equal({ direction: 'none', arrow: '', text: '—' });
    expect(rateChangeText('en', rateChange(0.5, null))).to.deep.equal({ direction: 'none', arrow: '', text: '—' });
  });

  it('signs counts and percents for the table', () => {
    expect([formatSignedCount('vi', 1234), formatSignedCount('en', -1234), formatSignedCount('en', 0)]).to.deep.equal([
      '+1.234',
      '-1,234',
      '0',
    ]);
    expect([formatSignedPercent('vi', 0.125), formatSignedPercent('en', -6 / 7)]).to.deep.equal(['+12,5%', '-85.7%']);
  });
});

describe('comparisonRule', () => {
  const day = (value: string) => parseDay(value)!;

  it('names the previous period with its length and dates', () => {
    const period = previousPeriod({ from: day('2026-10-31'), to: day('2026-11-29') })!;
    expect(comparisonRule('vi', 'previous-period', period)).to.equal('so với 30 ngày trước (1 – 30 thg 10, 2026)');
    expect(comparisonRule('en', 'previous-period', period)).to.equal('vs the previous 30 days (Oct 1 – 30, 2026)');
  });

  it('names a previous single day', () => {
    const period = previousPeriod({ from: day('2026-11-09'), to: day('2026-11-09') })!;
    expect(comparisonRule('en', 'previous-period', period)).to.equal('vs the previous day (Nov 8, 2026)');
    expect(comparisonRule('vi', 'previous-period', period)).to.equal('so với ngày trước đó (8 thg 11, 2026)');
  });

  it('names the same period last year', () => {
    const period = samePeriodLastYear({ from: day('2024-02-01'), to: day('2024-02-29') })!;
    expect(comparisonRule('en', 'same-period-last-year', period)).to.equal('vs the same period last year (Feb 1 – 28, 2023)');
    expect(comparisonRule('vi', 'same-period-last-year', period)).to.equal('so với cùng kỳ năm trước (1 – 28 thg 2, 2023)');
  });

  it('writes a period across years in full and a reversed one in order', () => {
    const period = { from: day('2026-12-20'), to: day('2027-01-02') };
    expect(comparisonRule('en', 'previous-period', period)).to.equal('vs the previous 14 days (Dec 20, 2026 – Jan 2, 2027)');
    expect(comparisonRule('en', 'previous-period', { from: period.to, to: period.from })).to.equal(
      'vs the previous 14 days (Dec 20, 2026 – Jan 2, 2027)',
    );
  });
});
