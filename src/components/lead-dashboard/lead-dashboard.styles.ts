import { css } from 'lit';
import { printStyles } from '../print.styles.js';
import { tokenStyles } from '../tokens.js';

export const styles = [
  tokenStyles,
  css`
  :host {
    --_gap: var(--lead-gap, 1rem);
    display: block;
    container-type: inline-size;
    min-width: 0;
    font-family: var(--lead-font-family, system-ui, sans-serif);
    line-height: 1.4;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem var(--_gap);
    margin-bottom: var(--_gap);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .range {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.75rem;
    min-height: 2rem;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .notice,
  .empty,
  .error,
  .status-line {
    margin: 0 0 var(--_gap);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status-line {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    border-color: var(--lead-error-color, #b3261e);
    border-inline-start-width: 4px;
  }
  .error p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .error .stale {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .content {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .content.stale {
    opacity: 0.75;
  }
  .charts {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 60rem) {
    .charts {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .charts.secondary {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 60rem) {
    .charts.secondary {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .panel {
    margin: 0;
    min-width: 0;
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .panel-tools {
    display: flex;
    justify-content: flex-end;
    gap: 0.25rem;
  }
  .panel-tools button {
    font-size: 0.75rem;
    padding: 0.125rem 0.5rem;
    min-height: 1.5rem;
  }
  .compare {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-size: 0.8125rem;
  }
  .hint {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .compare select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2rem 0.3rem;
    min-height: 2rem;
  }
  .empty {
    text-align: center;
    padding: 2rem 1rem;
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  .bone {
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 8%, transparent);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone.kpis {
    height: 4.5rem;
  }
  .bone.chart {
    height: 16rem;
  }
  .bone.table {
    height: 12rem;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`,
  printStyles,
];
