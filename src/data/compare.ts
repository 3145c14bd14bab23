/**
 * Period comparison: the period to compare with (the one just before, or the same dates a year
 * earlier), the headline numbers of a summary, and the change of each between two summaries.
 * Pure: no DOM, no Lit.
 */
import { civilFromDays, daysFromCivil } from './dates.js';
import type { DayRange } from './ranges.js';
import type { GroupSummary, LeadSummary, SummaryStatus } from './types.js';

/** Which period a range is compared with. */
export type ComparisonMode = 'previous-period' | 'same-period-last-year';

/** Bounded inclusive day numbers. */
export interface ClosedDayRange {
  from: number;
  to: number;
}

/**
 * The period of equal length just before a range: `from - n .. from - 1` for a range of `n` days;
 * `null` when either end is open.
 */
export function previousPeriod(range: DayRange): ClosedDayRange | null {
  if (range.from === null || range.to === null) return null;
  const days = range.to - range.from + 1;
  return { from: range.from - days, to: range.from - 1 };
}

/**
 * The same calendar dates a year earlier (29 February becomes 28 February); `null` when either end
 * is open. Its length can differ by the leap day from the range's own.
 */
export function samePeriodLastYear(range: DayRange): ClosedDayRange | null {
  if (range.from === null || range.to === null) return null;
  return { from: yearEarlier(range.from), to: yearEarlier(range.to) };
}

/** The period a range is compared with in a mode; `null` for an open range. */
export function comparisonPeriod(range: DayRange, mode: ComparisonMode): ClosedDayRange | null {
  return mode === 'same-period-last-year' ? samePeriodLastYear(range) : previousPeriod(range);
}

function yearEarlier(day: number): number {
  const [year, month, date] = civilFromDays(day);
  return daysFromCivil(year - 1, month, month === 2 && date === 29 ? 28 : date);
}

/** The headline numbers of a summary (the KPI strip's five), for its totals or one group. */
export interface KpiValues {
  /** Every lead of the group. */
  total: number;
  /** Leads dispatched to a salesperson: the total minus the leads of kind `new`. */
  assigned: number;
  /** The `in_progress` status when the set has it, else the `open` statuses other than `assigned`. */
  inProgress: number;
  /** Leads of kind `won`. */
  customers: number;
  /** The conversion rate, a fraction, or `null` when there is no base. */
  conversionRate: number | null;
}

/** The ids of the statuses counted as "in progress": `in_progress` when the set has it, else every `open` status but `assigned`. */
export function inProgressStatuses(statuses: readonly SummaryStatus[]): string[] {
  return statuses.some((status) => status.id === 'in_progress')
    ? ['in_progress']
    : statuses.filter((status) => status.kind === 'open' && status.id !== 'assigned').map((status) => status.id);
}

/** Computes the headline numbers of a summary's totals, or of one of its groups, from the status set. */
export function kpiValues(summary: LeadSummary, group: GroupSummary = summary.totals): KpiValues {
  const count = (id: string) => (Object.hasOwn(group.counts, id) ? group.counts[id]! : 0);
  const sum = (ids: string[]) => ids.reduce((total, id) => total + count(id), 0);
  const fresh = sum(summary.statuses.filter((status) => status.kind === 'new').map((status) => status.id));
  return {
    total: group.total,
    assigned: group.total - fresh,
    inProgress: sum(inProgressStatuses(summary.statuses)),
    customers: group.won,
    conversionRate: group.conversionRate,
  };
}

/** The change of a count between two periods. */
export interface CountChange {
  current: number;
  previous: number;
  /** `current - previous`. */
  delta: number;
  /** The relative change `delta / previous`, or `null` when `previous` is 0. */
  ratio: number | null;
}

/** The change of a rate (a fraction) between two periods. */
export interface RateChange {
  current: number | null;
  previous: number | null;
  /** The change in percentage points (`(current - previous) × 100`), or `null` when either rate is `null`. */
  delta: number | null;
  /** The relative change of the rate, or `null` when either rate is `null` or `previous` is 0. */
  ratio: number | null;
}

/** The change of each headline number. */
export interface KpiChanges {
  total: CountChange;
  assigned: CountChange;
  inProgress: CountChange;
  customers: CountChange;
  conversionRate: RateChange;
}

/** The change of one group (or of the totals row) between two periods. */
export interface GroupChange {
  /** The group's key, as in the summaries; `'*'` for the totals row. */
  key: string | null;
  /** The current label, or the previous one for a group that has leads only in the previous period. */
  label: string;
  total: CountChange;
  won: CountChange;
  conversionRate: RateChange;
}

/** What changed between two summaries of the same grouping. */
export interface SummaryComparison {
  kpis: KpiChanges;
  totals: GroupChange;
  /** The current summary's groups in its order, then groups found only in the previous one (current 0). */
  groups: GroupChange[];
}

/** The change of a count. */
export function countChange(current: number, previous: number): CountChange {
  const delta = current - previous;
  return { current, previous, delta, ratio: previous === 0 ? null : delta / previous };
}

/** The change of a rate, in percentage points. */
export function rateChange(current: number | null, previous: number | null): RateChange {
  if (current === null || previous === null) return { current, previous, delta: null, ratio: null };
  return { current, previous, delta: (current - previous) * 100, ratio: previous === 0 ? null : (current - previous) / previous };
}

function groupChange(
  key: string | null,
  label: string,
  current: GroupSummary | undefined,
  previous: GroupSummary | undefined,
): GroupChange {
  return {
    key,
    label,
    total: countChange(current?.total ?? 0, previous?.total ?? 0),
    won: countChange(current?.won ?? 0, previous?.won ?? 0),
    conversionRate: rateChange(current?.conversionRate ?? null, previous?.conversionRate ?? null),
  };
}

/**
 * Compares a summary with the summary of another period (same grouping, filter and basis): every
 * headline number, the totals row and each group by key. A group missing on one side counts 0
 * there, with a `null` rate.
 */
export function compareSummaries(current: LeadSummary, previous: LeadSummary): SummaryComparison {
  const now = kpiValues(current);
  const before = kpiValues(previous);
  const previousGroups = new Map(previous.groups.map((group) => [group.key, group] as const));
  const seen = new Set<string | null>();
  const groups: GroupChange[] = [];
  for (const group of current.groups) {
    seen.add(group.key);
    groups.push(groupChange(group.key, group.label, group, previousGroups.get(group.key)));
  }
  for (const group of previous.groups) {
    if (!seen.has(group.key)) groups.push(groupChange(group.key, group.label, undefined, group));
  }
  return {
    kpis: {
      total: countChange(now.total, before.total),
      assigned: countChange(now.assigned, before.assigned),
      inProgress: countChange(now.inProgress, before.inProgress),
      customers: countChange(now.customers, before.customers),
      conversionRate: rateChange(now.conversionRate, before.conversionRate),
    },
    totals: groupChange(current.totals.key, current.totals.label, current.totals, previous.totals),
    groups,
  };
}
