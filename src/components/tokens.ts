/**
 * The public tokens every element reads, with their fallbacks, into private `--_x` properties.
 * The public `--lead-*` properties are never declared here, so a page's `:root` rule reaches
 * every instance; ink defaults to currentColor and surfaces to the page's Canvas. Also the one
 * visually-hidden class every element uses for text meant for assistive technology only.
 */
import { css } from 'lit';

export const tokenStyles = css`
  :host {
    --_ink: var(--lead-text-color, currentColor);
    --_muted: var(--lead-muted-color, color-mix(in srgb, currentColor 70%, transparent));
    --_surface: var(--lead-surface-color, Canvas);
    --_border: var(--lead-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_grid: var(--lead-grid-color, color-mix(in srgb, currentColor 18%, transparent));
    --_radius: var(--lead-radius, 8px);
    --_focus: var(--lead-focus-color, Highlight);
    font-family: var(--lead-font-family, inherit);
    color: var(--_ink);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* read by assistive technology, not shown */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
