/**
 * A naive reference of SPEC §2, §3 and §5, written independently of src/data: plain objects,
 * Array.filter and Map, Intl asked once per lead, dates compared as `YYYY-MM-DD` strings. Slow and
 * obvious on purpose; the engine must give exactly the same summary.
 */
import type { GroupSummary, LeadSummary, SummaryStatus } from '../src/data/types.js';

type Lang = 'vi' | 'en';

const DEFAULT_SET = [
  ['new', 'new', 'Mới', 'New'],
  ['assigned', 'open', 'Đã giao', 'Assigned'],
  ['in_progress', 'open', 'Đang xử lý', 'In progress'],
  ['customer', 'won', 'Khách hàng', 'Customer'],
  ['not_potential', 'lost', 'Không tiềm năng', 'Not potential'],
  ['stopped', 'paused', 'Dừng theo đuổi', 'Stopped pursuing'],
  ['duplicate', 'duplicate', 'Trùng liên hệ', 'Duplicate contact'],
] as const;

interface RefStatus {
  id: string;
  kind: string;
  vi?: string | undefined;
  en?: string | undefined;
  plain?: string | undefined;
  color?: string | undefined;
}

export interface ReferenceOptions {
  timeZone: string;
  dateField?: 'createdAt' | 'assignedAt' | 'updatedAt';
  from: string | null;
  to: string | null;
  groupBy: string;
  filter?: Record<string, unknown>;
  conversionBasis?: 'assigned' | 'qualified' | 'closed';
  lang?: Lang;
  statuses?: unknown;
}

/** A record of the raw input as given: any of its fields may hold anything. */
type Loose = Record<string, unknown>;

/** True for an object that is not an array: a record whose fields can be read. */
function isLoose(value: unknown): value is Loose {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function asId(value: unknown): string | null {
  if (typeof value === 'number') return isFinite(value) ? String(value) : null;
  if (typeof value === 'string') return value.trim().length > 0 ? value : null;
  return null;
}

function norm(value: string): string {
  return value.normalize('NFC').trim().split(/\s+/).join(' ').toLowerCase();
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar day `YYYY-MM-DD` of a lead date in a zone, or null when the value is not a §3 date. */
export function referenceDay(value: unknown, timeZone: string): string | null {
  let instant: number;
  if (typeof value === 'number') {
    if (!isFinite(value) || Math.abs(value) > 8.64e15) return null;
    instant = value;
  } else if (typeof value === 'string') {
    const m = value.match(/^(\d\d\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|([+-])(\d\d):(\d\d))?)?$/);
    if (!m) return null;
    if (!isRealDate(+m[1]!, +m[2]!, +m[3]!)) return null;
    const date = value.slice(0, 10);
    if (m[4] === undefined) return date;
    if (+m[4] > 23 || +m[5]! > 59 || (m[6] !== undefined && +m[6] > 59)) return null;
    if (m[7] !== undefined && m[7].length > 10) return null;
    if (m[8] === undefined) return date;
    if (m[8] !== 'Z' && (+m[10]! > 23 || +m[11]! > 59)) return null;
    const iso = `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ? m[7].slice(0, 4).padEnd(4, '0') : ''}${m[8]}`;
    const parsed = Date.parse(iso);
    instant = Number.isNaN(parsed) ? NaN : parsed;
    if (Number.isNaN(instant)) return null;
  } else {
    return null;
  }
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

function resolveSet(defs: unknown): { set: RefStatus[]; unknown: RefStatus } {
  const unknown: RefStatus = { id: 'unknown', kind: 'unknown' };
  const set: RefStatus[] = [];
  if (Array.isArray(defs)) {
    const seen: string[] = [];
    for (const def of defs as unknown[]) {
      if (!isLoose(def)) continue;
      const id = asId(def.id);
      if (id === null || seen.includes(id)) continue;
      seen.push(id);
      const builtIn = DEFAULT_SET.find((d) => d[0] === id);
      const entry: RefStatus = { id, kind: 'open' };
      const label = def.label;
      if (typeof label === 'string') entry.plain = label;
      else if (isLoose(label) && (typeof label.vi === 'string' || typeof label.en === 'string')) {
        if (typeof label.vi === 'string') entry.vi = label.vi;
        if (typeof label.en === 'string') entry.en = label.en;
      } else if (builtIn) {
        entry.vi = builtIn[2];
        entry.en = builtIn[3];
      }
      if (typeof def.color === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(def.color)) entry.color = def.color;
      if (id === 'unknown') {
        Object.assign(unknown, entry, { kind: 'unknown' });
        continue;
      }
      if (typeof def.kind === 'string' && ['new', 'open', 'won', 'lost', 'paused', 'duplicate'].includes(def.kind)) entry.kind = def.kind;
      else if (def.kind === undefined && builtIn) entry.kind = builtIn[1];
      set.push(entry);
    }
  }
  if (set.length === 0) for (const [id, kind, vi, en] of DEFAULT_SET) set.push({ id, kind, vi, en });
  return { set, unknown };
}

function labelOf(status: RefStatus, lang: Lang, unknownText: string): string {
  if (status.plain !== undefined) return status.plain;
  const first = lang === 'vi' ? status.vi : status.en;
  const second = lang === 'vi' ? status.en : status.vi;
  return first ?? second ?? (status.kind === 'unknown' ? unknownText : status.id);
}

function optionLabel(label: unknown, lang: Lang): string | undefined {
  if (typeof label === 'string') return label;
  if (!label || typeof label !== 'object') return undefined;
  const l = label as Record<string, unknown>;
  const first = l[lang];
  const second = l[lang === 'vi' ? 'en' : 'vi'];
  return typeof first === 'string' ? first : typeof second === 'string' ? second : undefined;
}

/** Columnar leads (SPEC §7) as lead objects: each column's value, or its dictionary entry, per row. */
function columnarLeads(columns: unknown): Record<string, unknown>[] {
  if (!columns || typeof columns !== 'object') return [];
  // a plain column holds the values; a dictionary-encoded one, a code per row into its dictionary
  const entries = Object.entries(columns as Record<string, unknown[] | { codes: number[]; dictionary: unknown[] }>);
  const first = entries[0]?.[1];
  const length = first === undefined ? 0 : Array.isArray(first) ? first.length : first.codes.length;
  return Array.from({ length }, (_, i) => {
    const lead: Record<string, unknown> = {};
    for (const [key, column] of entries) {
      const value = Array.isArray(column) ? column[i] : column.dictionary[column.codes[i]!];
      Object.defineProperty(lead, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return lead;
  });
}

const PLURAL: Record<string, string> = { owner: 'owners', source: 'sources', priority: 'priorities', step: 'steps' };

/** The SPEC §5 summary of a raw dataset, computed the slow, obvious way. */
export function referenceSummary(input: unknown, options: ReferenceOptions): LeadSummary {
  const lang = options.lang ?? 'vi';
  const basis = options.conversionBasis ?? 'assigned';
  const dateField = options.dateField ?? 'createdAt';
  // (a dataset that is not an object throws, as the naive reading of its fields would)
  const dataset = (Array.isArray(input) ? { leads: input } : input) as Loose;
  const rawLeads: unknown[] = [...(Array.isArray(dataset.leads) ? dataset.leads : []), ...columnarLeads(dataset.columns)];
  const { set, unknown } = resolveSet(options.statuses ?? dataset.statuses);
  const dimensionKeys: string[] = [];
  const dimensions: Loose[] = [];
  const declaredDimensions: unknown[] = Array.isArray(dataset.dimensions) ? dataset.dimensions : [];
  for (const d of declaredDimensions) {
    if (
      !isLoose(d) ||
      typeof d.key !== 'string' ||
      !d.key.trim() ||
      ['owner', 'source', 'priority', 'step', 'status', 'id'].includes(d.key)
    )
      continue;
    if (dimensionKeys.includes(d.key)) continue;
    dimensionKeys.push(d.key);
    dimensions.push(d);
  }

  const match = (raw: unknown): number => {
    const value = asId(raw);
    if (value === null) return -1;
    let k = set.findIndex((s) => s.id === value);
    if (k < 0) k = set.findIndex((s) => norm(s.id) === norm(value));
    if (k < 0) k = set.findIndex((s) => [s.plain, s.vi, s.en].some((l) => l !== undefined && norm(l) === norm(value)));
    return k < 0 ? set.length : k;
  };

  let invalid = 0;
  const valid: { id: string; status: number; lead: Loose }[] = [];
  for (const lead of rawLeads) {
    if (!isLoose(lead)) {
      invalid++;
      continue;
    }
    const id = asId(lead.id);
    const status = match(lead.status);
    if (id === null || status < 0 || referenceDay(lead.createdAt, 'UTC') === null) {
      invalid++;
      continue;
    }
    valid.push({ id, status, lead });
  }
  const byId = new Map<string, { id: string; status: number; lead: Loose }>();
  for (const record of valid) {
    byId.delete(record.id);
    byId.set(record.id, record);
  }
  const duplicateId = valid.length - byId.size;
  // pre-aggregated rows: `count` leads each, on the calendar day `date` whatever the zone or date field
  const fromRows: { id: string; status: number; lead: Loose; weight: number }[] = [];
  const rows: unknown[] = Array.isArray(dataset.rows) ? dataset.rows : [];
  for (const row of rows) {
    if (!isLoose(row)) {
      invalid++;
      continue;
    }
    const date = typeof row.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(row.date) ? referenceDay(row.date, 'UTC') : null;
    const status = match(row.status);
    if (date === null || status < 0 || typeof row.count !== 'number' || !Number.isSafeInteger(row.count) || row.count < 0) {
      invalid++;
      continue;
    }
    if (row.count > 0)
      fromRows.push({
        id: '',
        status,
        lead: { ...row, createdAt: row.date, assignedAt: row.date, updatedAt: row.date, steps: undefined },
        weight: row.count,
      });
  }
  const live = [...[...byId.values()].map((r) => ({ ...r, weight: 1 })), ...fromRows];
  const hasUnknown = live.some((r) => r.status === set.length);
  const columns: SummaryStatus[] = [...set, ...(hasUnknown ? [unknown] : [])].map((s) => {
    const column: SummaryStatus = {
      id: s.id,
      label: labelOf(s, lang, lang === 'vi' ? 'Không xác định' : 'Unknown'),
      kind: s.kind as SummaryStatus['kind'],
    };
    if (s.color) column.color = s.color;
    return column;
  });

  const own = (lead: Loose, key: string) => (Object.prototype.hasOwnProperty.call(lead, key) ? lead[key] : undefined);
  const valueOf = (lead: Loose, field: string): string | null => {
    if (field === 'step') {
      if (asId(lead.step) !== null) return asId(lead.step);
      let best: unknown = null;
      let bestAt = -Infinity;
      const steps: unknown[] = Array.isArray(lead.steps) ? lead.steps : [];
      for (const entry of steps) {
        if (!isLoose(entry) || asId(entry.step) === null) continue;
        const when = entry.at;
        let at: number;
        if (typeof when === 'number') at = isFinite(when) && Math.abs(when) <= 8.64e15 ? when : NaN;
        else if (typeof when !== 'string' || referenceDay(when, 'UTC') === null) at = NaN;
        else if (/(Z|[+-]\d\d:\d\d)$/.test(when) && when.length > 10) at = Date.parse(when.replace(' ', 'T'));
        else at = Date.parse(`${when.replace(' ', 'T')}${when.length > 10 ? 'Z' : 'T00:00Z'}`);
        if (Number.isNaN(at)) continue;
        if (at >= bestAt) {
          bestAt = at;
          best = entry.step;
        }
      }
      return asId(best);
    }
    return asId(field in PLURAL ? lead[field] : own(lead, field));
  };

  const filterFor = (field: string): (string | null)[] | null => {
    const key = field === 'status' ? 'statuses' : (PLURAL[field] ?? field);
    const list = options.filter?.[key];
    return Array.isArray(list) && list.length > 0 ? list.map((v) => asId(v)) : null;
  };

  const inRange = live.filter((r) => {
    if (options.from === null && options.to === null) return true;
    const day = referenceDay(dateField === 'createdAt' ? r.lead.createdAt : own(r.lead, dateField), options.timeZone);
    if (day === null) return false;
    return (options.from === null || day >= options.from) && (options.to === null || day <= options.to);
  });
  const filtered = inRange.filter((r) => {
    for (const field of ['owner', 'source', 'priority', 'step', ...dimensionKeys]) {
      const allowed = filterFor(field);
      if (allowed && !allowed.includes(valueOf(r.lead, field))) return false;
    }
    const statuses = filterFor('status');
    return !statuses || statuses.includes(r.status === set.length ? 'unknown' : set[r.status]!.id);
  });

  const groupBy = ['owner', 'source', 'priority', 'step', ...dimensionKeys].includes(options.groupBy) ? options.groupBy : 'owner';
  const declaredList = groupBy in PLURAL ? dataset[PLURAL[groupBy]!] : dimensions.find((d) => d.key === groupBy)?.options;
  const declaredOptions: unknown[] = Array.isArray(declaredList) ? declaredList : [];
  const declared: { id: string; label: unknown }[] = [];
  for (const option of declaredOptions) {
    if (!isLoose(option)) continue;
    const id = asId(option.id);
    if (id !== null && !declared.some((d) => d.id === id)) declared.push({ id, label: option.label });
  }

  const make = (key: string | null, label: string, rows: { status: number; weight: number }[]): GroupSummary => {
    const counts: Record<string, number> = {};
    for (const c of columns) Object.defineProperty(counts, c.id, { value: 0, writable: true, enumerable: true, configurable: true });
    for (const r of rows) counts[r.status === set.length ? 'unknown' : set[r.status]!.id]! += r.weight;
    const ofKind = (kind: string) => columns.filter((c) => c.kind === kind).reduce((sum, c) => sum + counts[c.id]!, 0);
    const total = rows.reduce((sum, r) => sum + r.weight, 0);
    const won = ofKind('won');
    const base =
      basis === 'assigned'
        ? total - ofKind('new')
        : basis === 'qualified'
          ? total - ofKind('new') - ofKind('duplicate')
          : won + ofKind('lost');
    return { key, label, counts, total, won, base, conversionRate: base === 0 ? null : won / base };
  };

  const allowedGroups = filterFor(groupBy);
  const byGroup = new Map<string | null, { status: number; weight: number }[]>();
  for (const r of filtered) {
    const key = valueOf(r.lead, groupBy);
    if (!byGroup.has(key)) byGroup.set(key, []);
    byGroup.get(key)!.push(r);
  }
  const collator = new Intl.Collator(lang);
  const sortByTotal = (a: GroupSummary, b: GroupSummary) =>
    b.total - a.total || collator.compare(a.label, b.label) || (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0);
  const declaredGroups = declared
    .filter((d) => !allowedGroups || allowedGroups.includes(d.id) || (byGroup.get(d.id)?.length ?? 0) > 0)
    .map((d) => make(d.id, optionLabel(d.label, lang) ?? d.id, byGroup.get(d.id) ?? []));
  const undeclaredGroups = [...byGroup.entries()]
    .filter(([key]) => key !== null && !declared.some((d) => d.id === key))
    .map(([key, rows]) => make(key, key!, rows));
  const ordered =
    groupBy === 'priority' || groupBy === 'step'
      ? [...declaredGroups, ...undeclaredGroups.sort(sortByTotal)]
      : [...declaredGroups, ...undeclaredGroups].sort(sortByTotal);
  if (byGroup.has(null))
    ordered.push(
      make(
        null,
        groupBy === 'owner' ? (lang === 'vi' ? 'Chưa giao' : 'Unassigned') : lang === 'vi' ? 'Không có' : 'None',
        byGroup.get(null)!,
      ),
    );

  return {
    range: { from: options.from, to: options.to, timeZone: options.timeZone },
    groupBy,
    conversionBasis: basis,
    statuses: columns,
    groups: ordered,
    totals: make('*', lang === 'vi' ? 'Tổng' : 'Total', filtered),
    excluded: { invalid, duplicateId },
  };
}
