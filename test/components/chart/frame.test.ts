import { expect } from '@open-wc/testing';
import { barPlot, chartWidth, finite, MIN_PLOT, MIN_WIDTH, round, shortenLabel } from '../../../src/components/chart/frame.js';

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
});
