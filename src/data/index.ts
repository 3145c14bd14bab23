/**
 * lead-dashboard/data: the pure API, with no DOM and no Lit, for servers, workers, tests and hosts
 * that draw with something else: read and ingest a payload, summarise it (§5), derive what a
 * dashboard shows (comparison, trend, funnel), write the CSV, resolve ranges. It runs in Node.
 */
export type * from './types.js';
export { readDataset, recordCount, ingestLeads, ingestLeadsInSlices, type ReadDataset, type IngestOptions } from './ingest.js';
export type { LeadStore } from './engine.js';
export { summarize, type SummaryOptions } from './summary.js';
export { deriveView, type DerivedView, type ListFilter, type ViewComparison, type ViewParts, type ViewQuery } from './derive-view.js';
export { summaryToCSV, groupHeading } from './csv.js';
export { resolveLabel } from './labels.js';
export { storeChoices, type Choice, type StoreChoices } from './choices.js';
export { DEFAULT_STATUSES } from './statuses.js';
export { RANGE_PRESETS, isRangePreset, resolveDayRange, type DayRange, type RangeInput } from './ranges.js';
export {
  compareSummaries,
  comparisonPeriod,
  type ClosedDayRange,
  type ComparisonMode,
  type CountChange,
  type GroupChange,
  type KpiChanges,
  type RateChange,
  type SummaryComparison,
} from './compare.js';
export { trendOf, countByDay, bucketTrend, type DayCounts, type LeadTrend, type TrendBucket, type TrendUnit } from './trend.js';
export { summaryFunnel, type Funnel, type FunnelStage, type FunnelStageId } from './funnel.js';
