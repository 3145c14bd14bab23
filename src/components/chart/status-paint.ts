/**
 * Status colours. Default ids read `--lead-status-<id>-color`, other sets the ordered
 * `--lead-palette-<n>`, each with an accessible fallback; a validated `#rgb` / `#rrggbb` colour from
 * the status set is the only colour ever taken from data, and only as an SVG `fill` attribute.
 */
import { css, unsafeCSS } from 'lit';
import type { SummaryStatus } from '../../data/types.js';

const DEFAULT_COLORS: Record<string, string> = {
  new: '#3b6fb6',
  assigned: '#7a52c2',
  in_progress: '#b06a00',
  customer: '#2e8540',
  not_potential: '#c0392b',
  stopped: '#6b7280',
  duplicate: '#a0527a',
  unknown: '#4b5563',
};

const PALETTE = ['#3b6fb6', '#b06a00', '#2e8540', '#c0392b', '#7a52c2', '#00838f', '#a0527a', '#6d7a00', '#4b5563', '#c2185b'];

/** The class and fill of a status mark. */
export interface StatusPaint {
  className: string;
  fill: string | undefined;
}

/** How to paint the status in column `index` of a summary. */
export function statusPaint(status: SummaryStatus, index: number): StatusPaint {
  if (status.color) return { className: 'mark', fill: status.color };
  if (Object.hasOwn(DEFAULT_COLORS, status.id)) return { className: `mark st-${status.id}`, fill: undefined };
  return { className: `mark pal-${index % PALETTE.length}`, fill: undefined };
}

/** The rules behind {@link statusPaint}'s classes. */
export const statusPaintStyles = css`
  ${unsafeCSS(
    Object.entries(DEFAULT_COLORS)
      .map(([id, color]) => `.st-${id} { fill: var(--lead-status-${id}-color, ${color}); }`)
      .join('\n'),
  )}
  ${unsafeCSS(PALETTE.map((color, n) => `.pal-${n} { fill: var(--lead-palette-${n}, ${color}); }`).join('\n'))}
  @media (forced-colors: active) {
    .mark { fill: CanvasText; stroke: Canvas; }
  }
`;
