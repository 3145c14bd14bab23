import { css } from 'lit';
import { statusPaintStyles } from '../status-paint.js';

export const styles = [
  statusPaintStyles,
  css`
    :host {
      --_ink: var(--lead-text-color, currentColor);
      --_grid: var(--lead-grid-color, color-mix(in srgb, currentColor 18%, transparent));
      display: block;
      font-family: var(--lead-font-family, inherit);
      color: var(--_ink);
    }
    :host([hidden]) {
      display: none;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
    }
    .legend button {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font: inherit;
      font-size: 0.8125rem;
      color: inherit;
      background: none;
      border: 1px solid transparent;
      border-radius: 4px;
      padding: 0.125rem 0.375rem;
      cursor: pointer;
    }
    .legend button[aria-pressed='false'] {
      opacity: 0.55;
      text-decoration: line-through;
    }
    .legend button:focus-visible {
      outline: 2px solid var(--lead-focus-color, Highlight);
      outline-offset: 1px;
    }
    .swatch {
      width: 0.75rem;
      height: 0.75rem;
    }
    svg[part='chart'] {
      display: block;
      max-width: 100%;
      overflow: visible;
    }
    .grid line {
      stroke: var(--_grid);
    }
    text {
      fill: var(--_ink);
      font-size: 12px;
    }
    .tick {
      text-anchor: middle;
      font-variant-numeric: tabular-nums;
    }
    .label {
      dominant-baseline: central;
    }
    rect[role='button'] {
      cursor: pointer;
    }
    rect[role='button']:focus-visible {
      outline: none;
      stroke: var(--lead-focus-color, Highlight);
      stroke-width: 2px;
    }
  `,
];
