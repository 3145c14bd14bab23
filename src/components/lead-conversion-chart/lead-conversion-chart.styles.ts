import { css } from 'lit';
import { chartStyles } from '../chart/chart.styles.js';

export const styles = [
  chartStyles,
  css`
  :host {
    --_bar: var(--lead-accent-color, var(--lead-status-customer-color, #2e8540));
    --_reference: var(--lead-reference-color, currentColor);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75rem;
    margin: 0 0 0.5rem;
  }
  .title {
    font-weight: 600;
  }
  .basis {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .tick {
    text-anchor: middle;
    font-variant-numeric: tabular-nums;
  }
  .label,
  .value {
    dominant-baseline: central;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  .bar {
    fill: var(--_bar);
  }
  .hit {
    fill: transparent;
  }
  .reference {
    pointer-events: none;
  }
  .reference line {
    stroke: var(--_reference);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
  }
  .reference text {
    fill: var(--_reference);
    font-variant-numeric: tabular-nums;
  }
  .row:not(.other) {
    cursor: pointer;
  }
  .target:focus {
    outline: none;
  }
  .target:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .row:not(.other):hover .bar {
    opacity: 0.85;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
      opacity: 1;
    }
    text {
      fill: CanvasText;
    }
    .grid line,
    .reference line {
      stroke: GrayText;
    }
    .reference text {
      fill: CanvasText;
    }
    .target:focus-visible .hit {
      stroke: Highlight;
    }
  }
`,
];
