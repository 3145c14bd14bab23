import { html, svg, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { summaryFunnel, type Funnel, type FunnelStage, type FunnelStageId } from '../../data/funnel.js';
import type { Lang, LeadSummary } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadSelectEvent } from '../../events/lead-select.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { chartMessages, type ChartMessages } from '../../i18n/chart-messages.js';
import { fill } from '../../i18n/messages.js';
import { LeadChartElement } from '../chart/chart-element.js';
import { statusPaint, type StatusPaint } from '../chart/status-paint.js';
import { RovingFocusController } from '../chart/roving-focus-controller.js';
import { layoutFunnel, type FunnelBar, type FunnelLayout } from './funnel-layout.js';
import { styles } from './lead-funnel.styles.js';

const STAGE_NAMES: Record<FunnelStageId, keyof ChartMessages> = {
  new: 'funnelNew',
  assigned: 'funnelAssigned',
  'in-progress': 'funnelInProgress',
  customer: 'funnelCustomer',
};

/** The name of a stage in the language. */
function funnelStageName(lang: Lang, id: FunnelStageId): string {
  return chartMessages(lang)[STAGE_NAMES[id]] as string;
}

/**
 * The conversion funnel of a SPEC §5 summary, New → Assigned → In progress → Customer: each stage
 * counts the leads at or past it (see `src/data/funnel.ts` for the rule), with its rate over the
 * previous stage and over every lead. Stages are one tab stop (every arrow, Home and End move; Enter
 * or Space select); a "Data table" button shows the same numbers as a table.
 *
 * @tag lead-funnel
 * @fires lead-select - The user activated a stage; detail `{groupBy, group, status, from, to}`, `status` the stage's own status (`assigned`, `in_progress`, the first won status) and undefined for New, which counts every lead.
 * @csspart heading - The title line.
 * @csspart chart - The SVG of the stages.
 * @csspart note - The sentence explaining what a stage counts.
 * @csspart data-table - The table alternative, when open.
 * @cssprop --lead-status-<id>-color - Colour of the bar of the stage named after a default status (`new`, `assigned`, `in_progress`, `customer`).
 * @cssprop --lead-palette-<n> - Colours 0–9 of the bars for a status set without those statuses.
 * @cssprop --lead-font-family - Font of the funnel.
 * @cssprop --lead-text-color - Ink of the texts.
 * @cssprop --lead-muted-color - Ink of the rates and the note.
 * @cssprop --lead-focus-color - Outline of the focused stage.
 * @cssprop --lead-border-color - Border of the "Data table" button and the table's lines.
 */
export class LeadFunnel extends LeadChartElement {
  static override styles = styles;

  /** The summary to draw (SPEC §5 `LeadSummary`). */
  @property({ attribute: false }) summary: LeadSummary | undefined;

  /** The key of the group to draw instead of the totals; as a property `null` picks the unassigned / none group. */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? undefined } }) group: string | null | undefined;

  /** The stages already derived from `summary` (`deriveView(...).funnel`, or `summaryFunnel(summary, group)`); derived here when absent. */
  @property({ attribute: false }) funnel: Funnel | undefined;

  /** The stages as one list, top to bottom. */
  private readonly _focus = new RovingFocusController(this, {
    axis: 'both',
    rows: () => [this._layout?.bars ?? []],
    onActivate: (cell) => this._select(cell.index),
  });
  private _funnel: Funnel | undefined;
  private _layout: FunnelLayout | undefined;

  protected override willUpdate(): void {
    const summary = this.summary;
    if (!summary) {
      this._funnel = this._layout = undefined;
      return;
    }
    this._funnel = this.funnel ?? summaryFunnel(summary, this.group);
    this._layout = layoutFunnel(this._funnel.stages, { width: this.availableWidth });
  }

  override render() {
    const summary = this.summary;
    const funnel = this._funnel;
    const layout = this._layout;
    if (!summary || !funnel || !layout) return nothing;
    const lang = this.language;
    const text = chartMessages(lang);
    const title = this.group === undefined ? text.funnelTitle : fill(text.funnelGroupTitle, { group: funnel.label });
    return html`
      <div class="toolbar">
        <p class="heading" part="heading">${title}</p>
        ${this.renderDataTableToggle(text.dataTable)}
      </div>
      ${this.renderChart(
        layout,
        { label: title, describedBy: 'note', role: 'figure' },
        repeat(
          layout.bars,
          (bar) => bar.stage.id,
          (bar, index) => this._renderStage(bar, index, layout, summary, lang),
        ),
      )}
      <p class="note" id="note" part="note">${text.funnelNote}</p>
      ${this.renderDataTable(title, [text.funnelStage, text.leads, text.funnelStepRate, text.funnelCumulativeRate], () =>
        funnel.stages.map((stage) => ({
          label: funnelStageName(lang, stage.id),
          cells: [formatCount(lang, stage.count), formatPercent(lang, stage.stepRate), formatPercent(lang, stage.cumulativeRate)],
        })),
      )}
    `;
  }

  private _renderStage(bar: FunnelBar, index: number, layout: FunnelLayout, summary: LeadSummary, lang: Lang) {
    const stage = bar.stage;
    const name = funnelStageName(lang, stage.id);
    const rates = index === 0 ? '' : stageRates(lang, stage).join(' · ');
    const paint = stagePaint(summary, stage, index);
    // The button holds the marks and a complete name; the texts beside it say the same on screen
    // and are hidden from assistive technology so nothing is read twice.
    return svg`<g class="stage" @click=${() => this._select(index)}>
      <g class="target" role="button" aria-label=${stageName(lang, stage, index)} tabindex=${this._focus.tabindex(index)} data-index=${index}>
        <rect class="hit" x="0" y=${bar.rowY} width=${layout.width} height=${bar.rowHeight} rx="4"></rect>
        ${
          bar.width > 0
            ? svg`<rect class=${paint.className} fill=${ifDefined(paint.fill)} x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx="3"></rect>`
            : nothing
        }
      </g>
      <text class="name" x="0" y=${bar.titleY} aria-hidden="true">${name}</text>
      <text class="count" x=${layout.width} y=${bar.titleY} aria-hidden="true">${formatCount(lang, stage.count)}</text>
      ${rates ? svg`<text class="rates" x="0" y=${bar.ratesY} aria-hidden="true">${rates}</text>` : nothing}
    </g>`;
  }

  private _select(index: number) {
    const summary = this.summary;
    const stage = this._funnel?.stages[index];
    if (!summary || !stage) return;
    this.dispatchEvent(
      new LeadSelectEvent({
        groupBy: summary.groupBy,
        group: this.group,
        status: index === 0 ? undefined : stage.status,
        from: summary.range.from,
        to: summary.range.to,
      }),
    );
  }
}

/** The rates of a stage as written on screen: over the previous stage, over every lead. */
function stageRates(lang: Lang, stage: FunnelStage): string[] {
  const text = chartMessages(lang);
  return [
    fill(text.funnelStepShort, { rate: formatPercent(lang, stage.stepRate) }),
    fill(text.funnelCumulativeShort, { rate: formatPercent(lang, stage.cumulativeRate) }),
  ];
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The accessible name of a stage: its name, count and (after the first) both rates. */
function stageName(lang: Lang, stage: FunnelStage, index: number): string {
  const text = chartMessages(lang);
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const plural = rules.select(stage.count) === 'one' ? text.funnelLeadsOne : text.funnelLeads;
  const parts = [`${funnelStageName(lang, stage.id)}: ${fill(plural, { count: formatCount(lang, stage.count) })}`];
  if (index > 0) parts.push(...stageRates(lang, stage));
  return parts.join('; ');
}

/** The paint of the status a stage is named after, or a palette colour when the set has none. */
function stagePaint(summary: LeadSummary, stage: FunnelStage, index: number): StatusPaint {
  const column = stage.status === undefined ? -1 : summary.statuses.findIndex((status) => status.id === stage.status);
  return column < 0 ? { className: `mark pal-${index}`, fill: undefined } : statusPaint(summary.statuses[column]!, column);
}

defineElement('lead-funnel', LeadFunnel);

declare global {
  interface HTMLElementTagNameMap {
    'lead-funnel': LeadFunnel;
  }
}
