import { css } from 'lit';
import { dataTableStyles } from './data-table.js';
import { tokenStyles } from '../tokens.js';

/** What every chart element starts from: the tokens, the data-table alternative, its box, toolbar, SVG and text. */
export const chartStyles = [
  tokenStyles,
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
  `,
];
