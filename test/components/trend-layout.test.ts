import { expect } from '@open-wc/testing';
import { formatDay, parseDay } from '../../src/data/dates.js';
import { bucketTrend, type DayCounts, type TrendBucket } from '../../src/data/trend.js';
import {
  bucketAt,
  bucketSpan,
  dateLabel,
  layoutTrend,
  MAX_BUCKETS,
  periodLabel,
  planTrend,
  snapToBuckets,
  type TrendLayout,
} from '../../src/components/lead-trend-chart/trend-layout.js';

const bucket = (start: string, end: string, counts: number[]): TrendBucket => ({
  start,
  end,
  counts,
  total: counts.reduce((a, b) => a + b, 0),
});
const four = [
  bucket('2026-11-02', '2026-11-02', [1, 2]),
  bucket('2026-11-03', '2026-11-03', [0, 0]),
  bucket('2026-11-04', '2026-11-04', [3, 0]),
  bucket('2026-11-05', '2026-11-05', [0, 7]),
];
/** Empty day counts over a range. */
const span = (from: string, to: string, seen: string[] = []): DayCounts => ({
  from: parseDay(from),
  to: parseDay(to),
  days: Int32Array.from(seen, (d) => parseDay(d)!),
  stride: 1,
  counts: new Float64Array(seen.length),
});

function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersOf);
  return [];
}

describe('layoutTrend', () => {
  // left = 8 + 7 px for the one-digit tick labels; 400 px of plot for four buckets
  const layout = layoutTrend(four, { width: 423, height: 220, unit: 'day', lang: 'en' });

  it('places the plot inside the axes', () => {
    expect([layout.width, layout.height, layout.left, layout.right, layout.top, layout.bottom, layout.step]).to.deep.equal([
      423, 220, 15, 415, 8, 198, 100,
    ]);
  });

  it('gives each bucket an equal band and a bar inset by a tenth of it on each side', () => {
    expect(layout.columns.map((c) => [c.x0, c.x1, c.barX, c.barWidth])).to.deep.equal([
      [15, 115, 25, 80],
      [115, 215, 125, 80],
      [215, 315, 225, 80],
      [315, 415, 325, 80],
    ]);
  });

  it('stacks the non-zero statuses of a bucket from the axis up, on a nice count scale', () => {
    // the scale runs 0..8 over 190 px: 23.75 px a lead
    expect(layout.columns.map((c) => [c.y, c.segments.map((s) => [s.index, s.y, s.height, s.value])])).to.deep.equal([
      [
        126.75,
        [
          [0, 174.25, 23.75, 1],
          [1, 126.75, 47.5, 2],
        ],
      ],
      [198, []],
      [126.75, [[0, 126.75, 71.25, 3]]],
      [31.75, [[1, 31.75, 166.25, 7]]],
    ]);
    expect(layout.ticks).to.deep.equal([
      { value: 0, y: 198, label: '0' },
      { value: 2, y: 150.5, label: '2' },
      { value: 4, y: 103, label: '4' },
      { value: 6, y: 55.5, label: '6' },
      { value: 8, y: 8, label: '8' },
    ]);
  });

  it('labels the count axis in the language, with room for its longest label', () => {
    const big = [bucket('2026-11-02', '2026-11-02', [1234, 0]), bucket('2026-11-03', '2026-11-03', [0, 5])];
    const vi = layoutTrend(big, { width: 423, unit: 'day', lang: 'vi' });
    const en = layoutTrend(big, { width: 423, unit: 'day', lang: 'en' });
    expect(vi.ticks.map((t) => t.label)).to.deep.equal(['0', '500', '1.000', '1.500']);
    expect(en.ticks.map((t) => t.label)).to.deep.equal(['0', '500', '1,000', '1,500']);
    expect(vi.left).to.equal(8 + 7 * 5);
  });

  it('labels every n-th column with its date, so that labels keep apart', () => {
    const days = layoutTrend(bucketTrend(span('2026-01-01', '2026-03-01'), { unit: 'day' }), { width: 423, unit: 'day', lang: 'en' });
    expect(days.labels.map((l) => `${l.index}:${l.label}`)).to.deep.equal([
      '0:Jan 1',
      '8:Jan 9',
      '16:Jan 17',
      '24:Jan 25',
      '32:Feb 2',
      '40:Feb 10',
      '48:Feb 18',
      '56:Feb 26',
    ]);
    expect(days.labels[1]!.x - days.labels[0]!.x).to.be.at.least(7 * 'Jan 17'.length + 8);
  });

  it('names the year of months on the first label and where the year changes', () => {
    const months = bucketTrend(span('2025-10-15', '2027-02-01'), { unit: 'month' });
    const vi = layoutTrend(months, { width: 1200, unit: 'month', lang: 'vi' });
    expect(vi.labels.map((l) => l.label)).to.deep.equal([
      'thg 10 2025',
      'thg 12',
      'thg 2 2026',
      'thg 4',
      'thg 6',
      'thg 8',
      'thg 10',
      'thg 12',
      'thg 2 2027',
    ]);
    const en = layoutTrend(months.slice(0, 4), { width: 1200, unit: 'month', lang: 'en' });
    expect(en.labels.map((l) => l.label)).to.deep.equal(['Oct 2025', 'Nov', 'Dec', 'Jan 2026']);
    expect(dateLabel(months[0]!, 'week', 'en', true)).to.equal('Oct 15');
  });

  it('keeps every number finite, whatever the input', () => {
    const cases: TrendLayout[] = [
      layoutTrend([], { width: 423, unit: 'day', lang: 'en' }),
      layoutTrend([bucket('2026-11-02', '2026-11-02', [0, 0])], { width: NaN, height: Infinity, unit: 'day', lang: 'vi' }),
      layoutTrend(four, { width: -5, unit: 'week', lang: 'en' }),
      layoutTrend(bucketTrend(span('2025-01-01', '2026-02-04'), { unit: 'day' }), { width: 200, unit: 'day', lang: 'en' }),
      layoutTrend([bucket('2026-11-02', '2026-11-02', [Number.MAX_SAFE_INTEGER, 0])], { width: 423, unit: 'day', lang: 'en' }),
    ];
    for (const layout of cases) {
      const numbers = numbersOf({ ...layout, columns: layout.columns.map(({ bucket: _, ...rest }) => rest) });
      expect(numbers.every(Number.isFinite), JSON.stringify(numbers.filter((n) => !Number.isFinite(n)))).to.equal(true);
    }
    expect(cases[1]!.width).to.equal(160);
  });
});

describe('the brush geometry of a trend layout', () => {
  const layout = layoutTrend(four, { width: 423, height: 220, unit: 'day', lang: 'en' });

  it('finds the bucket under an x position, and none outside the plot', () => {
    expect([15, 114.9, 115, 300, 415].map((x) => bucketAt(layout, x))).to.deep.equal([0, 0, 1, 2, 3]);
    expect([14, 416, NaN].map((x) => bucketAt(layout, x))).to.deep.equal([null, null, null]);
  });

  it('snaps a brushed span to every bucket it touches, whole', () => {
    expect(snapToBuckets(layout, [165, 265])).to.deep.equal([1, 2]);
    expect(snapToBuckets(layout, [265, 165])).to.deep.equal([1, 2]);
    expect(snapToBuckets(layout, [120, 130])).to.deep.equal([1, 1]);
    // a span moved exactly onto the band edges takes no neighbour
    expect(snapToBuckets(layout, [115, 315])).to.deep.equal([1, 2]);
    expect(snapToBuckets(layout, [0, 1000])).to.deep.equal([0, 3]);
    expect(snapToBuckets(layout, [0, 10])).to.equal(null);
    expect(snapToBuckets(layoutTrend([], { width: 423, unit: 'day', lang: 'en' }), [20, 30])).to.equal(null);
  });

  it('gives the pixel span of a run of buckets', () => {
    expect(bucketSpan(layout, 1, 2)).to.deep.equal([115, 315]);
    expect(bucketSpan(layout, 0, 3)).to.deep.equal([15, 415]);
  });
});

describe('periodLabel', () => {
  it('names a day, a week, a whole month and a month clipped by the range, in both languages', () => {
    const cases = [
      [bucket('2026-11-02', '2026-11-02', []), 'day'],
      [bucket('2026-11-02', '2026-11-08', []), 'week'],
      [bucket('2026-11-01', '2026-11-30', []), 'month'],
      [bucket('2026-11-03', '2026-11-30', []), 'month'],
      [bucket('2026-12-28', '2027-01-03', []), 'week'],
    ] as const;
    expect(cases.map(([b, unit]) => periodLabel(b, unit, 'en'))).to.deep.equal([
      'Nov 2, 2026',
      'Nov 2 – 8, 2026',
      'November 2026',
      'Nov 3 – 30, 2026',
      'Dec 28, 2026 – Jan 3, 2027',
    ]);
    expect(cases.map(([b, unit]) => periodLabel(b, unit, 'vi'))).to.deep.equal([
      '2 thg 11, 2026',
      '2 – 8 thg 11, 2026',
      'tháng 11 năm 2026',
      '3 – 30 thg 11, 2026',
      '28 thg 12, 2026 – 3 thg 1, 2027',
    ]);
  });
});

describe('planTrend', () => {
  const plan = (from: string, to: string, choice: Parameters<typeof planTrend>[1], seen: string[] = []) => {
    const result = planTrend(span(from, to, seen), choice);
    return result && { ...result, from: formatDay(result.from), to: formatDay(result.to) };
  };

  it('draws the chosen unit, or for auto the one that suits the length of the range', () => {
    expect(plan('2026-01-01', '2026-03-03', 'auto')!.unit).to.equal('day');
    expect(plan('2026-01-01', '2026-03-04', 'auto')!.unit).to.equal('week');
    expect(plan('2026-01-01', '2027-01-01', 'auto')!.unit).to.equal('week');
    expect(plan('2026-01-01', '2027-01-02', 'auto')!.unit).to.equal('month');
    expect(plan('2026-01-01', '2027-01-02', 'day')!.unit).to.equal('day');
    expect(plan('2026-01-01', '2026-01-02', 'month')).to.deep.equal({
      unit: 'month',
      from: '2026-01-01',
      to: '2026-01-02',
      units: { day: true, week: true, month: true },
    });
  });

  it(`falls back to a coarser unit beyond ${MAX_BUCKETS} buckets`, () => {
    expect(plan('2020-01-01', '2026-12-31', 'day')).to.deep.equal({
      unit: 'week',
      from: '2020-01-01',
      to: '2026-12-31',
      units: { day: false, week: true, month: true },
    });
  });

  it(`shows the span of the data, at most its last ${MAX_BUCKETS} months, for longer ranges`, () => {
    const all = { day: false, week: false, month: true };
    expect(plan('1900-01-01', '2026-12-31', 'auto', ['1990-05-05', '2000-01-01'])).to.deep.equal({
      unit: 'month',
      from: '1990-05-05',
      to: '2000-01-01',
      units: all,
    });
    expect(plan('1900-01-01', '2026-12-31', 'auto', ['1960-05-05', '2000-01-01'])).to.deep.equal({
      unit: 'month',
      from: '1966-10-01',
      to: '2000-01-01',
      units: all,
    });
    expect(plan('1900-01-01', '2026-12-31', 'week')).to.deep.equal({ unit: 'month', from: '1993-09-01', to: '2026-12-31', units: all });
  });

  it('plans nothing without a range', () => {
    expect(planTrend({ from: null, to: null, days: [], stride: 1, counts: [] }, 'auto')).to.equal(null);
  });
});
