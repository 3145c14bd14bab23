import { css } from 'lit';
import { tablePrintStyles } from '../print.styles.js';
import { tokenStyles } from '../tokens.js';

export const styles = [
  tokenStyles,
  css`
  :host {
    --_header: var(--lead-header-color, color-mix(in srgb, currentColor 5%, var(--_surface)));
    display: block;
  }
  .frame {
    /* a long table below the fold is laid out only when it comes into view */
    content-visibility: auto;
    contain-intrinsic-size: auto 30rem;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--lead-radius, 8px);
    background: var(--_surface);
  }
  /* more than 200 groups: the table scrolls in its frame, which draws the rows in view */
  .frame.windowed {
    content-visibility: visible;
    max-height: var(--lead-table-height, 36rem);
    overflow-y: auto;
  }
  .windowed thead th {
    position: sticky;
    top: 0;
    z-index: 2;
  }
  .windowed thead th.start {
    z-index: 3;
  }
  .windowed tfoot th,
  .windowed tfoot td {
    position: sticky;
    bottom: 0;
    z-index: 2;
    background: var(--_surface);
  }
  .windowed tbody th[scope='row'] {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-width: 16rem;
  }
  tr.spacer td {
    padding: 0;
    border: 0;
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
    padding: 0.375rem 0.5rem;
    border-top: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    background: var(--_header);
    padding: 0;
    font-weight: 600;
  }
  thead th button {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    justify-content: flex-end;
    width: 100%;
    min-height: 2.25rem;
    padding: 0.375rem 0.5rem;
    white-space: normal;
    font: inherit;
    color: inherit;
    text-align: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  thead th.start button {
    justify-content: flex-start;
  }
  .arrow {
    display: inline-block;
    width: 0.75em;
    font-size: 0.7em;
  }
  th[scope='row'],
  thead th.start {
    text-align: start;
    white-space: normal;
    min-width: 7rem;
    position: sticky;
    left: 0;
    background: var(--_surface);
    z-index: 1;
  }
  thead th.start {
    background: var(--_header);
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-top-width: 2px;
  }
  td[tabindex] {
    cursor: pointer;
  }
  td[tabindex]:hover {
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  td:focus-visible,
  thead th button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  caption .rule {
    display: block;
    font-weight: 400;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  /* a count cell holds "count\nshare": the share is its second line, smaller and muted */
  td.count {
    white-space: pre-line;
    font-size: 0.75rem;
    line-height: 1.4;
    color: var(--_muted);
  }
  td.count::first-line {
    font-size: 0.875rem;
    color: var(--_ink);
  }
  .share {
    display: block;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    td:focus-visible,
    thead th button:focus-visible {
      outline-color: Highlight;
    }
  }
`,
  tablePrintStyles,
];
