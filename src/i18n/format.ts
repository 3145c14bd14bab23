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
 * Texts already formatted, per language: a table of 200 groups formats thousands of numbers per
 * update. Counts up to {@link SMALL} are kept in an array by value. A percent with one decimal is
 * one of 1,001 texts between 0 % and 100 %: the fraction's permille picks it, unless the fraction
 * lies within a hair of a rounding tie, where Intl alone decides (it rounds the double's exact
 * decimal value, which a permille computed in floating point can miss).
 */
interface LangTexts {
  count: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  small: string[];
  permille: string[];
}
const SMALL = 100_000;
const langTexts: Partial<Record<Lang, LangTexts>> = {};

function textsOf(lang: Lang): LangTexts {
  return (langTexts[lang] ??= {
    count: cached(`n:${lang}`, () => new Intl.NumberFormat(lang)),
    percent: cached(`p:${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })),
    small: [],
    permille: [],
  });
}

/** A count with the language's digit grouping: `1.234` in vi, `1,234` in en. */
export function formatCount(lang: Lang, value: number): string {
  const texts = textsOf(lang);
  // -0 is written "-0": not kept with 0
  return Number.isInteger(value) && value >= 0 && value < SMALL && !Object.is(value, -0)
    ? (texts.small[value] ??= texts.count.format(value))
    : texts.count.format(value);
}

/** A fraction as a percent with at most one decimal; `null` (no base) as "—". */
export function formatPercent(lang: Lang, fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return messages(lang).dash;
  const { percent, permille } = textsOf(lang);
  const scaled = fraction * 1000;
  const rounded = Math.round(scaled);
  // negative fractions (and -0) keep their sign in Intl's text: not from the table
  if (fraction >= 0 && rounded <= 1000 && Math.abs(scaled - rounded) < 0.4999 && !Object.is(fraction, -0))
    return (permille[rounded] ??= percent.format(rounded / 1000));
  return percent.format(fraction);
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
