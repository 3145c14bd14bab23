import { expect } from '@open-wc/testing';
import { scaleBand } from 'd3-scale';
import { layoutStatusChart } from '../../src/components/lead-status-chart/status-chart-layout.js';
import type { LeadSummary } from '../../src/data/types.js';

const group = (key: string | null, counts: Record<string, number>) => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    key,
    label: key ?? 'None',
    counts,
    total,
    won: counts.won ?? 0,
    base: total,
    conversionRate: total ? (counts.won ?? 0) / total : null,
  };
};
const summary: LeadSummary = {
  range: { from: null, to: null, timeZone: 'UTC' },
  groupBy: 'owner',
  conversionBasis: 'assigned',
  statuses: [
    { id: 'open', label: 'Open', kind: 'open' },
    { id: 'won', label: 'Won', kind: 'won' },
  ],
  groups: [group('a', { open: 6, won: 2 }), group('b', { open: 0, won: 4 }), group(null, { open: 0, won: 0 })],
  totals: group('*', { open: 6, won: 6 }),
  excluded: { invalid: 0, duplicateId: 0 },
};

describe('layoutStatusChart', () => {
  it('stacks segments left to right on a nice linear scale', () => {
    const layout = layoutStatusChart(summary, { width: 500, labelWidth: 100, rowHeight: 20 });
    expect([layout.left, layout.right, layout.top, layout.bottom, layout.height]).to.deep.equal([100, 488, 4, 64, 88]);
    // max 8 over 388 px, 4 ticks wanted: nice domain 0..8, ticks 0, 2, 4, 6, 8
    expect(layout.ticks.map((t) => t.value)).to.deep.equal([0, 2, 4, 6, 8]);
    expect(layout.ticks.map((t) => t.x)).to.deep.equal([100, 197, 294, 391, 488]);
    const [a, b, none] = layout.bars;
    expect(a!.segments.map((s) => [s.status, s.x, s.width, s.value, s.share])).to.deep.equal([
      ['open', 100, 291, 6, 0.75],
      ['won', 391, 97, 2, 0.25],
    ]);
    expect(b!.segments.map((s) => [s.status, s.x, s.width])).to.deep.equal([['won', 100, 194]]);
    expect(none!.segments).to.deep.equal([]);
    expect(a!.y).to.be.below(b!.y);
    expect(a!.height).to.be.greaterThan(0);
  });

  it('draws shares of each group in percent mode and drops hidden statuses', () => {
    const layout = layoutStatusChart(summary, { width: 500, labelWidth: 100, mode: 'percent', hidden: new Set(['open']) });
    expect(layout.ticks[0]!.value).to.equal(0);
    expect(layout.ticks.at(-1)!.value).to.equal(1);
    expect(layout.bars[0]!.segments.map((s) => [s.status, s.x, s.width])).to.deep.equal([['won', 100, 388]]);
  });

  it('places the bars in the bands of d3’s band scale, to the last bit', () => {
    for (const count of [0, 1, 2, 5, 30]) {
      const input = { ...summary, groups: Array.from({ length: count }, (_, k) => group(`g${k}`, { open: k, won: 1 })) };
      const layout = layoutStatusChart(input, { width: 500, rowHeight: 23 });
      const band = scaleBand<number>()
        .domain(input.groups.map((_, k) => k))
        .range([layout.top, layout.bottom])
        .paddingInner(0.25)
        .paddingOuter(0.1);
      expect(layout.bars.map((bar) => [bar.y, bar.height])).to.deep.equal(input.groups.map((_, k) => [band(k), band.bandwidth()]));
    }
  });

  it('keeps every coordinate finite for empty, zero and absurd inputs', () => {
    const empty = { ...summary, groups: [] };
    for (const [input, width] of [
      [empty, 500],
      [summary, 0],
      [summary, NaN],
      [summary, -50],
      [summary, Infinity],
    ] as const) {
      const layout = layoutStatusChart(input, { width, mode: 'percent' });
      const numbers = [
        layout.width,
        layout.height,
        ...layout.ticks.map((t) => t.x),
        ...layout.bars.flatMap((b) => [b.y, b.height, ...b.segments.flatMap((s) => [s.x, s.width])]),
      ];
      expect(numbers.every(Number.isFinite), String(width)).to.equal(true);
    }
  });
});
