import { html, svg, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { groupHeading } from '../../data/csv.js';
import { foldSummary, OTHER_KEY } from '../../data/fold.js';
import type { Lang, LeadSummary } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadSelectEvent } from '../../events/lead-select.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { basisText, fill, messages } from '../../i18n/messages.js';
import { LeadChartElement } from '../chart/chart-element.js';
import { RovingFocusController } from '../chart/roving-focus-controller.js';
import { layoutConversionChart, type ConversionBar, type ConversionChartLayout } from './conversion-chart-layout.js';
import { styles } from './lead-conversion-chart.styles.js';

/**
 * Horizontal bars of the conversion rate per group, with the overall rate as a reference line, from
 * a SPEC §5 summary. The bars are one tab stop (Up / Down move, Home / End go to the first / last;
 * Enter or Space select). Beyond `limit` groups the smallest fold into "Other", which is no button.
 *
 * @tag lead-conversion-chart
 * @fires lead-select - The user activated a group's bar; detail `{groupBy, group, status, from, to}`, `status` the first won status.
 * @csspart heading - The line with the title and the conversion basis.
 * @csspart chart - The SVG of the bars.
 * @cssprop --lead-accent-color - Fill of the bars; defaults to the customer status colour.
 * @cssprop --lead-status-customer-color - Fill of the bars when `--lead-accent-color` is not set.
 * @cssprop --lead-reference-color - Colour of the overall-rate line and its label.
 * @cssprop --lead-grid-color - Colour of the axis grid lines.
 * @cssprop --lead-text-color - Ink of labels and axis.
 * @cssprop --lead-muted-color - Ink of the conversion basis in the heading.
 * @cssprop --lead-focus-color - Focus ring of a bar.
 * @cssprop --lead-font-family - Font of the chart.
 */
export class LeadConversionChart extends LeadChartElement {
  static override styles = styles;

  /** The summary to draw (SPEC §5 `LeadSummary`). */
  @property({ attribute: false }) summary: LeadSummary | undefined;

  /** The name of the grouping field, for the chart's title; defaults to the built-in field's name. */
  @property({ attribute: 'group-label' }) groupLabel: string | undefined;

  /** The most bars drawn; beyond it the smallest groups fold into one "Other" bar. */
  @property({ type: Number }) limit = 30;

  /** The bars as one list, Other left out. */
  private readonly _focus = new RovingFocusController(this, {
    axis: 'y',
    rows: () => [this._focusable],
    onActivate: (cell) => this._select(this._focusable[cell.index]!.group.key),
  });

  private _folded: LeadSummary | undefined;
  private _layout: ConversionChartLayout | undefined;
  /** The bars that are buttons (every group but Other), in order. */
  private _focusable: ConversionBar[] = [];

  protected override willUpdate(): void {
    const source = this.summary;
    if (!source) {
      this._folded = this._layout = undefined;
      this._focusable = [];
      return;
    }
    this._folded = foldSummary(source, this.limit, messages(this.language).other);
    this._layout = layoutConversionChart(this._folded, { width: this.availableWidth });
    this._focusable = this._layout.bars.filter((bar) => bar.group.key !== OTHER_KEY);
  }

  override render() {
    const source = this.summary;
    const summary = this._folded;
    const layout = this._layout;
    if (!source || !summary || !layout) return nothing;
    const lang = this.language;
    const text = messages(lang);
    const basis = basisText(text, summary.conversionBasis);
    const title = fill(text.conversionTitle, {
      group: (this.groupLabel ?? groupHeading(summary.groupBy, lang)).toLocaleLowerCase(lang),
    });
    const description = fill(text.conversionDescription, {
      basis,
      groups: formatCount(lang, source.groups.length),
      rate: formatPercent(lang, summary.totals.conversionRate),
    });
    const reference = layout.reference;
    return html`
      <div class="toolbar">
        <p class="heading" part="heading">
          <span class="title">${title}</span>
          <span class="basis">${text.conversionRate} ${basis}</span>
        </p>
        ${this.renderDataTableToggle(text.dataTable)}
      </div>
      ${this.renderChart(
        layout,
        { label: title, description, role: 'figure' },
        svg`<g class="grid" aria-hidden="true">
          ${layout.ticks.map(
            (tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${layout.top} y2=${layout.bottom}></line>
              <text class="tick" x=${tick.x} y=${layout.bottom + 16}>${formatPercent(lang, tick.value)}</text>`,
          )}
        </g>
        ${
          // by position (Lit reuses an array's templates by index): a new range reorders the
          // groups, and each row rewrites its texts and width in place instead of moving
          layout.bars.map((bar) => this._renderBar(bar, layout, lang))
        }
        ${
          reference
            ? svg`<g class="reference" aria-hidden="true">
              <line x1=${reference.x} x2=${reference.x} y1=${layout.top - 4} y2=${layout.bottom}></line>
              <text x=${reference.x} y=${layout.top - 7} text-anchor=${reference.anchor}>${fill(text.overallRate, {
                rate: formatPercent(lang, reference.value),
              })}</text>
            </g>`
            : nothing
        }`,
      )}
      ${this.renderDataTable(
        `${title} (${basis})`,
        [this.groupLabel ?? groupHeading(source.groupBy, lang), text.conversionRate, text.kpiCustomers, text.base],
        () =>
          [...source.groups, source.totals].map((group) => ({
            label: group.label,
            cells: [formatPercent(lang, group.conversionRate), formatCount(lang, group.won), formatCount(lang, group.base)],
          })),
      )}
    `;
  }

  private _renderBar(bar: ConversionBar, layout: ConversionChartLayout, lang: Lang) {
    const group = bar.group;
    const rate = formatPercent(lang, bar.rate);
    const other = group.key === OTHER_KEY;
    // The button holds no text (its name says it all, and axe wants visible text inside a named
    // control to be part of that name, which a shortened label is not); the texts beside it are
    // hidden from assistive technology except on the Other row, which is no button.
    const hidden = other ? undefined : 'true';
    const mark = bar.rate === null ? nothing : svg`<rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>`;
    const texts = svg`<text class="label" x="0" y=${bar.y + bar.height / 2} aria-hidden=${ifDefined(hidden)}><title>${group.label}</title>${bar.label}</text>
      <text class="value" x=${bar.valueX} y=${bar.y + bar.height / 2} aria-hidden=${ifDefined(hidden)}>${rate}</text>`;
    if (other) return svg`<g class="row other">${mark}${texts}</g>`;
    const name = `${group.label}: ${rate} (${formatCount(lang, group.won)} / ${formatCount(lang, group.base)})`;
    const index = this._focusable.indexOf(bar);
    return svg`<g class="row" @click=${() => this._select(group.key)}>
      <g class="target" role="button" aria-label=${name} tabindex=${this._focus.tabindex(index)} data-index=${index}>
        <rect class="hit" x="0" y=${bar.rowY} width=${layout.width} height=${bar.rowHeight} rx="3"></rect>${mark}
      </g>${texts}
    </g>`;
  }

  private _select(group: string | null) {
    const summary = this._folded!;
    this.dispatchEvent(
      new LeadSelectEvent({
        groupBy: summary.groupBy,
        group,
        status: summary.statuses.find((status) => status.kind === 'won')?.id,
        from: summary.range.from,
        to: summary.range.to,
      }),
    );
  }
}

defineElement('lead-conversion-chart', LeadConversionChart);

declare global {
  interface HTMLElementTagNameMap {
    'lead-conversion-chart': LeadConversionChart;
  }
}
