import { css } from 'lit';
import { chartStyles } from '../chart/chart.styles.js';
import { statusPaintStyles } from '../chart/status-paint.js';

export const styles = [
  chartStyles,
  statusPaintStyles,
  css`
  .heading {
    margin: 0 0 0.5rem;
    font-weight: 600;
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
