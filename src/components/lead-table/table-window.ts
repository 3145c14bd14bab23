/**
 * Which rows a long table renders: the ones in view of its scrolling frame and a margin around
 * them, plus the row holding the focus wherever it is. Pure: the element measures, this decides.
 */

/** Tables of more groups than this render a window of rows; smaller ones render every row. */
export const WINDOW_FROM = 200;

/** Rows rendered above and below the ones in view, so a fast scroll shows rows, not blank space. */
export const OVERSCAN = 20;

/** What the window is computed from. */
export interface WindowInput {
  /** Rows of the table body. */
  rows: number;
  /** The frame's scroll offset from the top of the first body row, in px (may be negative above it). */
  scrollTop: number;
  /** The height of the frame's view, in px. */
  viewport: number;
  /** The height of one row, in px. */
  rowHeight: number;
  /** A row to render whatever the scroll (the one holding the focus), if any. */
  keep?: number | null;
}

/** Half-open ranges `[start, end)` of rows to render, in order and apart. */
export type RowRanges = [number, number][];

/** The rows to render (see the module documentation); every row up to {@link WINDOW_FROM}. */
export function rowWindow({ rows, scrollTop, viewport, rowHeight, keep }: WindowInput): RowRanges {
  if (rows <= WINDOW_FROM) return rows > 0 ? [[0, rows]] : [];
  const height = rowHeight > 0 && Number.isFinite(rowHeight) ? rowHeight : 40;
  const first = Math.floor(Math.max(0, Number.isFinite(scrollTop) ? scrollTop : 0) / height);
  const shown = Math.ceil(Math.max(0, Number.isFinite(viewport) ? viewport : 0) / height) + 1;
  const start = Math.max(0, Math.min(rows, first) - OVERSCAN);
  const end = Math.min(rows, Math.max(start, first) + shown + OVERSCAN);
  const ranges: RowRanges = start < end ? [[start, end]] : [];
  if (keep === null || keep === undefined || !Number.isInteger(keep) || keep < 0 || keep >= rows) return ranges;
  if (keep >= start && keep < end) return ranges;
  const extra: [number, number] = [keep, keep + 1];
  // next to the window: one range
  if (keep === end) return [[start, end + 1]];
  if (keep === start - 1) return [[keep, end]];
  return keep < start ? [extra, ...ranges] : [...ranges, extra];
}
