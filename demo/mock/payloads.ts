/**
 * The payloads the mock API answers, built from the generated CRM: the broken copy of the
 * `malformed` scenario, the pre-aggregated `rows`, and the server-side filter of `server-filter`.
 */
import { createDayResolver, formatDay, isValidTimeZone, parseDay, parseLeadDate } from '../../src/data/dates.js';
import { DEFAULT_STATUSES } from '../../src/data/statuses.js';
import type { AggregatedRow, LeadDataset } from '../../src/data/types.js';
import { createRandom } from '../../test/fixtures/generate.js';
import { aggregateRows, CRM_TIME_ZONE, declaredOptions, type CrmDataset, type CrmLead } from './crm-data.js';

/** What the `malformed` payload broke, for QA to compare with the dashboard's notice. */
export interface Breakage {
  /** Records the dashboard must exclude as invalid (no id, blank status, unusable `createdAt`). */
  invalid: number;
  /** Records whose id repeats an earlier valid record's (the earlier one is superseded). */
  duplicateId: number;
  /** Valid records with a status outside the set, counted under Unknown. */
  unknownStatus: number;
  /** Valid records whose id is a numeric string (the same id as the number). */
  stringId: number;
}

const UNKNOWN_STATUSES = ['Đã hủy', 'Chờ duyệt', 'Lost', 'Đã hủy '];

/**
 * A copy of `dataset` with about `share` of its records broken in the ways real CRM exports are:
 * missing ids, blank statuses, impossible or foreign dates, ids as numeric strings, statuses
 * outside the set, and ids repeated from earlier records. Seeded: the same input gives the same
 * output. The untouched records are shared with the input.
 */
export function breakDataset(dataset: CrmDataset, seed: number, share = 0.03): { dataset: LeadDataset; breakage: Breakage } {
  const random = createRandom(seed);
  const leads: unknown[] = dataset.leads.slice();
  const breakage: Breakage = { invalid: 0, duplicateId: 0, unknownStatus: 0, stringId: 0 };
  const touched = new Set<number>();
  const target = Math.round(leads.length * share);
  // repeats point at records left intact and used once, so each supersedes exactly one record
  const pickIntact = (): number => {
    for (;;) {
      const index = Math.floor(random() * leads.length);
      if (!touched.has(index)) return index;
    }
  };
  for (let n = 0; n < target; n++) {
    const index = pickIntact();
    touched.add(index);
    const lead: Record<string, unknown> = { ...(leads[index] as CrmLead) };
    const [y, m, d] = String(lead.createdAt).slice(0, 10).split('-');
    switch (n % 10) {
      case 0:
        delete lead.id;
        breakage.invalid++;
        break;
      case 1:
        lead.status = n % 20 === 1 ? '' : '   ';
        breakage.invalid++;
        break;
      case 2:
        lead.createdAt = n % 20 === 2 ? `${y}-02-30` : `${y}-02-30T09:15:00+07:00`;
        breakage.invalid++;
        break;
      case 3:
        lead.createdAt = `${d}/${m}/${y}`; // how a spreadsheet export writes it
        breakage.invalid++;
        break;
      case 4:
        lead.createdAt = n % 20 === 4 ? `${y}-${m}-${d}T24:10:00+07:00` : String(Date.parse(String(lead.createdAt)));
        breakage.invalid++;
        break;
      case 5:
      case 6:
        lead.id = String(lead.id);
        breakage.stringId++;
        break;
      case 7:
        lead.status = UNKNOWN_STATUSES[Math.floor(n / 10) % UNKNOWN_STATUSES.length];
        breakage.unknownStatus++;
        break;
      case 8:
      case 9: {
        // an earlier, intact record's id, sometimes written as a string
        const earlier = pickIntact();
        touched.add(earlier);
        const id = (leads[earlier] as CrmLead).id;
        lead.id = n % 20 === 8 ? String(id) : id;
        breakage.duplicateId++;
        break;
      }
    }
    leads[index] = lead;
  }
  return { dataset: { ...declaredOptions(), leads: leads as LeadDataset['leads'] }, breakage };
}

/** The `rows` payload: the leads pre-aggregated per calendar day of `createdAt` in Vietnam. */
export function rowsPayload(dataset: CrmDataset): LeadDataset & { rows: AggregatedRow[] } {
  // createdAt is written with +07:00, Vietnam's offset all year: its date part is the Vietnam day
  return { ...declaredOptions(), rows: aggregateRows(dataset.leads, (lead) => lead.createdAt.slice(0, 10)) };
}

/** The query fields of a server-filtered request whose values are lists (SPEC §7). */
const LIST_PARAMS = ['owner', 'source', 'priority', 'step', 'status', 'team', 'tinhTrang'] as const;
const DATE_FIELDS = ['createdAt', 'assignedAt', 'updatedAt'] as const;
const STATUS_IDS = new Set(DEFAULT_STATUSES.map((status) => status.id));

/** What a server-filtered request asked for. */
export interface ServerQuery {
  from: string | null;
  to: string | null;
  timeZone: string;
  dateField: (typeof DATE_FIELDS)[number];
  groupBy: string | null;
  lists: Map<string, Set<string | null>>;
}

/** Reads the SPEC §7 query: unusable dates are open ends, an empty list value means null. */
export function readServerQuery(params: URLSearchParams): ServerQuery {
  const tz = params.get('tz');
  const dateField = params.get('dateField');
  const lists = new Map<string, Set<string | null>>();
  for (const key of LIST_PARAMS) {
    const values = params.getAll(key);
    if (values.length) lists.set(key, new Set(values.map((value) => (value.trim() === '' ? null : value))));
  }
  return {
    from: parseDay(params.get('from')) === null ? null : params.get('from'),
    to: parseDay(params.get('to')) === null ? null : params.get('to'),
    timeZone: isValidTimeZone(tz) ? tz : CRM_TIME_ZONE,
    dateField: (DATE_FIELDS as readonly (string | null)[]).includes(dateField) ? (dateField as ServerQuery['dateField']) : 'createdAt',
    groupBy: params.get('groupBy'),
    lists,
  };
}

const resolvers = new Map<string, (ms: number) => number>();

/**
 * The `server-filter` answer: the leads whose `dateField` falls on a calendar day (in the asked
 * zone) within `from..to` and whose fields are in every list, as rows dated by that day. Leads
 * without the chosen date are left out (a row needs a date).
 */
export function serverFilterPayload(dataset: CrmDataset, query: ServerQuery): LeadDataset & { rows: AggregatedRow[] } {
  let dayOf = resolvers.get(query.timeZone);
  if (!dayOf) resolvers.set(query.timeZone, (dayOf = createDayResolver(query.timeZone)));
  const from = query.from === null ? -Infinity : parseDay(query.from)!;
  const to = query.to === null ? Infinity : parseDay(query.to)!;
  const days = new Map<CrmLead, number>();
  const matching = dataset.leads.filter((lead) => {
    const date = parseLeadDate(lead[query.dateField]);
    if (date === null) return false;
    const day = date.day ?? dayOf(date.ms);
    if (day < from || day > to) return false;
    for (const [key, allowed] of query.lists) {
      const value = lead[key] as string | null;
      if (key === 'status') {
        if (!allowed.has(value) && !(allowed.has('unknown') && !STATUS_IDS.has(value!))) return false;
      } else if (!allowed.has(value ?? null)) return false;
    }
    days.set(lead, day);
    return true;
  });
  return { ...declaredOptions(), rows: aggregateRows(matching, (lead) => formatDay(days.get(lead)!)) };
}
