/**
 * The dashboard's filter in the page URL, so a view can be bookmarked and shared. Pure functions
 * over `URLSearchParams` / `URL`: no DOM, no history calls (the caller does
 * `history.replaceState(null, '', syncedUrl(location.href, state))`).
 *
 * Parameters, with the default prefix `lead` (every name is `<prefix>.<name>`):
 *
 * | state | parameter | value |
 * |---|---|---|
 * | `range` | `lead.range` | a preset (`this-month`, …) |
 * | `from`, `to` | `lead.from`, `lead.to` | `YYYY-MM-DD` |
 * | `groupBy` | `lead.groupBy` | `owner`, `source`, `priority`, `step` or a dimension key |
 * | `conversionBasis` | `lead.basis` | `assigned`, `qualified`, `closed` |
 * | `dateField` | `lead.dateField` | `createdAt`, `assignedAt`, `updatedAt` |
 * | `lists.owners` … `lists.statuses` | `lead.owner`, `lead.source`, `lead.priority`, `lead.step`, `lead.status` | repeated, in list order |
 * | `lists[<dimension key>]` | `lead.d.<dimension key>` | repeated, in list order |
 *
 * List values: `null` (the unassigned / none group) is written `-`; a string is written as itself,
 * except the string `-` itself and strings starting with `!`, which get a leading `!`
 * (`"-"` → `!-`, `"!x"` → `!!x`). Reading: exactly `-` is `null`, a leading `!` is dropped, anything
 * else is the string itself — so `null`, `"null"`, `""`, `"-"` and `"-5"` are all distinct and
 * round-trip exactly. Numbers in a list are written as `String(n)` and read back as strings.
 *
 * Tolerance: reading never throws; an unknown preset, an impossible date, an unknown basis, date
 * field or group-by (when the dimensions are known), an empty list and unknown parameters are
 * dropped; a repeated single-valued parameter keeps its last valid value. Writing skips the same
 * invalid values, so what is written is always what is read back.
 */
import { parseDay } from '../data/dates.js';
import { isRangePreset } from '../data/ranges.js';
import type { ConversionBasis, DateField, Id, LeadFilter, RangePreset } from '../data/types.js';

/** A value of a list filter as read from a URL: an id, or `null` for the unassigned / none group. */
export type FilterUrlValue = string | null;

/** List filters by field: the built-in lists and any declared dimension key. */
export interface FilterUrlLists {
  owners?: FilterUrlValue[];
  sources?: FilterUrlValue[];
  priorities?: FilterUrlValue[];
  steps?: FilterUrlValue[];
  statuses?: FilterUrlValue[];
  [dimension: string]: FilterUrlValue[] | undefined;
}

/** The part of a dashboard's state kept in the URL. */
export interface FilterUrlState {
  range?: RangePreset;
  from?: string;
  to?: string;
  groupBy?: string;
  conversionBasis?: ConversionBasis;
  dateField?: DateField;
  lists: FilterUrlLists;
}

/** What {@link filterToParams} accepts: as {@link FilterUrlState}, with numeric ids and loose values allowed. */
export interface FilterUrlInput {
  range?: string | null;
  from?: string | null;
  to?: string | null;
  groupBy?: string | null;
  conversionBasis?: string | null;
  dateField?: string | null;
  lists?: Readonly<Record<string, readonly (Id | null)[] | null | undefined>> | null;
}

/** Options of {@link paramsToFilter}. */
export interface ParamsToFilterOptions {
  /**
   * The dataset's declared dimension keys. When given, a `groupBy` that is neither a built-in field
   * nor one of them is dropped, and so are lists of other dimensions; when absent, any non-blank
   * key is kept (the dashboard falls back to `owner` for a key it does not know).
   */
  dimensions?: readonly string[];
}

/** List field of the state → parameter name (after the prefix). */
const LIST_PARAMS: Readonly<Record<string, string>> = {
  owners: 'owner',
  sources: 'source',
  priorities: 'priority',
  steps: 'step',
  statuses: 'status',
};
const BUILT_IN_GROUPS: readonly string[] = ['owner', 'source', 'priority', 'step'];
const BASES: readonly string[] = ['assigned', 'qualified', 'closed'];
const DATE_FIELDS: readonly string[] = ['createdAt', 'assignedAt', 'updatedAt'];
/** Single-valued parameters (after the prefix), in the order they are written. */
const SCALARS = ['range', 'from', 'to', 'groupBy', 'basis', 'dateField'] as const;
type Scalar = (typeof SCALARS)[number];

/** The null token and the escape of values that would read as it (or as an escape). */
const NULL_TOKEN = '-';
const ESCAPE = '!';
/** Keys longer than this are not dimension keys anybody declares; bounding them bounds the work. */
const MAX_KEY_LENGTH = 200;

/** `<prefix>.` (or nothing for an empty prefix). */
const head = (prefix: string) => (prefix === '' ? '' : `${prefix}.`);

/** A list value as written in the URL. */
export function encodeFilterValue(value: Id | null): string {
  if (value === null) return NULL_TOKEN;
  const text = String(value);
  return text === NULL_TOKEN || text.startsWith(ESCAPE) ? ESCAPE + text : text;
}

/** A list value as read from the URL (the inverse of {@link encodeFilterValue}). */
export function decodeFilterValue(text: string): FilterUrlValue {
  if (text === NULL_TOKEN) return null;
  return text.startsWith(ESCAPE) ? text.slice(1) : text;
}

function isDay(value: unknown): value is string {
  return parseDay(value) !== null;
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_KEY_LENGTH;
}

/** Sets an own, enumerable property even for keys like `__proto__`. */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The valid value of a single-valued parameter, or `undefined`. */
function validScalar(name: Scalar, value: unknown, dimensions: readonly string[] | undefined): string | undefined {
  switch (name) {
    case 'range':
      return isRangePreset(value) ? value : undefined;
    case 'from':
    case 'to':
      return isDay(value) ? value : undefined;
    case 'groupBy':
      if (!isKey(value)) return undefined;
      if (BUILT_IN_GROUPS.includes(value)) return value;
      return dimensions === undefined || dimensions.includes(value) ? value : undefined;
    case 'basis':
      return typeof value === 'string' && BASES.includes(value) ? value : undefined;
    case 'dateField':
      return typeof value === 'string' && DATE_FIELDS.includes(value) ? value : undefined;
  }
}

/** The state field of a scalar parameter. */
const SCALAR_FIELD: Record<Scalar, Exclude<keyof FilterUrlState, 'lists'>> = {
  range: 'range',
  from: 'from',
  to: 'to',
  groupBy: 'groupBy',
  basis: 'conversionBasis',
  dateField: 'dateField',
};

/**
 * The state as URL parameters named `<prefix>.…` (see the module documentation). Invalid values and
 * empty lists are left out; list order and repeats are kept.
 */
export function filterToParams(state: FilterUrlInput, prefix = 'lead'): URLSearchParams {
  const params = new URLSearchParams();
  const p = head(prefix);
  for (const name of SCALARS) {
    const value = validScalar(name, state[SCALAR_FIELD[name]], undefined);
    if (value !== undefined) params.append(p + name, value);
  }
  const lists = state.lists ?? {};
  for (const key of Object.keys(lists)) {
    const list = lists[key];
    if (!Array.isArray(list) || list.length === 0) continue;
    const name = Object.hasOwn(LIST_PARAMS, key) ? LIST_PARAMS[key]! : isKey(key) ? `d.${key}` : undefined;
    if (name === undefined) continue;
    for (const value of list as readonly unknown[]) {
      if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
        params.append(p + name, encodeFilterValue(value));
    }
  }
  return params;
}

/**
 * The state written by {@link filterToParams} under `prefix`, read back from `params` (a
 * `URLSearchParams`, a query string or a URL). Never throws: what is unknown or invalid is dropped.
 */
export function paramsToFilter(
  params: URLSearchParams | URL | string,
  prefix = 'lead',
  options: ParamsToFilterOptions = {},
): FilterUrlState {
  const search =
    params instanceof URLSearchParams ? params : params instanceof URL ? params.searchParams : new URLSearchParams(String(params));
  const p = head(prefix);
  const state: FilterUrlState = { lists: {} };
  const dimensions = options.dimensions;
  const listParams = new Map(Object.entries(LIST_PARAMS).map(([field, name]) => [p + name, field]));
  const scalarParams = new Map<string, Scalar>(SCALARS.map((name) => [p + name, name]));
  for (const [name, value] of search) {
    if (!name.startsWith(p)) continue;
    const scalar = scalarParams.get(name);
    if (scalar !== undefined) {
      const valid = validScalar(scalar, value, dimensions);
      if (valid !== undefined) (state as unknown as Record<string, string>)[SCALAR_FIELD[scalar]] = valid;
      continue;
    }
    let field = listParams.get(name);
    if (field === undefined && name.startsWith(`${p}d.`)) {
      const key = name.slice(p.length + 2);
      if (isKey(key) && (dimensions === undefined || dimensions.includes(key)) && !Object.hasOwn(LIST_PARAMS, key)) field = key;
    }
    if (field === undefined) continue;
    const lists = state.lists as Record<string, FilterUrlValue[]>;
    if (!Object.hasOwn(lists, field)) setOwn(lists, field, []);
    lists[field]!.push(decodeFilterValue(value));
  }
  return state;
}

/** Whether a parameter name is one {@link filterToParams} may write under `prefix`. */
export function isFilterParam(name: string, prefix = 'lead'): boolean {
  const p = head(prefix);
  if (!name.startsWith(p)) return false;
  const rest = name.slice(p.length);
  return (
    (SCALARS as readonly string[]).includes(rest) || Object.values(LIST_PARAMS).includes(rest) || (rest.startsWith('d.') && rest.length > 2)
  );
}

/** The name of one raw query segment, decoded exactly as `URLSearchParams` decodes it. */
function decodeName(segment: string): string {
  // a dummy first pair, because URLSearchParams drops a leading `?` of the whole string only
  return [...new URLSearchParams(`_&${segment}`).keys()][1] ?? '';
}

/**
 * `currentHref` with its `<prefix>.…` filter parameters replaced by the state's — ready for
 * `history.replaceState`. Every other parameter keeps its place and its exact spelling, and the
 * hash stays. Throws a `TypeError` only when `currentHref` is not an absolute URL.
 */
export function syncedUrl(currentHref: string, state: FilterUrlInput, prefix = 'lead'): string {
  const url = new URL(currentHref);
  // Rewriting the query through searchParams would re-encode the page's own parameters (`%20` →
  // `+`, `?flag` → `?flag=`): keep their raw segments and only drop and append ours
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((segment) => segment !== '' && !isFilterParam(decodeName(segment), prefix));
  const ours = filterToParams(state, prefix).toString();
  if (ours !== '') kept.push(ours);
  url.search = kept.join('&');
  return url.href;
}

/** A dashboard's settings kept in the URL beside its `.filter`. */
export interface FilterUrlSettings {
  groupBy?: string | null;
  conversionBasis?: string | null;
  dateField?: string | null;
}

/**
 * The URL state of a dashboard: its `.filter` (every array is a list filter; `range`, `from`, `to`
 * its range) and the attributes `group-by`, `conversion-basis`, `date-field`.
 */
export function urlStateFromFilter(filter: LeadFilter | null | undefined, settings: FilterUrlSettings = {}): FilterUrlInput {
  const lists: Record<string, readonly (Id | null)[]> = {};
  const source = filter ?? {};
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (Array.isArray(value)) setOwn(lists, key, value);
  }
  return {
    range: source.range ?? null,
    from: source.from ?? null,
    to: source.to ?? null,
    groupBy: settings.groupBy ?? null,
    conversionBasis: settings.conversionBasis ?? null,
    dateField: settings.dateField ?? null,
    lists,
  };
}

/**
 * The `.filter` value of a URL state, to assign to a dashboard: its lists, and its range (`from` /
 * `to` when either is there, so they replace the preset, else `range`). Lists of dimensions named
 * `range`, `from` or `to` cannot live in a `.filter` and are left out.
 */
export function filterFromUrlState(state: FilterUrlState): LeadFilter {
  const filter: LeadFilter = {};
  for (const key of Object.keys(state.lists)) {
    const list = state.lists[key];
    if (list && key !== 'range' && key !== 'from' && key !== 'to') setOwn(filter, key, [...list]);
  }
  if (state.range !== undefined) filter.range = state.range;
  if (state.from !== undefined || state.to !== undefined) {
    filter.from = state.from ?? null;
    filter.to = state.to ?? null;
  }
  return filter;
}
