/**
 * The tooltip every chart draws over its marks: one template, placed by the pure
 * {@link tooltipBox}, and its styles. It is hidden from assistive technology: the focused mark's
 * accessible name says the same.
 */
import { css, svg } from 'lit';
import { tooltipBox, type Box } from './frame.js';

/** The tooltip of text `lines` for `mark`, inside `bounds` (see {@link tooltipBox}). */
export function tooltip(mark: Box, lines: readonly string[], bounds: { width: number; height: number }) {
  const box = tooltipBox(mark, lines, bounds);
  return svg`<g class="tooltip" part="tooltip" aria-hidden="true" transform="translate(${box.x} ${box.y})">
    <rect width=${box.width} height=${box.height} rx="4"></rect>
    ${lines.map((line, k) => svg`<text x="8" y=${18 + k * 16}>${line}</text>`)}
  </g>`;
}

/** Styles of {@link tooltip}: the surface, a border, and no pointer events (it never hides what it points at). */
export const tooltipStyles = css`
  .tooltip {
    pointer-events: none;
  }
  .tooltip rect {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  @media (forced-colors: active) {
    .tooltip rect {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
