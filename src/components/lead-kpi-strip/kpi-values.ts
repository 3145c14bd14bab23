/**
 * The five headline numbers of a summary (SPEC §4 KPI strip), from its totals row. Pure: no DOM.
 */
import type { LeadSummary } from '../../data/types.js';

/** The numbers the KPI strip shows. */
export interface KpiValues {
  /** Every lead in the summary. */
  total: number;
  /** Leads dispatched to a salesperson: the total minus the leads of kind `new`. */
  assigned: number;
  /** The `in_progress` status when the set has it, else the `open` statuses other than `assigned`. */
  inProgress: number;
  /** Leads of kind `won`. */
  customers: number;
  /** The overall conversion rate, a fraction, or `null` when there is no base. */
  conversionRate: number | null;
}

/** Computes the KPI strip's numbers from a summary's totals and status set. */
export function kpiValues(summary: LeadSummary): KpiValues {
  const { totals, statuses } = summary;
  const count = (id: string) => totals.counts[id] ?? 0;
  const sum = (ids: string[]) => ids.reduce((total, id) => total + count(id), 0);
  const fresh = sum(statuses.filter((status) => status.kind === 'new').map((status) => status.id));
  const inProgress = statuses.some((status) => status.id === 'in_progress')
    ? count('in_progress')
    : sum(statuses.filter((status) => status.kind === 'open' && status.id !== 'assigned').map((status) => status.id));
  return {
    total: totals.total,
    assigned: totals.total - fresh,
    inProgress,
    customers: totals.won,
    conversionRate: totals.conversionRate,
  };
}
