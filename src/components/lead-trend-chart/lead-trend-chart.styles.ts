import { css } from 'lit';
import { chartStyles } from '../chart/chart.styles.js';
import { statusPaintStyles } from '../chart/status-paint.js';
import { tooltipStyles } from '../chart/tooltip.js';

export const styles = [
  chartStyles,
  statusPaintStyles,
  tooltipStyles,
  css`
    .toolbar {
      align-items: center;
      justify-content: flex-end;
      margin-bottom: 0.5rem;
    }
    .heading {
      margin: 0 auto 0 0;
      font-weight: 600;
    }
    .units {
      display: inline-flex;
      border: 1px solid var(--_border);
      border-radius: 6px;
      overflow: hidden;
    }
    .units button {
      font: inherit;
      font-size: 0.8125rem;
      color: inherit;
      background: none;
      border: none;
      padding: 0.125rem 0.5rem;
      min-height: 1.75rem;
      cursor: pointer;
    }
    .units button[aria-pressed='true'] {
      background: color-mix(in srgb, currentColor 12%, transparent);
      font-weight: 600;
    }
    .units button:disabled {
      cursor: default;
      opacity: 0.5;
    }
    .units button:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
    }
    svg[part='chart'] {
      user-select: none;
    }
    .tick {
      text-anchor: end;
      dominant-baseline: central;
      font-variant-numeric: tabular-nums;
    }
    .date {
      text-anchor: middle;
    }
    .bars g {
      transition: opacity 160ms ease-out;
    }
    .bars .dim {
      opacity: 0.55;
    }
    .option {
      fill: transparent;
      pointer-events: none;
    }
    .option:focus {
      outline: none;
    }
    .option:focus-visible {
      stroke: var(--_focus);
      stroke-width: 2px;
    }
    /* CSS outranks the presentation attributes d3-brush writes */
    .brush .selection {
      fill: var(--_focus);
      fill-opacity: 0.15;
      stroke: var(--_focus);
      stroke-width: 1px;
    }
    .brush .handle {
      fill: none;
    }
    .empty {
      margin: 0.5rem 0;
      color: var(--_muted);
    }
    @media (prefers-reduced-motion: reduce) {
      .bars g {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .option:focus-visible {
        stroke: Highlight;
      }
      .brush .selection {
        fill: Highlight;
        stroke: Highlight;
      }
    }
  `,
];
