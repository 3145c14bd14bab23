import { css } from 'lit';
import { tokenStyles } from '../tokens.js';

export const styles = [
  tokenStyles,
  css`
  :host {
    display: block;
  }
  dl {
    display: grid;
    /* min() keeps one tile inside a container narrower than 9rem instead of overflowing it */
    grid-template-columns: repeat(auto-fit, minmax(min(7.5rem, 100%), 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .kpi {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  dt {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  dd {
    margin: 0;
  }
  .value {
    font-size: 1.5rem;
    font-weight: 600;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .basis {
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .delta {
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  .delta.up .arrow {
    color: var(--lead-increase-color, var(--lead-status-customer-color, #2e8540));
  }
  .delta.down .arrow {
    color: var(--lead-decrease-color, var(--lead-status-not_potential-color, #c0392b));
  }
  .rule {
    margin: 0.375rem 0 0;
    color: var(--_muted);
    font-size: 0.75rem;
  }
  @media (forced-colors: active) {
    .kpi {
      border-color: CanvasText;
    }
    .delta .arrow {
      color: CanvasText;
    }
  }
`,
];
