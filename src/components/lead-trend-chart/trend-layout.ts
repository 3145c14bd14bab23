/**
 * Pure geometry of the trend chart: one column per bucket along x, stacked status segments, a
 * count axis, date labels, and the conversions between pixels and buckets that the brush needs.
 * D3 computes the nice bound and ticks; x is a plain map (every bucket the same width, so bucket
 * edges are exact multiples of one step and a brush snaps to them by division), and y one
 * multiplication: d3-scale's scaleLinear / scaleTime would bring d3-interpolate, d3-color,
 * d3-format and d3-time-format into the chunk for nothing. Every number here is finite.
 */
import { nice, ticks } from 'd3-array';
import { civilFromDays, daysFromCivil, formatDay, parseDay } from '../../data/dates.js';
import { bucketCount, chooseUnit, type DayCounts, type TrendBucket, type TrendUnit } from '../../data/trend.js';
import type { Lang } from '../../data/types.js';
import { formatCount } from '../../i18n/format.js';
import { chartWidth, finite, GLYPH, type ChartFrame } from '../chart/frame.js';

/** A unit, or `auto` for the one that suits the range ({@link chooseUnit}). */
export type TrendUnitChoice = TrendUnit | 'auto';

/** Most columns drawn: about one pixel each on a phone. */
export const MAX_BUCKETS = 400;

/** What a chart draws: the unit, the range, and which units the range allows. */
export interface TrendPlan {
  unit: TrendUnit;
  /** Inclusive day numbers. */
  from: number;
  to: number;
  /** Units whose bucket count stays within the maximum. */
  units: Record<TrendUnit, boolean>;
}

const UNITS: readonly TrendUnit[] = ['day', 'week', 'month'];

/**
 * Picks the unit to draw: the chosen one (or the suitable one for `auto`), else the next coarser
 * unit within `max` buckets. A range longer than `max` months shows the span of its data, and at
 * most its last `max` months.
 */
export function planTrend(days: DayCounts, choice: TrendUnitChoice, max = MAX_BUCKETS): TrendPlan | null {
  let { from, to } = days;
  if (from === null || to === null) return null;
  if (from > to) [from, to] = [to, from];
  const fits = (unit: TrendUnit) => bucketCount(unit, from, to) <= max;
  const units = { day: fits('day'), week: fits('week'), month: fits('month') };
  const wanted = choice === 'day' || choice === 'week' || choice === 'month' ? choice : chooseUnit(to - from + 1);
  const unit = UNITS.slice(UNITS.indexOf(wanted)).find((u) => units[u]);
  if (unit) return { unit, from, to, units };
  const seen = days.days;
  if (seen.length > 0) {
    from = Math.max(from, seen[0]!);
    to = Math.min(to, seen[seen.length - 1]!);
  }
  if (bucketCount('month', from, to) > max) {
    const [year, month] = civilFromDays(to);
    const first = year * 12 + (month - 1) - (max - 1);
    from = Math.max(from, daysFromCivil(Math.floor(first / 12), (((first % 12) + 12) % 12) + 1, 1));
  }
  return { unit: 'month', from, to, units: { ...units, month: true } };
}

/** Sizes and language of a layout. */
export interface TrendLayoutOptions {
  /** Width available, in CSS pixels. */
  width: number;
  /** Height of the whole chart, axes included. */
  height?: number;
  unit: TrendUnit;
  lang: Lang;
}

/** A status segment of a column. */
export interface TrendSegment {
  /** Index of the status column (for its colour). */
  index: number;
  y: number;
  height: number;
  value: number;
}

/** A bucket's column: its band (what the brush snaps to), its bar and the bar's segments. */
export interface TrendColumn {
  bucket: TrendBucket;
  /** Left and right edges of the band. */
  x0: number;
  x1: number;
  /** The bar inside the band. */
  barX: number;
  barWidth: number;
  /** Top of the stack. */
  y: number;
  segments: TrendSegment[];
}

/** A tick of the count axis. */
export interface TrendTick {
  value: number;
  y: number;
  label: string;
}

/** A date label under a column. */
export interface TrendDateLabel {
  /** Index of the column. */
  index: number;
  x: number;
  label: string;
}

/** The whole geometry: the chart's size, its plot area, and the columns and axes in it. */
export interface TrendLayout extends ChartFrame {
  /** Width of one band. */
  step: number;
  columns: TrendColumn[];
  ticks: TrendTick[];
  labels: TrendDateLabel[];
}

const MS_PER_DAY = 86_400_000;
const AXIS_HEIGHT = 22;

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(`${lang}:${key}`);
  if (!format) formats.set(`${lang}:${key}`, (format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })));
  return format;
}

const instant = (day: string) => (parseDay(day) ?? 0) * MS_PER_DAY;

/**
 * A column's short date label: the day (`2 thg 11`, `Nov 2`) for days and weeks; for months the
 * month (`thg 11`, `Nov`), with its year (`thg 11 2026`, `Nov 2026`) where asked.
 */
export function dateLabel(bucket: TrendBucket, unit: TrendUnit, lang: Lang, withYear: boolean): string {
  const at = instant(bucket.start);
  if (unit !== 'month') return dateFormat(lang, 'dm', { day: 'numeric', month: 'short' }).format(at);
  const format = dateFormat(lang, 'my', { month: 'short', year: 'numeric' });
  // the month as it reads beside a year: standalone forms differ (vi "Tháng 11" against "thg 11 2026")
  return withYear ? format.format(at) : format.formatToParts(at).find((part) => part.type === 'month')!.value;
}

/**
 * A bucket's period in full, for its accessible name, the tooltip and the table: the date of a day,
 * the dates of a week, the month and year of a whole month, the dates of a month clipped by the range.
 */
export function periodLabel(bucket: TrendBucket, unit: TrendUnit, lang: Lang): string {
  const medium = dateFormat(lang, 'medium', { dateStyle: 'medium' });
  if (bucket.start === bucket.end) return medium.format(instant(bucket.start));
  // a month bucket is whole unless the range clips it
  if (unit === 'month' && bucket.start.endsWith('-01') && formatDay((parseDay(bucket.end) ?? 0) + 1).endsWith('-01')) {
    return dateFormat(lang, 'month', { month: 'long', year: 'numeric' }).format(instant(bucket.start));
  }
  return medium.formatRange(instant(bucket.start), instant(bucket.end));
}

/** Lays out the columns of a trend's buckets. */
export function layoutTrend(buckets: readonly TrendBucket[], options: TrendLayoutOptions): TrendLayout {
  const { unit, lang } = options;
  const width = chartWidth(options.width);
  const height = Math.max(finite(options.height ?? 220), 100);
  const top = 8;
  const bottom = height - AXIS_HEIGHT;
  const tickCount = Math.max(2, Math.floor((bottom - top) / 40));
  const max = nice(0, Math.max(1, ...buckets.map((bucket) => bucket.total)), tickCount)[1];
  const tickValues = ticks(0, max, tickCount).filter((value) => Number.isInteger(value));
  const tickLabels = tickValues.map((value) => formatCount(lang, value));
  const left = 8 + GLYPH * Math.max(1, ...tickLabels.map((label) => label.length));
  const right = width - 8;
  const step = buckets.length ? (right - left) / buckets.length : 0;
  const y = (value: number) => finite(bottom - (value / max) * (bottom - top));
  // a gap between bars while they are wide enough to keep one
  const inset = step >= 4 ? step * 0.1 : 0;
  const columns = buckets.map((bucket, k): TrendColumn => {
    const x0 = left + k * step;
    let cursor = 0;
    const segments: TrendSegment[] = [];
    bucket.counts.forEach((value, index) => {
      if (value === 0) return;
      const low = y(cursor);
      cursor += value;
      const high = y(cursor);
      segments.push({ index, y: high, height: finite(Math.max(0, low - high)), value });
    });
    return {
      bucket,
      x0: finite(x0),
      x1: finite(x0 + step),
      barX: finite(x0 + inset),
      barWidth: finite(Math.max(0, step - 2 * inset)),
      y: y(bucket.total),
      segments,
    };
  });
  // date labels: every n-th column, so that labels keep apart; months name their year on the
  // first label and wherever the year changes
  const labelWidth = GLYPH * Math.max(1, ...buckets.map((bucket) => dateLabel(bucket, unit, lang, unit === 'month').length)) + 8;
  const every = step > 0 ? Math.max(1, Math.ceil(labelWidth / step)) : 1;
  const labels: TrendDateLabel[] = [];
  let year = '';
  for (let k = 0; k < buckets.length; k += every) {
    const bucket = buckets[k]!;
    const withYear = unit === 'month' && bucket.start.slice(0, 4) !== year;
    year = bucket.start.slice(0, 4);
    labels.push({ index: k, x: finite(left + (k + 0.5) * step), label: dateLabel(bucket, unit, lang, withYear) });
  }
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    step: finite(step),
    columns,
    ticks: tickValues.map((value, k) => ({ value, y: y(value), label: tickLabels[k]! })),
    labels,
  };
}

/** The column under an x position, or `null` outside the plot. */
export function bucketAt(layout: TrendLayout, x: number): number | null {
  if (!Number.isFinite(x) || layout.step <= 0 || x < layout.left || x > layout.right) return null;
  return Math.min(layout.columns.length - 1, Math.floor((x - layout.left) / layout.step));
}

/** The columns a brushed pixel span touches, whole: `[first, last]`, or `null` when it touches none. */
export function snapToBuckets(layout: TrendLayout, span: readonly [number, number]): [number, number] | null {
  const n = layout.columns.length;
  const [a, b] = span[0] <= span[1] ? span : [span[1], span[0]];
  if (n === 0 || layout.step <= 0 || !Number.isFinite(a) || !Number.isFinite(b) || b < layout.left || a > layout.right) return null;
  // a hair of tolerance: an edge the brush was moved onto exactly does not take the next bucket
  const first = Math.floor((a - layout.left) / layout.step + 1e-6);
  const last = Math.ceil((b - layout.left) / layout.step - 1e-6) - 1;
  const lo = Math.max(0, Math.min(n - 1, first));
  return [lo, Math.max(lo, Math.min(n - 1, last))];
}

/** The pixel span of columns `first..last`, band edges included. */
export function bucketSpan(layout: TrendLayout, first: number, last: number): [number, number] {
  return [finite(layout.left + first * layout.step), finite(layout.left + (last + 1) * layout.step)];
}
