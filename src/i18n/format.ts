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

/**
 * Texts already formatted, by language and value: a table of 200 groups formats thousands of
 * numbers per update, mostly the same ones again, and a Map lookup costs a small part of an Intl
 * call. Each cache is dropped whole when it grows past its bound.
 */
const texts = new Map<string, Map<number, string>>();
const TEXTS_BOUND = 20_000;

function formatCached(key: string, value: number, make: () => Intl.NumberFormat): string {
  // a Map holds -0 and 0 as one key, Intl does not write them the same
  if (Object.is(value, -0)) return cached(key, make).format(value);
  let known = texts.get(key);
  if (!known) texts.set(key, (known = new Map()));
  let text = known.get(value);
  if (text === undefined) {
    if (known.size >= TEXTS_BOUND) known.clear();
    known.set(value, (text = cached(key, make).format(value)));
  }
  return text;
}

/** A count with the language's digit grouping: `1.234` in vi, `1,234` in en. */
export function formatCount(lang: Lang, value: number): string {
  return formatCached(`n:${lang}`, value, () => new Intl.NumberFormat(lang));
}

/** A fraction as a percent with at most one decimal; `null` (no base) as "—". */
export function formatPercent(lang: Lang, fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return messages(lang).dash;
  return formatCached(`p:${lang}`, fraction, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }));
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
