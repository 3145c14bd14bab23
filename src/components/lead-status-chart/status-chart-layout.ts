/**
 * Pure geometry of the status chart: one horizontal bar per group, one segment per status, a value
 * axis with ticks. D3 computes (nice bounds, ticks); the element's templates render. The value
 * scale is a plain linear map: d3-scale's scaleLinear would bring d3-interpolate, d3-color and
 * d3-format into the bundle (about 10 KiB gzip) for what one multiplication does here. The bands
 * of the bars are d3's band scale written out (its rescale, with the paddings below): scaleBand
 * brings its ordinal scale and d3-array's InternMap, about 1 KiB gzip, for three lines.
 * Every number here is finite.
 */
import { nice, ticks } from 'd3-array';
import type { GroupSummary, LeadSummary } from '../../data/types.js';
import { barPlot, chartWidth, finite, shortenLabel, type AxisTick, type ChartFrame } from '../chart/frame.js';

export type { AxisTick };

/** How values are measured along the bars. */
export type StatusChartMode = 'count' | 'percent';

/** Sizes and choices for a layout. */
export interface StatusChartLayoutOptions {
  /** Width available, in CSS pixels. */
  width: number;
  mode?: StatusChartMode;
  /** Status ids hidden through the legend. */
  hidden?: ReadonlySet<string>;
  /** Height of one bar's band. */
  rowHeight?: number;
  /** Room for group labels at the left. */
  labelWidth?: number;
}

/** A status segment of a bar. */
export interface BarSegment {
  status: string;
  /** Index of the status in the summary's columns (for its colour). */
  index: number;
  x: number;
  width: number;
  value: number;
  /** count / group total, or 0 for an empty group. */
  share: number;
}

/** A group's bar. */
export interface StatusBar {
  group: GroupSummary;
  y: number;
  height: number;
  /** The label, shortened to fit its room (the full one goes in the accessible name). */
  shortLabel: string;
  segments: BarSegment[];
}

/** The whole geometry. */
export interface StatusChartLayout extends ChartFrame {
  bars: StatusBar[];
  ticks: AxisTick[];
  mode: StatusChartMode;
}

const AXIS_HEIGHT = 24;
/** Of a band's step, the gap between two bars, and the room before the first and after the last. */
const PADDING_INNER = 0.25;
const PADDING_OUTER = 0.1;

/** Lays out the bars of a summary's groups. */
export function layoutStatusChart(summary: LeadSummary, options: StatusChartLayoutOptions): StatusChartLayout {
  const mode = options.mode ?? 'count';
  const hidden = options.hidden ?? new Set<string>();
  const rowHeight = options.rowHeight ?? 28;
  const width = chartWidth(options.width);
  const { left, right } = barPlot(width, options.labelWidth, 12);
  const top = 4;
  const groups = summary.groups;
  const bottom = top + groups.length * rowHeight;
  const visible = summary.statuses.map((status, index) => ({ status, index })).filter(({ status }) => !hidden.has(status.id));
  const shown = (group: GroupSummary) => visible.reduce((sum, { status }) => sum + group.counts[status.id]!, 0);
  const tickCount = Math.max(2, Math.floor((right - left) / 80));
  const max = mode === 'percent' ? 1 : nice(0, Math.max(1, ...groups.map(shown)), tickCount)[1];
  const x = (value: number) => left + (value / max) * (right - left);
  // d3's band scale over [top, bottom], centred
  const step = (bottom - top) / Math.max(1, groups.length - PADDING_INNER + PADDING_OUTER * 2);
  const start = top + (bottom - top - step * (groups.length - PADDING_INNER)) * 0.5;
  const bandwidth = finite(step * (1 - PADDING_INNER));
  const bars = groups.map((group, k): StatusBar => {
    const denominator = mode === 'percent' ? shown(group) : 1;
    let cursor = 0;
    const segments: BarSegment[] = [];
    for (const { status, index } of visible) {
      const value = group.counts[status.id]!;
      if (value === 0) continue;
      const start = x(cursor / (denominator || 1));
      cursor += value;
      const end = x(cursor / (denominator || 1));
      segments.push({
        status: status.id,
        index,
        x: finite(start),
        width: finite(Math.max(0, end - start)),
        value,
        share: group.total === 0 ? 0 : value / group.total,
      });
    }
    return { group, y: finite(start + step * k), height: bandwidth, shortLabel: shortenLabel(group.label, left - 8), segments };
  });
  const axis = ticks(0, max, tickCount)
    .filter((value) => mode === 'percent' || Number.isInteger(value))
    .map((value) => ({ value, x: finite(x(value)) }));
  return { width, height: bottom + AXIS_HEIGHT, left, right, top, bottom, bars, ticks: axis, mode };
}
