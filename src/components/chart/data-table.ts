/**
 * The table alternative of a chart (SPEC §4: every chart has an equivalent table reachable by
 * everyone): a disclosure button in the chart's toolbar and, when open, a plain data table of what
 * the chart draws, both rendered by `LeadChartElement`. Inside <lead-dashboard> the full table is
 * already there and the charts hide it.
 */
import { css } from 'lit';

/** A row of the alternative table: the group's label, then one text per column. */
export interface DataTableRow {
  label: string;
  cells: string[];
}

/** Styles of the toggle and the table. */
export const dataTableStyles = css`
  .data-table-toggle {
    font: inherit;
    font-size: 0.8125rem;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.125rem 0.5rem;
    min-height: 1.75rem;
    cursor: pointer;
  }
  .data-table-toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .data-table {
    border-collapse: collapse;
    margin-top: 0.5rem;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    width: 100%;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .data-table th,
  .data-table td {
    padding: 0.25rem 0.5rem;
    border-top: 1px solid var(--_border);
    text-align: end;
  }
  .data-table .start {
    text-align: start;
  }
`;
