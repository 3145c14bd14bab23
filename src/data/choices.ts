/**
 * The options a filter can offer for each list, from an ingested store: declared options in their
 * order, then values seen in the data, then the unassigned / none group when any lead has it.
 */
import { messages } from '../i18n/messages.js';
import type { LeadStore } from './engine.js';
import { resolveLabel } from './labels.js';
import { statusLabel } from './statuses.js';
import type { Lang } from './types.js';

/** An option of a filter list. */
export interface Choice {
  id: string | null;
  label: string;
}

/** The options of each list filter, keyed like `.filter` (`owners`, `sources`, …, `statuses`). */
export type StoreChoices = Record<'owners' | 'sources' | 'priorities' | 'steps' | 'statuses', Choice[]>;

const FIELDS = [
  ['owners', 'owner'],
  ['sources', 'source'],
  ['priorities', 'priority'],
  ['steps', 'step'],
] as const;

// whether any row of a store has a null code, per field: a scan of the column, once per store
const nullSeen = new WeakMap<LeadStore, Map<string, boolean>>();

function hasNull(store: LeadStore, field: string): boolean {
  let seen = nullSeen.get(store);
  if (!seen) nullSeen.set(store, (seen = new Map()));
  let found = seen.get(field);
  if (found === undefined) {
    found = store.fields.get(field)!.codes.includes(0);
    seen.set(field, found);
  }
  return found;
}

/** The filter options of a store in a language. */
export function storeChoices(store: LeadStore, lang: Lang): StoreChoices {
  const text = messages(lang);
  const choices = {} as StoreChoices;
  for (const [list, field] of FIELDS) {
    const column = store.fields.get(field)!;
    const options: Choice[] = [];
    for (let code = 1; code < column.ids.length; code++) {
      const id = column.ids[code]!;
      options.push({ id, label: resolveLabel(column.labels[code], lang) ?? id });
    }
    if (hasNull(store, field)) options.push({ id: null, label: field === 'owner' ? text.unassigned : text.none });
    choices[list] = options;
  }
  const statuses = store.hasUnknown ? store.statuses : store.statuses.slice(0, -1);
  choices.statuses = statuses.map((status) => ({ id: status.id, label: statusLabel(status, lang, text.unknownStatus) }));
  return choices;
}
