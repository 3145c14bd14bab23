/**
 * The geometry every chart layout shares: the finite guard (SPEC §6: no NaN or Infinity ever
 * reaches an SVG attribute), rounding to 1/100 px, the frame of a chart and its plot area, text
 * fitted without measuring it, and where a tooltip goes. Pure: no DOM, no Lit.
 */

/** A chart's size and its plot area, in CSS pixels. */
export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A rectangle in a chart's user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tick of a horizontal value axis. */
export interface AxisTick {
  value: number;
  x: number;
}

/** The narrowest chart drawn. */
export const MIN_WIDTH = 160;
/** The narrowest plot area beside the labels. */
export const MIN_PLOT = 40;
/** About the advance of one 12 px glyph: text is fitted by its length, not measured. */
export const GLYPH = 7;
/** Between a mark and its tooltip. */
const TOOLTIP_GAP = 6;

/** `value` when it is a finite number, else `fallback`. */
export const finite = (value: number | undefined, fallback = 0): number => (Number.isFinite(value) ? value! : fallback);

/** Finite, rounded to 1/100 px, so that coordinates read the same in attributes and in tests. */
export const round = (value: number): number => Math.round(finite(value) * 100) / 100;

/** A chart's width: finite, and at least {@link MIN_WIDTH}. */
export const chartWidth = (width: number | undefined): number => Math.max(finite(width), MIN_WIDTH);

/**
 * The plot's ends for bars labelled at the start: `left` leaves the labels `labelWidth` (140 by
 * default, at most 35 % of the width), `right` leaves `end` after the plot, which keeps at least
 * {@link MIN_PLOT}.
 */
export function barPlot(width: number, labelWidth: number | undefined, end: number): { left: number; right: number } {
  const left = Math.min(Math.max(0, finite(labelWidth, 140)), Math.round(width * 0.35));
  return { left, right: Math.max(left + MIN_PLOT, width - end) };
}

/** Shortens a label to about `room` pixels of text, counting characters, not UTF-16 units. */
export function shortenLabel(label: string, room: number): string {
  const max = Math.max(3, Math.floor(finite(room) / GLYPH));
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Where a tooltip of text `lines` goes for `mark`: centred on it, above it, or below it when there
 * is no room above, and always inside `bounds` (from 0 to its width and height).
 */
export function tooltipBox(mark: Box, lines: readonly string[], bounds: { width: number; height: number }): Box {
  const width = Math.min(bounds.width, 16 + GLYPH * Math.max(0, ...lines.map((line) => [...line].length)));
  const height = 10 + 16 * lines.length;
  const above = mark.y - height - TOOLTIP_GAP;
  return {
    x: round(clamp(mark.x + mark.width / 2 - width / 2, bounds.width - width)),
    y: round(clamp(above >= 0 ? above : mark.y + mark.height + TOOLTIP_GAP, bounds.height - height)),
    width: round(width),
    height,
  };
}

/** `value` within 0..max (0 when max is below 0). */
const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));
