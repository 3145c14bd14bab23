/**
 * Everything a dashboard shows, derived from a store and a query in one place: the §5 summary, the
 * comparison with another period, the trend and the funnel. Pure and memoised: for the same store
 * and an equal query it returns the same objects, and each part is recomputed only when its own
 * inputs change (the trend spans every date, so a new range keeps it), so a view that did not
 * change costs nothing and an element handed the same object does not update.
 *
 * The trend and the funnel are derived by the functions the query brings ({@link ViewParts}): their
 * code loads with their charts, after the first render, and stays out of the first download.
 */
import { compareSummaries, comparisonPeriod, type ClosedDayRange, type ComparisonMode, type SummaryComparison } from './compare.js';
import type { LeadStore } from './engine.js';
import type { summaryFunnel, Funnel } from './funnel.js';
import type { DayRange } from './ranges.js';
import { summarize } from './summary.js';
import type { trendOf, LeadTrend } from './trend.js';
import type { ConversionBasis, Id, Lang, LeadFilter, LeadSummary } from './types.js';

/** The list filters of a `.filter` (no range): field → allowed ids. */
export type ListFilter = Omit<LeadFilter, 'range' | 'from' | 'to'>;

/** What to derive. */
export interface ViewQuery {
  range: DayRange;
  groupBy: string;
  filter: ListFilter;
  conversionBasis: ConversionBasis;
  lang: Lang;
  /** The period to compare with; none when absent or `null`. */
  compare?: ComparisonMode | null;
  /**
   * Where the compared period's leads are, when not in `store` (a server that filters answers one
   * period per request): a store, `null` while that request is pending, or an `Error` when it failed.
   * Absent: `store` holds them.
   */
  compareStore?: LeadStore | Error | null;
  /** How to derive the parts beyond the summary and the comparison; a part without its function is `null`. */
  parts?: ViewParts;
}

/** The derivations of the lazily loaded views: `trendOf` from data/trend, `summaryFunnel` from data/funnel. */
export interface ViewParts {
  trendOf?: typeof trendOf;
  summaryFunnel?: typeof summaryFunnel;
}

/** The comparison of a view, or why there is none although one was asked for. */
export type ViewComparison =
  | (SummaryComparison & { state: 'ready'; mode: ComparisonMode; period: ClosedDayRange })
  /** The range has an open end: no period of the same length exists. */
  | { state: 'open-range'; mode: ComparisonMode }
  /** The compared period's data is still loading. */
  | { state: 'pending'; mode: ComparisonMode; period: ClosedDayRange }
  /** The compared period's data could not be loaded. */
  | { state: 'failed'; mode: ComparisonMode; period: ClosedDayRange; error: Error };

/** What a dashboard shows. */
export interface DerivedView {
  summary: LeadSummary;
  /** `null` when no comparison was asked for. */
  comparison: ViewComparison | null;
  /** `null` until its function is given. */
  trend: LeadTrend | null;
  /** `null` until its function is given. */
  funnel: Funnel | null;
}

interface Memo {
  query: ViewQuery;
  view: DerivedView;
}

/** The last view of each store (a store is immutable: a new dataset is a new store). */
const memos = new WeakMap<LeadStore, Memo>();

/**
 * The view of `store` for `query`. Memoised per store on the query's values (lists compared by
 * content), so calling it again with an equal query returns the same object.
 */
export function deriveView(store: LeadStore, query: ViewQuery): DerivedView {
  const memo = memos.get(store);
  const last = memo?.query;
  if (memo && sameQuery(last!, query)) return memo.view;
  const sameSummary = last !== undefined && sameSummaryInputs(last, query);
  const summary = sameSummary ? memo!.view.summary : summarize(store, query);
  const comparison =
    sameSummary && last!.compare === query.compare && last!.compareStore === query.compareStore
      ? memo!.view.comparison
      : compareView(store, query, summary);
  const parts = query.parts;
  const sameParts = last?.parts?.trendOf === parts?.trendOf && last?.parts?.summaryFunnel === parts?.summaryFunnel;
  const trend = !parts?.trendOf
    ? null
    : sameParts && last!.lang === query.lang && sameFilter(last!.filter, query.filter)
      ? memo!.view.trend
      : parts.trendOf(store, { range: { from: null, to: null }, filter: query.filter, lang: query.lang });
  const funnel = !parts?.summaryFunnel ? null : sameSummary && sameParts ? memo!.view.funnel : parts.summaryFunnel(summary);
  const view = { summary, comparison, trend, funnel };
  memos.set(store, { query: { ...query }, view });
  return view;
}

function compareView(store: LeadStore, query: ViewQuery, summary: LeadSummary): ViewComparison | null {
  const mode = query.compare;
  if (!mode) return null;
  const period = comparisonPeriod(query.range, mode);
  if (!period) return { state: 'open-range', mode };
  const source = query.compareStore === undefined ? store : query.compareStore;
  if (source === null) return { state: 'pending', mode, period };
  if (source instanceof Error) return { state: 'failed', mode, period, error: source };
  const previous = summarize(source, { ...query, range: period });
  return { state: 'ready', mode, period, ...compareSummaries(summary, previous) };
}

function sameSummaryInputs(a: ViewQuery, b: ViewQuery): boolean {
  return (
    a.range.from === b.range.from &&
    a.range.to === b.range.to &&
    a.groupBy === b.groupBy &&
    a.conversionBasis === b.conversionBasis &&
    a.lang === b.lang &&
    sameFilter(a.filter, b.filter)
  );
}

function sameQuery(a: ViewQuery, b: ViewQuery): boolean {
  return (
    sameSummaryInputs(a, b) &&
    a.compare === b.compare &&
    a.compareStore === b.compareStore &&
    a.parts?.trendOf === b.parts?.trendOf &&
    a.parts?.summaryFunnel === b.parts?.summaryFunnel
  );
}

/** Two list filters with the same non-empty lists, in the same order. */
export function sameFilter(a: ListFilter, b: ListFilter): boolean {
  if (a === b) return true;
  const lists = (filter: ListFilter) =>
    Object.keys(filter).filter((key) => Array.isArray(filter[key]) && (filter[key] as unknown[]).length > 0);
  const keys = lists(a);
  if (keys.length !== lists(b).length) return false;
  return keys.every((key) => {
    const x = a[key] as (Id | null)[];
    const y = b[key];
    return Array.isArray(y) && x.length === y.length && x.every((value, k) => value === y[k]);
  });
}
