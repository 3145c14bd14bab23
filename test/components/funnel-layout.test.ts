import { expect } from '@open-wc/testing';
import { layoutFunnel, LINE_HEIGHT, MIN_BAR } from '../../src/components/lead-funnel/funnel-layout.js';
import type { FunnelStage } from '../../src/data/funnel.js';
import { FUNNEL_STAGES } from '../../src/data/funnel.js';

const stages = (counts: number[]): FunnelStage[] =>
  counts.map((count, k) => ({
    id: FUNNEL_STAGES[k]!,
    count,
    stepRate: null,
    cumulativeRate: null,
    statuses: [],
    status: undefined,
  }));

describe('layoutFunnel', () => {
  it('centres one bar per stage, its width the count over the largest, below a title line and above a rates line', () => {
    const layout = layoutFunnel(stages([14, 12, 9, 4]), { width: 560, barHeight: 22, gap: 12 });
    expect([layout.width, layout.height, layout.center, layout.max]).to.deep.equal([560, 4 * 58 + 3 * 12, 280, 14]);
    expect(layout.bars.map((b) => [b.rowY, b.rowHeight, b.titleY, b.x, b.y, b.width, b.height, b.ratesY])).to.deep.equal([
      [0, 58, 13, 0, 18, 560, 22, 53],
      [70, 58, 83, 40, 88, 480, 22, 123],
      [140, 58, 153, 100, 158, 360, 22, 193],
      [210, 58, 223, 200, 228, 160, 22, 263],
    ]);
    expect(LINE_HEIGHT).to.equal(18);
  });

  it('keeps a small stage visible and draws no bar for an empty one', () => {
    const layout = layoutFunnel(stages([1000, 1, 0, 0]), { width: 400 });
    expect(layout.bars.map((b) => [b.x, b.width])).to.deep.equal([
      [0, 400],
      [199, MIN_BAR],
      [200, 0],
      [200, 0],
    ]);
  });

  it('draws no bar at all when every stage is empty', () => {
    const layout = layoutFunnel(stages([0, 0, 0, 0]), { width: 400 });
    expect(layout.max).to.equal(0);
    expect(layout.bars.map((b) => b.width)).to.deep.equal([0, 0, 0, 0]);
  });

  it('rounds coordinates to 1/100 px', () => {
    const layout = layoutFunnel(stages([3, 2, 1, 1]), { width: 500 });
    expect(layout.bars.map((b) => [b.x, b.width])).to.deep.equal([
      [0, 500],
      [83.34, 333.33],
      [166.67, 166.67],
      [166.67, 166.67],
    ]);
  });

  it('keeps every number finite for empty, zero and absurd inputs', () => {
    const broken = stages([NaN, Infinity, -5, 2]);
    for (const [input, options] of [
      [stages([]), { width: 500 }],
      [stages([4, 3, 2, 1]), { width: 0 }],
      [stages([4, 3, 2, 1]), { width: NaN }],
      [stages([4, 3, 2, 1]), { width: -50 }],
      [stages([4, 3, 2, 1]), { width: Infinity }],
      [stages([4, 3, 2, 1]), { width: 500, barHeight: NaN, gap: -Infinity }],
      [broken, { width: 500 }],
    ] as const) {
      const layout = layoutFunnel(input, options);
      const numbers = [
        layout.width,
        layout.height,
        layout.center,
        layout.max,
        ...layout.bars.flatMap((b) => [b.rowY, b.rowHeight, b.titleY, b.x, b.y, b.width, b.height, b.ratesY]),
      ];
      expect(numbers.every(Number.isFinite), JSON.stringify(options)).to.equal(true);
      expect(layout.bars.every((b) => b.width >= 0 && b.x >= 0 && b.x + b.width <= layout.width + 0.01)).to.equal(true);
    }
    expect(layoutFunnel(stages([]), { width: 500 }).height).to.equal(0);
  });
});
