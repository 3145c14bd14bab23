/**
 * The templates of `<lead-dashboard>`: the header, the error and loading states, and the content
 * (KPIs, charts in panels with their export buttons, the table). Pure functions of what they are
 * given: the element decides what to show and handles the events.
 */
import { html, nothing } from 'lit';
import type { ViewComparison } from '../../data/derive-view.js';
import type { Funnel } from '../../data/funnel.js';
import type { LeadTrend } from '../../data/trend.js';
import type { Lang, LeadSummary } from '../../data/types.js';
import type { LeadRangeSelectEvent } from '../../events/lead-range-select.js';
import type { LeadSelectEvent } from '../../events/lead-select.js';
import { formatCount, formatDateRange } from '../../i18n/format.js';
import { fill, type Messages } from '../../i18n/messages.js';
import type { LeadDataError } from '../../net/fetch-dataset.js';
import type { errorPanel } from './error-message.js';

/** The error panel's template, which loads with the first failure. */
type ErrorPanel = typeof errorPanel;
import { comparisonRule, type KpiComparison } from '../lead-kpi-strip/kpi-values.js';
import type { TableComparison } from '../lead-table/lead-table.js';
import { REVEAL } from './reveal-controller.js';

/** A chart's panel: its name in messages and in `data-panel`. */
export type PanelName = keyof Messages['panelNames'];

const COMPARE_MODES = ['', 'previous-period', 'same-period-last-year'] as const;

/** Beside the filter bar: the range in words, the "Compare with" select and the CSV button. */
export function meta(
  summary: LeadSummary | undefined,
  text: Messages,
  lang: Lang,
  compare: string,
  onCompare: (event: Event) => void,
  onCsv: () => void,
) {
  return html`<div class="meta">
    ${summary ? html`<p class="range">${formatDateRange(lang, summary.range.from, summary.range.to)}</p>` : nothing}
    ${compareSelect(text, compare, onCompare)}
    <button type="button" part="csv" class="csv" ?disabled=${!summary} @click=${onCsv}>${text.downloadCsv}</button>
  </div>`;
}

/** The state of the data above the content: what the live region says, errors, the refreshing line, notices. */
export function notices(
  data: {
    loading: boolean;
    error: LeadDataError | undefined;
    errorPanel: ErrorPanel | undefined;
    shapeError: boolean;
    loadedAt: number | undefined;
  },
  state: { summary: LeadSummary | undefined; exportMessage: string; text: Messages; lang: Lang; onRetry: () => void },
) {
  const { summary, text, lang } = state;
  const { loading, error } = data;
  return html`<p class="visually-hidden" role="status" aria-live="polite">${announcement(summary, loading, text, lang)}</p>
    ${error && data.errorPanel ? data.errorPanel(error, lang, summary && data.loadedAt, state.onRetry) : nothing}
    ${data.shapeError && !error ? html`<div class="error" part="error" role="alert"><p>${text.errorShape}</p></div>` : nothing}
    ${loading && summary ? html`<p class="status-line" part="status-line">${text.refreshing}</p>` : nothing}
    ${summary ? excludedNotice(summary, text, lang) : nothing}
    ${state.exportMessage ? html`<p class="notice" part="notice" role="status">${state.exportMessage}</p>` : nothing}`;
}

/** The "Compare with" select. */
function compareSelect(text: Messages, compare: string, onChange: (event: Event) => void) {
  const name = (mode: (typeof COMPARE_MODES)[number]) =>
    mode === '' ? text.compareNone : mode === 'previous-period' ? text.comparePreviousPeriod : text.compareSamePeriodLastYear;
  return html`<label class="compare">
    <span>${text.compareWith}</span>
    <select part="control" @change=${onChange}>
      ${COMPARE_MODES.map((mode) => html`<option value=${mode} ?selected=${compare === mode}>${name(mode)}</option>`)}
    </select>
  </label>`;
}

/** The placeholder while the first data loads. */
export const skeleton = () =>
  html`<div class="skeleton" part="skeleton" aria-hidden="true">
    <div class="bone kpis"></div>
    <div class="bone chart"></div>
    <div class="bone table"></div>
  </div>`;

/** The notice of records skipped as invalid or repeated. */
function excludedNotice(summary: LeadSummary, text: Messages, lang: Lang) {
  const { invalid, duplicateId } = summary.excluded;
  if (!invalid && !duplicateId) return nothing;
  return html`<p class="notice" part="notice">
    ${fill(text.excludedNotice, { invalid: formatCount(lang, invalid), duplicate: formatCount(lang, duplicateId) })}
  </p>`;
}

type ComparisonProps = { kpis: KpiComparison | undefined; table: TableComparison | undefined };
const NO_COMPARISON: ComparisonProps = { kpis: undefined, table: undefined };
const comparisonCache = new WeakMap<ViewComparison, { lang: Lang; props: ComparisonProps }>();

/**
 * The comparison as the KPI strip and the table take it, with the rule naming the period; the same
 * objects for the same comparison, so neither element updates when it did not change.
 */
export function comparisonProps(comparison: ViewComparison | null, lang: Lang): ComparisonProps {
  if (comparison?.state !== 'ready') return NO_COMPARISON;
  const cached = comparisonCache.get(comparison);
  if (cached?.lang === lang) return cached.props;
  const rule = comparisonRule(lang, comparison.mode, comparison.period);
  const props = {
    kpis: { ...comparison.kpis, rule },
    table: { groups: comparison.groups, totals: comparison.totals, rule },
  };
  comparisonCache.set(comparison, { lang, props });
  return props;
}

/** Why a comparison that was asked for is not shown, if it is not. */
function comparisonHint(comparison: ViewComparison | null, text: Messages) {
  const hint =
    comparison?.state === 'open-range'
      ? text.compareOpenRange
      : comparison?.state === 'failed'
        ? text.compareFailed
        : comparison?.state === 'pending'
          ? text.comparePending
          : '';
  return hint ? html`<p class="hint">${hint}</p>` : nothing;
}

let lastSelection: { from: string; to: string } | null = null;

/** The range shown brushed on the trend chart: the same object while the range is the same. */
function brushed({ from, to }: LeadSummary['range']) {
  if (from === null || to === null) return null;
  if (lastSelection?.from !== from || lastSelection.to !== to) lastSelection = { from, to };
  return lastSelection;
}

/** What the content shows and where its events go. */
export interface ContentInput {
  summary: LeadSummary;
  comparison: ViewComparison | null;
  trend: LeadTrend | null;
  funnel: Funnel | null;
  lang: Lang;
  text: Messages;
  /** The grouping's heading, e.g. "Salesperson". */
  heading: string;
  /** How much of a first large summary is drawn ({@link REVEAL}). */
  reveal: number;
  stale: boolean;
  onSelect: (event: LeadSelectEvent) => void;
  onRangeSelect: (event: LeadRangeSelectEvent) => void;
  onExport: (panel: PanelName, format: 'svg' | 'png') => void;
}

/** The KPIs, the charts in their panels, the table. */
export function content(input: ContentInput) {
  const { summary, lang, text, heading, reveal, onSelect } = input;
  const comparison = comparisonProps(input.comparison, lang);
  const selection = brushed(summary.range);
  const panel = (name: PanelName, chart: unknown) => {
    // the same two buttons sit above every chart: their accessible names say which chart
    const label = (action: string) => fill(text.exportOf, { action, chart: text.panelNames[name] });
    return html`<figure class="panel" data-panel=${name}>
      <div class="panel-tools" part="export">
        <button type="button" aria-label=${label(text.exportSvg)} @click=${() => input.onExport(name, 'svg')}>${text.exportSvg}</button>
        <button type="button" aria-label=${label(text.exportPng)} @click=${() => input.onExport(name, 'png')}>${text.exportPng}</button>
      </div>
      ${chart}
    </figure>`;
  };
  return html`<div class="content ${input.stale ? 'stale' : ''}">
    <lead-kpi-strip exportparts="kpi" lang=${lang} .summary=${summary} .comparison=${comparison.kpis}></lead-kpi-strip>
    ${comparisonHint(input.comparison, text)}
    ${
      summary.totals.total === 0
        ? html`<p class="empty" part="empty">${text.noData}</p>`
        : html`<div class="charts" @lead-select=${onSelect}>
            ${
              reveal < REVEAL.statusChart
                ? nothing
                : panel(
                    'status',
                    html`<lead-status-chart exportparts="chart, legend" no-data-table lang=${lang} group-label=${heading} .summary=${summary}></lead-status-chart>`,
                  )
            }
            ${
              reveal < REVEAL.charts
                ? nothing
                : panel(
                    'conversion',
                    html`<lead-conversion-chart exportparts="chart" no-data-table lang=${lang} group-label=${heading} .summary=${summary}></lead-conversion-chart>`,
                  )
            }
          </div>
          ${
            reveal < REVEAL.charts
              ? nothing
              : html`<div class="charts secondary" @lead-select=${onSelect}>
                ${panel(
                  'trend',
                  html`<lead-trend-chart exportparts="chart" lang=${lang} .trend=${input.trend ?? undefined} .selection=${selection}
                    @lead-range-select=${input.onRangeSelect}></lead-trend-chart>`,
                )}
                ${panel('funnel', html`<lead-funnel exportparts="chart" lang=${lang} .summary=${summary} .funnel=${input.funnel ?? undefined}></lead-funnel>`)}
              </div>`
          }`
    }
    ${
      reveal < REVEAL.all
        ? nothing
        : html`<lead-table exportparts="table" lang=${lang} group-label=${heading} .summary=${summary} .comparison=${comparison.table}
          @lead-select=${onSelect}></lead-table>`
    }
  </div>`;
}

/** What the live region says: the result of a load or a filter change, or that data is loading. */
function announcement(summary: LeadSummary | undefined, loading: boolean, text: Messages, lang: Lang): string {
  if (!summary) return loading ? text.loading : '';
  return fill(text.resultsAnnouncement, {
    total: formatCount(lang, summary.totals.total),
    groups: formatCount(lang, summary.groups.length),
    range: formatDateRange(lang, summary.range.from, summary.range.to),
  });
}
