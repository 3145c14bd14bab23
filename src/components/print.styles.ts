/**
 * Print styles: what a dashboard looks like on paper (or in "Save as PDF"). Black on white
 * whatever the page's theme, status colours kept, no controls, nothing cut in half when it fits on
 * a page, the whole table visible.
 *
 * `printStyles` goes into `<lead-dashboard>`'s styles. It targets these nodes of the dashboard's
 * shadow root:
 *
 * | selector | in print |
 * |---|---|
 * | `:host` | black ink, white background, light `color-scheme`, `print-color-adjust: exact` (private `--_*` properties only) |
 * | `:host > *` | the light tokens forced for everything inside: `--lead-text-color` `#000`, `--lead-muted-color` `#3a3a3a`, `--lead-surface-color` and `--lead-header-color` `#fff`, `--lead-border-color` `#8a8a8a`, `--lead-grid-color` `#c8c8c8`, `--lead-reference-color` `#000`; status colours (`--lead-status-*`, `--lead-palette-*`) untouched |
 * | `lead-filter-bar`, `button` (the CSV, retry and any export or share button), `.no-print` | hidden |
 * | `.skeleton`, `.status-line` | hidden |
 * | `.header`, `.meta` | a block; the header never ends a page |
 * | `.range` | the time range, large and bold, in ink |
 * | `.content`, `.charts` | block flow (printing fragments block boxes most reliably) |
 * | `.content.stale` | undimmed (the error text above it still says the data is stale) |
 * | `lead-kpi-strip`, `lead-status-chart`, `lead-conversion-chart`, `.notice`, `.empty`, `.error` | `break-inside: avoid` |
 * | `lead-status-chart::part(modes)`, `::part(tooltip)` | hidden |
 * | `lead-table` | as wide as its content (at least the page): its horizontal scroll never hides columns; a table wider than the page makes the browser shrink the page to fit |
 * | `lead-table::part(table)` | a smaller type size |
 *
 * Rows live in `<lead-table>`'s own shadow root, out of the dashboard's reach: `tablePrintStyles`
 * is the block for that element's styles (rows unbroken, header repeated on each page, no scroll
 * frame). `chartPrintStyles` is the block for a standalone chart's styles (no mode switch, data
 * table button or tooltip; the chart unbroken).
 */
import { css } from 'lit';

/** The light palette forced in print, as the public tokens children read… */
const PAPER_TOKENS = css`
  --lead-text-color: #000;
  --lead-muted-color: #3a3a3a;
  --lead-surface-color: #fff;
  --lead-header-color: #fff;
  --lead-border-color: #8a8a8a;
  --lead-grid-color: #c8c8c8;
  --lead-reference-color: #000;
  --lead-focus-color: transparent;
`;

/** …and as the private properties an element derives from them on its own `:host`. */
const PAPER = css`
  --_ink: #000;
  --_muted: #3a3a3a;
  --_surface: #fff;
  --_border: #8a8a8a;
  --_grid: #c8c8c8;
  --_focus: transparent;
  color: #000;
  color-scheme: light;
`;

/** Print rules for `<lead-dashboard>`'s shadow root (see the module documentation). */
export const printStyles = css`
  @media print {
    /* :host(:not([hidden])) outranks the screen :host rules wherever this block is added */
    :host(:not([hidden])) {
      ${PAPER}
      background: #fff;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    /* public tokens on the children, never on :host (SPEC §4); children derive their own from them */
    :host > * {
      ${PAPER_TOKENS}
      ${PAPER}
    }
    lead-filter-bar,
    button,
    .no-print,
    .skeleton,
    .status-line {
      display: none !important;
    }
    .header,
    .meta {
      display: block;
    }
    .header {
      break-after: avoid;
      margin-bottom: 0.75rem;
    }
    .range {
      color: #000;
      font-size: 14pt;
      font-weight: 600;
      margin: 0;
    }
    .content,
    .charts {
      display: block;
    }
    .content.stale {
      opacity: 1;
    }
    .content > *,
    .charts > * {
      margin-bottom: 0.75rem;
    }
    lead-kpi-strip,
    lead-status-chart,
    lead-conversion-chart,
    .notice,
    .empty,
    .error {
      break-inside: avoid;
    }
    lead-status-chart::part(modes),
    lead-status-chart::part(tooltip) {
      display: none;
    }
    lead-table {
      width: max-content;
      min-width: 100%;
      max-width: none;
    }
    lead-table::part(table) {
      font-size: 9pt;
    }
  }
`;

/** Print rules for `<lead-table>`'s own shadow root: whole rows, a header on every page, no scroll frame. */
export const tablePrintStyles = css`
  @media print {
    :host(:not([hidden])) {
      ${PAPER}
      --_header: #fff;
    }
    .frame {
      overflow: visible;
      content-visibility: visible;
      border-color: #8a8a8a;
      background: #fff;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    th[scope='row'],
    thead th.start {
      position: static;
    }
    .arrow {
      display: none;
    }
  }
`;

/** Print rules for a standalone chart's shadow root: the chart unbroken, no interactive-only UI. */
export const chartPrintStyles = css`
  @media print {
    :host(:not([hidden])) {
      ${PAPER}
      --_reference: #000;
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .modes,
    .data-table-toggle,
    .tooltip {
      display: none !important;
    }
  }
`;
