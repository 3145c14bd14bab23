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
 * update, mostly the same ones again, and a lookup costs a small part of an Intl call. Counts up
 * to {@link SMALL} are kept in an array by value, shares by total then count, other percents in a
 * Map; each store is dropped whole when it grows past its bound.
 */
interface LangTexts {
  count: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  small: string[];
  percents: Map<number, string>;
  shares: Map<number, string[]>;
}
const SMALL = 100_000;
const BOUND = 20_000;
const langTexts: Partial<Record<Lang, LangTexts>> = {};

function textsOf(lang: Lang): LangTexts {
  return (langTexts[lang] ??= {
    count: cached(`n:${lang}`, () => new Intl.NumberFormat(lang)),
    percent: cached(`p:${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })),
    small: [],
    percents: new Map(),
    shares: new Map(),
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
  const { percent, percents } = textsOf(lang);
  // a Map holds -0 and 0 as one key, Intl does not write them the same
  if (Object.is(fraction, -0)) return percent.format(fraction);
  let text = percents.get(fraction);
  if (text === undefined) {
    if (percents.size >= BOUND) percents.clear();
    percents.set(fraction, (text = percent.format(fraction)));
  }
  return text;
}

/** `count / total` as {@link formatPercent} writes it (a total of 0 has no share: "—"), remembered by whole numbers. */
export function formatShare(lang: Lang, count: number, total: number): string {
  if (total === 0) return messages(lang).dash;
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || total < 0) return formatPercent(lang, count / total);
  const texts = textsOf(lang);
  let row = texts.shares.get(total);
  if (!row) {
    if (texts.shares.size >= BOUND) texts.shares.clear();
    texts.shares.set(total, (row = []));
  }
  return (row[count] ??= texts.percent.format(count / total));
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
