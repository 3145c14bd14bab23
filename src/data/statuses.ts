/**
 * The status set and how a lead's status is matched to it (SPEC §2).
 */
import { resolveLabel } from './labels.js';
import type { Lang, LocalizedLabel, StatusDef, StatusKind } from './types.js';

/** The id of the bucket that collects statuses matching no entry of the set. */
export const UNKNOWN_STATUS = 'unknown';

/** A validated entry of the status set. */
export interface StatusEntry {
  id: string;
  kind: StatusKind | 'unknown';
  label?: LocalizedLabel;
  color?: string;
}

/** The default status set, in its order. */
export const DEFAULT_STATUSES: readonly StatusEntry[] = [
  { id: 'new', kind: 'new', label: { vi: 'Mới', en: 'New' } },
  { id: 'assigned', kind: 'open', label: { vi: 'Đã giao', en: 'Assigned' } },
  { id: 'in_progress', kind: 'open', label: { vi: 'Đang xử lý', en: 'In progress' } },
  { id: 'customer', kind: 'won', label: { vi: 'Khách hàng', en: 'Customer' } },
  { id: 'not_potential', kind: 'lost', label: { vi: 'Không tiềm năng', en: 'Not potential' } },
  { id: 'stopped', kind: 'paused', label: { vi: 'Dừng theo đuổi', en: 'Stopped pursuing' } },
  { id: 'duplicate', kind: 'duplicate', label: { vi: 'Trùng liên hệ', en: 'Duplicate contact' } },
];

const KINDS = new Set<string>(['new', 'open', 'won', 'lost', 'paused', 'duplicate']);
const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Unicode NFC, trimmed, inner whitespace runs collapsed to one space, lower-cased. */
export function normalizeKey(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** An id on the wire as a string, or `null` when it is blank or not a string or finite number. */
export function toId(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A `#rgb` / `#rrggbb` colour, or `undefined` for anything else. */
export function validColor(value: unknown): string | undefined {
  return typeof value === 'string' && COLOR.test(value) ? value : undefined;
}

function validLabel(value: unknown): LocalizedLabel | undefined {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return undefined;
  const { vi, en } = value as { vi?: unknown; en?: unknown };
  const label: { vi?: string; en?: string } = {};
  if (typeof vi === 'string') label.vi = vi;
  if (typeof en === 'string') label.en = en;
  return label.vi === undefined && label.en === undefined ? undefined : label;
}

/**
 * Validates a host's status set. Entries without a usable id, and repeats of an id, are ignored; a
 * kind outside the six counts as `open` (a missing kind on a default id keeps the default's kind);
 * a colour other than `#rgb` / `#rrggbb` is dropped. An entry with id `unknown` only labels and
 * colours the unknown bucket. No usable entry at all gives the default set.
 */
export function resolveStatusSet(defs: unknown): { statuses: StatusEntry[]; unknown: StatusEntry } {
  let unknown: StatusEntry = { id: UNKNOWN_STATUS, kind: 'unknown' };
  if (!Array.isArray(defs)) return { statuses: [...DEFAULT_STATUSES], unknown };
  const statuses: StatusEntry[] = [];
  const seen = new Set<string>();
  for (const def of defs as unknown[]) {
    if (def === null || typeof def !== 'object') continue;
    const { id: rawId, label, color, kind } = def as StatusDef;
    const id = toId(rawId);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    const entry: StatusEntry = { id, kind: 'open' };
    const validated = validLabel(label);
    const fallback = DEFAULT_STATUSES.find((status) => status.id === id);
    if (validated !== undefined) entry.label = validated;
    else if (fallback) entry.label = fallback.label!;
    const hex = validColor(color);
    if (hex) entry.color = hex;
    if (id === UNKNOWN_STATUS) {
      unknown = { ...entry, kind: 'unknown' };
      continue;
    }
    if (typeof kind === 'string' && KINDS.has(kind)) entry.kind = kind as StatusKind;
    else if (kind === undefined && fallback) entry.kind = fallback.kind;
    statuses.push(entry);
  }
  return statuses.length ? { statuses, unknown } : { statuses: [...DEFAULT_STATUSES], unknown };
}

/** The display label of a status in a language. */
export function statusLabel(status: StatusEntry, lang: Lang, unknownLabel: string): string {
  return resolveLabel(status.label, lang) ?? (status.kind === 'unknown' ? unknownLabel : status.id);
}

/** Sentinel returned by a matcher for a missing or blank status (the lead is invalid). */
export const INVALID_STATUS = -1;

/**
 * Returns a matcher from a raw lead status to its index in `statuses`: exact id, then normalised
 * id, then normalised label in any language, the first entry in set order winning.
 * An unmatched non-empty status gives `statuses.length` (the unknown bucket); a blank one
 * {@link INVALID_STATUS}. Raw values are cached, since a dataset repeats a handful of them.
 */
export function createStatusMatcher(statuses: readonly StatusEntry[]): (raw: unknown) => number {
  const exact = new Map<string, number>();
  const normalizedId = new Map<string, number>();
  const normalizedLabel = new Map<string, number>();
  statuses.forEach((status, index) => {
    if (!exact.has(status.id)) exact.set(status.id, index);
    const key = normalizeKey(status.id);
    if (!normalizedId.has(key)) normalizedId.set(key, index);
  });
  statuses.forEach((status, index) => {
    const labels = typeof status.label === 'string' ? [status.label] : [status.label?.vi, status.label?.en];
    for (const label of labels) {
      if (label === undefined) continue;
      const key = normalizeKey(label);
      if (!normalizedLabel.has(key)) normalizedLabel.set(key, index);
    }
  });
  const cache = new Map<string, number>();
  return (raw: unknown): number => {
    const value = toId(raw);
    if (value === null) return INVALID_STATUS;
    let index = cache.get(value);
    if (index === undefined) {
      const key = normalizeKey(value);
      index = exact.get(value) ?? normalizedId.get(key) ?? normalizedLabel.get(key) ?? statuses.length;
      cache.set(value, index);
    }
    return index;
  };
}
