/**
 * Numbers, percents and dates through Intl for the interface language, with cached formatters.
 */
import { parseDay } from '../data/dates.js';
import type { Lang } from '../data/types.js';
import { messages } from './messages.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The formatter of `key`, made once by `make`: keys are `<kind>:<lang>`, unique across the project. */
export function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** A count with the language's digit grouping: `1.234` in vi, `1,234` in en. */
export function formatCount(lang: Lang, value: number): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

/** A fraction as a percent with at most one decimal; `null` (no base) as "—". */
export function formatPercent(lang: Lang, fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return messages(lang).dash;
  return cached(`p:${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })).format(fraction);
}

/** A `YYYY-MM-DD` calendar date in the language's medium style; anything else as it is. */
export function formatDate(lang: Lang, day: string): string {
  const days = parseDay(day);
  if (days === null) return day;
  return cached(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })).format(days * 86_400_000);
}

/** A range of calendar dates, `null` ends open, in the language. */
export function formatDateRange(lang: Lang, from: string | null, to: string | null): string {
  const text = messages(lang);
  if (from === null && to === null) return text.presets.all;
  if (from === null) return `… – ${formatDate(lang, to!)}`;
  if (to === null) return `${formatDate(lang, from)} – …`;
  if (from === to) return formatDate(lang, from);
  return `${formatDate(lang, from)} – ${formatDate(lang, to)}`;
}
