/**
 * The dashboard's attributes read as what they mean: the zone, date field, basis and grouping in
 * use (an unknown value falls back to the default), the grouping's heading, the dimensions to
 * offer, and what to load. Pure functions of the element's properties and its store.
 */
import { comparisonPeriod, type ComparisonMode } from '../../data/compare.js';
import { groupHeading } from '../../data/csv.js';
import { formatDay, isValidTimeZone, localTimeZone } from '../../data/dates.js';
import type { ListFilter } from '../../data/derive-view.js';
import type { LeadStore } from '../../data/engine.js';
import { resolveLabel } from '../../data/labels.js';
import { formatDayRange, resolveDayRange, type DayRange } from '../../data/ranges.js';
import { CONVERSION_BASES, isGroupable } from '../../data/summary.js';
import { storeChoices, type StoreChoices } from '../../data/choices.js';
import { isRangePreset } from '../../data/ranges.js';
import type { ConversionBasis, DateField, Lang, LeadFilter, RangePreset, StatusDef } from '../../data/types.js';
import type { HeadersSource } from '../../net/fetch-dataset.js';
import { serverFilterUrl } from '../../net/server-filter.js';
import type { DatasetSource } from './dataset-controller.js';

const DATE_FIELDS: readonly DateField[] = ['createdAt', 'assignedAt', 'updatedAt'];

/** The properties of `<lead-dashboard>` that decide what is loaded and shown. */
export interface DashboardInputs {
  api: string | undefined;
  data: unknown;
  statuses: StatusDef[] | undefined;
  range: RangePreset;
  from: string | undefined;
  to: string | undefined;
  timeZone: string | undefined;
  dateField: DateField;
  groupBy: string;
  serverFilter: boolean;
  refreshInterval: number;
  timeout: number;
  credentials: RequestCredentials;
  headers: HeadersSource | undefined;
}

/** The zone in use: the attribute when it is a known IANA zone, else the browser's. */
export function zoneOf(timeZone: string | undefined): string {
  return isValidTimeZone(timeZone) ? timeZone : localTimeZone();
}

/** The date field in use: `createdAt` unless another known one is asked for. */
export function dateFieldOf(field: unknown): DateField {
  return DATE_FIELDS.includes(field as DateField) ? (field as DateField) : 'createdAt';
}

/** The conversion basis in use. */
export function basisOf(basis: unknown): ConversionBasis {
  return CONVERSION_BASES.includes(basis as ConversionBasis) ? (basis as ConversionBasis) : 'assigned';
}

/** The comparison mode in use, or none. */
export function comparisonOf(value: unknown): ComparisonMode | null {
  return value === 'previous-period' || value === 'same-period-last-year' ? value : null;
}

/** The range as calendar days in the zone. */
export function rangeOf(inputs: Pick<DashboardInputs, 'range' | 'from' | 'to' | 'timeZone'>): DayRange {
  return resolveDayRange({ range: inputs.range, from: inputs.from, to: inputs.to }, zoneOf(inputs.timeZone));
}

/** The grouping in use: the asked field when the store has it, else `owner`. */
export function groupByOf(store: LeadStore | null, groupBy: string): string {
  return store && isGroupable(store, groupBy) ? groupBy : 'owner';
}

/** The heading of the grouping field, e.g. "Salesperson", or a dimension's own label. */
export function headingOf(store: LeadStore | null, groupBy: string, lang: Lang): string {
  const field = groupByOf(store, groupBy);
  return groupHeading(field, lang, resolveLabel(store?.fields.get(field)?.label, lang) ?? field);
}

const filters = new WeakMap<ListFilter, { range: RangePreset; from: string | undefined; to: string | undefined; value: LeadFilter }>();

/** The `.filter` of the state: the lists and the range; the same object while they are the same. */
export function filterOf(lists: ListFilter, range: RangePreset, from: string | undefined, to: string | undefined): LeadFilter {
  const cached = filters.get(lists);
  if (cached?.range === range && cached.from === from && cached.to === to) return cached.value;
  const value: LeadFilter = { ...lists, range };
  if (from) value.from = from;
  if (to) value.to = to;
  filters.set(lists, { range, from, to, value });
  return value;
}

/**
 * A `.filter` written to the dashboard as the state it sets: the lists, and the range — `from` /
 * `to` when either is given (they replace the preset), else a preset that clears them.
 */
export function applyFilter(
  host: { range: RangePreset; from: string | undefined; to: string | undefined },
  value: LeadFilter | null | undefined,
) {
  const { range, from, to, ...lists } = value ?? {};
  if (from !== undefined || to !== undefined) {
    host.from = from ?? undefined;
    host.to = to ?? undefined;
  } else if (range !== undefined) {
    host.from = host.to = undefined;
  }
  if (isRangePreset(range)) host.range = range;
  return lists;
}

const choices = new WeakMap<LeadStore, Partial<Record<Lang, StoreChoices>>>();

/** The filter bar's options of a store: the same object while the store and language are (so the bar does not redraw them). */
export function choicesOf(store: LeadStore | null, lang: Lang): Partial<StoreChoices> {
  if (!store) return {};
  let byLang = choices.get(store);
  if (!byLang) choices.set(store, (byLang = {}));
  return (byLang[lang] ??= storeChoices(store, lang));
}

/** The declared dimensions the filter bar offers to group by. */
export function dimensionsOf(store: LeadStore | null, lang: Lang): { key: string; label: string }[] {
  return store ? store.dimensions.map((key) => ({ key, label: resolveLabel(store.fields.get(key)!.label, lang) ?? key })) : [];
}

/**
 * What to load: `.data`, or `api` — with the filter as query parameters in server-filter mode, and
 * then a second URL for the compared period when there is a comparison with a closed range.
 */
export function sourceOf(inputs: DashboardInputs, lists: ListFilter, compare: ComparisonMode | null, lang: Lang): DatasetSource {
  const { api, serverFilter } = inputs;
  const timeZone = zoneOf(inputs.timeZone);
  const dateField = dateFieldOf(inputs.dateField);
  const range = rangeOf(inputs);
  const period = api && serverFilter && compare ? comparisonPeriod(range, compare) : null;
  const query = { timeZone, dateField, groupBy: inputs.groupBy, filter: lists };
  return {
    data: inputs.data,
    url: api && serverFilter ? serverFilterUrl(api, { ...query, ...formatDayRange(range) }) : api,
    compareUrl: api && period ? serverFilterUrl(api, { ...query, from: formatDay(period.from), to: formatDay(period.to) }) : null,
    timeout: inputs.timeout,
    credentials: inputs.credentials,
    headers: inputs.headers,
    ingest: { timeZone, dateField, statuses: inputs.statuses },
    refreshSeconds: inputs.refreshInterval,
    lang,
  };
}
