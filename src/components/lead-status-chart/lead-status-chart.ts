import { LitElement, html, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { groupHeading } from '../../data/csv.js';
import type { Lang, LeadSummary } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadSelectEvent } from '../../events/lead-select.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { fill, messages } from '../../i18n/messages.js';
import { statusPaint } from '../status-paint.js';
import { WidthController } from '../width-controller.js';
import { styles } from './lead-status-chart.styles.js';
import { layoutStatusChart, type BarSegment, type StatusBar, type StatusChartMode } from './status-chart-layout.js';

/**
 * Horizontal stacked bars of lead status per group, from a SPEC §5 summary.
 *
 * @tag lead-status-chart
 * @fires lead-select - The user activated a segment; detail `{groupBy, group, status, from, to}`.
 * @csspart chart - The SVG of the bars.
 * @csspart legend - The list of statuses.
 * @cssprop --lead-status-<id>-color - Colour of a default status (`new`, `assigned`, …, `unknown`).
 * @cssprop --lead-palette-<n> - Colours 0–9 for statuses outside the default set.
 * @cssprop --lead-font-family - Font of the chart.
 * @cssprop --lead-text-color - Ink of labels and axis.
 * @cssprop --lead-grid-color - Colour of the axis grid lines.
 */
export class LeadStatusChart extends LitElement {
  static override styles = styles;

  /** The summary to draw (SPEC §5 `LeadSummary`). */
  @property({ attribute: false }) summary: LeadSummary | undefined;

  /** `count` draws lead counts; `percent` each status's share of its group. */
  @property({ reflect: true }) mode: StatusChartMode = 'count';

  /** The name of the grouping field, for the chart's title; defaults to the built-in field's name. */
  @property({ attribute: 'group-label' }) groupLabel: string | undefined;

  /** Interface language, `vi` or `en`; otherwise the nearest `lang` ancestor, then `vi`. */
  @property({ reflect: true }) override lang = '';

  /** Status ids hidden through the legend. */
  @state() private _hidden = new Set<string>();

  private readonly _width = new WidthController(this);

  override render() {
    const summary = this.summary;
    const lang: Lang = resolveElementLang(this);
    if (!summary) return nothing;
    const text = messages(lang);
    const layout = layoutStatusChart(summary, { width: this._width.width, mode: this.mode, hidden: this._hidden });
    const title = fill(text.chartTitle, {
      group: (this.groupLabel ?? groupHeading(summary.groupBy, lang)).toLocaleLowerCase(lang),
    });
    const description = fill(text.chartDescription, {
      groups: formatCount(lang, summary.groups.length),
      total: formatCount(lang, summary.totals.total),
    });
    return html`
      <ul class="legend" part="legend">
        ${summary.statuses.map((status, index) => {
          const paint = statusPaint(status, index);
          return html`<li>
            <button type="button" aria-pressed=${this._hidden.has(status.id) ? 'false' : 'true'} @click=${() => this._toggle(status.id)}>
              <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class=${paint.className} fill=${ifDefined(paint.fill)} width="10" height="10" rx="2"></rect></svg>
              ${status.label}
            </button>
          </li>`;
        })}
      </ul>
      <svg part="chart" role="img" aria-label=${title} aria-describedby="desc" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
        <desc id="desc">${description}</desc>
        <g class="grid" aria-hidden="true">
          ${layout.ticks.map(
            (tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${layout.top} y2=${layout.bottom}></line>
              <text class="tick" x=${tick.x} y=${layout.bottom + 16}>${layout.mode === 'percent' ? formatPercent(lang, tick.value) : formatCount(lang, tick.value)}</text>`,
          )}
        </g>
        ${repeat(layout.bars, (bar) => bar.group.key ?? '\u0000null', (bar) => this._renderBar(bar, summary, lang))}
      </svg>
    `;
  }

  private _renderBar(bar: StatusBar, summary: LeadSummary, lang: Lang) {
    return svg`<g class="bar">
      <text class="label" x="0" y=${bar.y + bar.height / 2}><title>${bar.group.label}</title>${bar.shortLabel}</text>
      ${bar.segments.map((segment) => this._renderSegment(bar, segment, summary, lang))}
    </g>`;
  }

  private _renderSegment(bar: StatusBar, segment: BarSegment, summary: LeadSummary, lang: Lang) {
    const status = summary.statuses[segment.index]!;
    const paint = statusPaint(status, segment.index);
    const name = `${bar.group.label}, ${status.label}: ${formatCount(lang, segment.value)} (${formatPercent(lang, segment.share)})`;
    return svg`<rect class=${paint.className} fill=${ifDefined(paint.fill)} x=${segment.x} y=${bar.y} width=${segment.width} height=${bar.height}
      role="button" aria-label=${name} @click=${() => this._select(bar, segment, summary)}><title>${name}</title></rect>`;
  }

  private _toggle(status: string) {
    const hidden = new Set(this._hidden);
    if (!hidden.delete(status)) hidden.add(status);
    this._hidden = hidden;
  }

  private _select(bar: StatusBar, segment: BarSegment, summary: LeadSummary) {
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

defineElement('lead-status-chart', LeadStatusChart);

declare global {
  interface HTMLElementTagNameMap {
    'lead-status-chart': LeadStatusChart;
  }
}
