import { css } from 'lit';
import { chartStyles } from '../chart/chart.styles.js';
import { statusPaintStyles } from '../chart/status-paint.js';
import { tooltipStyles } from '../chart/tooltip.js';

export const styles = [
  chartStyles,
  statusPaintStyles,
  tooltipStyles,
  css`
    .heading {
      margin: 0 0 0.5rem;
      font-weight: 600;
    }
    .toolbar {
      margin-bottom: 0.5rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    button {
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
      min-height: 1.75rem;
    }
    .legend button[aria-pressed='false'] {
      opacity: 0.6;
      text-decoration: line-through;
    }
    .modes {
      display: inline-flex;
      border: 1px solid var(--_border);
      border-radius: 6px;
      overflow: hidden;
    }
    .modes button {
      border-radius: 0;
    }
    .modes button[aria-pressed='true'] {
      background: color-mix(in srgb, currentColor 12%, transparent);
      font-weight: 600;
    }
    button:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 1px;
    }
    .swatch {
      width: 0.75rem;
      height: 0.75rem;
      flex: none;
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
      transition: opacity 120ms ease-out;
    }
    rect[role='button'][aria-disabled='true'] {
      cursor: default;
    }
    rect[role='button']:hover {
      opacity: 0.85;
    }
    rect[role='button']:focus {
      outline: none;
    }
    rect[role='button']:focus-visible {
      stroke: var(--_focus);
      stroke-width: 3px;
    }
    @media (prefers-reduced-motion: reduce) {
      rect[role='button'] {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      rect[role='button']:focus-visible {
        stroke: Highlight;
      }
    }
  `,
];
