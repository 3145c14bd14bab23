/**
 * The SPEC §5 numbers: counts per group and status turned into the {@link LeadSummary}.
 */
import { messages } from '../i18n/messages.js';
import { formatDay } from './dates.js';
import { countLeads, type CountResult, type LeadStore } from './engine.js';
import { resolveLabel } from './labels.js';
import type { DayRange } from './ranges.js';
import { statusLabel, toId } from './statuses.js';
import type { ConversionBasis, GroupSummary, Lang, LeadFilter, LeadSummary, SummaryStatus } from './types.js';

/** The `.filter` list keys of the built-in fields, and the status list. */
export const FILTER_KEYS: Readonly<Record<string, string>> = {
  owners: 'owner',
  sources: 'source',
  priorities: 'priority',
  steps: 'step',
  statuses: 'status',
};

/** Fields whose groups keep their declared order. */
const ORDERED_FIELDS = new Set(['priority', 'step']);

/** The conversion bases, in the order a picker lists them. */
export const CONVERSION_BASES: readonly ConversionBasis[] = ['assigned', 'qualified', 'closed'];

/**
 * The list filters of a `.filter` object as allowed ids per store field key. Lists of the built-in
 * fields use their plural names; declared dimensions their own key. Numbers become strings, blank
 * values `null`; non-list entries (`range`, `from`, `to`) and unknown keys are ignored.
 */
export function filterSets(store: LeadStore, filter: LeadFilter | undefined): Map<string, Set<string | null>> {
  const sets = new Map<string, Set<string | null>>();
  if (!filter) return sets;
  for (const key of Object.keys(filter)) {
    const list = filter[key];
    if (!Array.isArray(list) || list.length === 0) continue;
    const field = Object.hasOwn(FILTER_KEYS, key) ? FILTER_KEYS[key]! : store.dimensions.includes(key) ? key : null;
    if (field === null) continue;
    sets.set(field, new Set(list.map((value) => toId(value))));
  }
  return sets;
}

/** Whether a key can be grouped by: a built-in field or a declared dimension of the store. */
export function isGroupable(store: LeadStore, key: unknown): key is string {
  return typeof key === 'string' && store.fields.has(key);
}

/** What to summarise. */
export interface SummaryOptions {
  range: DayRange;
  /** A built-in field or declared dimension; anything else groups by owner. */
  groupBy?: string;
  filter?: LeadFilter;
  conversionBasis?: ConversionBasis;
  lang?: Lang;
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang)));
  return c;
}

/** The conversion denominator of a group for a basis (SPEC §5). */
export function conversionBase(
  basis: ConversionBasis,
  total: number,
  byKind: { new: number; won: number; lost: number; duplicate: number },
): number {
  switch (basis) {
    case 'assigned':
      return total - byKind.new;
    case 'qualified':
      return total - byKind.new - byKind.duplicate;
    case 'closed':
      return byKind.won + byKind.lost;
  }
}

/** A group's numbers from its counts per status column. */
function groupSummary(
  key: string | null,
  label: string,
  columns: readonly SummaryStatus[],
  values: ArrayLike<number>,
  basis: ConversionBasis,
): GroupSummary {
  const byKind = { new: 0, won: 0, lost: 0, duplicate: 0 };
  let total = 0;
  columns.forEach((status, k) => {
    const n = values[k]!;
    total += n;
    if (status.kind === 'new' || status.kind === 'won' || status.kind === 'lost' || status.kind === 'duplicate') byKind[status.kind] += n;
  });
  const base = conversionBase(basis, total, byKind);
  return {
    key,
    label,
    counts: Object.fromEntries(columns.map((status, k) => [status.id, values[k]!])),
    total,
    won: byKind.won,
    base,
    conversionRate: base === 0 ? null : byKind.won / base,
  };
}

/** The status columns of a store's summaries: the set, then `unknown` when any lead needed it. */
export function summaryStatuses(store: LeadStore, lang: Lang): SummaryStatus[] {
  const text = messages(lang);
  const columns = store.hasUnknown ? store.statuses : store.statuses.slice(0, -1);
  return columns.map((status) => {
    const column: SummaryStatus = { id: status.id, label: statusLabel(status, lang, text.unknownStatus), kind: status.kind };
    if (status.color) column.color = status.color;
    return column;
  });
}

/**
 * Summarises a store for a range, grouping, filter and conversion basis (SPEC §5). Declared options
 * of the grouping field are groups even with no leads unless a list filter on that field excludes
 * them; undeclared values and the `null` group appear only with leads. Priorities and steps keep
 * their declared order; otherwise, and for undeclared values after declared ones, groups go by total
 * descending, then label; the `null` group comes last.
 */
export function summarize(store: LeadStore, options: SummaryOptions): LeadSummary {
  const lang = options.lang ?? 'vi';
  const basis = options.conversionBasis ?? 'assigned';
  const groupBy = isGroupable(store, options.groupBy) ? options.groupBy : 'owner';
  const sets = filterSets(store, options.filter);
  const result = countLeads(store, { ...options.range, groupBy, filters: sets });
  const statuses = summaryStatuses(store, lang);
  const groups = buildGroups(result, statuses, sets.get(groupBy), groupBy, lang, basis);
  const totalCounts = new Float64Array(statuses.length);
  for (const group of groups) statuses.forEach((status, k) => (totalCounts[k]! += group.counts[status.id]!));
  return {
    range: {
      from: options.range.from === null ? null : formatDay(options.range.from),
      to: options.range.to === null ? null : formatDay(options.range.to),
      timeZone: store.timeZone,
    },
    groupBy,
    conversionBasis: basis,
    statuses,
    groups,
    totals: groupSummary('*', messages(lang).total, statuses, totalCounts, basis),
    excluded: { ...store.excluded },
  };
}

function buildGroups(
  { field, stride, counts }: CountResult,
  statuses: readonly SummaryStatus[],
  allowed: ReadonlySet<string | null> | undefined,
  groupBy: string,
  lang: Lang,
  basis: ConversionBasis,
): GroupSummary[] {
  const text = messages(lang);
  const declared: GroupSummary[] = [];
  const undeclared: GroupSummary[] = [];
  let none: GroupSummary | undefined;
  for (let code = 0; code < field.ids.length; code++) {
    const values = counts.subarray(code * stride, code * stride + statuses.length);
    let total = 0;
    for (let k = 0; k < values.length; k++) total += values[k]!;
    const id = field.ids[code]!;
    const isDeclared = code >= 1 && code <= field.declared && (!allowed || allowed.has(id));
    if (total === 0 && !isDeclared) continue;
    if (code === 0) {
      none = groupSummary(null, groupBy === 'owner' ? text.unassigned : text.none, statuses, values, basis);
      continue;
    }
    const label = resolveLabel(field.labels[code], lang) ?? id!;
    (code <= field.declared ? declared : undeclared).push(groupSummary(id, label, statuses, values, basis));
  }
  const compare = collator(lang).compare;
  const byTotal = (a: GroupSummary, b: GroupSummary) =>
    b.total - a.total || compare(a.label, b.label) || (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0);
  const ordered = ORDERED_FIELDS.has(groupBy) ? [...declared, ...undeclared.sort(byTotal)] : [...declared, ...undeclared].sort(byTotal);
  if (none) ordered.push(none);
  return ordered;
}
