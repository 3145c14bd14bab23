import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDay, parseDay } from '../../src/data/dates.js';
import type { LeadStore } from '../../src/data/engine.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { filterSets } from '../../src/data/summary.js';
import {
  bucketCount,
  bucketTrend,
  chooseUnit,
  countByDay,
  monthStart,
  trendOf,
  weekStart,
  type DayCounts,
  type TrendUnit,
} from '../../src/data/trend.js';
import type { LeadFilter } from '../../src/data/types.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { referenceDay, referenceSummary } from '../reference.js';

const day = (text: string) => parseDay(text)!;
const store = (data: unknown, timeZone = 'Asia/Ho_Chi_Minh', dateField: 'createdAt' | 'assignedAt' = 'createdAt') =>
  ingestLeads(readDataset(data)!, { timeZone, dateField });

/** Day counts as `{day: counts}`, for reading and writing expectations. */
function byDay(counts: DayCounts): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (let k = 0; k < counts.days.length; k++) {
    out[formatDay(counts.days[k]!)] = Array.from({ length: counts.stride }, (_, s) => counts.counts[k * counts.stride + s]!);
  }
  return out;
}

/** Day counts written by hand: `{day: counts}` over `from..to`. */
function dayCounts(from: string, to: string, values: Record<string, number[]>, stride = 2): DayCounts {
  const days = Object.keys(values).sort();
  return {
    from: day(from),
    to: day(to),
    days: Int32Array.from(days, day),
    stride,
    counts: Float64Array.from(days.flatMap((d) => values[d]!)),
  };
}

const brief = (buckets: ReturnType<typeof bucketTrend>) => buckets.map((b) => `${b.start}..${b.end} ${b.counts.join(',')} =${b.total}`);

describe('countByDay', () => {
  // columns: new, assigned, in_progress, customer, not_potential, stopped, duplicate, unknown
  it('counts the leads of each calendar day and status column, in the store zone', () => {
    const counts = countByDay(store(managerData), { from: null, to: null });
    expect([counts.from, counts.to].map((d) => formatDay(d!))).to.deep.equal(['2026-11-02', '2026-11-09']);
    expect(counts.stride).to.equal(8);
    expect(byDay(counts)).to.deep.equal({
      '2026-11-02': [1, 0, 0, 1, 0, 0, 0, 0],
      '2026-11-03': [0, 0, 1, 1, 0, 0, 0, 0],
      '2026-11-04': [0, 0, 0, 1, 0, 0, 0, 0],
      // 16:59:59Z is 23:59:59 in Ho Chi Minh City, 17:00:00Z the next day
      '2026-11-05': [0, 0, 0, 0, 1, 1, 0, 0],
      '2026-11-06': [0, 0, 0, 1, 0, 0, 1, 0],
      '2026-11-07': [0, 0, 0, 0, 1, 0, 0, 1],
      '2026-11-08': [1, 1, 0, 0, 0, 0, 0, 0],
      '2026-11-09': [0, 0, 1, 0, 0, 0, 0, 0],
    });
  });

  it('keeps to the range and applies the list filters of a summary', () => {
    const leads = store(managerData);
    const filters = filterSets(leads, { owners: ['u1'] });
    const counts = countByDay(leads, { from: day('2026-11-03'), to: day('2026-11-05'), filters });
    expect(byDay(counts)).to.deep.equal({
      '2026-11-03': [0, 0, 1, 1, 0, 0, 0, 0],
      '2026-11-04': [0, 0, 0, 1, 0, 0, 0, 0],
      '2026-11-05': [0, 0, 0, 0, 1, 1, 0, 0],
    });
    const unknownOnly = countByDay(leads, { from: null, to: null, filters: filterSets(leads, { statuses: ['unknown'] }) });
    // days whose rows the filter leaves out stay in the list, with zeros
    expect(Object.entries(byDay(unknownOnly)).filter(([, counts]) => counts.some(Boolean))).to.deep.equal([
      ['2026-11-07', [0, 0, 0, 0, 0, 0, 0, 1]],
    ]);
    expect(unknownOnly.days.length).to.equal(8);
  });

  it('resolves open ends to the first and last day of the store, never past the given end', () => {
    const leads = store(managerData);
    const range = (from: string | null, to: string | null) => {
      const counts = countByDay(leads, { from: from === null ? null : day(from), to: to === null ? null : day(to) });
      return [formatDay(counts.from!), formatDay(counts.to!), counts.days.length];
    };
    expect(range(null, '2026-11-03')).to.deep.equal(['2026-11-02', '2026-11-03', 2]);
    expect(range('2026-11-08', null)).to.deep.equal(['2026-11-08', '2026-11-09', 2]);
    expect(range(null, '2026-10-01')).to.deep.equal(['2026-10-01', '2026-10-01', 0]);
    expect(range('2026-12-01', null)).to.deep.equal(['2026-12-01', '2026-12-01', 0]);
    // reversed ends are swapped
    expect(range('2026-11-04', '2026-11-03')).to.deep.equal(['2026-11-03', '2026-11-04', 2]);
  });

  it('gives no range for an open range over a store without dated rows', () => {
    const counts = countByDay(store({ leads: [] }), { from: null, to: null });
    expect([counts.from, counts.to, counts.days.length, counts.stride]).to.deep.equal([null, null, 0, 7]);
    expect(bucketTrend(counts, { unit: 'day' })).to.deep.equal([]);
  });

  it('counts a pre-aggregated row as its count of leads', () => {
    const rows = [
      { date: '2026-01-30', status: 'new', count: 5, owner: 'a' },
      { date: '2026-02-02', status: 'customer', count: 3, owner: 'a' },
      { date: '2026-02-02', status: 'new', count: 2, owner: 'b' },
      { date: '2026-02-02', status: 'new', count: 0, owner: 'a' },
    ];
    const leads = store({ rows }, 'Pacific/Kiritimati');
    expect(byDay(countByDay(leads, { from: null, to: null }))).to.deep.equal({
      '2026-01-30': [5, 0, 0, 0, 0, 0, 0],
      '2026-02-02': [2, 0, 0, 3, 0, 0, 0],
    });
    const onlyA = countByDay(leads, { from: null, to: null, filters: filterSets(leads, { owners: ['a'] }) });
    expect(brief(bucketTrend(onlyA, { unit: 'month' }))).to.deep.equal([
      '2026-01-30..2026-01-31 5,0,0,0,0,0,0 =5',
      '2026-02-01..2026-02-02 0,0,0,3,0,0,0 =3',
    ]);
  });

  it('puts leads without the date field in no day', () => {
    const leads = [
      { id: 1, status: 'new', createdAt: '2026-02-01', assignedAt: '2026-02-03' },
      { id: 2, status: 'new', createdAt: '2026-02-01' },
      { id: 3, status: 'customer', createdAt: '2026-02-02', assignedAt: '2026-02-04T10:00:00' },
    ];
    const counts = countByDay(store({ leads }, 'UTC', 'assignedAt'), { from: null, to: null });
    expect(byDay(counts)).to.deep.equal({ '2026-02-03': [1, 0, 0, 0, 0, 0, 0], '2026-02-04': [0, 0, 0, 1, 0, 0, 0] });
  });

  it('places instants on the calendar days of the zone across a DST change, a 23-hour and a 25-hour day', () => {
    const leads = [
      '2026-03-08T04:59:59Z', // 23:59:59 EST on 7 March
      '2026-03-08T05:00:00Z', // midnight, 8 March
      '2026-03-09T03:59:59Z', // 23:59:59 EDT, still 8 March: the day had 23 hours
      '2026-03-09T04:00:00Z', // midnight, 9 March
      '2026-11-01T04:00:00Z', // midnight EDT, 1 November
      '2026-11-02T04:59:59Z', // 23:59:59 EST, still 1 November: the day had 25 hours
    ].map((createdAt, k) => ({ id: k, status: 'new', createdAt }));
    const counts = countByDay(store({ leads }, 'America/New_York'), { from: null, to: null });
    const days = bucketTrend(counts, { unit: 'day' });
    expect(days).to.have.length(240);
    expect(brief(days.filter((b) => b.total > 0)).map((line) => line.replace(/ .*=/, ' ='))).to.deep.equal([
      '2026-03-07..2026-03-07 =1',
      '2026-03-08..2026-03-08 =2',
      '2026-03-09..2026-03-09 =1',
      '2026-11-01..2026-11-01 =2',
    ]);
    // the week of the spring change still has seven days
    expect(
      bucketTrend(counts, { unit: 'week' })
        .slice(0, 2)
        .map((b) => [b.start, b.end, b.total]),
    ).to.deep.equal([
      ['2026-03-07', '2026-03-08', 3],
      ['2026-03-09', '2026-03-15', 1],
    ]);
  });
});

describe('bucketTrend', () => {
  it('makes a bucket per day, empty days included, across the end of a leap February', () => {
    const counts = dayCounts('2024-02-27', '2024-03-01', { '2024-02-27': [1, 2], '2024-02-29': [0, 4] });
    expect(brief(bucketTrend(counts, { unit: 'day' }))).to.deep.equal([
      '2024-02-27..2024-02-27 1,2 =3',
      '2024-02-28..2024-02-28 0,0 =0',
      '2024-02-29..2024-02-29 0,4 =4',
      '2024-03-01..2024-03-01 0,0 =0',
    ]);
  });

  it('makes Monday-to-Sunday weeks across a new year, clipped to the range at both ends', () => {
    const counts = dayCounts('2025-12-24', '2026-01-13', {
      '2025-12-24': [1, 0],
      '2025-12-28': [0, 1],
      '2025-12-29': [2, 0],
      '2026-01-04': [0, 3],
      '2026-01-13': [1, 1],
    });
    expect(brief(bucketTrend(counts, { unit: 'week' }))).to.deep.equal([
      '2025-12-24..2025-12-28 1,1 =2',
      '2025-12-29..2026-01-04 2,3 =5',
      '2026-01-05..2026-01-11 0,0 =0',
      '2026-01-12..2026-01-13 1,1 =2',
    ]);
  });

  it('makes calendar months across a new year and a leap February, clipped to the range', () => {
    const counts = dayCounts('2023-12-15', '2024-03-10', {
      '2023-12-31': [1, 0],
      '2024-01-01': [0, 1],
      '2024-02-29': [5, 0],
      '2024-03-10': [0, 2],
    });
    expect(brief(bucketTrend(counts, { unit: 'month' }))).to.deep.equal([
      '2023-12-15..2023-12-31 1,0 =1',
      '2024-01-01..2024-01-31 0,1 =1',
      '2024-02-01..2024-02-29 5,0 =5',
      '2024-03-01..2024-03-10 0,2 =2',
    ]);
  });

  it('takes a narrower range than the counts and leaves the days outside it out', () => {
    const counts = dayCounts('2026-01-01', '2026-01-31', { '2026-01-01': [1, 0], '2026-01-15': [0, 1], '2026-01-31': [1, 1] });
    expect(brief(bucketTrend(counts, { unit: 'month', from: day('2026-01-02'), to: day('2026-01-30') }))).to.deep.equal([
      '2026-01-02..2026-01-30 0,1 =1',
    ]);
    // reversed ends are swapped
    expect(brief(bucketTrend(counts, { unit: 'week', from: day('2026-01-16'), to: day('2026-01-14') }))).to.deep.equal([
      '2026-01-14..2026-01-16 0,1 =1',
    ]);
  });
});

describe('chooseUnit, bucketCount, weekStart and monthStart', () => {
  it('choose days up to 62 days, weeks up to 366, months beyond', () => {
    expect([1, 62, 63, 366, 367, 5000].map(chooseUnit)).to.deep.equal(['day', 'day', 'week', 'week', 'month', 'month']);
  });

  it('count the buckets a range touches', () => {
    const count = (unit: TrendUnit, from: string, to: string) => bucketCount(unit, day(from), day(to));
    expect(count('day', '2024-02-27', '2024-03-01')).to.equal(4);
    expect(count('week', '2025-12-24', '2026-01-13')).to.equal(4);
    expect(count('week', '2026-01-05', '2026-01-11')).to.equal(1);
    expect(count('month', '2023-12-15', '2024-03-10')).to.equal(4);
    expect(count('month', '2024-03-10', '2023-12-15')).to.equal(4);
    expect(bucketCount('day', null, day('2024-01-01'))).to.equal(0);
  });

  it('find the Monday and the first of the month of a day, before 1970 too', () => {
    expect(formatDay(weekStart(day('2026-01-01')))).to.equal('2025-12-29');
    expect(formatDay(weekStart(day('2026-01-04')))).to.equal('2025-12-29');
    expect(formatDay(weekStart(day('2026-01-05')))).to.equal('2026-01-05');
    expect(formatDay(weekStart(day('1969-12-31')))).to.equal('1969-12-29');
    expect(formatDay(monthStart(day('2024-02-29')))).to.equal('2024-02-01');
  });
});

describe('trendOf', () => {
  it('gives the day counts of a filter and the summary status columns in the language', () => {
    const trend = trendOf(store(managerData), {
      range: { from: day('2026-11-07'), to: day('2026-11-08') },
      filter: { owners: [null, 'u2'] },
      lang: 'en',
    });
    expect(trend.statuses.map((s) => s.label)).to.deep.equal([
      'New',
      'Assigned',
      'In progress',
      'Customer',
      'Not potential',
      'Stopped pursuing',
      'Duplicate contact',
      'Unknown',
    ]);
    expect(byDay(trend.days)).to.deep.equal({
      '2026-11-07': [0, 0, 0, 0, 1, 0, 0, 1],
      '2026-11-08': [1, 1, 0, 0, 0, 0, 0, 0],
    });
  });
});

describe('the trend against a naive count over raw leads', () => {
  const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Kiritimati', 'Etc/GMT+8'];
  const DAYS = ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-08', '2026-03-09'];
  const STATUSES = ['new', 'assigned', 'in_progress', 'customer', 'not_potential', 'stopped', 'duplicate'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = fc.oneof(
    fc.constantFrom(...DAYS),
    fc
      .tuple(
        fc.constantFrom(...DAYS),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('Z', '+07:00', '-05:00', '+14:00', ''),
      )
      .map(([d, h, m, zone]) => `${d}T${pad(h)}:${pad(m)}:00${zone}`),
    fc.tuple(fc.integer({ min: 29, max: 68 }), fc.integer({ min: 0, max: 47 })).map(([d, half]) => Date.UTC(2026, 0, d, 0, half * 30)),
  );
  const status = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...STATUSES) }, { weight: 1, arbitrary: fc.constant('gone') });
  const owner = fc.constantFrom('a', 'b', null);
  const cleanLeads = fc
    .array(fc.record({ status, createdAt: date, owner }), { maxLength: 40 })
    .map((leads) => leads.map((lead, k) => ({ id: k + 1, ...lead })));
  const bound = fc.option(fc.constantFrom('2026-01-29', ...DAYS, '2026-03-12'), { nil: null });
  const list = <T>(values: T[]) => fc.subarray(values, { minLength: 0 });
  const unit = fc.constantFrom<TrendUnit>('day', 'week', 'month');

  function ordered(from: string | null, to: string | null): [string | null, string | null] {
    return from !== null && to !== null && from > to ? [to, from] : [from, to];
  }

  it('puts every lead in the bucket holding its calendar day, counted by status', () => {
    fc.assert(
      fc.property(
        cleanLeads,
        fc.constantFrom(...ZONES),
        bound,
        bound,
        list(['a', 'b', null]),
        list([...STATUSES, 'unknown']),
        unit,
        (leads, timeZone, a, b, owners, statuses, u) => {
          const [from, to] = ordered(a, b);
          const filter: LeadFilter = { owners, statuses };
          const trend = trendOf(store({ leads }, timeZone), {
            range: { from: from === null ? null : day(from), to: to === null ? null : day(to) },
            filter,
            lang: 'en',
          });
          const buckets = bucketTrend(trend.days, { unit: u });
          const expected = buckets.map(() => trend.statuses.map(() => 0));
          let outside = 0;
          for (const lead of leads) {
            const id = STATUSES.includes(lead.status) ? lead.status : 'unknown';
            if (owners.length && !owners.includes(lead.owner)) continue;
            if (statuses.length && !statuses.includes(id)) continue;
            const leadDay = referenceDay(lead.createdAt, timeZone)!;
            if ((from !== null && leadDay < from) || (to !== null && leadDay > to)) continue;
            const k = buckets.findIndex((bucket) => bucket.start <= leadDay && leadDay <= bucket.end);
            if (k < 0) outside++;
            else expected[k]![trend.statuses.findIndex((s) => s.id === id)]!++;
          }
          expect(outside, 'leads in the range but in no bucket').to.equal(0);
          expect(buckets.map((bucket) => bucket.counts)).to.deep.equal(expected);
          expect(buckets.map((bucket) => bucket.total)).to.deep.equal(expected.map((counts) => counts.reduce((x, y) => x + y, 0)));
          // buckets follow each other without a gap, from the resolved start to the resolved end
          buckets.forEach((bucket, k) => {
            if (k > 0) expect(day(bucket.start)).to.equal(day(buckets[k - 1]!.end) + 1);
          });
          if (buckets.length)
            expect([buckets[0]!.start, buckets.at(-1)!.end]).to.deep.equal([formatDay(trend.days.from!), formatDay(trend.days.to!)]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('adds up, over all its buckets, to the summary totals of the same range and filters', () => {
    const messyLead = fc.record({
      id: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom('', ' ')),
      status: fc.oneof(status, fc.constantFrom('Khách hàng', ' NEW ', '')),
      createdAt: fc.oneof({ weight: 9, arbitrary: date }, { weight: 1, arbitrary: fc.constantFrom('2026-02-30', 'soon') }),
      owner,
    });
    const row = fc.record({ date: fc.constantFrom(...DAYS), status, owner, count: fc.integer({ min: 0, max: 9 }) });
    const dataset = fc.record({ leads: fc.array(messyLead, { maxLength: 30 }), rows: fc.array(row, { maxLength: 8 }) });
    fc.assert(
      fc.property(
        dataset,
        fc.constantFrom(...ZONES),
        bound,
        bound,
        list(['a', 'b', null]),
        list([...STATUSES, 'unknown']),
        unit,
        (data, timeZone, a, b, owners, statuses, u) => {
          const [from, to] = ordered(a, b);
          const filter: LeadFilter = { owners, statuses };
          const leads: LeadStore = store(data, timeZone);
          const trend = trendOf(leads, {
            range: { from: from === null ? null : day(from), to: to === null ? null : day(to) },
            filter,
            lang: 'vi',
          });
          const sums = trend.statuses.map(() => 0);
          for (const bucket of bucketTrend(trend.days, { unit: u })) bucket.counts.forEach((n, k) => (sums[k]! += n));
          const reference = referenceSummary(data, { timeZone, from, to, groupBy: 'owner', filter, lang: 'vi' });
          expect(trend.statuses).to.deep.equal(reference.statuses);
          expect(sums).to.deep.equal(reference.statuses.map((s) => reference.totals.counts[s.id]));
        },
      ),
      { numRuns: 150 },
    );
  });
});
