/**
 * The host page's drill-down: on `lead-select` it lists the leads of the picked group, status and
 * range, as a CRM would open its own lead list. It reads the dataset the page fetched itself:
 * raw leads are matched one by one; pre-aggregated rows (which hold no individual leads) are
 * matched as rows, with a note that the CRM server would answer the real list.
 * Text only: every value reaches the DOM through `textContent`.
 */
// the engine's own readers, so the drill-down reads leads exactly as the dashboard does
import { createDayResolver, formatDay, leadDateOrder, parseDay, parseLeadDate } from '../src/data/dates.js';
import { createStatusMatcher, INVALID_STATUS, resolveStatusSet, statusLabel, toId } from '../src/data/statuses.js';
import { resolveLabel, type Dimension, type LeadFilter, type LeadSelectDetail, type Option } from '../src/index.js';
import { fillText, pageText, type PageLang } from './page-text.js';

/** The built-in fields by their `.filter` list name. */
const LIST_FIELDS: Record<string, string> = {
  owners: 'owner',
  sources: 'source',
  priorities: 'priority',
  steps: 'step',
  statuses: 'status',
};
const DECLARED_BY: Record<string, string> = { owner: 'owners', source: 'sources', priority: 'priorities', step: 'steps' };

/** One usable record of the page's dataset: a lead, or a row standing for `count` leads. */
interface Entry {
  day: number;
  /** Sort key: the instant (or day) of the date. */
  order: number;
  status: string;
  values: Map<string, string | null>;
  count: number;
  /** The raw lead (absent for rows). */
  lead?: Record<string, unknown>;
  id?: string;
}

/** The page's dataset, indexed for drill-downs. */
export interface PageData {
  kind: 'leads' | 'rows';
  entries: Entry[];
  /** Labels by field, then id. */
  labels: Map<string, Map<string, unknown>>;
  /** Status labels by id. */
  statusLabel: (id: string, lang: PageLang) => string;
  fieldLabel: (field: string, lang: PageLang) => string;
}

/** What was picked, and from where. */
export interface Selection {
  detail: LeadSelectDetail;
  /** The list filters active in the element that fired it. */
  lists: LeadFilter;
  source: 'dashboard' | 'standalone';
}

/** The step of a lead: `step`, else its latest `steps[]` entry (as the engine reads it). */
function currentStep(lead: Record<string, unknown>): unknown {
  if (toId(lead.step) !== null) return lead.step;
  if (!Array.isArray(lead.steps)) return null;
  let latest: unknown = null;
  let latestAt = -Infinity;
  for (const entry of lead.steps as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const { step, at } = entry as { step?: unknown; at?: unknown };
    const date = parseLeadDate(at);
    if (date === null || toId(step) === null) continue;
    if (leadDateOrder(date) >= latestAt) {
      latestAt = leadDateOrder(date);
      latest = step;
    }
  }
  return latest;
}

/**
 * Indexes a payload for drill-downs: valid raw leads (the last of repeated ids winning), or rows.
 * `null` when the payload holds neither.
 */
export function indexPageData(payload: unknown, timeZone: string): PageData | null {
  const dataset = (Array.isArray(payload) ? { leads: payload } : payload) as Record<string, unknown> | null;
  if (dataset === null || typeof dataset !== 'object') return null;
  const records = Array.isArray(dataset.leads) ? dataset.leads : Array.isArray(dataset.rows) ? dataset.rows : null;
  if (!records) return null;
  const kind = Array.isArray(dataset.leads) ? 'leads' : 'rows';
  const { statuses, unknown } = resolveStatusSet(dataset.statuses);
  const match = createStatusMatcher(statuses);
  const dayOf = createDayResolver(timeZone);
  const dimensions = (Array.isArray(dataset.dimensions) ? dataset.dimensions : []).filter(
    (d): d is Dimension => d !== null && typeof d === 'object' && typeof (d as Dimension).key === 'string',
  );
  const fields = ['owner', 'source', 'priority', 'step', ...dimensions.map((d) => d.key)];

  const labels = new Map<string, Map<string, unknown>>();
  const addOptions = (field: string, options: unknown) => {
    const map = new Map<string, unknown>();
    if (Array.isArray(options))
      for (const option of options as Option[]) if (toId(option?.id) !== null) map.set(toId(option.id)!, option.label);
    labels.set(field, map);
  };
  for (const [field, key] of Object.entries(DECLARED_BY)) addOptions(field, dataset[key]);
  for (const dimension of dimensions) addOptions(dimension.key, dimension.options);

  const byId = new Map<string, number>();
  const entries: (Entry | undefined)[] = [];
  for (const record of records as unknown[]) {
    if (record === null || typeof record !== 'object') continue;
    const raw = record as Record<string, unknown>;
    const statusIndex = match(raw.status);
    if (statusIndex === INVALID_STATUS) continue;
    const date = parseLeadDate(kind === 'leads' ? raw.createdAt : raw.date);
    if (date === null) continue;
    let id: string | undefined;
    if (kind === 'leads') {
      id = toId(raw.id) ?? undefined;
      if (id === undefined) continue;
    }
    const values = new Map<string, string | null>();
    for (const field of fields) values.set(field, toId(field === 'step' && kind === 'leads' ? currentStep(raw) : raw[field]));
    const count = kind === 'rows' ? Number(raw.count) : 1;
    if (!(count > 0)) continue;
    const entry: Entry = {
      day: date.day ?? dayOf(date.ms),
      order: leadDateOrder(date),
      status: statuses[statusIndex]?.id ?? unknown.id,
      values,
      count,
    };
    if (kind === 'leads') {
      entry.lead = raw;
      entry.id = id;
      const previous = byId.get(id!);
      if (previous !== undefined) entries[previous] = undefined;
      byId.set(id!, entries.length);
    }
    entries.push(entry);
  }
  const statusEntries = [...statuses, unknown];
  return {
    kind,
    entries: entries.filter((entry): entry is Entry => entry !== undefined),
    labels,
    statusLabel: (id, lang) => {
      const status = statusEntries.find((entry) => entry.id === id);
      return status ? statusLabel(status, lang, lang === 'vi' ? 'Không xác định' : 'Unknown') : id;
    },
    fieldLabel: (field, lang) => {
      const dimension = dimensions.find((d) => d.key === field);
      return resolveLabel(dimension?.label, lang) ?? pageText(lang).field[field] ?? field;
    },
  };
}

/** The entries matching a selection, their lead count, and the first `limit` by date. */
export function matchSelection(data: PageData, selection: Selection, limit = 20): { total: number; first: Entry[] } {
  const { detail, lists } = selection;
  const from = parseDay(detail.from) ?? -Infinity;
  const to = parseDay(detail.to) ?? Infinity;
  const allowed: [string, Set<string | null>][] = [];
  for (const [key, list] of Object.entries(lists)) {
    if (!Array.isArray(list) || list.length === 0) continue;
    allowed.push([LIST_FIELDS[key] ?? key, new Set(list.map((value) => toId(value)))]);
  }
  const matches: Entry[] = [];
  let total = 0;
  for (const entry of data.entries) {
    if (entry.day < from || entry.day > to) continue;
    if (detail.status !== undefined && entry.status !== detail.status) continue;
    if (detail.group !== undefined && (entry.values.get(detail.groupBy) ?? null) !== detail.group) continue;
    if (!allowed.every(([field, set]) => set.has(field === 'status' ? entry.status : (entry.values.get(field) ?? null)))) continue;
    matches.push(entry);
    total += entry.count;
  }
  matches.sort((a, b) => a.order - b.order);
  return { total, first: matches.slice(0, limit) };
}

/** The label of a field's value in a language. */
function valueLabel(data: PageData, field: string, id: string | null | undefined, lang: PageLang): string {
  if (id === undefined) return pageText(lang).drilldownAll;
  if (id === null) return field === 'owner' ? (lang === 'vi' ? 'Chưa giao' : 'Unassigned') : lang === 'vi' ? 'Không có' : 'None';
  return resolveLabel(data.labels.get(field)?.get(id), lang) ?? id;
}

/** Renders the drill-down panel: what was picked, how many leads match, the first 20. */
export function renderDrilldown(
  panel: { section: HTMLElement; summary: HTMLElement; list: HTMLOListElement; note: HTMLElement },
  data: PageData | null,
  selection: Selection | null,
  lang: PageLang,
  timeZone: string,
): void {
  const text = pageText(lang);
  const { section, summary, list, note } = panel;
  list.replaceChildren();
  note.textContent = '';
  if (!selection) {
    summary.textContent = text.drilldownHint;
    delete section.dataset.count;
    return;
  }
  const { detail } = selection;
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const dates = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const day = (value: string | null) => (value && parseDay(value) !== null ? dates.format(new Date(`${value}T00:00:00Z`)) : '…');
  const picked = [
    `${(data?.fieldLabel ?? ((field: string) => text.field[field] ?? field))(detail.groupBy, lang)}: ${data ? valueLabel(data, detail.groupBy, detail.group, lang) : (detail.group ?? text.drilldownAll)}`,
    `${text.field.status}: ${detail.status === undefined ? text.drilldownAll : (data?.statusLabel(detail.status, lang) ?? detail.status)}`,
    `${day(detail.from)} – ${day(detail.to)}`,
  ].join(' · ');
  if (!data) {
    summary.textContent = `${picked}. ${text.drilldownNoData}`;
    delete section.dataset.count;
    return;
  }
  const { total, first } = matchSelection(data, selection);
  section.dataset.count = String(total);
  const count = new Intl.NumberFormat(lang).format(total);
  const times = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  if (data.kind === 'rows') {
    summary.textContent = `${picked}. ${fillText(text.drilldownRowsCount, { count, n: first.length })}`;
    note.textContent = fillText(text.drilldownRows, { request: hostRequest(selection) });
  } else {
    summary.textContent = `${picked}. ${fillText(text.drilldownMatches, {
      count,
      shown: total === 0 ? text.drilldownNone : fillText(text.drilldownFirst, { n: Math.min(total, first.length) }),
    })}`;
  }
  for (const entry of first) {
    const item = document.createElement('li');
    const when =
      entry.lead && typeof entry.lead.createdAt === 'string' && entry.lead.createdAt.length > 10
        ? times.format(new Date(leadInstant(entry)))
        : day(formatDay(entry.day));
    const head = document.createElement('span');
    head.className = 'lead-line';
    head.textContent = (
      data.kind === 'rows'
        ? [when, fillText(text.drilldownRowCount, { count: new Intl.NumberFormat(lang).format(entry.count) })]
        : [`#${entry.id}`, when, typeof entry.lead?.contact === 'string' ? entry.lead.contact : '']
    )
      .filter(Boolean)
      .join(' · ');
    const meta = document.createElement('span');
    meta.className = 'lead-meta';
    meta.textContent = [
      valueLabel(data, 'owner', entry.values.get('owner'), lang),
      data.statusLabel(entry.status, lang),
      valueLabel(data, 'source', entry.values.get('source'), lang),
      `${text.field.step}: ${valueLabel(data, 'step', entry.values.get('step'), lang)}`,
    ].join(' · ');
    item.append(head, meta);
    list.append(item);
  }
}

/** The instant of a lead's `createdAt` (only called for instants). */
function leadInstant(entry: Entry): number {
  const date = parseLeadDate(entry.lead!.createdAt)!;
  return date.ms ?? date.wall ?? date.day * 86_400_000;
}

/** The request a host would send its own CRM for the lead list of a selection. */
function hostRequest(selection: Selection): string {
  const { detail, lists } = selection;
  const query = new URLSearchParams();
  if (detail.group !== undefined) query.append(detail.groupBy, detail.group ?? '');
  if (detail.status !== undefined) query.append('status', detail.status);
  if (detail.from) query.append('from', detail.from);
  if (detail.to) query.append('to', detail.to);
  for (const [key, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) continue;
    for (const value of list) query.append(LIST_FIELDS[key] ?? key, value === null ? '' : String(value));
  }
  query.append('sort', 'createdAt');
  query.append('limit', '20');
  return `GET /crm/leads?${query}`;
}
