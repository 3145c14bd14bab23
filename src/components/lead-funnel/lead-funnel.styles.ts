import { css } from 'lit';
import { dataTableStyles } from '../chart-data-table.js';
import { statusPaintStyles } from '../status-paint.js';
import { tokenStyles } from '../tokens.js';

export const styles = [
  tokenStyles,
  statusPaintStyles,
  dataTableStyles,
  css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  svg[part='chart'] {
    display: block;
    max-width: 100%;
    overflow: visible;
  }
  text {
    fill: var(--_ink);
    font-size: 12px;
  }
  .name {
    font-weight: 600;
  }
  .count {
    text-anchor: end;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .rates {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .hit {
    fill: transparent;
  }
  .stage {
    cursor: pointer;
  }
  .stage:hover .mark {
    opacity: 0.85;
  }
  .target:focus {
    outline: none;
  }
  .target:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  @media (forced-colors: active) {
    text,
    .rates {
      fill: CanvasText;
    }
    .target:focus-visible .hit {
      stroke: Highlight;
    }
  }
`,
];
