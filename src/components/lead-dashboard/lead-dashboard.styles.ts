import { css } from 'lit';

export const styles = css`
  :host {
    --_ink: var(--lead-text-color, currentColor);
    --_muted: var(--lead-muted-color, color-mix(in srgb, currentColor 68%, transparent));
    --_surface: var(--lead-surface-color, Canvas);
    --_border: var(--lead-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_radius: var(--lead-radius, 8px);
    display: block;
    container-type: inline-size;
    font-family: var(--lead-font-family, system-ui, sans-serif);
    color: var(--_ink);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: 0.75rem;
  }
  .range {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .notice,
  .empty,
  .error {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error {
    border-color: var(--lead-error-color, #b3261e);
  }
  lead-status-chart {
    margin-bottom: 1rem;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--lead-focus-color, Highlight);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5rem 0.75rem;
  }
  th,
  td {
    padding: 0.375rem 0.75rem;
    border-top: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
    min-width: 8rem;
  }
  thead th {
    font-weight: 600;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  .share {
    display: block;
    font-size: 0.75rem;
    color: var(--_muted);
  }
`;
