import { css } from 'lit';
import { tokenStyles } from '../tokens.js';

export const styles = [
  tokenStyles,
  css`
  :host {
    display: block;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: end;
    margin: 0;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    font-size: 0.8125rem;
    min-width: 0;
  }
  select,
  input {
    font: inherit;
    font-size: 0.875rem;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--lead-radius, 6px);
    padding: 0.3rem 0.4rem;
    min-height: 2rem;
    max-width: 100%;
  }
  lead-multi-select {
    max-width: 100%;
  }
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--lead-focus-color, Highlight);
    outline-offset: 1px;
  }
`,
];
