import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ComparisonMode } from '../../data/compare.js';
import { summaryToCSV } from '../../data/csv.js';
import { deriveView, type DerivedView, type ListFilter } from '../../data/derive-view.js';
import type { LeadStore } from '../../data/engine.js';
import type { ConversionBasis, DateField, Lang, LeadFilter, LeadSummary, RangePreset, StatusDef } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadFilterChangeEvent } from '../../events/lead-filter-change.js';
import type { LeadRangeSelectEvent } from '../../events/lead-range-select.js';
import { LeadSelectEvent } from '../../events/lead-select.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import type { HeadersSource } from '../../net/fetch-dataset.js';
import '../lead-conversion-chart/lead-conversion-chart.js';
import '../lead-filter-bar/lead-filter-bar.js';
import '../lead-kpi-strip/lead-kpi-strip.js';
import '../lead-status-chart/lead-status-chart.js';
import '../lead-table/lead-table.js';
import { downloadCsv, exportPanel } from './chart-download.js';
import { content, meta, notices, skeleton, type PanelName } from './dashboard-templates.js';
import * as dashboard from './dashboard-state.js';
import { LazyPartsController } from './lazy-parts-controller.js';
import { DatasetController } from './dataset-controller.js';
import { styles } from './lead-dashboard.styles.js';
import { RevealController } from './reveal-controller.js';
import { UrlSyncController } from './url-sync-controller.js';

/**
 * The drop-in leads dashboard: for a time range, how many leads each salesperson (or source,
 * priority, step, dimension) holds in each status, their total, each status's share and the
 * conversion rate — as KPIs, a status chart, a conversion chart, a trend, a funnel and a table. It
 * fetches `api` or takes `.data`, and shows loading, empty, error and stale states.
 *
 * @tag lead-dashboard
 * @fires lead-filter-change - The user changed the filter, range, grouping or basis; detail: the filter with resolved `from` / `to`, `groupBy` and `conversionBasis`.
 * @fires lead-select - The user picked a chart segment, a bar or a table cell; detail `{groupBy, group, status, from, to}`.
 * @fires lead-data-load - Data from `api` was loaded; detail `{leads, excluded}`.
 * @fires lead-data-error - Loading from `api` failed; detail `{kind, status?, message}`.
 * @csspart header - The area holding the filter bar, the range and the CSV button.
 * @csspart csv - The CSV download button.
 * @csspart notice - The notice of records skipped as invalid or repeated.
 * @csspart status-line - The loading / stale line.
 * @csspart skeleton - The placeholder shown while the first data loads.
 * @csspart empty - The message shown when no lead is in the range.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 * @csspart form - The filter bar's row of controls (re-exported).
 * @csspart control - Each filter control (re-exported).
 * @csspart kpi - Each KPI tile (re-exported).
 * @csspart chart - The charts' SVGs (re-exported).
 * @csspart legend - The status chart's legend (re-exported).
 * @csspart table - The table (re-exported).
 * @csspart export - The SVG / PNG download buttons above each chart.
 * @cssprop --lead-font-family - Font of the whole dashboard.
 * @cssprop --lead-text-color - Ink of text.
 * @cssprop --lead-muted-color - Ink of secondary text such as shares.
 * @cssprop --lead-surface-color - Background of panels, tooltips and controls.
 * @cssprop --lead-border-color - Lines of the table, panels and controls.
 * @cssprop --lead-radius - Corner radius of panels and controls.
 * @cssprop --lead-focus-color - Focus outline.
 * @cssprop --lead-error-color - Border of the error panel.
 * @cssprop --lead-gap - Space between the dashboard's sections.
 * @cssprop --lead-header-color - Background of the table's header row.
 * @cssprop --lead-grid-color - Axis grid lines of the charts.
 * @cssprop --lead-accent-color - Bars of the conversion chart.
 * @cssprop --lead-reference-color - The overall-rate line of the conversion chart.
 * @cssprop --lead-status-<id>-color - Colour of a default status (`new`, `assigned`, `in_progress`, `customer`, `not_potential`, `stopped`, `duplicate`, `unknown`).
 * @cssprop --lead-palette-<n> - Colours 0–9 for statuses outside the default set.
 */
export class LeadDashboard extends LitElement {
  static override styles = styles;

  /** URL returning the SPEC §3 JSON; `.data` wins when both are set. */
  @property() api: string | undefined;
  /** A SPEC §3 dataset (or a bare array of leads); wins over `api` when both are set. */
  @property({ attribute: false }) data: unknown;
  /** A status set that replaces the dataset's (SPEC §2). */
  @property({ attribute: false }) statuses: StatusDef[] | undefined;
  /** Range preset, such as `this-month` or `last-30-days`; `from` / `to` replace it when set. */
  @property() range: RangePreset = 'this-month';
  /** First day of a custom range, `YYYY-MM-DD`, inclusive; alone it leaves the end open. */
  @property() from: string | undefined;
  /** Last day of a custom range, `YYYY-MM-DD`, inclusive; alone it leaves the start open. */
  @property() to: string | undefined;
  /** IANA time zone of calendar days and presets; the browser's when absent or unknown. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;
  /** The date that places a lead in the range: `createdAt`, `assignedAt` or `updatedAt`. */
  @property({ attribute: 'date-field' }) dateField: DateField = 'createdAt';
  /** Group by `owner`, `source`, `priority`, `step` or a declared dimension key. */
  @property({ attribute: 'group-by' }) groupBy = 'owner';
  /** Conversion denominator: `assigned`, `qualified` or `closed` (SPEC §5). */
  @property({ attribute: 'conversion-basis' }) conversionBasis: ConversionBasis = 'assigned';
  /** Interface language, `vi` or `en`; otherwise the nearest `lang` ancestor, then `vi`. */
  @property({ reflect: true }) override lang = '';
  /**
   * Sends the filter to the server as query parameters (`from`, `to`, `tz`, `dateField`, `groupBy`,
   * and repeated `owner`, `source`, `priority`, `step`, `status`, dimension keys) and refetches when it
   * changes; the browser still applies the filter to what comes back. With `compare`, the compared
   * period is requested too (SPEC §7).
   */
  @property({ attribute: 'server-filter', type: Boolean }) serverFilter = false;
  /** Compare the range with `previous-period` (as long, just before) or `same-period-last-year`; empty for none. */
  @property() compare: '' | ComparisonMode = '';
  /** Mirrors the filter, range, grouping and basis in the page's query string (`lead.*` parameters) and starts from them: a shared link opens the same view. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Seconds between refetches of `api`, paused while the page is hidden; 0 turns it off. */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;
  /** Request timeout in milliseconds. */
  @property({ type: Number }) timeout = 30_000;
  /** The fetch credentials mode for `api`. */
  @property() credentials: RequestCredentials = 'same-origin';
  /** Request headers for `api`: an object, or a (possibly async) function called before every request. */
  @property({ attribute: false }) headers: HeadersSource | undefined;

  /** List filters by field (SPEC §4 `.filter`). */
  @state() private _lists: ListFilter = {};
  /** Why the last chart export did not happen, if it failed. */
  @state() private _exportMessage = '';

  private readonly _dataset = new DatasetController(this, () =>
    dashboard.sourceOf(this, this._lists, dashboard.comparisonOf(this.compare), this._lang()),
  );
  private readonly _url = new UrlSyncController(this);
  private readonly _reveal = new RevealController(this);
  private readonly _lazy = new LazyPartsController(this);
  private _store: LeadStore | null = null;
  private _view: DerivedView | undefined;

  /** The filter: list filters and the range (`range`, or `from` / `to`). Setting it is the same as setting those attributes; the last write wins. */
  get filter(): LeadFilter {
    return dashboard.filterOf(this._lists, this.range, this.from, this.to);
  }

  set filter(value: LeadFilter | null | undefined) {
    this._lists = dashboard.applyFilter(this, value);
  }

  /** The current SPEC §5 summary (read-only); `undefined` before usable data arrives. */
  get summary(): LeadSummary | undefined {
    return this._derive()?.summary;
  }

  /** Refetches `api` now (keeping the data on screen meanwhile); resolves when the result is rendered. */
  async refresh(): Promise<void> {
    await this._dataset.refresh();
    await this.updateComplete;
  }

  /** The table as CSV text: UTF-8 with a byte order mark, a header row, a row per group, the totals row. */
  toCSV(): string {
    const summary = this.summary;
    return summary ? summaryToCSV(summary, this._lang(), dashboard.headingOf(this._store, this.groupBy, this._lang())) : '';
  }

  protected override willUpdate(): void {
    const view = this._derive();
    if (!view) return;
    this._reveal.begin(view.summary.groups.length);
    this._lazy.load();
  }

  /** Resolves when the ingest in progress, the first paint's steps, the lazily loaded parts and every child are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let wait = this._waiting(); wait; wait = this._waiting()) {
      await wait;
      result = await super.getUpdateComplete();
    }
    // children of a removed dashboard that were never connected never update: not waited for
    const children = [...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
    await Promise.all(children.flatMap((child) => (child.updateComplete && child.isConnected ? [child.updateComplete] : [])));
    return result;
  }

  override render() {
    const lang = this._lang();
    const text = messages(lang);
    const view = this._view;
    const summary = view?.summary;
    const { loading, error } = this._dataset;
    return html`
      <div class="header" part="header">
        <lead-filter-bar
          exportparts="form, control"
          lang=${lang}
          .value=${this.filter}
          .choices=${dashboard.choicesOf(this._store, lang)}
          group-by=${dashboard.groupByOf(this._store, this.groupBy)}
          conversion-basis=${this.conversionBasis}
          time-zone=${dashboard.zoneOf(this.timeZone)}
          .dimensions=${dashboard.dimensionsOf(this._store, lang)}
          @lead-filter-change=${this._handleFilterChange}
        ></lead-filter-bar>
        ${meta(summary, text, lang, this.compare, this._handleCompare, this._handleCsv)}
      </div>
      ${notices(this._dataset, { summary, exportMessage: this._exportMessage, text, lang, onRetry: () => void this.refresh() })}
      ${
        view
          ? content({
              ...view,
              lang,
              text,
              heading: dashboard.headingOf(this._store, this.groupBy, lang),
              reveal: this._reveal.step,
              stale: error !== undefined,
              onSelect: this._handleSelect,
              onRangeSelect: this._handleRangeSelect,
              onExport: this._handleExport,
            })
          : loading
            ? skeleton()
            : nothing
      }
    `;
  }

  /** Ingests if needed, then derives the view: memoised, so reading `.summary` twice costs nothing. */
  private _derive(): DerivedView | undefined {
    const store = (this._store = this._dataset.store());
    if (!store) return (this._view = undefined);
    this._view = deriveView(store, {
      range: dashboard.rangeOf(this),
      groupBy: dashboard.groupByOf(store, this.groupBy),
      filter: this._lists,
      conversionBasis: dashboard.basisOf(this.conversionBasis),
      lang: this._lang(),
      compare: dashboard.comparisonOf(this.compare),
      compareStore: this._dataset.compareStore(),
      // the trend and the funnel once their charts are there
      parts: this._lazy.parts,
    });
    return this._view;
  }

  private _waiting(): Promise<unknown> | undefined {
    return this._dataset.settling ?? this._reveal.done ?? this._lazy.pending ?? this._url.ready;
  }

  private _lang(): Lang {
    return resolveElementLang(this);
  }

  private readonly _handleFilterChange = (event: LeadFilterChangeEvent) => {
    event.stopPropagation();
    const bar = event.target as HTMLElement & { value: LeadFilter };
    const { groupBy, conversionBasis } = event.detail;
    this.filter = { ...bar.value, range: bar.value.range ?? this.range };
    if (groupBy) this.groupBy = groupBy;
    if (conversionBasis) this.conversionBasis = dashboard.basisOf(conversionBasis);
    this._announceFilter();
  };

  private readonly _handleSelect = (event: LeadSelectEvent) => {
    event.stopPropagation();
    this.dispatchEvent(new LeadSelectEvent(event.detail));
  };

  /** A range picked on the trend chart (brush or keyboard): the dashboard's range, announced like a filter change. */
  private readonly _handleRangeSelect = (event: LeadRangeSelectEvent) => {
    event.stopPropagation();
    this.filter = { ...this._lists, from: event.detail.from, to: event.detail.to };
    this._announceFilter();
  };

  private readonly _handleCompare = (event: Event) => {
    this.compare = dashboard.comparisonOf((event.target as HTMLSelectElement).value) ?? '';
  };

  /** Fires lead-filter-change for the current state (after a user's change) and mirrors it in the URL. */
  private _announceFilter() {
    const range = this.summary?.range;
    const detail = { ...this.filter, from: range?.from ?? null, to: range?.to ?? null };
    this.dispatchEvent(
      new LeadFilterChangeEvent({
        ...detail,
        groupBy: dashboard.groupByOf(this._store, this.groupBy),
        conversionBasis: this.conversionBasis,
      }),
    );
    void this._url.write();
  }

  private readonly _handleExport = (name: PanelName, format: 'svg' | 'png') => {
    this._exportMessage = '';
    void exportPanel(this.renderRoot, name, format, messages(this._lang())).then((message) => (this._exportMessage = message));
  };

  private readonly _handleCsv = () => void downloadCsv(this.toCSV(), 'leads.csv');
}

defineElement('lead-dashboard', LeadDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'lead-dashboard': LeadDashboard;
  }
}
