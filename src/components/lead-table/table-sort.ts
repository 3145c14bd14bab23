/**
 * Sorting the table's rows by a column. Pure: the element keeps the choice, this orders the groups.
 */
import type { GroupSummary } from '../../data/types.js';

/** A sortable column: the group label, a status count, the total or the conversion rate. */
export type SortColumn = { kind: 'label' } | { kind: 'status'; id: string } | { kind: 'total' } | { kind: 'rate' };

/** Ascending or descending. */
export type SortDirection = 'ascending' | 'descending';

/** The rows in the column's order; ties keep the summary's order, and a rate of `null` goes last either way. */
export function sortGroups(
  groups: readonly GroupSummary[],
  column: SortColumn | null,
  direction: SortDirection,
  compareText: (a: string, b: string) => number,
): GroupSummary[] {
  const rows = groups.map((group, index) => ({ group, index }));
  if (!column) return groups.slice();
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (group: GroupSummary): number | null =>
    column.kind === 'total' ? group.total : column.kind === 'rate' ? group.conversionRate : column.kind === 'status' ? group.counts[column.id] ?? 0 : null;
  rows.sort((a, b) => {
    if (column.kind === 'label') return sign * compareText(a.group.label, b.group.label) || a.index - b.index;
    const x = value(a.group);
    const y = value(b.group);
    if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
    return sign * (x - y) || a.index - b.index;
  });
  return rows.map((row) => row.group);
}

/** A stable string for a column, for keys and comparisons. */
export function columnKey(column: SortColumn): string {
  return column.kind === 'status' ? `status:${column.id}` : column.kind;
}
