/**
 * Sorting the table's rows by a column. Pure: the element keeps the choice, this orders the groups.
 */
import type { GroupSummary } from '../../data/types.js';

/** A sortable column: the group label, a status count, the total, the change of the total or the conversion rate. */
export type SortColumn = { kind: 'label' } | { kind: 'status'; id: string } | { kind: 'total' } | { kind: 'delta' } | { kind: 'rate' };

/** Ascending or descending. */
export type SortDirection = 'ascending' | 'descending';

/**
 * The rows in the column's order; ties keep the summary's order, and a rate of `null` (or a group
 * without a change) goes last either way. `deltas` holds the change of each group's total by key.
 */
export function sortGroups(
  groups: readonly GroupSummary[],
  column: SortColumn | null,
  direction: SortDirection,
  compareText: (a: string, b: string) => number,
  deltas?: ReadonlyMap<string | null, number>,
): GroupSummary[] {
  const rows = groups.map((group, index) => ({ group, index }));
  if (!column) return groups.slice();
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (group: GroupSummary): number | null => {
    switch (column.kind) {
      case 'total':
        return group.total;
      case 'delta':
        return deltas?.get(group.key) ?? null;
      case 'rate':
        return group.conversionRate;
      case 'status':
        return group.counts[column.id] ?? 0;
      default:
        return null;
    }
  };
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
