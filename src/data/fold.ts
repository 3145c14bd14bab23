/**
 * Folding the smallest groups of a summary into one "Other" group, so that a chart of a thousand
 * owners stays readable. The table never folds: it shows every group.
 */
import type { GroupSummary, LeadSummary } from './types.js';

/** The key of the folded group: a NUL-led string no real id can be (ids are ordinary text). */
export const OTHER_KEY = '\u0000other';

/** A summary whose small groups may be folded; `folded` tells how many groups the Other group holds. */
export interface FoldedSummary extends LeadSummary {
  folded: number;
}

/**
 * Keeps the `limit - 1` groups with the largest totals (ties: the earlier group) in their order, and
 * the unassigned / none group, and sums the rest into an Other group placed before the `null` group.
 * Returns the summary unchanged (with `folded: 0`) when it has at most `limit` groups.
 */
export function foldSummary(summary: LeadSummary, limit: number, otherLabel: string): FoldedSummary {
  const named = summary.groups.filter((group) => group.key !== null);
  const none = summary.groups.find((group) => group.key === null);
  const room = Math.max(1, Math.floor(limit) - (none ? 1 : 0));
  if (!Number.isFinite(limit) || named.length <= room) return { ...summary, folded: 0 };
  const keep = new Set(
    named
      .map((group, index) => ({ group, index }))
      .sort((a, b) => b.group.total - a.group.total || a.index - b.index)
      .slice(0, room - 1)
      .map(({ group }) => group),
  );
  const rest = named.filter((group) => !keep.has(group));
  const counts = Object.fromEntries(
    summary.statuses.map((status) => [status.id, rest.reduce((sum, group) => sum + group.counts[status.id]!, 0)]),
  );
  const won = rest.reduce((sum, group) => sum + group.won, 0);
  const base = rest.reduce((sum, group) => sum + group.base, 0);
  const other: GroupSummary = {
    key: OTHER_KEY,
    label: otherLabel,
    counts,
    total: rest.reduce((sum, group) => sum + group.total, 0),
    won,
    base,
    conversionRate: base === 0 ? null : won / base,
  };
  const groups = [...named.filter((group) => keep.has(group)), other, ...(none ? [none] : [])];
  return { ...summary, groups, folded: rest.length };
}
