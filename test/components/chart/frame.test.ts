import { expect } from '@open-wc/testing';
import { barPlot, chartWidth, finite, MIN_PLOT, MIN_WIDTH, round, shortenLabel, tooltipBox } from '../../../src/components/chart/frame.js';

describe('the chart frame', () => {
  it('finite keeps finite numbers and replaces NaN, ±Infinity and undefined by the fallback', () => {
    expect([0, -3.5, 1e300].map((n) => finite(n))).to.deep.equal([0, -3.5, 1e300]);
    expect([NaN, Infinity, -Infinity, undefined].map((n) => finite(n))).to.deep.equal([0, 0, 0, 0]);
    expect(finite(NaN, 22)).to.equal(22);
    expect(finite(5, 22)).to.equal(5);
  });

  it('round gives 1/100 px, and 0 for what is not finite', () => {
    expect([83.335, 166.666, 1.004, 12].map(round)).to.deep.equal([83.34, 166.67, 1, 12]);
    expect([NaN, Infinity].map(round)).to.deep.equal([0, 0]);
  });

  it('chartWidth is finite and at least the narrowest chart', () => {
    expect([500, 100, 0, -50, NaN, Infinity, undefined].map(chartWidth)).to.deep.equal([500, MIN_WIDTH, 160, 160, 160, 160, 160]);
  });

  it('barPlot leaves the labels their room, at most 35 % of the width, and the plot at least its minimum', () => {
    expect(barPlot(500, 100, 12)).to.deep.equal({ left: 100, right: 488 });
    expect(barPlot(500, undefined, 12)).to.deep.equal({ left: 140, right: 488 });
    expect(barPlot(200, 140, 48)).to.deep.equal({ left: 70, right: 152 });
    expect(barPlot(160, 140, 150)).to.deep.equal({ left: 56, right: 56 + MIN_PLOT });
    expect(barPlot(500, NaN, 12)).to.deep.equal({ left: 140, right: 488 });
    expect(barPlot(500, -20, 12)).to.deep.equal({ left: 0, right: 488 });
  });

  it('shortenLabel shortens long labels with an ellipsis, counting characters not code units', () => {
    expect(shortenLabel('Nguyễn Văn An', 200)).to.equal('Nguyễn Văn An');
    expect(shortenLabel('Nguyễn Thị Thanh Hương Giang', 70)).to.equal('Nguyễn Th…');
    expect(shortenLabel('😀😀😀😀😀😀', 28)).to.equal('😀😀😀…');
    expect(shortenLabel('Nguyễn Thị Thanh Hương Giang', NaN)).to.equal('Ng…');
  });

  describe('tooltipBox', () => {
    const lines = ['Nov 5, 2026', 'Total: 7'];
    const bounds = { width: 423, height: 198 };

    it('sizes the box to its lines and centres it above the mark, 6 px away', () => {
      // 16 px of padding and 7 px per character of the longest line; 10 px and 16 px per line
      expect(tooltipBox({ x: 115, y: 150, width: 100, height: 48 }, lines, bounds)).to.deep.equal({
        x: 118.5,
        y: 102,
        width: 93,
        height: 42,
      });
    });

    it('goes below the mark when there is no room above', () => {
      expect(tooltipBox({ x: 315, y: 8, width: 100, height: 0 }, lines, bounds).y).to.equal(14);
      expect(tooltipBox({ x: 100, y: 10, width: 50, height: 20 }, lines, { width: 500, height: 200 }).y).to.equal(36);
    });

    it('stays inside the bounds', () => {
      // at the right edge
      expect(tooltipBox({ x: 400, y: 100, width: 23, height: 10 }, lines, bounds).x).to.equal(423 - 93);
      // at the left edge
      expect(tooltipBox({ x: 0, y: 100, width: 10, height: 10 }, lines, bounds).x).to.equal(0);
      // no room above, nor below: at the bottom of the bounds
      expect(tooltipBox({ x: 0, y: 30, width: 10, height: 150 }, lines, bounds).y).to.equal(198 - 42);
      // bounds smaller than the box: at their start, no wider than they are
      expect(tooltipBox({ x: 50, y: 5, width: 10, height: 10 }, lines, { width: 60, height: 20 })).to.deep.equal({
        x: 0,
        y: 0,
        width: 60,
        height: 42,
      });
    });

    it('keeps every number finite, whatever the input', () => {
      for (const box of [
        tooltipBox({ x: NaN, y: Infinity, width: -Infinity, height: NaN }, lines, bounds),
        tooltipBox({ x: 10, y: 10, width: 10, height: 10 }, [], { width: NaN, height: Infinity }),
        tooltipBox({ x: 10, y: 10, width: 10, height: 10 }, lines, { width: -5, height: -5 }),
      ]) {
        expect(Object.values(box).every(Number.isFinite), JSON.stringify(box)).to.equal(true);
      }
    });
  });
});
