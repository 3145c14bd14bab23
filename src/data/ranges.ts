/**
 * Range presets resolved to inclusive calendar days in a time zone for a given "now" (SPEC §4).
 * Weeks start on Monday. The "this …" presets run from the start of the period to today; the
 * "last …" periods are complete; "last N days" end today and include it.
 */
import { civilFromDays, createDayResolver, daysFromCivil, formatDay, parseDay } from './dates.js';
import type { RangePreset } from './types.js';

/** Every preset, in the order a picker lists them. */
export const RANGE_PRESETS: readonly RangePreset[] = [
  'today',
  'yesterday',
  'this-week',
  'last-week',
  'last-7-days',
  'this-month',
  'last-month',
  'last-30-days',
  'this-quarter',
  'last-90-days',
  'this-year',
  'all',
];

/** Whether a value names a preset. */
export function isRangePreset(value: unknown): value is RangePreset {
  return typeof value === 'string' && (RANGE_PRESETS as readonly string[]).includes(value);
}

/** Inclusive bounds as day numbers; `null` is an open end. */
export interface DayRange {
  from: number | null;
  to: number | null;
}

/** The bounds of a preset for the calendar day `today`. */
export function presetDays(preset: RangePreset, today: number): DayRange {
  const [year, month] = civilFromDays(today);
  // 1970-01-01 was a Thursday: Monday-based weekday 3
  const weekday = (((today + 3) % 7) + 7) % 7;
  const monday = today - weekday;
  const quarterMonth = month - ((month - 1) % 3);
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: today - 1, to: today - 1 };
    case 'this-week':
      return { from: monday, to: today };
    case 'last-week':
      return { from: monday - 7, to: monday - 1 };
    case 'last-7-days':
      return { from: today - 6, to: today };
    case 'this-month':
      return { from: daysFromCivil(year, month, 1), to: today };
    case 'last-month': {
      const first = daysFromCivil(year, month, 1);
      const [py, pm] = civilFromDays(first - 1);
      return { from: daysFromCivil(py, pm, 1), to: first - 1 };
    }
    case 'last-30-days':
      return { from: today - 29, to: today };
    case 'this-quarter':
      return { from: daysFromCivil(year, quarterMonth, 1), to: today };
    case 'last-90-days':
      return { from: today - 89, to: today };
    case 'this-year':
      return { from: daysFromCivil(year, 1, 1), to: today };
    case 'all':
      return { from: null, to: null };
  }
}

/** Today's calendar day in a zone. */
export function todayIn(timeZone: string, now: number = Date.now()): number {
  let resolve = resolvers.get(timeZone);
  if (!resolve) {
    // a resolver holds a formatter and its offset caches: one per zone, as a dashboard asks on every update
    if (resolvers.size >= 16) resolvers.clear();
    resolvers.set(timeZone, (resolve = createDayResolver(timeZone)));
  }
  return resolve(now);
}

const resolvers = new Map<string, (ms: number) => number>();

/** What decides the range: a preset, or explicit dates that replace it. */
export interface RangeInput {
  range?: RangePreset | string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * Resolves a range input to inclusive day bounds. Explicit `from` / `to` replace the preset: only
 * `from` leaves the end open, only `to` the start; `from` after `to` are swapped. Unusable dates
 * are ignored; an unknown preset falls back to `fallback`.
 */
export function resolveDayRange(
  input: RangeInput,
  timeZone: string,
  now: number = Date.now(),
  fallback: RangePreset = 'this-month',
): DayRange {
  const from = parseDay(input.from);
  const to = parseDay(input.to);
  if (from !== null || to !== null) {
    return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
  }
  const preset = isRangePreset(input.range) ? input.range : fallback;
  return presetDays(preset, todayIn(timeZone, now));
}

/** Day bounds as `YYYY-MM-DD` strings, `null` for open ends. */
export function formatDayRange(range: DayRange): { from: string | null; to: string | null } {
  return {
    from: range.from === null ? null : formatDay(range.from),
    to: range.to === null ? null : formatDay(range.to),
  };
}
