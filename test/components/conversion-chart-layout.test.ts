import { expect } from '@open-wc/testing';
import { layoutConversionChart, MIN_AXIS_MAX } from '../../src/components/lead-conversion-chart/conversion-chart-layout.js';
import type { GroupSummary, LeadSummary } from '../../src/data/types.js';
import { basisText, messages } from '../../src/i18n/messages.js';

const group = (key: string | null, won: number, base: number, label = key ?? 'None'): GroupSummary => ({
  key,
  label,
  counts: { won, open: base - won },
  total: base,
  won,
  base,
  conversionRate: base === 0 ? null : won / base,
});
const summary = (groups: GroupSummary[], totals: GroupSummary = group('*', 3, 10)): LeadSummary => ({
  range: { from: null, to: null, timeZone: 'UTC' },
  groupBy: 'owner',
  conversionBasis: 'assigned',
  statuses: [
    { id: 'open', label: 'Open', kind: 'open' },
    { id: 'won', label: 'Won', kind: 'won' },
  ],
  groups,
  totals,
  excluded: { invalid: 0, duplicateId: 0 },
});
const four = summary([group('a', 2, 4), group('b', 1, 4), group('c', 0, 0), group(null, 0, 2)]);

describe('layoutConversionChart', () => {
  it('draws each group’s rate as a bar on a nice 0..max percent axis, with room for the rate after it', () => {
    const layout = layoutConversionChart(four, { width: 548, labelWidth: 100, rowHeight: 20 });
    expect([layout.left, layout.right, layout.top, layout.bottom, layout.height, layout.max]).to.deep.equal([100, 500, 18, 98, 122, 0.5]);
    // 400 px wants 5 ticks; the largest rate 0.5 is already nice
    expect(layout.ticks.map((t) => [t.value, t.x])).to.deep.equal([
      [0, 100],
      [0.1, 180],
      [0.2, 260],
      [0.3, 340],
      [0.4, 420],
      [0.5, 500],
    ]);
    expect(layout.bars.map((b) => [b.group.key, b.rate, b.rowY, b.rowHeight, b.y, b.height, b.x, b.width, b.valueX])).to.deep.equal([
      ['a', 0.5, 18, 20, 21, 14, 100, 400, 504],
      ['b', 0.25, 38, 20, 41, 14, 100, 200, 304],
      ['c', null, 58, 20, 61, 14, 100, 0, 104],
      [null, 0, 78, 20, 81, 14, 100, 0, 104],
    ]);
  });

  it('puts the reference line at the overall rate, its label hanging towards the middle', () => {
    const layout = layoutConversionChart(four, { width: 548, labelWidth: 100, rowHeight: 20 });
    expect(layout.reference).to.deep.equal({ value: 0.3, x: 340, anchor: 'end' });
    const low = layoutConversionChart(summary(four.groups, group('*', 1, 10)), { width: 548, labelWidth: 100 });
    expect(low.reference).to.deep.equal({ value: 0.1, x: 180, anchor: 'start' });
  });

  it('has no reference line and no room for its label when the overall rate is null', () => {
    const layout = layoutConversionChart(summary([group('a', 1, 2)], group('*', 0, 0)), { width: 548, labelWidth: 100, rowHeight: 20 });
    expect(layout.reference).to.equal(null);
    expect([layout.top, layout.bottom]).to.deep.equal([4, 24]);
  });

  it('keeps a minimum axis so tiny rates stay small', () => {
    const layout = layoutConversionChart(summary([group('a', 1, 1000), group('b', 0, 5)], group('*', 1, 2000)), {
      width: 548,
      labelWidth: 100,
    });
    expect(layout.max).to.equal(MIN_AXIS_MAX);
    expect(layout.ticks.map((t) => t.x)).to.deep.equal([100, 180, 260, 340, 420, 500]);
    expect(layout.bars.map((b) => b.width)).to.deep.equal([8, 0]);
    expect(layout.reference!.x).to.equal(104);
  });

  it('rounds the axis up to at most 100% and clamps impossible rates to it', () => {
    const odd = { ...group('z', 3, 2), conversionRate: 1.5 };
    const layout = layoutConversionChart(summary([group('a', 93, 100), odd]), { width: 548, labelWidth: 100 });
    expect(layout.max).to.equal(1);
    expect(layout.ticks.map((t) => t.value)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(layout.bars.map((b) => b.width)).to.deep.equal([372, 400]);
  });

  it('shortens long labels to their room', () => {
    const layout = layoutConversionChart(summary([group('a', 1, 2, 'Nguyễn Thị Thanh Hương Giang')]), { width: 548, labelWidth: 100 });
    expect(layout.bars[0]!.label).to.equal('Nguyễn Thị T…');
    expect(layout.bars[0]!.group.label).to.equal('Nguyễn Thị Thanh Hương Giang');
  });

  it('keeps every coordinate finite for empty, zero and absurd inputs', () => {
    const empty = summary([], group('*', 0, 0));
    const broken = summary([
      { ...group('a', 1, 2), conversionRate: NaN },
      { ...group('b', 1, 2), conversionRate: Infinity },
    ]);
    for (const [input, options] of [
      [empty, { width: 500 }],
      [four, { width: 0 }],
      [four, { width: NaN }],
      [four, { width: -50 }],
      [four, { width: Infinity }],
      [four, { width: 500, rowHeight: NaN, labelWidth: NaN }],
      [broken, { width: 500 }],
    ] as const) {
      const layout = layoutConversionChart(input, options);
      const numbers = [
        layout.width,
        layout.height,
        layout.left,
        layout.right,
        layout.top,
        layout.bottom,
        layout.max,
        layout.reference?.x ?? 0,
        ...layout.ticks.flatMap((t) => [t.value, t.x]),
        ...layout.bars.flatMap((b) => [b.rowY, b.rowHeight, b.y, b.height, b.x, b.width, b.valueX]),
      ];
      expect(numbers.every(Number.isFinite), JSON.stringify(options)).to.equal(true);
      expect(layout.ticks.length, JSON.stringify(options)).to.be.greaterThan(1);
    }
  });
});

describe('basisText', () => {
  it('names each conversion basis in the language', () => {
    expect(basisText(messages('vi'), 'assigned')).to.equal('so với số đã giao');
    expect(basisText(messages('en'), 'qualified')).to.equal('of leads assigned, duplicates aside');
    expect(basisText(messages('en'), 'closed')).to.equal('of leads closed');
  });
});
