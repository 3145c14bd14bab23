/**
 * Leads over time: counts per calendar day and status straight from the columnar store (the same
 * binary search and filter masks as the summary), then grouped into day, week or month buckets.
 * Pure: no DOM, no Lit. Days are day numbers (days since 1970-01-01), so a bucket is a span of
 * calendar days and no clock change can stretch or shrink one.
 */
import { civilFromDays, daysFromCivil, formatDay } from './dates.js';
import { filterMasks, lowerBound, type CountQuery, type LeadStore } from './engine.js';
import type { DayRange } from './ranges.js';
import { filterSets, summaryStatuses } from './summary.js';
import type { Lang, LeadFilter, SummaryStatus } from './types.js';

/** The length of a trend bucket. Weeks start on Monday; months are calendar months. */
export type TrendUnit = 'day' | 'week' | 'month';

/** Leads per calendar day and status column over a resolved range: what {@link countByDay} returns. */
export interface DayCounts {
  /** First day of the range (days since 1970-01-01); `null` when both ends were open and no row has a date. */
  readonly from: number | null;
  /** Last day of the range, inclusive; `null` as for `from`. */
  readonly to: number | null;
  /** The days of `from..to` that have rows, ascending. */
  readonly days: ArrayLike<number>;
  /** Status columns per day: the summary's columns (the status set, then `unknown` when any lead needed it). */
  readonly stride: number;
  /** `counts[k * stride + s]`: leads on `days[k]` in status column `s`. */
  readonly counts: ArrayLike<number>;
}

/** One bucket of a trend: its first and last calendar day, clipped to the range, and its counts. */
export interface TrendBucket {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, inclusive, `YYYY-MM-DD`. */
  end: string;
  /** Leads per status column. */
  counts: number[];
  /** All leads of the bucket. */
  total: number;
}

/** What `<lead-trend-chart>` draws: leads per day and the status columns they are counted in. */
export interface LeadTrend {
  /** Leads per day and status column ({@link countByDay}). */
  days: DayCounts;
  /** The status columns, in the order of `days.stride` (a summary's `statuses`). */
  statuses: SummaryStatus[];
}

/** What {@link countByDay} counts: a day range (`null` = open end) and list filters by store field key. */
export interface DayCountQuery {
  from: number | null;
  to: number | null;
  filters?: CountQuery['filters'];
}

/**
 * Resolves a query's range against a store: an open end takes the store's first or last dated day
 * (never crossing the other, given, end); reversed ends are swapped.
 */
function resolveRange(store: LeadStore, query: DayRange): { from: number; to: number } | null {
  let { from, to } = query;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const days = store.days;
  const first = days.length ? days[0]! : null;
  const last = days.length ? days[days.length - 1]! : null;
  if (from === null && to === null) return first === null ? null : { from: first, to: last! };
  if (from === null) return { from: first === null ? to! : Math.min(first, to!), to: to! };
  if (to === null) return { from, to: last === null ? from : Math.max(last, from) };
  return { from, to };
}

/**
 * Counts leads per calendar day and status column within a range, with the summary's list filters
 * (SPEC §5): the days by binary search over `store.days`, then one loop over their rows. A weighted
 * (pre-aggregated) row counts as its weight; rows without the date field lie in no day.
 */
export function countByDay(store: LeadStore, query: DayCountQuery): DayCounts {
  // the unknown column exists only when some lead needed it, so without it no row points past `stride`
  const stride = store.hasUnknown ? store.statuses.length : store.statuses.length - 1;
  const range = resolveRange(store, query);
  if (!range) return { from: null, to: null, days: new Int32Array(0), stride, counts: new Float64Array(0) };
  const lo = lowerBound(store.days, range.from);
  const hi = lowerBound(store.days, range.to + 1);
  const days = store.days.slice(lo, hi);
  const counts = new Float64Array(days.length * stride);
  const masks = filterMasks(store, query.filters);
  const { status, weight, dayStarts } = store;
  const n = masks.length;
  for (let k = lo; k < hi; k++) {
    const base = (k - lo) * stride;
    const end = dayStarts[k + 1]!;
    for (let i = dayStarts[k]!; i < end; i++) {
      let m = 0;
      while (m < n && masks[m]!.mask[masks[m]!.codes[i]!]) m++;
      if (m === n) counts[base + status[i]!]! += weight ? weight[i]! : 1;
    }
  }
  return { from: range.from, to: range.to, days, stride, counts };
}

/** What a host needs to draw a trend: {@link countByDay} with a `.filter` and the summary's status columns. */
export function trendOf(store: LeadStore, options: { range: DayRange; filter?: LeadFilter; lang?: Lang }): LeadTrend {
  return {
    days: countByDay(store, { ...options.range, filters: filterSets(store, options.filter) }),
    statuses: summaryStatuses(store, options.lang ?? 'vi'),
  };
}

/** The Monday on or before a day (1970-01-01 was a Thursday). */
export function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The first day of the calendar month holding a day. */
export function monthStart(day: number): number {
  const [year, month] = civilFromDays(day);
  return daysFromCivil(year, month, 1);
}

/** The first day of the bucket after the one that holds `day`. */
function nextStart(unit: TrendUnit, day: number): number {
  if (unit === 'day') return day + 1;
  if (unit === 'week') return weekStart(day) + 7;
  const [year, month] = civilFromDays(day);
  return month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
}

/** How many buckets of a unit `from..to` touches (0 for an empty range). */
export function bucketCount(unit: TrendUnit, from: number | null, to: number | null): number {
  if (from === null || to === null) return 0;
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  if (unit === 'day') return hi - lo + 1;
  if (unit === 'week') return (weekStart(hi) - weekStart(lo)) / 7 + 1;
  const [y0, m0] = civilFromDays(lo);
  const [y1, m1] = civilFromDays(hi);
  return (y1 - y0) * 12 + (m1 - m0) + 1;
}

/** The unit that suits a range of `days` days: days up to 62, weeks up to 366, months beyond. */
export function chooseUnit(days: number): TrendUnit {
  return days <= 62 ? 'day' : days <= 366 ? 'week' : 'month';
}

/**
 * Groups day counts into every bucket of `from..to` (default: the counts' own range), empty ones
 * included as zeros; the first and last bucket are clipped to the range. Reversed ends are swapped.
 */
export function bucketTrend(counts: DayCounts, options: { unit: TrendUnit; from?: number | null; to?: number | null }): TrendBucket[] {
  let from = options.from ?? counts.from;
  let to = options.to ?? counts.to;
  if (from === null || to === null) return [];
  if (from > to) [from, to] = [to, from];
  const { days, stride } = counts;
  const buckets: TrendBucket[] = [];
  let k = lowerBound(days, from);
  for (let start = from; start <= to;) {
    const end = Math.min(nextStart(options.unit, start) - 1, to);
    const values = new Array<number>(stride).fill(0);
    let total = 0;
    for (; k < days.length && days[k]! <= end; k++) {
      for (let s = 0; s < stride; s++) {
        const value = counts.counts[k * stride + s]!;
        values[s]! += value;
        total += value;
      }
    }
    buckets.push({ start: formatDay(start), end: formatDay(end), counts: values, total });
    start = end + 1;
  }
  return buckets;
}
