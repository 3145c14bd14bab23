import { expect } from '@open-wc/testing';
import { clampCell, rovingMove, type Cell, type RovingAxis, type RovingRows } from '../../../src/components/chart/roving-keys.js';

/** A list of four items is one row. */
const list: RovingRows = [['a', 'b', 'c', 'd']];
/** A grid like the status chart's: rows of status ids, one of them empty. */
const grid: RovingRows = [['new', 'open', 'won'], ['open', 'won'], [], ['new'], ['new', 'lost']];

const at = (row: number, index: number): Cell => ({ row, index });
const press = (key: string, rows: RovingRows, from: Cell, axis: RovingAxis, modifiers: { ctrlKey?: boolean; altKey?: boolean } = {}) =>
  rovingMove(rows, from, { key, ...modifiers }, axis);

describe('rovingMove', () => {
  describe('in a list', () => {
    it('moves by one along its axis, and stays at the ends', () => {
      expect(press('ArrowRight', list, at(0, 1), 'x')).to.deep.equal(at(0, 2));
      expect(press('ArrowRight', list, at(0, 3), 'x')).to.deep.equal(at(0, 3));
      expect(press('ArrowLeft', list, at(0, 0), 'x')).to.deep.equal(at(0, 0));
      expect(press('ArrowDown', list, at(0, 1), 'y')).to.deep.equal(at(0, 2));
      expect(press('ArrowUp', list, at(0, 1), 'y')).to.deep.equal(at(0, 0));
      expect(press('ArrowUp', list, at(0, 0), 'y')).to.deep.equal(at(0, 0));
    });

    it('moves with all four arrows along both axes', () => {
      expect(press('ArrowDown', list, at(0, 1), 'both')).to.deep.equal(at(0, 2));
      expect(press('ArrowRight', list, at(0, 1), 'both')).to.deep.equal(at(0, 2));
      expect(press('ArrowLeft', list, at(0, 2), 'both')).to.deep.equal(at(0, 1));
      expect(press('ArrowUp', list, at(0, 2), 'both')).to.deep.equal(at(0, 1));
    });

    it('leaves the arrows of the other axis to the page', () => {
      expect(press('ArrowDown', list, at(0, 1), 'x')).to.equal(null);
      expect(press('ArrowUp', list, at(0, 1), 'x')).to.equal(null);
      expect(press('ArrowRight', list, at(0, 1), 'y')).to.equal(null);
      expect(press('ArrowLeft', list, at(0, 1), 'y')).to.equal(null);
    });

    it('goes to the first and last item with Home and End, and with Ctrl held the same', () => {
      for (const axis of ['x', 'y', 'both'] as const) {
        expect(press('Home', list, at(0, 2), axis)).to.deep.equal(at(0, 0));
        expect(press('End', list, at(0, 0), axis)).to.deep.equal(at(0, 3));
        expect(press('Home', list, at(0, 2), axis, { ctrlKey: true })).to.deep.equal(at(0, 0));
        expect(press('End', list, at(0, 0), axis, { ctrlKey: true })).to.deep.equal(at(0, 3));
      }
    });
  });

  describe('in a grid', () => {
    it('moves within the row with Left and Right, and stays at its ends', () => {
      expect(press('ArrowRight', grid, at(0, 0), 'grid')).to.deep.equal(at(0, 1));
      expect(press('ArrowRight', grid, at(0, 2), 'grid')).to.deep.equal(at(0, 2));
      expect(press('ArrowLeft', grid, at(1, 1), 'grid')).to.deep.equal(at(1, 0));
      expect(press('ArrowLeft', grid, at(1, 0), 'grid')).to.deep.equal(at(1, 0));
    });

    it('moves Up and Down to the same column in the nearest row that has items', () => {
      // won is at index 2 in the first row, at index 1 in the second
      expect(press('ArrowDown', grid, at(0, 2), 'grid')).to.deep.equal(at(1, 1));
      expect(press('ArrowUp', grid, at(1, 0), 'grid')).to.deep.equal(at(0, 1));
      // the empty row is skipped
      expect(press('ArrowDown', grid, at(1, 0), 'grid')).to.deep.equal(at(3, 0));
      expect(press('ArrowUp', grid, at(3, 0), 'grid')).to.deep.equal(at(1, 0));
      expect(press('ArrowDown', grid, at(3, 0), 'grid')).to.deep.equal(at(4, 0));
    });

    it('falls back to the same index, clamped, when the row lacks the column', () => {
      // no won in the row below the second: its only item
      expect(press('ArrowDown', grid, at(1, 1), 'grid')).to.deep.equal(at(3, 0));
      // no lost above: the same index
      expect(press('ArrowUp', grid, at(4, 1), 'grid')).to.deep.equal(at(3, 0));
      expect(
        press(
          'ArrowDown',
          [
            ['a', 'b', 'c'],
            ['x', 'y'],
          ],
          at(0, 2),
          'grid',
        ),
      ).to.deep.equal(at(1, 1));
    });

    it('stays at the first and last rows', () => {
      expect(press('ArrowUp', grid, at(0, 1), 'grid')).to.deep.equal(at(0, 1));
      expect(press('ArrowDown', grid, at(4, 1), 'grid')).to.deep.equal(at(4, 1));
    });

    it('goes to the first and last item of the row with Home and End', () => {
      expect(press('Home', grid, at(1, 1), 'grid')).to.deep.equal(at(1, 0));
      expect(press('End', grid, at(0, 0), 'grid')).to.deep.equal(at(0, 2));
      expect(press('End', grid, at(3, 0), 'grid')).to.deep.equal(at(3, 0));
    });

    it('goes to the first and last item of the grid with Ctrl + Home and Ctrl + End', () => {
      expect(press('Home', grid, at(4, 1), 'grid', { ctrlKey: true })).to.deep.equal(at(0, 0));
      expect(press('End', grid, at(0, 0), 'grid', { ctrlKey: true })).to.deep.equal(at(4, 1));
      // empty rows at either end are skipped
      const padded: RovingRows = [[], ['a'], ['b', 'c'], []];
      expect(press('Home', padded, at(2, 1), 'grid', { ctrlKey: true })).to.deep.equal(at(1, 0));
      expect(press('End', padded, at(1, 0), 'grid', { ctrlKey: true })).to.deep.equal(at(2, 1));
    });
  });

  it('moves from the nearest existing item when the one it starts from is gone', () => {
    expect(press('ArrowRight', grid, at(2, 0), 'grid')).to.deep.equal(at(3, 0));
    expect(press('ArrowLeft', list, at(0, 9), 'x')).to.deep.equal(at(0, 2));
    expect(press('ArrowDown', grid, at(9, 0), 'grid')).to.deep.equal(at(4, 0));
  });

  it('moves nothing with other keys, with Alt or Meta held, or without items', () => {
    for (const key of ['Enter', ' ', 'Escape', 'Tab', 'a', 'PageDown']) expect(press(key, grid, at(0, 0), 'grid'), key).to.equal(null);
    expect(press('ArrowRight', grid, at(0, 0), 'grid', { altKey: true })).to.equal(null);
    expect(rovingMove(list, at(0, 0), { key: 'Home', metaKey: true }, 'x')).to.equal(null);
    expect(press('ArrowRight', [], at(0, 0), 'x')).to.equal(null);
    expect(press('End', [[], []], at(0, 0), 'grid', { ctrlKey: true })).to.equal(null);
  });
});

describe('clampCell', () => {
  it('keeps an existing item', () => {
    expect(clampCell(grid, at(1, 1))).to.deep.equal(at(1, 1));
  });

  it('clamps the row and the index to what exists', () => {
    expect(clampCell(grid, at(9, 9))).to.deep.equal(at(4, 1));
    expect(clampCell(grid, at(0, 7))).to.deep.equal(at(0, 2));
    expect(clampCell(grid, at(-1, -1))).to.deep.equal(at(0, 0));
  });

  it('moves off an empty row to the nearest row with items below it, then above it', () => {
    expect(clampCell(grid, at(2, 1))).to.deep.equal(at(3, 0));
    expect(clampCell([['a', 'b'], [], []], at(2, 1))).to.deep.equal(at(0, 1));
  });

  it('gives null when there is no item', () => {
    expect(clampCell([], at(0, 0))).to.equal(null);
    expect(clampCell([[], []], at(1, 0))).to.equal(null);
  });
});
