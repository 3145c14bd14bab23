import { css } from 'lit';
import { tokenStyles } from '../tokens.js';

export const styles = [
  tokenStyles,
  css`
  :host {
    --_radius: var(--lead-radius, 6px);
    display: inline-block;
    position: relative;
    max-width: 100%;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part='control'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    box-sizing: border-box;
    max-width: min(20rem, 100%);
    min-height: 2rem;
    padding: 0.3rem 0.5rem;
    font-size: 0.875rem;
    text-align: start;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .chevron {
    flex: none;
    width: 0.625rem;
    height: 0.625rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  [part='panel'] {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: 10;
    box-sizing: border-box;
    min-width: 100%;
    width: max-content;
    max-width: min(22rem, 90vw);
    max-height: min(22rem, 70vh);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.5rem;
    font-size: 0.875rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem color-mix(in srgb, currentColor 18%, transparent);
  }
  [part='panel'].end {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  [part='panel'][hidden] {
    display: none;
  }
  [part='panel']:focus {
    outline: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='panel'] {
      animation: lead-multi-select-open 120ms ease-out;
    }
    .chevron {
      transition: transform 120ms ease-out;
    }
  }
  @keyframes lead-multi-select-open {
    from {
      opacity: 0;
      transform: translateY(-0.25rem);
    }
  }
  input[type='search'] {
    box-sizing: border-box;
    width: 100%;
    min-height: 2rem;
    margin-block-end: 0.375rem;
    padding: 0.3rem 0.4rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: 0.25rem;
  }
  .actions button {
    padding: 0.125rem 0.5rem;
    font-size: 0.8125rem;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  fieldset label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 1.75rem;
    padding: 0.125rem 0.25rem;
    border-radius: calc(var(--_radius) / 2);
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  fieldset label:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  input[type='checkbox'] {
    flex: none;
    width: 1rem;
    height: 1rem;
    margin: 0;
  }
  .status:not(:empty) {
    margin: 0.25rem;
    font-style: italic;
  }
  .status:empty {
    margin: 0;
  }
`,
];
