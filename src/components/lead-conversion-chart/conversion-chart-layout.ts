/**
 * Pure geometry of the conversion chart: one horizontal bar per group whose length is the group's
 * conversion rate, a percent axis with ticks, and a reference line at the overall rate. D3 computes
 * the nice bound and the ticks; the value scale is a plain linear map (d3-scale's scaleLinear would
 * bring d3-interpolate, d3-color and d3-format into the bundle for one multiplication).
 * Every number here is finite, and coordinates are rounded to 1/100 px so they read the same in
 * attributes and tests.
 */
import { nice, ticks } from 'd3-array';
import type { GroupSummary, LeadSummary } from '../../data/types.js';
import { barPlot, chartWidth, finite, round, shortenLabel, type AxisTick, type ChartFrame } from '../chart/frame.js';

export type { AxisTick };

/** Sizes for a layout. */
export interface ConversionChartLayoutOptions {
  /** Width available, in CSS pixels. */
  width: number;
  /** Height of one group's row. */
  rowHeight?: number;
  /** Room for group labels at the left. */
  labelWidth?: number;
}

/** A group's bar. `width` is 0 and `rate` is `null` when the group has no conversion base. */
export interface ConversionBar {
  group: GroupSummary;
  /** The group's rate, or `null` (drawn as "—" with no bar). */
  rate: number | null;
  /** Top of the group's whole row (the hit area). */
  rowY: number;
  /** Height of the group's whole row. */
  rowHeight: number;
  /** Top of the bar itself. */
  y: number;
  /** Height of the bar itself. */
  height: number;
  x: number;
  width: number;
  /** Where the rate text starts, just after the bar's end. */
  valueX: number;
  /** The label, shortened to fit its room (the full one goes in a `<title>` and the accessible name). */
  label: string;
}

/** The vertical line at the overall rate. */
export interface ReferenceLine {
  value: number;
  x: number;
  /** How its label hangs from the line, so that it stays inside the chart. */
  anchor: 'start' | 'end';
}

/** The whole geometry. */
export interface ConversionChartLayout extends ChartFrame {
  /** The upper end of the axis, a fraction in `MIN_AXIS_MAX..1`. */
  max: number;
  bars: ConversionBar[];
  ticks: AxisTick[];
  /** `null` when the overall rate is `null`. */
  reference: ReferenceLine | null;
}

/** The smallest axis: below it, tiny rates would fill the plot and look large. */
export const MIN_AXIS_MAX = 0.05;
const AXIS_HEIGHT = 24;
/** Room after the plot for the rate written at the end of the longest bar ("100%", "42,9%"). */
const VALUE_ROOM = 48;
/** Room above the rows for the reference line's label. */
const REFERENCE_ROOM = 18;

/** Lays out the conversion bars of a summary's groups, in summary order. */
export function layoutConversionChart(summary: LeadSummary, options: ConversionChartLayoutOptions): ConversionChartLayout {
  const rowHeight = Math.max(8, finite(options.rowHeight ?? 28));
  const width = chartWidth(options.width);
  const { left, right } = barPlot(width, options.labelWidth, VALUE_ROOM);
  const overall = rateOf(summary.totals);
  const top = overall === null ? 4 : REFERENCE_ROOM;
  const groups = summary.groups;
  const bottom = top + groups.length * rowHeight;
  const rates = groups.map(rateOf);
  const largest = Math.max(MIN_AXIS_MAX, overall ?? 0, ...rates.map((rate) => rate ?? 0));
  const tickCount = Math.max(2, Math.floor((right - left) / 80));
  const max = Math.min(1, nice(0, largest, tickCount)[1]);
  const x = (value: number) => round(left + (Math.min(value, max) / max) * (right - left));
  const inset = Math.round(rowHeight * 0.15);
  const bars = groups.map((group, k): ConversionBar => {
    const rate = rates[k]!;
    const end = rate === null ? left : x(rate);
    return {
      group,
      rate,
      rowY: top + k * rowHeight,
      rowHeight,
      y: top + k * rowHeight + inset,
      height: rowHeight - 2 * inset,
      x: left,
      width: round(end - left),
      valueX: round(end + 4),
      label: shortenLabel(group.label, left - 8),
    };
  });
  const axis = ticks(0, max, tickCount)
    .filter((value) => value <= max)
    .map((value) => ({ value, x: x(value) }));
  const reference: ReferenceLine | null =
    overall === null ? null : { value: overall, x: x(overall), anchor: x(overall) > (left + right) / 2 ? 'end' : 'start' };
  return { width, height: bottom + AXIS_HEIGHT, left, right, top, bottom, max, bars, ticks: axis, reference };
}

/** A usable rate: finite and not negative, else `null`. */
function rateOf(group: GroupSummary): number | null {
  const rate = group.conversionRate;
  return rate === null || !Number.isFinite(rate) ? null : Math.max(0, rate);
}
