import { html, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { groupHeading } from '../../data/csv.js';
import { foldSummary, OTHER_KEY, type FoldedSummary } from '../../data/fold.js';
import type { Lang, LeadSummary } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadSelectEvent } from '../../events/lead-select.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { fill, messages } from '../../i18n/messages.js';
import { LeadChartElement } from '../chart/chart-element.js';
import { statusPaint } from '../chart/status-paint.js';
import { RovingFocusController, type Cell } from '../chart/roving-focus-controller.js';
import { tooltip } from '../chart/tooltip.js';
import { styles } from './lead-status-chart.styles.js';
import { layoutStatusChart, type BarSegment, type StatusBar, type StatusChartLayout, type StatusChartMode } from './status-chart-layout.js';

/**
 * Horizontal stacked bars of lead status per group, from a SPEC §5 summary: count or
 * percent-of-group, a legend that hides and shows statuses, tooltips, and segments reachable with
 * the keyboard as a grid (one tab stop; Left / Right move within a bar, Up / Down to the same status
 * in the next bar, Home / End to the bar's first / last segment, Ctrl + Home / End to the chart's;
 * Enter or Space select; Escape hides the tooltip). Beyond `limit` groups the smallest fold into
 * "Other".
 *
 * @tag lead-status-chart
 * @fires lead-select - The user activated a segment (click, Enter or Space); detail `{groupBy, group, status, from, to}`.
 * @csspart heading - The title line.
 * @csspart chart - The SVG of the bars.
 * @csspart legend - The list of statuses.
 * @csspart modes - The count / percent switch.
 * @csspart tooltip - The tooltip drawn over the bars.
 * @cssprop --lead-status-<id>-color - Colour of a default status (`new`, `assigned`, `in_progress`, `customer`, `not_potential`, `stopped`, `duplicate`, `unknown`).
 * @cssprop --lead-palette-<n> - Colours 0–9 for statuses outside the default set.
 * @cssprop --lead-font-family - Font of the chart.
 * @cssprop --lead-text-color - Ink of labels and axis.
 * @cssprop --lead-grid-color - Colour of the axis grid lines.
 * @cssprop --lead-focus-color - Outline of the focused segment or control.
 * @cssprop --lead-surface-color - Background of the tooltip.
 * @cssprop --lead-border-color - Border of the tooltip and controls.
 */
export class LeadStatusChart extends LeadChartElement {
  static override styles = styles;

  /** The summary to draw (SPEC §5 `LeadSummary`). */
  @property({ attribute: false }) summary: LeadSummary | undefined;

  /** `count` draws lead counts; `percent` each status's share of its group. */
  @property({ reflect: true }) mode: StatusChartMode = 'count';

  /** Most bars drawn: beyond it the smallest groups fold into one "Other" bar. */
  @property({ type: Number }) limit = 30;

  /** The name of the grouping field, for the chart's title; defaults to the built-in field's name. */
  @property({ attribute: 'group-label' }) groupLabel: string | undefined;

  /** Status ids hidden through the legend. */
  @state() private _hidden = new Set<string>();

  /** Segments as a grid: a row per bar, its segments' statuses as columns. */
  private readonly _focus = new RovingFocusController(this, {
    axis: 'grid',
    rows: () => this._layout?.bars.map((bar) => bar.segments.map((segment) => segment.status)) ?? [],
    onActivate: (cell) => this._select(cell),
  });

  constructor() {
    super();
    // one listener for every segment, on the host like the keys: a chart of 30 bars has 200 segments
    this.addEventListener('click', (event) => {
      const cell = segmentOf(event);
      if (cell) this._select(cell);
    });
    this.addEventListener('pointerover', (event) => {
      const cell = segmentOf(event);
      if (cell) this._focus.tip = cell;
    });
  }
  private _layout: StatusChartLayout | undefined;
  private _folded: FoldedSummary | undefined;

  protected override willUpdate(): void {
    const summary = this.summary;
    if (!summary) {
      this._folded = this._layout = undefined;
      return;
    }
    this._folded = foldSummary(summary, this.limit, messages(this.language).other);
    this._layout = layoutStatusChart(this._folded, { width: this.availableWidth, mode: this.mode, hidden: this._hidden });
  }

  override render() {
    const summary = this._folded;
    const layout = this._layout;
    if (!summary || !layout) return nothing;
    const lang = this.language;
    const text = messages(lang);
    const title = fill(text.chartTitle, {
      group: (this.groupLabel ?? groupHeading(summary.groupBy, lang)).toLocaleLowerCase(lang),
    });
    const description = fill(text.chartDescription, {
      groups: formatCount(lang, this.summary!.groups.length),
      total: formatCount(lang, summary.totals.total),
    });
    return html`
      <p class="heading" part="heading">${title}</p>
      <div class="toolbar">
        <ul class="legend" part="legend" aria-label=${text.status}>
          ${summary.statuses.map((status, index) => {
            const paint = statusPaint(status, index);
            return html`<li>
              <button type="button" aria-pressed=${this._hidden.has(status.id) ? 'false' : 'true'} @click=${() => this._toggle(status.id)}>
                <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
                  <rect class=${paint.className} fill=${ifDefined(paint.fill)} width="10" height="10" rx="2"></rect>
                </svg>
                ${status.label}
              </button>
            </li>`;
          })}
        </ul>
        ${this.renderDataTableToggle(text.dataTable)}
        <div class="modes" part="modes" role="group" aria-label=${text.chartMode}>
          ${(['count', 'percent'] as const).map(
            (mode) => html`<button type="button" aria-pressed=${this.mode === mode ? 'true' : 'false'} @click=${() => (this.mode = mode)}>
              ${mode === 'count' ? text.count : text.percent}
            </button>`,
          )}
        </div>
      </div>
      ${this.renderChart(
        layout,
        { label: title, description, onPointerLeave: () => (this._focus.tip = null) },
        svg`<g class="grid" aria-hidden="true">
          ${layout.ticks.map(
            (tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${layout.top} y2=${layout.bottom}></line>
              <text class="tick" x=${tick.x} y=${layout.bottom + 16}>${layout.mode === 'percent' ? formatPercent(lang, tick.value) : formatCount(lang, tick.value)}</text>`,
          )}
        </g>
        ${
          // by position (Lit reuses an array's templates by index): a new range reorders the
          // groups, and each bar rewrites its segments in place instead of moving; the tab stop,
          // kept by position too, stays where it was
          layout.bars.map((bar, index) => this._renderBar(bar, index, summary, lang))
        }
        ${this._renderTooltip(summary, layout, lang)}`,
      )}
      ${this._renderDataTable(title, lang)}
    `;
  }

  private _renderDataTable(title: string, lang: Lang) {
    const summary = this.summary!;
    const text = messages(lang);
    const percent = this.mode === 'percent';
    const value = (count: number, total: number) =>
      percent ? formatPercent(lang, total === 0 ? null : count / total) : formatCount(lang, count);
    return this.renderDataTable(
      title,
      [this.groupLabel ?? groupHeading(summary.groupBy, lang), ...summary.statuses.map((status) => status.label), text.total],
      () =>
        [...summary.groups, summary.totals].map((group) => ({
          label: group.label,
          cells: [...summary.statuses.map((status) => value(group.counts[status.id]!, group.total)), formatCount(lang, group.total)],
        })),
    );
  }

  private _renderBar(bar: StatusBar, index: number, summary: FoldedSummary, lang: Lang) {
    const other = bar.group.key === OTHER_KEY;
    const label = other ? `${bar.group.label} (${formatCount(lang, summary.folded)})` : bar.group.label;
    return svg`<g class="bar">
      <text class="label" x="0" y=${bar.y + bar.height / 2}><title>${label}</title>${bar.shortLabel}</text>
      ${bar.segments.map((segment, k) => this._renderSegment(bar, segment, { row: index, index: k }, summary, lang, label))}
    </g>`;
  }

  private _renderSegment(bar: StatusBar, segment: BarSegment, cell: Cell, summary: FoldedSummary, lang: Lang, label: string) {
    const status = summary.statuses[segment.index]!;
    const paint = statusPaint(status, segment.index);
    const name = `${label}, ${status.label}: ${formatCount(lang, segment.value)} (${formatPercent(lang, segment.share)})`;
    return svg`<rect class=${paint.className} fill=${ifDefined(paint.fill)} x=${segment.x} y=${bar.y} width=${segment.width} height=${bar.height}
      role="button" tabindex=${this._focus.tabindex(cell.index, cell.row)} aria-label=${name} aria-disabled=${bar.group.key === OTHER_KEY ? 'true' : 'false'}
      data-row=${cell.row} data-index=${cell.index}></rect>`;
  }

  private _renderTooltip(summary: FoldedSummary, layout: StatusChartLayout, lang: Lang) {
    const cell = this._focus.tip;
    const bar = cell && layout.bars[cell.row];
    const segment = bar?.segments[cell!.index];
    if (!bar || !segment) return nothing;
    const status = summary.statuses[segment.index]!;
    const lines = [bar.group.label, `${status.label}: ${formatCount(lang, segment.value)} (${formatPercent(lang, segment.share)})`];
    return tooltip({ x: segment.x, y: bar.y, width: segment.width, height: bar.height }, lines, layout);
  }

  private _toggle(status: string) {
    const hidden = new Set(this._hidden);
    if (!hidden.delete(status)) hidden.add(status);
    this._hidden = hidden;
  }

  private _select(cell: Cell) {
    const summary = this._folded;
    const bar = this._layout?.bars[cell.row];
    const segment = bar?.segments[cell.index];
    if (!summary || !bar || !segment || bar.group.key === OTHER_KEY) return;
    this.dispatchEvent(
      new LeadSelectEvent({
        groupBy: summary.groupBy,
        group: bar.group.key,
        status: segment.status,
        from: summary.range.from,
        to: summary.range.to,
      }),
    );
  }
}

/** The segment an event happened on (its `data-row` and `data-index`), or `null`. */
function segmentOf(event: Event): Cell | null {
  const target = event.composedPath()[0];
  if (!(target instanceof SVGRectElement) || target.dataset.index === undefined) return null;
  return { row: Number(target.dataset.row), index: Number(target.dataset.index) };
}

defineElement('lead-status-chart', LeadStatusChart);

declare global {
  interface HTMLElementTagNameMap {
    'lead-status-chart': LeadStatusChart;
  }
}
