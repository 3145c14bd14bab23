/**
 * A reference endpoint for `<lead-dashboard api=… server-filter>` (SPEC §7) over PostgreSQL: it
 * reads the server-filter query (`from`, `to`, `tz`, `dateField`, `groupBy` and the repeated list
 * params), runs ONE parameterised `GROUP BY` and answers `{ ...declared, rows }`, each row being
 * `count` leads on the calendar day `date` (in `tz`, of the chosen date field).
 *
 * Nothing from the request is ever written into the SQL text: the date column comes from a
 * whitelist, the table name from the code that creates the handler (validated), and every value is
 * a bind parameter.
 *
 * Leads lacking the chosen date (a NULL `assigned_at` / `updated_at`): outside every bounded range,
 * as in the browser; in an unbounded query they are answered as rows dated {@link UNDATED_DATE}
 * (option `undatedDate`; `null` leaves them out), so that "all" counts them as the browser does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from 'pg';
import { parseDay } from '../src/data/dates.js';
import { resolveStatusSet, UNKNOWN_STATUS } from '../src/data/statuses.js';
import type { AggregatedRow, DateField, LeadDataset } from '../src/data/types.js';

/** The request's `dateField` → the column holding it. The only column names the SQL is built from. */
export const DATE_COLUMNS: Readonly<Record<DateField, string>> = Object.freeze({
  createdAt: 'created_at',
  assignedAt: 'assigned_at',
  updatedAt: 'updated_at',
});

/**
 * The repeated list params and the columns they filter: an empty value (`owner=`) is the NULL
 * (unassigned / none) group. `status` also understands `unknown`: a status outside the set.
 */
export const LIST_PARAMS = ['owner', 'source', 'priority', 'step', 'status'] as const;
type ListParam = (typeof LIST_PARAMS)[number];

/**
 * The date of the rows standing for leads without the chosen date in an unbounded query: far
 * before any real lead, so it only ever falls in an unbounded range. It is a stand-in, not a day.
 */
export const UNDATED_DATE = '0001-01-01';

/** Single-word zone names that are also the name of an identical fixed-offset abbreviation. */
const ABBREVIATION_LIKE_ZONES = new Set(['UTC', 'GMT', 'UCT', 'Zulu']);

/**
 * The zone names the endpoint accepts: PostgreSQL's zone names, minus those PostgreSQL would read as
 * a fixed-offset abbreviation instead (`AT TIME ZONE 'CET'` is always +01:00, while the zone `CET`
 * and the browser's Intl keep summer time) — except the few where both mean UTC.
 */
export const TIME_ZONES_SQL = `SELECT name FROM pg_timezone_names
WHERE upper(name) NOT IN (SELECT upper(abbrev) FROM pg_timezone_abbrevs)
   OR name = ANY($1::text[])`;

/** A table name: `name` or `schema.name`, plain identifiers only; quoted in the SQL. */
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}(?:\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/;

/**
 * The query for one table and date column (both from the code, never from a request).
 *
 * Parameters: `$1` the IANA zone; `$2` / `$3` the first / last calendar day (`NULL` = open end);
 * then per list `owner`, `source`, `priority`, `step`: an array of ids (`NULL` = no filter) and
 * whether the NULL group is wanted; `$12` the status ids (`NULL` = no filter), `$13` whether the
 * unknown bucket is wanted and `$14` the ids of the status set (what is not one of them is unknown).
 *
 * The outer `day` bounds are the exact rule; the inner bounds on the raw column (two days wider
 * than any zone's offset) only let an index on the column narrow the scan.
 */
export function leadsSql(table: string, column: string): string {
  if (!TABLE_NAME.test(table)) throw new TypeError(`not a plain table name: ${JSON.stringify(table)}`);
  if (!Object.values(DATE_COLUMNS).includes(column)) throw new TypeError(`not a date column: ${JSON.stringify(column)}`);
  const quoted = table
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
  return `SELECT to_char(day, 'YYYY-MM-DD') AS date, owner, status, source, priority, step, count(*) AS count
FROM (
  SELECT (${column} AT TIME ZONE $1::text)::date AS day, owner, status, source, priority, step
  FROM ${quoted}
  WHERE ($2::date IS NULL OR ${column} >= ($2::date - 2)::timestamp AT TIME ZONE 'UTC')
    AND ($3::date IS NULL OR ${column} < ($3::date + 3)::timestamp AT TIME ZONE 'UTC')
    AND ($4::text[] IS NULL OR owner = ANY($4::text[]) OR ($5::boolean AND owner IS NULL))
    AND ($6::text[] IS NULL OR source = ANY($6::text[]) OR ($7::boolean AND source IS NULL))
    AND ($8::text[] IS NULL OR priority = ANY($8::text[]) OR ($9::boolean AND priority IS NULL))
    AND ($10::text[] IS NULL OR step = ANY($10::text[]) OR ($11::boolean AND step IS NULL))
    AND ($12::text[] IS NULL OR status = ANY($12::text[]) OR ($13::boolean AND status <> ALL($14::text[])))
) AS picked
WHERE ($2::date IS NULL OR day >= $2::date)
  AND ($3::date IS NULL OR day <= $3::date)
GROUP BY day, owner, status, source, priority, step
ORDER BY day, owner, status, source, priority, step`;
}

/** The query on the table `leads`, per date field. */
export const LEADS_SQL: Readonly<Record<DateField, string>> = Object.freeze({
  createdAt: leadsSql('leads', DATE_COLUMNS.createdAt),
  assignedAt: leadsSql('leads', DATE_COLUMNS.assignedAt),
  updatedAt: leadsSql('leads', DATE_COLUMNS.updatedAt),
});

/** The declared options sent beside the rows: owners, sources, priorities, steps, statuses. */
export type Declared = Omit<LeadDataset, 'leads' | 'rows' | 'columns'>;

/** How to build the handler. */
export interface LeadsHandlerOptions {
  /** A node-postgres pool (or client): anything with `query(text, values)`. */
  pool: Pick<Pool, 'query'>;
  /** The table, `name` or `schema.name` (default `leads`); columns as in server/schema.sql. */
  table?: string;
  /** Sent beside the rows; a function is called per request (e.g. to read owners from the database). */
  declared?: Declared | (() => Declared | Promise<Declared>);
  /** Zone of a request without `tz` (default `UTC`). */
  defaultTimeZone?: string;
  /** Date of the rows of leads lacking the chosen date in an unbounded query; `null` leaves them out. */
  undatedDate?: string | null;
  /** Where a failure answered with 500 is reported (default `console.error`). */
  onError?: (error: unknown) => void;
}

/** A request the endpoint can answer, read from the query string. */
export interface LeadsQuery {
  from: string | null;
  to: string | null;
  timeZone: string;
  dateField: DateField;
  groupBy: string | null;
  /** Per list param: the ids asked for, `null` for the empty value. */
  lists: Map<ListParam, (string | null)[]>;
}

/** A 400 answer. */
export class BadRequest extends Error {}

const SINGLE_PARAMS = ['from', 'to', 'tz', 'dateField', 'groupBy'] as const;
const MAX_LIST_VALUES = 1000;
const MAX_VALUE_LENGTH = 1000;

/**
 * Reads and validates the server-filter query (zone names are checked by the caller). Unknown
 * params are ignored (an `api` URL may carry its own); a single-valued param given twice is refused.
 */
export function readLeadsQuery(params: URLSearchParams, defaultTimeZone = 'UTC'): LeadsQuery {
  for (const name of SINGLE_PARAMS) {
    if (params.getAll(name).length > 1) throw new BadRequest(`${name} is given more than once`);
  }
  const day = (name: 'from' | 'to') => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    const parsed = parseDay(value);
    // PostgreSQL's dates start at 4713 BC, ours at year 1: year 0 is refused like any impossible date
    if (parsed === null || value.startsWith('0000')) throw new BadRequest(`${name} must be a calendar date YYYY-MM-DD`);
    return value;
  };
  let from = day('from');
  let to = day('to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const tz = params.get('tz');
  const timeZone = tz === null || tz === '' ? defaultTimeZone : tz;
  if (timeZone.length > 64) throw new BadRequest('tz must be an IANA time zone name');
  const dateFieldParam = params.get('dateField');
  const dateField = dateFieldParam === null || dateFieldParam === '' ? 'createdAt' : dateFieldParam;
  if (!Object.hasOwn(DATE_COLUMNS, dateField)) throw new BadRequest('dateField must be createdAt, assignedAt or updatedAt');
  const lists = new Map<ListParam, (string | null)[]>();
  for (const name of LIST_PARAMS) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    if (values.length > MAX_LIST_VALUES) throw new BadRequest(`${name} is repeated more than ${MAX_LIST_VALUES} times`);
    if (values.some((value) => value.length > MAX_VALUE_LENGTH))
      throw new BadRequest(`a ${name} value is longer than ${MAX_VALUE_LENGTH} characters`);
    // blank, as the browser's ids go, is the null group
    lists.set(
      name,
      values.map((value) => (value.trim() === '' ? null : value)),
    );
  }
  return { from, to, timeZone, dateField: dateField as DateField, groupBy: params.get('groupBy'), lists };
}

/**
 * The bind parameters of {@link leadsSql} for a query and the ids of the status set. A list with
 * no value is no filter (`NULL`); the `IS NULL` branch is on when the list holds the empty value.
 */
export function leadsParams(query: LeadsQuery, statusIds: readonly string[]): unknown[] {
  const list = (name: ListParam) => {
    const values = query.lists.get(name);
    if (!values) return [null, false];
    return [values.filter((value): value is string => value !== null), values.includes(null)];
  };
  const statuses = query.lists.get('status');
  return [
    query.timeZone,
    query.from,
    query.to,
    ...list('owner'),
    ...list('source'),
    ...list('priority'),
    ...list('step'),
    statuses ? statuses.filter((value): value is string => value !== null) : null,
    statuses ? statuses.includes(UNKNOWN_STATUS) : false,
    [...statusIds],
  ];
}

interface SqlRow {
  date: string | null;
  owner: string | null;
  status: string;
  source: string | null;
  priority: string | null;
  step: string | null;
  count: string | number;
}

/**
 * Creates the `(req, res)` handler (node:http) answering GET with `{ ...declared, rows }`:
 * 400 with `{ "error": … }` for bad input, 405 for other methods, 500 (the cause reported to
 * `onError`, never sent) when the database fails.
 */
export function createLeadsHandler(options: LeadsHandlerOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { pool, table = 'leads', declared = {}, defaultTimeZone = 'UTC', onError = (error: unknown) => console.error(error) } = options;
  const undatedDate = options.undatedDate === undefined ? UNDATED_DATE : options.undatedDate;
  if (undatedDate !== null && parseDay(undatedDate) === null) throw new TypeError(`undatedDate must be YYYY-MM-DD or null: ${undatedDate}`);
  const sql: Record<DateField, string> = {
    createdAt: leadsSql(table, DATE_COLUMNS.createdAt),
    assignedAt: leadsSql(table, DATE_COLUMNS.assignedAt),
    updatedAt: leadsSql(table, DATE_COLUMNS.updatedAt),
  };
  // read once and kept; a failed read is retried by the next request
  let zones: Promise<Set<string>> | undefined;
  const knownZones = () => {
    if (!zones) {
      zones = pool
        .query<{ name: string }>(TIME_ZONES_SQL, [[...ABBREVIATION_LIKE_ZONES]])
        .then((result) => new Set(result.rows.map((row) => row.name).filter(isIntlZone)));
      zones.catch(() => (zones = undefined));
    }
    return zones;
  };
  return async (req, res) => {
    if (req.method !== 'GET') {
      send(res, 405, { error: 'only GET is supported' }, { Allow: 'GET' });
      return;
    }
    try {
      let query: LeadsQuery;
      try {
        query = readLeadsQuery(new URL(req.url ?? '/', 'http://localhost').searchParams, defaultTimeZone);
      } catch (error) {
        if (error instanceof BadRequest) {
          send(res, 400, { error: error.message });
          return;
        }
        throw error;
      }
      if (!(await knownZones()).has(query.timeZone)) {
        send(res, 400, { error: 'tz must be an IANA time zone name, such as Asia/Ho_Chi_Minh' });
        return;
      }
      const options = typeof declared === 'function' ? await declared() : declared;
      const { leads: _leads, rows: _rows, columns: _columns, ...declaredOptions } = options as LeadDataset;
      const statusIds = resolveStatusSet(declaredOptions.statuses).statuses.map((status) => status.id);
      const result = await pool.query<SqlRow>(sql[query.dateField], leadsParams(query, statusIds));
      const rows: AggregatedRow[] = [];
      for (const row of result.rows) {
        const date = row.date ?? undatedDate;
        if (date === null) continue;
        rows.push({
          date,
          owner: row.owner,
          status: row.status,
          source: row.source,
          priority: row.priority,
          step: row.step,
          count: Number(row.count),
        });
      }
      send(res, 200, { ...declaredOptions, rows });
    } catch (error) {
      onError(error);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  };
}

/** Whether the browser's Intl knows the zone too (the dashboard reads days through Intl). */
function isIntlZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(json);
}
