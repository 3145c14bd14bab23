/**
 * The data contract (SPEC §3, §5, §7): what `api` returns or `.data` receives, and what the
 * engine gives back. Types only; no runtime code.
 */

/** An identifier on the wire: numbers are accepted and converted with `String()`. */
export type Id = string | number;

/** A label given once for every language, or per language. */
export type LocalizedLabel = string | { vi?: string; en?: string };

/** The interface languages. */
export type Lang = 'vi' | 'en';

/** What a status means for the numbers (SPEC §2). `unknown` is the bucket of unmatched statuses. */
export type StatusKind = 'new' | 'open' | 'won' | 'lost' | 'paused' | 'duplicate';

/** A status of the set, as a host declares it. */
export interface StatusDef {
  id: Id;
  label?: LocalizedLabel;
  /** `#rgb` or `#rrggbb`; anything else is ignored. */
  color?: string;
  kind?: StatusKind | string;
}

/** An option of a categorical field: id and display label. */
export interface Option {
  id: Id;
  label?: LocalizedLabel;
}

/** An extra categorical field of the leads that the dashboard can group and filter by. */
export interface Dimension {
  key: string;
  label?: LocalizedLabel;
  options?: Option[];
}

/** One entry of a lead's processing history. */
export interface LeadStep {
  step: Id;
  at: string | number;
  note?: string;
}

/** A raw lead (SPEC §3). */
export interface Lead {
  id: Id;
  status: string;
  createdAt: string | number;
  owner?: Id | null;
  source?: Id | null;
  priority?: Id | null;
  step?: Id | null;
  steps?: LeadStep[];
  assignedAt?: string | number;
  updatedAt?: string | number;
  [dimensionKey: string]: unknown;
}

/** A pre-aggregated row (SPEC §7): `count` leads sharing these fields on this calendar date. */
export interface AggregatedRow {
  date: string;
  status: string;
  count: number;
  owner?: Id | null;
  source?: Id | null;
  priority?: Id | null;
  step?: Id | null;
  [dimensionKey: string]: unknown;
}

/** Raw leads as parallel arrays of equal length (SPEC §7). */
export interface ColumnarLeads {
  [field: string]: unknown[] | { dictionary: unknown[]; codes: number[] };
}

/** The whole payload (SPEC §3). A bare `Lead[]` is accepted as `{leads}`. */
export interface LeadDataset {
  leads?: Lead[];
  rows?: AggregatedRow[];
  columns?: ColumnarLeads;
  owners?: Option[];
  statuses?: StatusDef[];
  sources?: Option[];
  priorities?: Option[];
  steps?: Option[];
  dimensions?: Dimension[];
}

/** Which date of a lead places it in a time range. */
export type DateField = 'createdAt' | 'assignedAt' | 'updatedAt';

/** The conversion denominator (SPEC §5). */
export type ConversionBasis = 'assigned' | 'qualified' | 'closed';

/** The range presets of SPEC §4. */
export type RangePreset =
  | 'today'
  | 'yesterday'
  | 'this-week'
  | 'last-week'
  | 'last-7-days'
  | 'this-month'
  | 'last-month'
  | 'last-30-days'
  | 'this-quarter'
  | 'last-90-days'
  | 'this-year'
  | 'all';

/** The built-in fields to group and filter by; declared dimension keys are also accepted. */
export type BuiltInField = 'owner' | 'source' | 'priority' | 'step';

/**
 * The list filters and range (SPEC §4 `.filter`). An empty or absent list means all; `null` in a
 * list picks the unassigned / none group, `unknown` in `statuses` the unknown status.
 */
export interface LeadFilter {
  owners?: (Id | null)[];
  sources?: (Id | null)[];
  priorities?: (Id | null)[];
  steps?: (Id | null)[];
  statuses?: (Id | null)[];
  range?: RangePreset;
  from?: string | null;
  to?: string | null;
  [dimensionKey: string]: (Id | null)[] | string | null | undefined;
}

/** A status column of a summary. */
export interface SummaryStatus {
  id: string;
  label: string;
  kind: StatusKind | 'unknown';
  /** The validated `#rgb` / `#rrggbb` colour from the status set, if any. */
  color?: string;
}

/** The numbers of one group, or of the totals row (SPEC §5). */
export interface GroupSummary {
  key: string | null;
  label: string;
  counts: Record<string, number>;
  total: number;
  won: number;
  base: number;
  /** A fraction 0..1, or `null` when `base` is 0. */
  conversionRate: number | null;
}

/** The summary for one filter, range and grouping (SPEC §5). */
export interface LeadSummary {
  range: { from: string | null; to: string | null; timeZone: string };
  groupBy: string;
  conversionBasis: ConversionBasis;
  statuses: SummaryStatus[];
  groups: GroupSummary[];
  totals: GroupSummary;
  excluded: { invalid: number; duplicateId: number };
}
