/**
 * Where a key moves the focus among a chart's items, with one meaning in every chart (the WAI-ARIA
 * APG conventions for a toolbar, a listbox and a data grid):
 *
 * | key | moves to |
 * |---|---|
 * | arrows along the axis | the next / previous item of the row, stopping at its ends |
 * | Up / Down in a grid | the item of the same column (say, the same status) in the nearest row above / below that has items; else the one at the same index, clamped |
 * | Home / End | the first / last item of the row (a list is one row) |
 * | Ctrl + Home / End | the first / last item of the whole grid |
 *
 * A key it moves nothing with (another key, or one with Alt or Meta held) gives `null`; a move
 * stopped at an edge gives the same item, so the key is still the chart's and scrolls nothing.
 * Pure: no DOM.
 */

/** An item's place: its row, and its index in that row. A list is one row. */
export interface Cell {
  row: number;
  index: number;
}

/**
 * How the items are laid out: one list along `x` (Left / Right), along `y` (Up / Down), or either
 * (`both`); or a `grid` of rows along x stacked along y (Left / Right in a row, Up / Down across).
 */
export type RovingAxis = 'x' | 'y' | 'both' | 'grid';

/** The parts of a key press read here (a KeyboardEvent is one). */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** The items, row by row: each row lists its items' column keys (a list is one row, whatever its keys). */
export type RovingRows = readonly (readonly unknown[])[];

/**
 * The item nearest to `cell` that exists: its row clamped, else the nearest row with items below it,
 * then above it; its index clamped to that row. `null` when there is no item at all.
 */
export function clampCell(rows: RovingRows, cell: Cell): Cell | null {
  let row = Math.max(0, Math.min(cell.row, rows.length - 1));
  if (!rows[row]?.length) {
    const below = rows.findIndex((items, k) => k > row && items.length > 0);
    row = below >= 0 ? below : rows.findLastIndex((items, k) => k < row && items.length > 0);
  }
  const length = rows[row]?.length ?? 0;
  return length === 0 ? null : { row, index: Math.max(0, Math.min(cell.index, length - 1)) };
}

/** Where `press` moves the focus from `from` (see the module documentation), or `null`. */
export function rovingMove(rows: RovingRows, from: Cell, press: KeyPress, axis: RovingAxis): Cell | null {
  const at = clampCell(rows, from);
  if (!at || press.altKey || press.metaKey) return null;
  const items = rows[at.row]!;
  const last = items.length - 1;
  const vertical = axis === 'y' || axis === 'both';
  const horizontal = axis !== 'y';
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowUp': {
      const step = press.key === 'ArrowRight' || press.key === 'ArrowDown' ? 1 : -1;
      const along = press.key === 'ArrowRight' || press.key === 'ArrowLeft' ? horizontal : vertical;
      if (along) return { row: at.row, index: Math.max(0, Math.min(last, at.index + step)) };
      if (axis !== 'grid') return null;
      for (let k = at.row + step; k >= 0 && k < rows.length; k += step) {
        const next = rows[k]!;
        if (next.length === 0) continue;
        const same = next.indexOf(items[at.index]);
        return { row: k, index: same >= 0 ? same : Math.min(at.index, next.length - 1) };
      }
      return at;
    }
    case 'Home':
      return press.ctrlKey ? clampCell(rows, { row: 0, index: 0 }) : { row: at.row, index: 0 };
    case 'End': {
      if (!press.ctrlKey) return { row: at.row, index: last };
      const row = rows.findLastIndex((r) => r.length > 0);
      return { row, index: rows[row]!.length - 1 };
    }
    default:
      return null;
  }
}
