/**
 * The five headline numbers of a summary (SPEC §4 KPI strip) and the texts of their change against
 * another period. Pure: no DOM.
 */
import type { ClosedDayRange, ComparisonMode, CountChange, KpiChanges, RateChange } from '../../data/compare.js';
import type { Lang } from '../../data/types.js';
import { cached, formatCount } from '../../i18n/format.js';
import { fill, messages } from '../../i18n/messages.js';

export { kpiValues, type KpiValues } from '../../data/compare.js';

/** What the strip shows beside each number: the changes (`compareSummaries(...).kpis`) and the rule that names the other period. */
export interface KpiComparison extends KpiChanges {
  /** The period compared with, shown once, e.g. "vs the previous 30 days (Oct 1 – 30, 2026)". */
  rule: string;
}

/** The direction of a change, for its arrow and colour; `none` when there is nothing to compare. */
export type ChangeDirection = 'up' | 'down' | 'flat' | 'none';

/** A change as shown: its direction, the arrow (never the only cue) and the signed text. */
export interface ChangeText {
  direction: ChangeDirection;
  /** `▲`, `▼` or empty. */
  arrow: string;
  /** The signed value, "+12,5%", "-3", "+2,3 điểm %", "0%", or "—". */
  text: string;
}

const MS_PER_DAY = 86_400_000;

/** A signed count: "+1.234", "-5", "0". */
export function formatSignedCount(lang: Lang, value: number): string {
  return cached(`sc:${lang}`, () => new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' })).format(value);
}

/** A signed percent with one decimal at most: "+12,5%", "-3%", "0%". */
export function formatSignedPercent(lang: Lang, fraction: number): string {
  const format = cached(
    `sr:${lang}`,
    () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  );
  return format.format(fraction);
}

function shown(direction: ChangeDirection, text: string): ChangeText {
  return { direction, arrow: direction === 'up' ? '▲' : direction === 'down' ? '▼' : '', text };
}

const directionOf = (value: number): ChangeDirection => (value > 0 ? 'up' : value < 0 ? 'down' : 'flat');

/**
 * The change of a count: relative ("+12,5%", one decimal at most) when the previous count is not 0,
 * else absolute ("+5"). The direction follows the value as written, so "0%" never gets an arrow.
 */
export function countChangeText(lang: Lang, change: CountChange): ChangeText {
  if (change.ratio !== null && Number.isFinite(change.ratio)) {
    const ratio = Math.round(change.ratio * 1000) / 1000;
    return shown(directionOf(ratio), formatSignedPercent(lang, ratio));
  }
  if (!Number.isFinite(change.delta)) return shown('none', messages(lang).dash);
  return shown(directionOf(change.delta), formatSignedCount(lang, change.delta));
}

/** The change of a rate in percentage points ("+2,3 điểm %", "-0.5 pts"), or "—" when either rate is missing. */
export function rateChangeText(lang: Lang, change: RateChange): ChangeText {
  if (change.delta === null || !Number.isFinite(change.delta)) return shown('none', messages(lang).dash);
  const points = Math.round(change.delta * 10) / 10;
  const format = cached(`sp:${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
  return shown(directionOf(points), fill(messages(lang).percentagePoints, { value: format.format(points) }));
}

/**
 * The rule naming the period compared with, in the language: "so với 30 ngày trước (1 – 30 thg 10,
 * 2026)", "vs the same period last year (Oct 1 – 30, 2025)". `period` is the other period's days;
 * for the previous period its length is the current range's.
 */
export function comparisonRule(lang: Lang, mode: ComparisonMode, period: ClosedDayRange): string {
  const text = messages(lang);
  const format = cached(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }));
  const [from, to] = period.from <= period.to ? [period.from, period.to] : [period.to, period.from];
  const range = format.formatRange(from * MS_PER_DAY, to * MS_PER_DAY);
  if (mode === 'same-period-last-year') return fill(text.compareLastYear, { range });
  const days = to - from + 1;
  return days === 1 ? fill(text.comparePreviousDay, { range }) : fill(text.comparePreviousDays, { days: formatCount(lang, days), range });
}
