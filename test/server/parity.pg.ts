/**
 * npm run test:server — the reference endpoint (server/leads-endpoint.ts) against a real PostgreSQL:
 * the numbers the dashboard shows from the endpoint's `rows` equal the numbers it shows from the
 * raw leads, for many random queries.
 *
 *   node --import tsx test/server/parity.pg.ts
 *
 * It starts a throwaway PostgreSQL from Debian's binaries (see ./postgres.ts; missing binaries fail
 * with the `apt-get install -y postgresql` to run), loads 20,000 seeded leads plus a few edge cases,
 * starts the endpoint on a free port, and per case fetches it the way the dashboard does
 * (`withQuery`, server-filter params) and compares
 *   summarize(ingestLeads(readDataset(answer)), …)   with   summarize(ingestLeads(readDataset({...declared, leads})), …)
 * for the same range, zone, date field, grouping and filter — deep equal, `excluded` included. The
 * one expected difference is normalised: the Unknown column exists for raw leads whenever any lead
 * of the dataset has an unknown status, for rows only when an answered row has one.
 * Prints "ok - …" / "not ok - …" per check and ends with "server: N passed, M failed"; exits 1 when
 * a check failed or none ran. The server and its directory are always removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { createLeadsHandler, LEADS_SQL, leadsSql, UNDATED_DATE, type Declared } from '../../server/leads-endpoint.js';
import { formatDay, parseDay, parseLeadDate } from '../../src/data/dates.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { resolveDayRange } from '../../src/data/ranges.js';
import { FILTER_KEYS, summarize } from '../../src/data/summary.js';
import type { ConversionBasis, DateField, Lang, Lead, LeadFilter, LeadSummary } from '../../src/data/types.js';
import { withQuery } from '../../src/net/url.js';
import { createRandom, generateDataset } from '../fixtures/generate.js';
import { freePort } from '../helpers/free-port.js';
import { PostgresSetupError, startTempPostgres, type TempPostgres } from './postgres.js';

const SEED = 20_261_128;
const RANDOM_CASES = 72;
/** The whole run takes a few seconds; past this a watchdog reports and ends it (cleanup runs on exit). */
const RUN_BUDGET_MS = 90_000;
const root = new URL('../../', import.meta.url);

// ---------------------------------------------------------------------------------------------
// reporting

let passed = 0;
let failed = 0;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 600);
function ok(name: string): void {
  passed++;
  console.log(`ok - ${name}`);
}
function notOk(name: string, reason: string): void {
  failed++;
  console.log(`not ok - ${name}: ${oneLine(reason)}`);
}
function check(name: string, condition: boolean, reason: string): void {
  if (condition) ok(name);
  else notOk(name, reason);
}
const summaryLine = () => `server: ${passed} passed, ${failed} failed`;
const message = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  // fetch's "fetch failed" says why only in its cause
  return error.cause === undefined ? error.message : `${error.message} (${message(error.cause)})`;
};

// ---------------------------------------------------------------------------------------------
// the data: seeded leads, with assignedAt / updatedAt and a few edge cases

const HOUR = 3_600_000;

/** An instant written with a fixed offset, as a CRM might send it. */
function isoWithOffset(ms: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function instantOf(value: string): number {
  const parsed = parseLeadDate(value);
  if (!parsed || parsed.ms === undefined) throw new Error(`not an instant: ${value}`);
  return parsed.ms;
}

interface TestData {
  declared: Declared;
  leads: Lead[];
}

function buildData(): TestData {
  const { leads: generated, ...declared } = generateDataset({ count: 20_000, owners: 40, days: 540, seed: SEED });
  const random = createRandom(SEED + 1);
  const offsets = [0, 420, -300, 330, 840];
  const leads: Lead[] = generated.map((lead) => {
    const created = instantOf(lead.createdAt as string);
    const result: Lead = { ...lead };
    // an assigned lead has an assignment date (a few lost it); delays cross midnights and DST changes
    if (lead.owner !== null && random() > 0.03) {
      const assigned = created + Math.floor(random() * 96 * HOUR);
      result.assignedAt = isoWithOffset(assigned, offsets[Math.floor(random() * offsets.length)]!);
      if (random() > 0.1) result.updatedAt = isoWithOffset(assigned + Math.floor(random() * 40 * 24 * HOUR), 0);
    } else if (random() > 0.5) {
      result.updatedAt = isoWithOffset(created + Math.floor(random() * 10 * 24 * HOUR), 420);
    }
    return result;
  });
  // edge cases: no owner / source / priority / step / assignedAt, instants on DST changes and on
  // midnights of the far zones, and statuses outside the set (the Unknown bucket)
  const edges: [string, string | undefined][] = [
    ['2026-03-08T06:59:59Z', undefined], // New York: 01:59:59 EST, just before the spring change
    ['2026-03-08T07:00:00Z', '2026-03-09T03:59:59Z'], // 03:00 EDT; 23:59:59 EDT
    ['2025-11-02T05:30:00Z', undefined], // 01:30 EDT, the first of the repeated hour
    ['2025-11-02T06:30:00Z', '2025-11-02T04:59:59Z'], // 01:30 EST; 00:59:59 EDT
    ['2026-11-01T04:00:00Z', undefined], // 00:00 EDT
    ['2026-06-14T10:00:00Z', undefined], // Kiritimati (+14): 2026-06-15 00:00
    ['2026-06-14T09:59:59Z', undefined], // Kiritimati: 2026-06-14 23:59:59
    ['2026-01-20T18:30:00Z', '2026-01-20T18:29:59Z'], // Kolkata (+05:30): 2026-01-21 00:00; 23:59:59
    ['2025-12-31T17:00:00Z', undefined], // Vietnam: 2026-01-01 00:00
    ['2025-12-31T16:59:59Z', undefined], // Vietnam: 2025-12-31 23:59:59
  ];
  const statuses = ['new', 'assigned', 'in_progress', 'customer', 'not_potential', 'stopped', 'duplicate'];
  let id = generated.length;
  for (let k = 0; k < 30; k++) {
    const [createdAt, assignedAt] = edges[k % edges.length]!;
    const lead: Lead = {
      id: ++id,
      status: statuses[k % statuses.length]!,
      createdAt,
      owner: k % 3 === 0 ? `u${(k % 40) + 1}` : null,
      source: k % 4 === 0 ? 's2' : null,
      priority: k % 5 === 0 ? null : 'high',
      step: k % 2 === 0 ? null : 'call',
    };
    if (assignedAt !== undefined && k % 3 !== 2) lead.assignedAt = assignedAt;
    if (k % 4 === 1) lead.updatedAt = createdAt;
    leads.push(lead);
  }
  // a status outside the set, stored as is: Unknown on both sides
  for (const [k, createdAt] of ['2025-09-10T03:00:00Z', '2026-02-01T12:00:00Z', '2026-07-04T23:30:00Z'].entries()) {
    leads.push({
      id: ++id,
      status: 'archived',
      createdAt,
      owner: `u${k + 1}`,
      source: 's1',
      priority: 'low',
      step: null,
      ...(k ? { assignedAt: createdAt } : {}),
    });
  }
  // a declared owner without leads: a group of zeros on both sides
  declared.owners = [...(declared.owners ?? []), { id: 'u99', label: 'Không có cơ hội' }];
  return { declared, leads };
}

async function loadLeads(pool: pg.Pool, leads: Lead[]): Promise<void> {
  await pool.query(readFileSync(new URL('server/schema.sql', root), 'utf8'));
  const column = <T>(read: (lead: Lead) => T) => leads.map(read);
  const orNull = (value: unknown) => (value === undefined || value === null ? null : String(value));
  await pool.query(
    `INSERT INTO leads (id, status, created_at, assigned_at, updated_at, owner, source, priority, step)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[],
                          $6::text[], $7::text[], $8::text[], $9::text[])`,
    [
      column((lead) => String(lead.id)),
      column((lead) => lead.status),
      column((lead) => String(lead.createdAt)),
      column((lead) => orNull(lead.assignedAt)),
      column((lead) => orNull(lead.updatedAt)),
      column((lead) => orNull(lead.owner)),
      column((lead) => orNull(lead.source)),
      column((lead) => orNull(lead.priority)),
      column((lead) => orNull(lead.step)),
    ],
  );
  await pool.query('ANALYZE leads');
}

// ---------------------------------------------------------------------------------------------
// the cases

const ZONES = ['Asia/Ho_Chi_Minh', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'] as const;
const GROUP_BYS = ['owner', 'source', 'priority', 'step'] as const;
const BASES: ConversionBasis[] = ['assigned', 'qualified', 'closed'];

interface Case {
  name: string;
  tz: string;
  dateField: DateField;
  /** As sent (possibly reversed, possibly absent). */
  from: string | null;
  to: string | null;
  groupBy: string;
  filter: LeadFilter;
  basis: ConversionBasis;
  lang: Lang;
  /** The endpoint's path: `/leads`, or `/leads-excluding` (undated leads left out). */
  path?: string;
}

function fixedCases(): Case[] {
  const base = { basis: 'assigned' as const, lang: 'vi' as const, filter: {} };
  return [
    { ...base, name: 'all, createdAt', tz: 'UTC', dateField: 'createdAt', from: null, to: null, groupBy: 'owner' },
    {
      ...base,
      name: 'all, assignedAt: undated leads counted',
      tz: 'Asia/Ho_Chi_Minh',
      dateField: 'assignedAt',
      from: null,
      to: null,
      groupBy: 'owner',
    },
    {
      ...base,
      name: 'all, assignedAt, unassigned only',
      tz: 'America/New_York',
      dateField: 'assignedAt',
      from: null,
      to: null,
      groupBy: 'step',
      filter: { owners: [null] },
    },
    { ...base, name: 'all, updatedAt', tz: 'Asia/Kolkata', dateField: 'updatedAt', from: null, to: null, groupBy: 'source', lang: 'en' },
    {
      ...base,
      name: 'open end, assignedAt',
      tz: 'Pacific/Kiritimati',
      dateField: 'assignedAt',
      from: '2026-06-15',
      to: null,
      groupBy: 'owner',
    },
    {
      ...base,
      name: 'open start, assignedAt',
      tz: 'America/New_York',
      dateField: 'assignedAt',
      from: null,
      to: '2025-11-02',
      groupBy: 'priority',
    },
    {
      ...base,
      name: 'reversed bounds',
      tz: 'Asia/Ho_Chi_Minh',
      dateField: 'createdAt',
      from: '2026-03-31',
      to: '2026-03-01',
      groupBy: 'owner',
    },
    {
      ...base,
      name: 'New York spring DST day',
      tz: 'America/New_York',
      dateField: 'createdAt',
      from: '2026-03-08',
      to: '2026-03-08',
      groupBy: 'owner',
    },
    {
      ...base,
      name: 'New York fall DST days',
      tz: 'America/New_York',
      dateField: 'assignedAt',
      from: '2025-11-01',
      to: '2025-11-03',
      groupBy: 'step',
      filter: { owners: ['u1', 'u2', 'u3', null] },
    },
    {
      ...base,
      name: 'New York DST week',
      tz: 'America/New_York',
      dateField: 'createdAt',
      from: '2026-03-07',
      to: '2026-03-09',
      groupBy: 'source',
      basis: 'closed',
    },
    {
      ...base,
      name: 'Kiritimati midnight',
      tz: 'Pacific/Kiritimati',
      dateField: 'createdAt',
      from: '2026-06-15',
      to: '2026-06-15',
      groupBy: 'owner',
    },
    {
      ...base,
      name: 'Kolkata midnight',
      tz: 'Asia/Kolkata',
      dateField: 'assignedAt',
      from: '2026-01-21',
      to: '2026-01-21',
      groupBy: 'owner',
      filter: { owners: [null, 'u1'] },
    },
    {
      ...base,
      name: 'Vietnam new year',
      tz: 'Asia/Ho_Chi_Minh',
      dateField: 'createdAt',
      from: '2026-01-01',
      to: '2026-01-01',
      groupBy: 'step',
    },
    {
      ...base,
      name: 'unknown status only',
      tz: 'UTC',
      dateField: 'createdAt',
      from: null,
      to: null,
      groupBy: 'owner',
      filter: { statuses: ['unknown'] },
    },
    {
      ...base,
      name: 'customer or unknown, assignedAt',
      tz: 'UTC',
      dateField: 'assignedAt',
      from: '2025-06-01',
      to: '2026-12-31',
      groupBy: 'source',
      filter: { statuses: ['customer', 'unknown'] },
    },
    {
      ...base,
      name: 'no source, no step',
      tz: 'Asia/Ho_Chi_Minh',
      dateField: 'createdAt',
      from: null,
      to: null,
      groupBy: 'step',
      filter: { sources: [null], steps: [null] },
    },
    { ...base, name: 'a range with no leads', tz: 'UTC', dateField: 'createdAt', from: '2020-01-01', to: '2020-12-31', groupBy: 'owner' },
    {
      ...base,
      name: 'all, assignedAt, undated left out (undatedDate: null)',
      tz: 'Asia/Ho_Chi_Minh',
      dateField: 'assignedAt',
      from: null,
      to: null,
      groupBy: 'owner',
      path: '/leads-excluding',
    },
    {
      ...base,
      name: 'bounded, assignedAt, undatedDate: null agrees',
      tz: 'America/New_York',
      dateField: 'assignedAt',
      from: '2025-10-01',
      to: '2026-04-30',
      groupBy: 'owner',
      path: '/leads-excluding',
    },
  ];
}

function randomCases(count: number): Case[] {
  const random = createRandom(SEED + 2);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const chosen = new Set<T>();
    const n = 1 + Math.floor(random() * max);
    while (chosen.size < n) chosen.add(pick(items));
    return [...chosen];
  };
  const first = parseDay('2025-05-20')!;
  const last = parseDay('2026-12-05')!;
  const owners = Array.from({ length: 40 }, (_, k) => `u${k + 1}`);
  const sources = Array.from({ length: 12 }, (_, k) => `s${k + 1}`);
  const statusIds = ['new', 'assigned', 'in_progress', 'customer', 'not_potential', 'stopped', 'duplicate', 'unknown'];
  const cases: Case[] = [];
  for (let k = 0; k < count; k++) {
    const start = first + Math.floor(random() * (last - first));
    const end = Math.min(last, start + Math.floor(random() ** 2 * 200));
    const shape = random();
    let from: string | null = formatDay(start);
    let to: string | null = formatDay(end);
    if (shape < 0.1) from = to = null;
    else if (shape < 0.2) from = null;
    else if (shape < 0.3) to = null;
    else if (shape < 0.4) [from, to] = [to, from];
    const fieldDraw = random();
    const dateField: DateField = fieldDraw < 0.45 ? 'createdAt' : fieldDraw < 0.9 ? 'assignedAt' : 'updatedAt';
    const filter: LeadFilter = {};
    if (random() < 0.35) filter.owners = [...some(owners, 4), ...(random() < 0.5 ? [null] : [])];
    if (random() < 0.25) filter.sources = [...some(sources, 3), ...(random() < 0.3 ? [null] : [])];
    if (random() < 0.3) filter.statuses = some(statusIds, 3);
    if (random() < 0.1) filter.priorities = some(['urgent', 'high', 'medium', 'low'], 2);
    if (random() < 0.1) filter.steps = [...some(['call', 'quote', 'meet', 'contract'], 2), ...(random() < 0.5 ? [null] : [])];
    cases.push({
      name: `random ${k + 1}`,
      tz: pick(ZONES),
      dateField,
      from,
      to,
      groupBy: pick(GROUP_BYS),
      filter,
      basis: pick(BASES),
      lang: random() < 0.5 ? 'vi' : 'en',
    });
  }
  return cases;
}

/** The request the dashboard makes for a case (SPEC §7), built with the dashboard's own `withQuery`. */
function requestUrl(origin: string, c: Case): string {
  const params: Record<string, string | (string | null)[] | null> = {
    from: c.from,
    to: c.to,
    tz: c.tz,
    dateField: c.dateField,
    groupBy: c.groupBy,
  };
  for (const [key, list] of Object.entries(c.filter)) {
    if (Array.isArray(list) && list.length) params[FILTER_KEYS[key] ?? key] = list.map((id) => (id === null ? null : String(id)));
  }
  return withQuery(`${origin}${c.path ?? '/leads'}`, params);
}

function describe(c: Case): string {
  const lists = Object.entries(c.filter)
    .map(([key, list]) => `${key}=[${(list as (string | null)[]).map((id) => id ?? '∅').join(',')}]`)
    .join(' ');
  return `${c.name}: ${c.tz} ${c.dateField} ${c.from ?? '…'}..${c.to ?? '…'} by ${c.groupBy}${lists ? ` ${lists}` : ''}`;
}

/**
 * Without the `unknown` column when the answer has none (rows from the server only carry the
 * statuses of the leads in range) and the raw leads count none in this query.
 */
function withoutEmptyUnknown(raw: LeadSummary, fromRows: LeadSummary): LeadSummary {
  const hasUnknown = (summary: LeadSummary) => summary.statuses.some((status) => status.id === 'unknown');
  if (!hasUnknown(raw) || hasUnknown(fromRows) || raw.totals.counts.unknown !== 0) return raw;
  const drop = <T extends { counts: Record<string, number> }>(group: T): T => {
    const { unknown: _unknown, ...counts } = group.counts;
    return { ...group, counts };
  };
  return {
    ...raw,
    statuses: raw.statuses.filter((status) => status.id !== 'unknown'),
    groups: raw.groups.map(drop),
    totals: drop(raw.totals),
  };
}

/** The first path where two values differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = 'summary'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
      return `${path}: length ${a.length} (rows) vs ${b.length} (raw leads); keys ${JSON.stringify(a.map((g) => (g as { key?: unknown }).key))} vs ${JSON.stringify(b.map((g) => (g as { key?: unknown }).key))}`;
    }
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)} (rows) vs ${JSON.stringify(b)} (raw leads)`;
}

// ---------------------------------------------------------------------------------------------
// the run

async function listen(server: Server): Promise<string> {
  // fetch reuses idle connections, and client and server share this event loop: after a long
  // synchronous summary both idle timers are overdue, and a server closing its side at once would
  // fail the request just written on that connection. Keep them open past any pause of the run.
  server.keepAliveTimeout = RUN_BUDGET_MS;
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${port}`;
}

async function fetchJson(url: string, init?: RequestInit): Promise<{ status: number; type: string | null; body: unknown; text: string }> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    // a reused connection the other side just dropped ("fetch failed"): a GET is safe to send again
    if (!(error instanceof TypeError)) throw error;
    console.log(`# retrying once after: ${oneLine(message(error))}`);
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, type: response.headers.get('content-type'), body, text };
}

async function runParity(origin: string, data: TestData, cases: Case[]): Promise<void> {
  const stores = new Map<string, ReturnType<typeof ingestLeads>>();
  const rawStore = (c: Case) => {
    const excluding = c.path === '/leads-excluding';
    const key = `${c.tz}|${c.dateField}|${excluding}`;
    let store = stores.get(key);
    if (!store) {
      // with undated leads left out, the raw side is the leads that have the date
      const leads = excluding ? data.leads.filter((lead) => lead[c.dateField] !== undefined) : data.leads;
      store = ingestLeads(readDataset({ ...data.declared, leads })!, { timeZone: c.tz, dateField: c.dateField });
      stores.set(key, store);
    }
    return store;
  };
  let nonEmpty = 0;
  for (const c of cases) {
    const name = `parity ${describe(c)}`;
    try {
      const answer = await fetchJson(requestUrl(origin, c));
      if (answer.status !== 200) {
        notOk(name, `HTTP ${answer.status}: ${answer.text}`);
        continue;
      }
      const range = resolveDayRange({ range: 'all', from: c.from, to: c.to }, c.tz);
      const options = { range, groupBy: c.groupBy, filter: c.filter, conversionBasis: c.basis, lang: c.lang };
      const dataset = readDataset(answer.body);
      if (!dataset) {
        notOk(name, `the answer is not a dataset: ${answer.text.slice(0, 200)}`);
        continue;
      }
      const fromRows = summarize(ingestLeads(dataset, { timeZone: c.tz, dateField: c.dateField }), options);
      const raw = withoutEmptyUnknown(summarize(rawStore(c), options), fromRows);
      const difference = firstDifference(fromRows, raw);
      if (difference === null) {
        if (fromRows.totals.total > 0) nonEmpty++;
        ok(`${name} (${fromRows.totals.total} leads, ${dataset.rows.length} rows)`);
      } else notOk(name, difference);
    } catch (error) {
      notOk(name, message(error));
    }
  }
  check('parity cases mostly count leads', nonEmpty >= cases.length * 0.6, `only ${nonEmpty} of ${cases.length} cases counted any lead`);
}

async function runHttpChecks(origin: string, pool: pg.Pool, data: TestData): Promise<void> {
  const bad: [string, string][] = [
    ['unknown zone', '?tz=Mars/Olympus_Mons'],
    ['zone PostgreSQL reads as a fixed abbreviation (CET)', '?tz=CET'],
    ['zone with SQL in it', `?tz=${encodeURIComponent("UTC'; DROP TABLE leads; --")}`],
    ['impossible date', '?from=2026-02-30'],
    ['not YYYY-MM-DD', '?to=2026-1-5'],
    ['year 0', '?from=0000-01-01'],
    ['unknown dateField', '?dateField=created_at'],
    ['tz given twice', '?tz=UTC&tz=Asia/Kolkata'],
  ];
  for (const [label, query] of bad) {
    const answer = await fetchJson(`${origin}/leads${query}`);
    const error = (answer.body as { error?: unknown } | undefined)?.error;
    check(
      `400 for ${label}`,
      answer.status === 400 && typeof error === 'string' && answer.type?.startsWith('application/json') === true,
      `HTTP ${answer.status} ${answer.type}: ${answer.text.slice(0, 200)}`,
    );
  }
  const post = await fetchJson(`${origin}/leads`, { method: 'POST' });
  check('405 for POST', post.status === 405 && post.type?.startsWith('application/json') === true, `HTTP ${post.status}: ${post.text}`);

  const injected = await fetchJson(
    `${origin}/leads?owner=${encodeURIComponent("u1' OR '1'='1")}&source=${encodeURIComponent('s1"); DROP TABLE leads; --')}`,
  );
  const count = Number((await pool.query('SELECT count(*) AS n FROM leads')).rows[0].n);
  check(
    'list values are data, not SQL',
    injected.status === 200 && (injected.body as { rows?: unknown[] }).rows?.length === 0 && count === data.leads.length,
    `HTTP ${injected.status}, ${count} leads in the table: ${injected.text.slice(0, 200)}`,
  );

  const plain = await fetchJson(`${origin}/leads`);
  const body = plain.body as { rows?: { date: string; count: number }[]; owners?: unknown[] } | undefined;
  const total = body?.rows?.reduce((sum, row) => sum + row.count, 0);
  check(
    'no params: createdAt in UTC, every lead, declared options beside the rows',
    plain.status === 200 &&
      plain.type === 'application/json; charset=utf-8' &&
      total === data.leads.length &&
      body?.owners?.length === data.declared.owners?.length,
    `HTTP ${plain.status} ${plain.type}, ${total} leads counted`,
  );

  const ordered = await fetchJson(`${origin}/leads?from=2026-01-01&to=2026-02-15&tz=Asia/Ho_Chi_Minh`);
  const reversed = await fetchJson(`${origin}/leads?from=2026-02-15&to=2026-01-01&tz=Asia/Ho_Chi_Minh`);
  check(
    'reversed bounds are swapped',
    ordered.status === 200 && ordered.text === reversed.text,
    `HTTP ${ordered.status} / ${reversed.status}, answers differ`,
  );

  const undated = await fetchJson(`${origin}/leads?dateField=assignedAt&tz=UTC`);
  const undatedRows = ((undated.body as { rows?: { date: string; count: number }[] }).rows ?? []).filter(
    (row) => row.date === UNDATED_DATE,
  );
  const undatedCount = undatedRows.reduce((sum, row) => sum + row.count, 0);
  const expectedUndated = data.leads.filter((lead) => lead.assignedAt === undefined).length;
  check(
    `unbounded assignedAt: leads without it answered on ${UNDATED_DATE}`,
    undatedCount === expectedUndated && expectedUndated > 0,
    `${undatedCount} answered, ${expectedUndated} expected`,
  );
  const bounded = await fetchJson(`${origin}/leads?dateField=assignedAt&tz=UTC&to=2030-01-01`);
  const boundedRows = (bounded.body as { rows?: { date: string }[] }).rows ?? [];
  check(
    'bounded assignedAt: leads without it left out',
    bounded.status === 200 && boundedRows.length > 0 && !boundedRows.some((row) => row.date === UNDATED_DATE),
    `HTTP ${bounded.status}, ${boundedRows.length} rows`,
  );

  // a failing query: 500, and nothing of the SQL error in the answer
  const reported: unknown[] = [];
  const failing = createLeadsHandler({ pool, table: 'no_such_table', onError: (error) => reported.push(error) });
  // the handler answers every request itself, errors included: nothing awaits it
  const broken = createServer((req, res) => void failing(req, res));
  try {
    const brokenOrigin = await listen(broken);
    const answer = await fetchJson(`${brokenOrigin}/leads?tz=UTC`);
    check(
      '500 without the SQL error',
      answer.status === 500 &&
        answer.type?.startsWith('application/json') === true &&
        !/no_such_table|relation|SELECT/i.test(answer.text) &&
        reported.length === 1,
      `HTTP ${answer.status}: ${answer.text}; ${reported.length} error(s) reported`,
    );
  } finally {
    broken.close();
  }

  let refused = '';
  try {
    createLeadsHandler({ pool, table: 'leads; DROP TABLE leads' });
  } catch (error) {
    refused = message(error);
  }
  check('a table name that is not a plain identifier is refused', refused !== '', 'createLeadsHandler accepted it');
  check(
    'LEADS_SQL is the query on the table leads',
    LEADS_SQL.assignedAt === leadsSql('leads', 'assigned_at') && LEADS_SQL.createdAt.includes('FROM "leads"'),
    'LEADS_SQL differs',
  );
}

/** server/main.ts, started as the README says, answers like the handler. */
async function runMainCheck(postgres: TempPostgres, origin: string): Promise<void> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root.pathname,
      env: { ...process.env, DATABASE_URL: postgres.url, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const running = child;
    process.on('exit', () => running.kill('SIGTERM'));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server/main.ts did not start within 20 s: ${output}`)), 20_000);
      running.stdout!.on('data', (chunk: Buffer) => {
        output += String(chunk);
        if (output.includes('lead endpoint:')) {
          clearTimeout(timer);
          resolve();
        }
      });
      running.stderr!.on('data', (chunk: Buffer) => (output += String(chunk)));
      running.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server/main.ts exited (${code}): ${output}`));
      });
    });
    const query = '?from=2026-03-01&to=2026-03-31&tz=America/New_York&dateField=assignedAt&owner=u1&owner=';
    const viaMain = await fetchJson(`http://127.0.0.1:${port}/api/leads${query}`);
    const viaHandler = await fetchJson(`${origin}/leads${query}`);
    const rows = (answer: typeof viaMain) => JSON.stringify((answer.body as { rows?: unknown }).rows);
    const missing = await fetchJson(`http://127.0.0.1:${port}/elsewhere`);
    check(
      'server/main.ts serves /api/leads from DATABASE_URL and PORT',
      viaMain.status === 200 && rows(viaMain) === rows(viaHandler) && missing.status === 404,
      `HTTP ${viaMain.status} / ${missing.status}: ${viaMain.text.slice(0, 200)}`,
    );
  } catch (error) {
    notOk('server/main.ts serves /api/leads from DATABASE_URL and PORT', message(error));
  } finally {
    child?.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  let postgres: TempPostgres | undefined;
  let pool: pg.Pool | undefined;
  let http: Server | undefined;
  try {
    const data = buildData();
    // an odd server zone and date style: nothing may depend on them
    postgres = await startTempPostgres({ TimeZone: 'Pacific/Chatham', DateStyle: 'SQL, DMY' });
    console.log(`# PostgreSQL ${postgres.version} on 127.0.0.1:${postgres.port} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    pool = new pg.Pool({ connectionString: postgres.url, max: 4 });
    await loadLeads(pool, data.leads);
    console.log(`# ${data.leads.length} leads loaded (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const handler = createLeadsHandler({ pool, declared: data.declared });
    const excluding = createLeadsHandler({ pool, declared: () => Promise.resolve(data.declared), undatedDate: null });
    http = createServer((req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      void (pathname === '/leads-excluding' ? excluding : handler)(req, res);
    });
    const origin = await listen(http);
    await runParity(origin, data, [...fixedCases(), ...randomCases(RANDOM_CASES)]);
    await runHttpChecks(origin, pool, data);
    await runMainCheck(postgres, origin);
  } catch (error) {
    notOk(error instanceof PostgresSetupError ? 'PostgreSQL' : 'server parity setup', message(error));
  } finally {
    http?.close();
    await pool?.end().catch(() => undefined);
    postgres?.stop();
  }
  console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(summaryLine());
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

setTimeout(() => {
  notOk('server parity run', `still running after ${RUN_BUDGET_MS / 1000} s: stopped`);
  console.log(summaryLine());
  process.exit(1);
}, RUN_BUDGET_MS).unref();

await main();
