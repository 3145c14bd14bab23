import { expect } from '@open-wc/testing';
import {
  comparisonPeriod,
  compareSummaries,
  countChange,
  kpiValues,
  previousPeriod,
  rateChange,
  samePeriodLastYear,
} from '../../src/data/compare.js';
import { formatDay, parseDay } from '../../src/data/dates.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import type { DayRange } from '../../src/data/ranges.js';
import { summarize } from '../../src/data/summary.js';
import type { GroupSummary, LeadSummary, SummaryStatus } from '../../src/data/types.js';
import { fixture as managerData } from '../fixtures/manager.js';

const day = (value: string) => parseDay(value)!;
const range = (from: string, to: string): DayRange => ({ from: day(from), to: day(to) });
const days = (value: { from: number; to: number } | null) => value && [formatDay(value.from), formatDay(value.to)];

const STATUSES: SummaryStatus[] = [
  { id: 'new', label: 'New', kind: 'new' },
  { id: 'assigned', label: 'Assigned', kind: 'open' },
  { id: 'in_progress', label: 'In progress', kind: 'open' },
  { id: 'customer', label: 'Customer', kind: 'won' },
  { id: 'not_potential', label: 'Not potential', kind: 'lost' },
];

/** A group of the five statuses above, with the `assigned` basis. */
const group = (key: string | null, label: string, [fresh, assigned, working, won, lost]: number[]): GroupSummary => {
  const total = fresh! + assigned! + working! + won! + lost!;
  const base = total - fresh!;
  return {
    key,
    label,
    counts: { new: fresh!, assigned: assigned!, in_progress: working!, customer: won!, not_potential: lost! },
    total,
    won: won!,
    base,
    conversionRate: base === 0 ? null : won! / base,
  };
};

const summary = (groups: GroupSummary[]): LeadSummary => {
  const sum = (k: number) => groups.reduce((total, g) => total + g.counts[STATUSES[k]!.id]!, 0);
  return {
    range: { from: null, to: null, timeZone: 'UTC' },
    groupBy: 'owner',
    conversionBasis: 'assigned',
    statuses: STATUSES,
    groups,
    totals: group('*', 'Total', [0, 1, 2, 3, 4].map(sum)),
    excluded: { invalid: 0, duplicateId: 0 },
  };
};

const managerStore = () => ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' });

describe('previousPeriod', () => {
  it('gives the period of equal length that ends the day before', () => {
    expect(days(previousPeriod(range('2026-11-06', '2026-11-09')))).to.deep.equal(['2026-11-02', '2026-11-05']);
    expect(days(previousPeriod(range('2026-10-31', '2026-11-29')))).to.deep.equal(['2026-10-01', '2026-10-30']);
    expect(days(previousPeriod(range('2026-10-01', '2026-10-31')))).to.deep.equal(['2026-08-31', '2026-09-30']);
  });

  it('gives the day before for a single day, across a year boundary too', () => {
    expect(days(previousPeriod(range('2026-01-01', '2026-01-01')))).to.deep.equal(['2025-12-31', '2025-12-31']);
    expect(days(previousPeriod(range('2026-01-01', '2026-01-10')))).to.deep.equal(['2025-12-22', '2025-12-31']);
  });

  it('counts the leap day as a day', () => {
    expect(days(previousPeriod(range('2024-03-01', '2024-03-02')))).to.deep.equal(['2024-02-28', '2024-02-29']);
  });

  it('is null for a range open at either end', () => {
    expect(previousPeriod({ from: null, to: null })).to.equal(null);
    expect(previousPeriod({ from: day('2026-11-01'), to: null })).to.equal(null);
    expect(previousPeriod({ from: null, to: day('2026-11-01') })).to.equal(null);
  });
});

describe('samePeriodLastYear', () => {
  it('gives the same calendar dates a year earlier', () => {
    expect(days(samePeriodLastYear(range('2026-10-01', '2026-10-30')))).to.deep.equal(['2025-10-01', '2025-10-30']);
    expect(days(samePeriodLastYear(range('2026-01-01', '2026-12-31')))).to.deep.equal(['2025-01-01', '2025-12-31']);
  });

  it('turns 29 February into 28 February', () => {
    expect(days(samePeriodLastYear(range('2024-02-29', '2024-02-29')))).to.deep.equal(['2023-02-28', '2023-02-28']);
    expect(days(samePeriodLastYear(range('2024-02-01', '2024-02-29')))).to.deep.equal(['2023-02-01', '2023-02-28']);
  });

  it('keeps the dates when the earlier year has a leap day the range spans', () => {
    expect(days(samePeriodLastYear(range('2025-02-28', '2025-03-01')))).to.deep.equal(['2024-02-28', '2024-03-01']);
  });

  it('is null for a range open at either end', () => {
    expect(samePeriodLastYear({ from: null, to: null })).to.equal(null);
    expect(samePeriodLastYear({ from: day('2026-11-01'), to: null })).to.equal(null);
    expect(samePeriodLastYear({ from: null, to: day('2026-11-01') })).to.equal(null);
  });
});

describe('comparisonPeriod', () => {
  it('picks the period by mode', () => {
    const current = range('2026-11-06', '2026-11-09');
    expect(days(comparisonPeriod(current, 'previous-period'))).to.deep.equal(['2026-11-02', '2026-11-05']);
    expect(days(comparisonPeriod(current, 'same-period-last-year'))).to.deep.equal(['2025-11-06', '2025-11-09']);
    expect(comparisonPeriod({ from: null, to: null }, 'same-period-last-year')).to.equal(null);
  });
});

describe('countChange and rateChange', () => {
  it('gives the absolute and relative change of a count', () => {
    expect(countChange(9, 8)).to.deep.equal({ current: 9, previous: 8, delta: 1, ratio: 0.125 });
    expect(countChange(6, 8)).to.deep.equal({ current: 6, previous: 8, delta: -2, ratio: -0.25 });
    expect(countChange(8, 8)).to.deep.equal({ current: 8, previous: 8, delta: 0, ratio: 0 });
  });

  it('has no relative change when the previous count is 0', () => {
    expect(countChange(5, 0)).to.deep.equal({ current: 5, previous: 0, delta: 5, ratio: null });
    expect(countChange(0, 0)).to.deep.equal({ current: 0, previous: 0, delta: 0, ratio: null });
  });

  it('gives the change of a rate in percentage points', () => {
    expect(rateChange(0.75, 0.5)).to.deep.equal({ current: 0.75, previous: 0.5, delta: 25, ratio: 0.5 });
    expect(rateChange(0.25, 0.5)).to.deep.equal({ current: 0.25, previous: 0.5, delta: -25, ratio: -0.5 });
  });

  it('has a point change but no relative change from a rate of 0', () => {
    expect(rateChange(0.5, 0)).to.deep.equal({ current: 0.5, previous: 0, delta: 50, ratio: null });
  });

  it('has no change when either rate is null', () => {
    expect(rateChange(null, 0.5)).to.deep.equal({ current: null, previous: 0.5, delta: null, ratio: null });
    expect(rateChange(0.5, null)).to.deep.equal({ current: 0.5, previous: null, delta: null, ratio: null });
    expect(rateChange(null, null)).to.deep.equal({ current: null, previous: null, delta: null, ratio: null });
  });
});

describe('kpiValues', () => {
  it('reads the headline numbers of one group as well as of the totals', () => {
    const s = summary([group('a', 'A', [1, 2, 3, 4, 6]), group('b', 'B', [2, 0, 0, 0, 0])]);
    expect(kpiValues(s)).to.deep.equal({ total: 18, assigned: 15, inProgress: 3, customers: 4, conversionRate: 4 / 15 });
    expect(kpiValues(s, s.groups[1])).to.deep.equal({ total: 2, assigned: 0, inProgress: 0, customers: 0, conversionRate: null });
  });
});

describe('compareSummaries', () => {
  it('gives current, previous, delta and ratio of every headline number', () => {
    // current: total 16, new 4, assigned 12, in progress 2, customers 6 → 6 / 12
    // previous: total 8, new 0, assigned 8, in progress 4, customers 2 → 2 / 8
    const current = summary([group('a', 'A', [4, 4, 2, 6, 0])]);
    const previous = summary([group('a', 'A', [0, 2, 4, 2, 0])]);
    expect(compareSummaries(current, previous).kpis).to.deep.equal({
      total: { current: 16, previous: 8, delta: 8, ratio: 1 },
      assigned: { current: 12, previous: 8, delta: 4, ratio: 0.5 },
      inProgress: { current: 2, previous: 4, delta: -2, ratio: -0.5 },
      customers: { current: 6, previous: 2, delta: 4, ratio: 2 },
      conversionRate: { current: 0.5, previous: 0.25, delta: 25, ratio: 1 },
    });
  });

  it('compares each group by key, a group missing on one side counting 0 there with a null rate', () => {
    const current = summary([group('a', 'A', [0, 1, 0, 1, 0]), group(null, 'Unassigned', [2, 0, 0, 0, 0])]);
    const previous = summary([group('gone', 'Gone', [0, 0, 0, 1, 1]), group('a', 'A (old)', [0, 4, 0, 0, 0])]);
    const comparison = compareSummaries(current, previous);
    expect(comparison.groups).to.deep.equal([
      {
        key: 'a',
        label: 'A',
        total: { current: 2, previous: 4, delta: -2, ratio: -0.5 },
        won: { current: 1, previous: 0, delta: 1, ratio: null },
        conversionRate: { current: 0.5, previous: 0, delta: 50, ratio: null },
      },
      {
        key: null,
        label: 'Unassigned',
        total: { current: 2, previous: 0, delta: 2, ratio: null },
        won: { current: 0, previous: 0, delta: 0, ratio: null },
        conversionRate: { current: null, previous: null, delta: null, ratio: null },
      },
      {
        key: 'gone',
        label: 'Gone',
        total: { current: 0, previous: 2, delta: -2, ratio: -1 },
        won: { current: 0, previous: 1, delta: -1, ratio: -1 },
        conversionRate: { current: null, previous: 0.5, delta: null, ratio: null },
      },
    ]);
    expect(comparison.totals).to.deep.equal({
      key: '*',
      label: 'Total',
      total: { current: 4, previous: 6, delta: -2, ratio: -1 / 3 },
      won: { current: 1, previous: 1, delta: 0, ratio: 0 },
      conversionRate: { current: 0.5, previous: 1 / 6, delta: (0.5 - 1 / 6) * 100, ratio: (0.5 - 1 / 6) / (1 / 6) },
    });
  });

  it('compares with an empty previous period: no ratios, no rate change', () => {
    const current = summary([group('a', 'A', [1, 1, 1, 1, 0])]);
    const previous = summary([]);
    expect(compareSummaries(current, previous).kpis).to.deep.equal({
      total: { current: 4, previous: 0, delta: 4, ratio: null },
      assigned: { current: 3, previous: 0, delta: 3, ratio: null },
      inProgress: { current: 1, previous: 0, delta: 1, ratio: null },
      customers: { current: 1, previous: 0, delta: 1, ratio: null },
      conversionRate: { current: 1 / 3, previous: null, delta: null, ratio: null },
    });
  });

  it('counts every open status but assigned as in progress in a set without in_progress', () => {
    const statuses: SummaryStatus[] = [
      { id: 'fresh', label: 'Fresh', kind: 'new' },
      { id: 'assigned', label: 'Assigned', kind: 'open' },
      { id: 'calling', label: 'Calling', kind: 'open' },
      { id: 'meeting', label: 'Meeting', kind: 'open' },
      { id: 'signed', label: 'Signed', kind: 'won' },
    ];
    const totals = (counts: Record<string, number>, won: number): GroupSummary => {
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      return { key: '*', label: 'Total', counts, total, won, base: total - counts.fresh!, conversionRate: won / (total - counts.fresh!) };
    };
    const make = (t: GroupSummary): LeadSummary => ({ ...summary([]), statuses, totals: t });
    const comparison = compareSummaries(
      make(totals({ fresh: 1, assigned: 2, calling: 3, meeting: 4, signed: 10 }, 10)),
      make(totals({ fresh: 0, assigned: 5, calling: 1, meeting: 1, signed: 3 }, 3)),
    );
    expect(comparison.kpis.inProgress).to.deep.equal({ current: 7, previous: 2, delta: 5, ratio: 2.5 });
    expect(comparison.kpis.assigned).to.deep.equal({ current: 19, previous: 10, delta: 9, ratio: 0.9 });
  });

  it('compares the manager fixture over 6–9 November with the four days before', () => {
    const store = managerStore();
    const current = range('2026-11-06', '2026-11-09');
    const summaryOf = (r: DayRange) => summarize(store, { range: r, lang: 'en' });
    const now = summaryOf(current);
    const before = summaryOf(previousPeriod(current)!);
    expect([before.range.from, before.range.to]).to.deep.equal(['2026-11-02', '2026-11-05']);
    const comparison = compareSummaries(now, before);
    // 6–9 Nov: duplicate (An), customer + not potential + unknown (Bình), new + assigned
    // (unassigned), in progress (u9): 7 leads, 1 new, 1 in progress, 1 customer, 1 / 6.
    // 2–5 Nov, all An: new, 3 customers, in progress, not potential, stopped: 7 leads, 3 / 6.
    expect(comparison.kpis).to.deep.equal({
      total: { current: 7, previous: 7, delta: 0, ratio: 0 },
      assigned: { current: 6, previous: 6, delta: 0, ratio: 0 },
      inProgress: { current: 1, previous: 1, delta: 0, ratio: 0 },
      customers: { current: 1, previous: 3, delta: -2, ratio: -2 / 3 },
      conversionRate: { current: 1 / 6, previous: 0.5, delta: (1 / 6 - 0.5) * 100, ratio: (1 / 6 - 0.5) / 0.5 },
    });
    expect(comparison.groups.map((g) => [g.key, g.label, g.total.current, g.total.previous, g.total.delta, g.total.ratio])).to.deep.equal([
      ['u2', 'Bình', 3, 0, 3, null],
      ['u1', 'An', 1, 7, -6, -6 / 7],
      ['u9', 'u9', 1, 0, 1, null],
      ['u3', 'Chi', 0, 0, 0, null],
      [null, 'Unassigned', 2, 0, 2, null],
    ]);
    const an = comparison.groups[1]!;
    expect(an.conversionRate).to.deep.equal({ current: 0, previous: 0.5, delta: -50, ratio: -1 });
    expect(comparison.groups[0]!.conversionRate).to.deep.equal({ current: 1 / 3, previous: null, delta: null, ratio: null });
  });

  it('compares the manager fixture with the same days a year earlier, which hold no lead', () => {
    const store = managerStore();
    const current = range('2026-11-02', '2026-11-09');
    const comparison = compareSummaries(
      summarize(store, { range: current, lang: 'vi' }),
      summarize(store, { range: samePeriodLastYear(current)!, lang: 'vi' }),
    );
    expect(comparison.kpis.total).to.deep.equal({ current: 14, previous: 0, delta: 14, ratio: null });
    expect(comparison.kpis.conversionRate).to.deep.equal({ current: 4 / 12, previous: null, delta: null, ratio: null });
    expect(comparison.totals.label).to.equal('Tổng');
  });
});
