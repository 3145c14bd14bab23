/**
 * The request of `server-filter` mode (SPEC §7): the filter as query parameters appended to `api`.
 */
import { FILTER_KEYS } from '../data/summary.js';
import { toId } from '../data/statuses.js';
import type { DateField, LeadFilter } from '../data/types.js';
import { withQuery, type QueryParams } from './url.js';

/** What a filtering server is told: the resolved days, the zone, the date field, the grouping and the list filters. */
export interface ServerFilterQuery {
  /** `YYYY-MM-DD`, or `null` for an open start. */
  from: string | null;
  /** `YYYY-MM-DD`, or `null` for an open end. */
  to: string | null;
  timeZone: string;
  dateField: DateField;
  groupBy: string;
  filter: Omit<LeadFilter, 'range' | 'from' | 'to'>;
}

/**
 * `api` with `from`, `to`, `tz`, `dateField`, `groupBy` and the repeated list parameters (`owner=a&owner=b`;
 * an empty value is the unassigned / none group) after its own query. `api` itself when it cannot be
 * resolved (the load then reports it).
 */
export function serverFilterUrl(api: string, query: ServerFilterQuery): string {
  const params: QueryParams = { from: query.from, to: query.to, tz: query.timeZone, dateField: query.dateField, groupBy: query.groupBy };
  for (const [key, list] of Object.entries(query.filter)) {
    if (!Array.isArray(list) || list.length === 0) continue;
    params[Object.hasOwn(FILTER_KEYS, key) ? FILTER_KEYS[key]! : key] = list.map((id) => toId(id));
  }
  try {
    return withQuery(api, params);
  } catch {
    return api;
  }
}
