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
  const start = Math.min(cell.row, rows.length - 1);
  const below = rows.findIndex((items, k) => k >= start && items.length > 0);
  // none at or below: the last row with items is above
  const row = below >= 0 ? below : rows.findLastIndex((items) => items.length > 0);
  const length = rows[row]?.length;
  return length ? { row, index: Math.max(0, Math.min(cell.index, length - 1)) } : null;
}

/** Where `press` moves the focus from `from` (see the module documentation), or `null`. */
export function rovingMove(rows: RovingRows, from: Cell, press: KeyPress, axis: RovingAxis): Cell | null {
  const at = clampCell(rows, from);
  const { key } = press;
  if (!at || press.altKey || press.metaKey) return null;
  const { row, index } = at;
  const items = rows[row]!;
  if (key === 'Home' || key === 'End') {
    const first = key === 'Home';
    if (press.ctrlKey) return clampCell(rows, first ? { row: 0, index: 0 } : { row: rows.length - 1, index: Infinity });
    return { row, index: first ? 0 : items.length - 1 };
  }
  const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
  if (!step) return null;
  const horizontal = key === 'ArrowRight' || key === 'ArrowLeft';
  if (axis === 'both' || horizontal === (axis !== 'y')) return { row, index: Math.max(0, Math.min(items.length - 1, index + step)) };
  if (axis !== 'grid') return null;
  // Up / Down in a grid: the nearest row with items, at the same column if it has it
  for (let k = row + step; rows[k]; k += step) {
    const next = rows[k]!;
    if (next.length === 0) continue;
    const same = next.indexOf(items[index]);
    return { row: k, index: same >= 0 ? same : Math.min(index, next.length - 1) };
  }
  return at;
}
