import { expect } from '@open-wc/testing';
import { OVERSCAN, rowWindow, WINDOW_FROM } from '../../src/components/lead-table/table-window.js';

describe('rowWindow', () => {
  it('draws every row of a table of up to 200 groups', () => {
    expect(WINDOW_FROM).to.equal(200);
    expect(rowWindow({ rows: 200, scrollTop: 5000, viewport: 400, rowHeight: 40 })).to.deep.equal([[0, 200]]);
    expect(rowWindow({ rows: 0, scrollTop: 0, viewport: 400, rowHeight: 40 })).to.deep.equal([]);
  });

  it('draws the rows in view and a margin of rows around them', () => {
    expect(OVERSCAN).to.equal(20);
    // rows 25 to 35 are in view (400 px of 40 px rows from 1,000 px), plus one partly shown
    expect(rowWindow({ rows: 1000, scrollTop: 1000, viewport: 400, rowHeight: 40 })).to.deep.equal([[5, 56]]);
    expect(rowWindow({ rows: 1000, scrollTop: 0, viewport: 400, rowHeight: 40 })).to.deep.equal([[0, 31]]);
    expect(rowWindow({ rows: 1000, scrollTop: -200, viewport: 400, rowHeight: 40 })).to.deep.equal([[0, 31]]);
    expect(rowWindow({ rows: 1000, scrollTop: 39_900, viewport: 400, rowHeight: 40 })).to.deep.equal([[977, 1000]]);
    expect(rowWindow({ rows: 1000, scrollTop: 90_000, viewport: 400, rowHeight: 40 })).to.deep.equal([[980, 1000]]);
  });

  it('keeps the row holding the focus, wherever it is', () => {
    const view = { rows: 1000, scrollTop: 1000, viewport: 400, rowHeight: 40 };
    expect(rowWindow({ ...view, keep: 30 })).to.deep.equal([[5, 56]]);
    expect(rowWindow({ ...view, keep: 900 })).to.deep.equal([
      [5, 56],
      [900, 901],
    ]);
    expect(rowWindow({ ...view, keep: 2 })).to.deep.equal([
      [2, 3],
      [5, 56],
    ]);
    expect(rowWindow({ ...view, keep: 56 })).to.deep.equal([[5, 57]]);
    expect(rowWindow({ ...view, keep: 4 })).to.deep.equal([[4, 56]]);
    expect(rowWindow({ ...view, keep: 1000 })).to.deep.equal([[5, 56]]);
    expect(rowWindow({ ...view, keep: null })).to.deep.equal([[5, 56]]);
  });

  it('never gives a range outside the table, whatever it is given', () => {
    for (const [scrollTop, viewport, rowHeight] of [
      [NaN, 400, 40],
      [1000, Infinity, 40],
      [1000, 400, 0],
      [1000, 400, -5],
      [Infinity, 400, 40],
    ]) {
      for (const [start, end] of rowWindow({ rows: 500, scrollTop: scrollTop!, viewport: viewport!, rowHeight: rowHeight! })) {
        expect(start).to.be.within(0, 500);
        expect(end).to.be.within(start, 500);
      }
    }
  });
});
