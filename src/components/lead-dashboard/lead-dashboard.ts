import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { storeChoices } from '../../data/choices.js';
import { comparisonPeriod, compareSummaries, type ComparisonMode } from '../../data/compare.js';
import type { LeadTrend } from '../../data/trend.js';
import type * as TrendModuleNs from '../../data/trend.js';
import { groupHeading, summaryToCSV } from '../../data/csv.js';
import { isValidTimeZone, localTimeZone } from '../../data/dates.js';
import type { LeadStore } from '../../data/engine.js';
import { ingestLeads, ingestLeadsInSlices, readDataset, type IngestOptions } from '../../data/ingest.js';
import { resolveLabel } from '../../data/labels.js';
import { formatDayRange, isRangePreset, resolveDayRange, type DayRange } from '../../data/ranges.js';
import { CONVERSION_BASES, FILTER_KEYS, isGroupable, summarize } from '../../data/summary.js';
import { toId } from '../../data/statuses.js';
import type { ConversionBasis, DateField, Lang, LeadFilter, LeadSummary, RangePreset, StatusDef } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadDataErrorEvent } from '../../events/lead-data-error.js';
import { LeadDataLoadEvent } from '../../events/lead-data-load.js';
import { LeadFilterChangeEvent } from '../../events/lead-filter-change.js';
import type { LeadRangeSelectEvent } from '../../events/lead-range-select.js';
import { LeadSelectEvent } from '../../events/lead-select.js';
import { formatCount, formatDateRange } from '../../i18n/format.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { fill, messages, type Messages } from '../../i18n/messages.js';
import { fetchDataset, LeadDataError, withQuery, type HeadersSource } from '../../net/fetch-dataset.js';
import { resolveUrl } from '../../net/url.js';
import type { IngestWorker } from '../../worker/ingest-client.js';
import { afterFrame } from '../after-frame.js';
import '../lead-conversion-chart/lead-conversion-chart.js';
import '../lead-filter-bar/lead-filter-bar.js';
import '../lead-kpi-strip/lead-kpi-strip.js';
import '../lead-status-chart/lead-status-chart.js';
import '../lead-table/lead-table.js';
import type { TableComparison } from '../lead-table/lead-table.js';
import { comparisonRule, type KpiComparison } from '../lead-kpi-strip/kpi-values.js';
import { styles } from './lead-dashboard.styles.js';
import { RefreshController } from './refresh-controller.js';

type TrendModule = typeof TrendModuleNs;

const DATE_FIELDS: readonly DateField[] = ['createdAt', 'assignedAt', 'updatedAt'];

/** The list filters of a `.filter` object, without its range. */
type ListFilter = Omit<LeadFilter, 'range' | 'from' | 'to'>;

/** What the store was built from; a new store is ingested when any of it changes. */
interface StoreKey {
  source: unknown;
  statuses: StatusDef[] | undefined;
  timeZone: string;
  dateField: DateField;
}

/**
 * Where the data came from: a parsed dataset (`.data`, or a payload parsed on the main thread), or
 * a payload that an ingest worker parsed and keeps (re-ingested there when the options change).
 */
type Source = { kind: 'object'; dataset: unknown } | { kind: 'worker'; worker: IngestWorker; store: LeadStore; options: IngestOptions };

/** Datasets up to this many records are ingested at once, so `.summary` follows every change synchronously. */
const SYNC_RECORDS = 20_000;
/** New data with more groups than this is drawn in steps, one after each frame. */
const REVEAL_GROUPS = 20;
/** The last step of drawing a first large summary: everything. */
const REVEALED = 4;

function sameOptions(a: IngestOptions, b: IngestOptions): boolean {
  return a.timeZone === b.timeZone && a.dateField === b.dateField && a.statuses === b.statuses;
}

/** The localized message of a failed load. */
export function errorMessage(error: LeadDataError, text: Messages): string {
  const status = error.status ?? 0;
  switch (error.kind) {
    case 'network':
      return text.errorNetwork;
    case 'timeout':
      return text.errorTimeout;
    case 'parse':
      return text.errorParse;
    case 'shape':
      return text.errorShape;
    case 'auth':
      return status === 403 ? text.errorForbidden : text.errorAuth;
    case 'http':
      if (status === 404) return text.errorNotFound;
      if (status === 429) return text.errorRateLimited;
      return fill(status >= 500 ? text.errorServer : text.errorHttp, { status });
  }
}

/**
 * The drop-in leads dashboard: for a time range, how many leads each salesperson (or source,
 * priority, step, dimension) holds in each status, their total, each status's share and the
 * conversion rate — as KPIs, a status chart, a conversion chart and a table. It fetches `api` or
 * takes `.data`, and shows loading, empty, error and stale states.
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
   * changes; the browser still applies the filter to what comes back (SPEC §7).
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
  /** The last data loaded from `api`; kept on screen (marked stale) while a refetch fails. */
  @state() private _loaded: Source | undefined;
  @state() private _loadedAt: number | undefined;
  /** The data in use cannot be read as a dataset. */
  @state() private _shapeError = false;
  /** An ingest runs in slices or in the worker. */
  @state() private _ingesting = false;
  @state() private _error: LeadDataError | undefined;
  /** What screen readers hear after a load or a filter change. */
  @state() private _announcement = '';
  /** Why the last chart export did not happen, if it failed. */
  @state() private _exportMessage = '';

  private _storeKey: StoreKey | undefined;
  private _store: LeadStore | null = null;
  private _summaryKey: unknown[] = [];
  private _summary: LeadSummary | undefined;
  private _extrasKey: unknown[] = [];
  private _trendKey: unknown[] = [];
  /** The trend's data module, loaded with the trend chart. */
  private _trendModule: TrendModule | undefined;
  /** The comparison with another period, for the KPI strip and the table. */
  private _comparison: { kpis: KpiComparison; table: TableComparison } | undefined;
  /** Leads per day over the whole dataset (list filters applied), for the trend chart. */
  private _trend: LeadTrend | undefined;
  /** Settles when the elements loaded on demand (trend chart, funnel) are defined. */
  private _lazyParts: Promise<unknown> | undefined;
  /** Settles when the state in the URL has been read (`sync-url`). */
  private _urlRead: Promise<void> | undefined;
  /** Cancels the ingest in progress. */
  private _ingestAbort: AbortController | undefined;
  /** Settles when the ingest in progress has (`updateComplete` waits for it). */
  private _ingestDone: Promise<void> | undefined;
  /** A load from `api` finished: announce it once its store is ready. */
  private _announceLoad = false;
  private _worker: IngestWorker | null | undefined;
  /**
   * How much of a first summary with many groups is drawn: 1 the KPIs, 2 the status chart too, 3 the
   * other charts too, 4 ({@link REVEALED}) everything (the table). One step after each frame, so no
   * single frame lays out the whole dashboard.
   */
  @state() private _reveal = REVEALED;
  private _choicesCache: { store: LeadStore; lang: Lang; value: ReturnType<typeof storeChoices> } | undefined;
  private _revealNext: (() => void) | undefined;
  private _revealed: Promise<void> | undefined;
  private _revealDone: (() => void) | undefined;

  private readonly _load = new Task(this, {
    task: async ([url, timeout, credentials], { signal }): Promise<Source | undefined> => {
      if (!url || this.data !== undefined) return undefined;
      const request = { signal, timeout, credentials, headers: this.headers };
      // a worker loads it when one can run: then not even the body crosses the page's thread
      const worker = await this._ingestWorker();
      if (worker) {
        const options = this._ingestOptions();
        let href = url;
        try {
          // the worker has no document to resolve a relative URL against
          href = resolveUrl(url).href;
        } catch {
          // the worker's own check reports the invalid URL
        }
        try {
          return { kind: 'worker', worker, store: await worker.fetch(href, request, options, signal), options };
        } catch (error) {
          if ((error as Error | undefined)?.name !== 'WorkerUnavailableError') throw error;
          // the worker stopped or could not start: the page loads it, and ingests in slices
          this._worker = null;
        }
      }
      return this._parsed(await fetchDataset(url, request));
    },
    args: () => [this._requestUrl(), this.timeout, this.credentials, this.data === undefined] as const,
    onComplete: (source) => {
      if (source === undefined) return;
      this._loaded = source;
      this._loadedAt = Date.now();
      this._error = undefined;
      this._refresher.loaded();
      this._announceLoad = true;
      this._deriveStore();
      this._announceIfReady();
    },
    onError: (error) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const failure = error instanceof LeadDataError ? error : new LeadDataError('network', 'The request failed.', { cause: error });
      this._error = failure;
      const detail: { kind: LeadDataError['kind']; status?: number; message: string } = {
        kind: failure.kind,
        message: errorMessage(failure, messages(this._lang())),
      };
      if (failure.status !== undefined) detail.status = failure.status;
      this.dispatchEvent(new LeadDataErrorEvent(detail));
    },
  });

  private readonly _refresher = new RefreshController(
    this,
    () => this.refresh(),
    () => this.refreshInterval,
  );

  /**
   * The filter: list filters and the range (`range`, or `from` / `to`). Setting it is the same as
   * setting those attributes; the last write wins.
   */
  get filter(): LeadFilter {
    const filter: LeadFilter = { ...this._lists, range: this.range };
    if (this.from) filter.from = this.from;
    if (this.to) filter.to = this.to;
    return filter;
  }

  set filter(value: LeadFilter | null | undefined) {
    const { range, from, to, ...lists } = value ?? {};
    if (from !== undefined || to !== undefined) {
      this.from = from ?? undefined;
      this.to = to ?? undefined;
    } else if (range !== undefined) {
      this.from = this.to = undefined;
    }
    if (isRangePreset(range)) this.range = range;
    this._lists = lists;
  }

  /** The current SPEC §5 summary (read-only); `undefined` before usable data arrives. */
  get summary(): LeadSummary | undefined {
    this._derive();
    return this._summary;
  }

  /** Refetches `api` now (keeping the data on screen meanwhile); resolves when the result is rendered. */
  async refresh(): Promise<void> {
    if (this.api && this.data === undefined) await this._load.run();
    await this.updateComplete;
  }

  /** The table as CSV text: UTF-8 with a byte order mark, a header row, a row per group, the totals row. */
  toCSV(): string {
    const summary = this.summary;
    return summary ? summaryToCSV(summary, this._lang(), this._groupHeading(this._lang())) : '';
  }

  /** Back online after a network failure: load again rather than wait for the user. */
  private readonly _onOnline = () => {
    if (this._error?.kind === 'network' || this._error?.kind === 'timeout') void this.refresh();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this._onOnline);
    if (this.syncUrl) this._urlRead = this._readUrl();
    if (!this.hasUpdated || !this.api || this.data !== undefined) return;
    // a request aborted by an earlier removal is made again on return, and so is a payload whose
    // worker was stopped (it alone could re-ingest it)
    if (this._loaded?.kind === 'worker' || (this._load.status !== TaskStatus.COMPLETE && this._loaded === undefined)) void this._load.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this._onOnline);
    this._ingestAbort?.abort();
    this._worker?.terminate();
    this._worker = undefined;
    this._load.abort();
    this._revealNext?.();
    this._revealNext = undefined;
    this._revealAll();
  }

  protected override updated(): void {
    if (this._reveal < REVEALED && !this._revealNext)
      this._revealNext = afterFrame(() => {
        this._revealNext = undefined;
        if (++this._reveal >= REVEALED) this._revealAll();
      });
  }

  private _revealAll(): void {
    this._reveal = REVEALED;
    this._revealDone?.();
    this._revealDone = this._revealed = undefined;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this._derive();
    // the trend chart (with its brush) and the funnel are loaded once there is something to show
    if (this._summary && !this._lazyParts) {
      this._lazyParts = Promise.all([
        import('../lead-trend-chart/lead-trend-chart.js'),
        import('../lead-funnel/lead-funnel.js'),
        import('../../data/trend.js').then((module) => {
          this._trendModule = module;
          this._extrasKey = [];
          this.requestUpdate();
        }),
      ]);
    }
    const summary = this._summary;
    if (summary) {
      const lang = this._lang();
      const text = messages(lang);
      this._announcement = fill(text.resultsAnnouncement, {
        total: formatCount(lang, summary.totals.total),
        groups: formatCount(lang, summary.groups.length),
        range: formatDateRange(lang, summary.range.from, summary.range.to),
      });
    }
  }

  /** Resolves when any ingest in progress, the element and the elements it renders have finished updating. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._ingestDone || this._revealed) {
      await (this._ingestDone ?? this._revealed);
      result = await super.getUpdateComplete();
    }
    if (this._lazyParts) await this._lazyParts;
    if (this._urlRead) await this._urlRead;
    const children = [...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
    await Promise.all(children.flatMap((child) => (child.updateComplete ? [child.updateComplete] : [])));
    return result;
  }

  override render() {
    const lang = this._lang();
    const text = messages(lang);
    const summary = this._summary;
    const loading = this._load.status === TaskStatus.PENDING || this._ingesting;
    const shapeError = this._shapeError;
    return html`
      <div class="header" part="header">
        <lead-filter-bar
          exportparts="form, control"
          lang=${lang}
          .value=${this.filter}
          .choices=${this._choices(lang)}
          group-by=${this._effectiveGroupBy()}
          conversion-basis=${this.conversionBasis}
          time-zone=${this._timeZone()}
          .dimensions=${this._dimensionChoices(lang)}
          @lead-filter-change=${this._onFilterChange}
        ></lead-filter-bar>
        <div class="meta">
          ${summary ? html`<p class="range">${formatDateRange(lang, summary.range.from, summary.range.to)}</p>` : nothing}
          <label class="compare">
            <span>${text.compareWith}</span>
            <select part="control" @change=${this._onCompare}>
              ${(['', 'previous-period', 'same-period-last-year'] as const).map(
                (mode) => html`<option value=${mode} ?selected=${this.compare === mode}>
                  ${mode === '' ? text.compareNone : mode === 'previous-period' ? text.comparePreviousPeriod : text.compareSamePeriodLastYear}
                </option>`,
              )}
            </select>
          </label>
          <button type="button" part="csv" class="csv" ?disabled=${!summary} @click=${this._download}>${text.downloadCsv}</button>
        </div>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${loading && !summary ? text.loading : this._announcement}</p>
      ${this._error ? this._renderError(this._error, lang) : nothing}
      ${shapeError && !this._error ? html`<div class="error" part="error" role="alert"><p>${text.errorShape}</p></div>` : nothing}
      ${loading && summary ? html`<p class="status-line" part="status-line">${text.refreshing}</p>` : nothing}
      ${
        summary && (summary.excluded.invalid || summary.excluded.duplicateId)
          ? html`<p class="notice" part="notice">
            ${fill(text.excludedNotice, {
              invalid: formatCount(lang, summary.excluded.invalid),
              duplicate: formatCount(lang, summary.excluded.duplicateId),
            })}
          </p>`
          : nothing
      }
      ${summary ? this._renderSummary(summary, lang) : loading ? this._renderSkeleton() : nothing}
    `;
  }

  private _renderError(error: LeadDataError, lang: Lang) {
    const text = messages(lang);
    const stale = this._summary !== undefined && this._loadedAt !== undefined;
    return html`<div class="error" part="error" role="alert">
      <p>${errorMessage(error, text)}</p>
      ${
        stale
          ? html`<p class="stale">${fill(text.staleNotice, { time: new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(this._loadedAt) })}</p>`
          : nothing
      }
      <button type="button" part="retry" @click=${() => this.refresh()}>${text.retry}</button>
    </div>`;
  }

  private _renderSkeleton() {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      <div class="bone kpis"></div>
      <div class="bone chart"></div>
      <div class="bone table"></div>
    </div>`;
  }

  private _renderSummary(summary: LeadSummary, lang: Lang) {
    const text = messages(lang);
    const heading = this._groupHeading(lang);
    const stale = this._error !== undefined;
    const comparison = this._comparison;
    const range = summary.range;
    return html`<div class="content ${stale ? 'stale' : ''}">
      <lead-kpi-strip exportparts="kpi" lang=${lang} .summary=${summary} .comparison=${comparison?.kpis}></lead-kpi-strip>
      ${this.compare && (range.from === null || range.to === null) ? html`<p class="hint">${text.compareOpenRange}</p>` : nothing}
      ${
        summary.totals.total === 0
          ? html`<p class="empty" part="empty">${text.noData}</p>`
          : html`<div class="charts" @lead-select=${this._onSelect}>
              ${
                this._reveal < 2
                  ? nothing
                  : this._panel(
                      'status',
                      text,
                      html`<lead-status-chart exportparts="chart, legend" no-data-table lang=${lang} group-label=${heading} .summary=${summary}></lead-status-chart>`,
                    )
              }
              ${
                this._reveal < 3
                  ? nothing
                  : this._panel(
                      'conversion',
                      text,
                      html`<lead-conversion-chart exportparts="chart" no-data-table lang=${lang} group-label=${heading} .summary=${summary}></lead-conversion-chart>`,
                    )
              }
            </div>
            ${
              this._reveal < 3
                ? nothing
                : html`<div class="charts secondary" @lead-select=${this._onSelect}>
              ${this._panel(
                'trend',
                text,
                html`<lead-trend-chart
                  exportparts="chart"
                  lang=${lang}
                  .trend=${this._trend}
                  .selection=${range.from !== null && range.to !== null ? { from: range.from, to: range.to } : null}
                  @lead-range-select=${this._onRangeSelect}
                ></lead-trend-chart>`,
              )}
              ${this._panel('funnel', text, html`<lead-funnel exportparts="chart" lang=${lang} .summary=${summary}></lead-funnel>`)}
            </div>`
            }`
      }
      ${this._exportMessage ? html`<p class="notice" part="notice" role="status">${this._exportMessage}</p>` : nothing}
      ${
        this._reveal < REVEALED
          ? nothing
          : html`<lead-table exportparts="table" lang=${lang} group-label=${heading} .summary=${summary} .comparison=${comparison?.table} @lead-select=${this._onSelect}></lead-table>`
      }
    </div>`;
  }

  /** A chart in a panel with its export buttons. */
  private _panel(name: keyof Messages['panelNames'], text: Messages, chart: unknown) {
    // the same two buttons sit above every chart: their accessible names say which chart
    const label = (action: string) => fill(text.exportOf, { action, chart: text.panelNames[name] });
    return html`<figure class="panel" data-panel=${name}>
      <div class="panel-tools" part="export">
        <button type="button" aria-label=${label(text.exportSvg)} @click=${() => this._export(name, 'svg')}>${text.exportSvg}</button>
        <button type="button" aria-label=${label(text.exportPng)} @click=${() => this._export(name, 'png')}>${text.exportPng}</button>
      </div>
      ${chart}
    </figure>`;
  }

  /** The filter bar's options, the same object while the store and language are (so the bar does not redraw them). */
  private _choices(lang: Lang) {
    const store = this._store;
    if (!store) return {};
    const cached = this._choicesCache;
    if (cached?.store !== store || cached.lang !== lang) this._choicesCache = { store, lang, value: storeChoices(store, lang) };
    return this._choicesCache!.value;
  }

  private _lang(): Lang {
    return resolveElementLang(this);
  }

  /** The URL to load: `api`, with the filter as query parameters in server-filter mode. */
  private _requestUrl(): string | undefined {
    const api = this.api;
    if (!api || !this.serverFilter) return api;
    const timeZone = this._timeZone();
    const { from, to } = formatDayRange(resolveDayRange({ range: this.range, from: this.from, to: this.to }, timeZone));
    const params: Record<string, string | (string | null)[] | null> = {
      from,
      to,
      tz: timeZone,
      dateField: DATE_FIELDS.includes(this.dateField) ? this.dateField : 'createdAt',
      groupBy: this.groupBy,
    };
    for (const [key, list] of Object.entries(this._lists)) {
      if (!Array.isArray(list) || list.length === 0) continue;
      params[Object.hasOwn(FILTER_KEYS, key) ? FILTER_KEYS[key]! : key] = list.map((id) => toId(id));
    }
    try {
      return withQuery(api, params);
    } catch {
      return api;
    }
  }

  private _timeZone(): string {
    return isValidTimeZone(this.timeZone) ? this.timeZone : localTimeZone();
  }

  private _effectiveGroupBy(): string {
    return this._store && isGroupable(this._store, this.groupBy) ? this.groupBy : 'owner';
  }

  private _groupHeading(lang: Lang): string {
    const groupBy = this._effectiveGroupBy();
    const dimension = this._store?.fields.get(groupBy);
    return groupHeading(groupBy, lang, resolveLabel(dimension?.label, lang) ?? groupBy);
  }

  private _dimensionChoices(lang: Lang) {
    const store = this._store;
    if (!store) return [];
    return store.dimensions.map((key) => ({ key, label: resolveLabel(store.fields.get(key)!.label, lang) ?? key }));
  }

  private _parsed(payload: unknown): Source {
    if (!readDataset(payload)) throw new LeadDataError('shape', 'The response is not a lead dataset.');
    return { kind: 'object', dataset: payload };
  }

  /** What the store is built with now. */
  private _ingestOptions(): IngestOptions {
    return {
      timeZone: this._timeZone(),
      dateField: DATE_FIELDS.includes(this.dateField) ? this.dateField : 'createdAt',
      statuses: this.statuses,
    };
  }

  /**
   * This dashboard's ingest worker, created on first need; `null` when the page cannot run one.
   * Its client module is loaded only then: most payloads are small and never need it.
   */
  private async _ingestWorker(): Promise<IngestWorker | null> {
    if (this._worker === undefined) {
      const { IngestWorker } = await import('../../worker/ingest-client.js');
      if (this._worker === undefined) this._worker = IngestWorker.create();
    }
    return this._worker;
  }

  /**
   * Re-ingests when the data, status set, zone or date field changed. Small datasets are ingested
   * at once; large ones in slices or in the worker, while the previous store of the same data stays
   * on screen (a new dataset shows the loading state instead).
   */
  private _deriveStore(): LeadStore | null {
    const source: Source | undefined = this.data !== undefined ? { kind: 'object', dataset: this.data } : this._loaded;
    const options = this._ingestOptions();
    const key: StoreKey = {
      source: this.data !== undefined ? this.data : this._loaded,
      statuses: options.statuses,
      timeZone: options.timeZone,
      dateField: options.dateField!,
    };
    const previous = this._storeKey;
    if (
      previous &&
      previous.source === key.source &&
      previous.statuses === key.statuses &&
      previous.timeZone === key.timeZone &&
      previous.dateField === key.dateField
    )
      return this._store;
    this._storeKey = key;
    this._ingestAbort?.abort();
    this._ingestAbort = undefined;
    this._shapeError = false;
    const sameData = previous?.source === key.source;
    if (!source) {
      this._store = null;
      return null;
    }
    if (source.kind === 'worker') {
      if (sameOptions(source.options, options)) this._store = source.store;
      else this._ingestAsync(key, (signal) => source.worker.ingest(options, signal), sameData);
      return this._store;
    }
    const dataset = readDataset(source.dataset);
    if (!dataset) {
      this._shapeError = true;
      this._store = null;
      return null;
    }
    if (dataset.leads.length + dataset.rows.length <= SYNC_RECORDS) this._store = ingestLeads(dataset, options);
    else this._ingestAsync(key, (signal) => ingestLeadsInSlices(dataset, options, { signal }), sameData);
    return this._store;
  }

  /** Runs an ingest off the update: the store arrives later, unless another change supersedes it. */
  private _ingestAsync(key: StoreKey, run: (signal: AbortSignal) => Promise<LeadStore>, keepStore: boolean): void {
    if (!keepStore) this._store = null;
    const controller = (this._ingestAbort = new AbortController());
    this._ingesting = true;
    const done = run(controller.signal).then(
      (store) => {
        if (this._storeKey !== key) return;
        this._store = store;
        this._announceIfReady();
      },
      (error: unknown) => {
        if (controller.signal.aborted || this._storeKey !== key) return;
        // the worker stopped (removed element, failed script): start over on the main thread
        if ((error as Error | undefined)?.name === 'WorkerUnavailableError' && this._loaded?.kind === 'worker') void this._load.run();
      },
    );
    const tracked: Promise<void> = done.finally(() => {
      if (this._ingestDone === tracked) {
        this._ingestDone = undefined;
        this._ingesting = false;
      }
      this.requestUpdate();
    });
    this._ingestDone = tracked;
  }

  /** Fires `lead-data-load` for the last load from `api` once its store is ready. */
  private _announceIfReady(): void {
    const store = this._store;
    if (!this._announceLoad || !store || this.data !== undefined || this._storeKey?.source !== this._loaded) return;
    this._announceLoad = false;
    this.dispatchEvent(new LeadDataLoadEvent({ leads: store.leads, excluded: { ...store.excluded } }));
  }

  /** Re-ingests if needed, then re-summarises when anything the summary depends on changed. */
  private _derive(): void {
    const shown = this._summary !== undefined;
    const store = this._deriveStore();
    if (!store) {
      this._summary = undefined;
      return;
    }
    const timeZone = this._timeZone();
    const range: DayRange = resolveDayRange({ range: this.range, from: this.from, to: this.to }, timeZone);
    const basis = CONVERSION_BASES.includes(this.conversionBasis) ? this.conversionBasis : 'assigned';
    const summaryKey = [store, range.from, range.to, this._effectiveGroupBy(), basis, this._lang(), this._lists];
    if (!this._summary || !summaryKey.every((part, k) => part === this._summaryKey[k])) {
      this._summaryKey = summaryKey;
      this._summary = summarize(store, {
        range,
        groupBy: this._effectiveGroupBy(),
        filter: this._lists,
        conversionBasis: basis,
        lang: this._lang(),
      });
    }
    this._deriveExtras(store, range, basis);
    // a first summary with many groups is drawn in steps (the table adds its rows in steps too);
    // later ones replace what is on screen at once
    if (!shown && this._summary.groups.length > REVEAL_GROUPS && this.isConnected) {
      this._reveal = 1;
      this._revealed ??= new Promise((resolve) => (this._revealDone = resolve));
    }
  }

  /** The comparison and the trend, which follow the summary's inputs (and the compare mode). */
  private _deriveExtras(store: LeadStore, range: DayRange, basis: ConversionBasis): void {
    const lang = this._lang();
    const mode = this.compare === 'previous-period' || this.compare === 'same-period-last-year' ? this.compare : null;
    // the trend spans the whole dataset: it follows the data, the list filters and the language only
    const trendKey = [store, this._lists, lang, this._trendModule];
    if (this._trendModule && !trendKey.every((part, k) => part === this._trendKey[k])) {
      this._trendKey = trendKey;
      this._trend = this._trendModule.trendOf(store, { range: { from: null, to: null }, filter: this._lists, lang });
    }
    const key = [store, range.from, range.to, this._effectiveGroupBy(), basis, lang, this._lists, mode];
    if (key.every((part, k) => part === this._extrasKey[k])) return;
    this._extrasKey = key;
    const period = mode && comparisonPeriod(range, mode);
    if (!mode || !period || !this._summary) {
      this._comparison = undefined;
      return;
    }
    const previous = summarize(store, {
      range: period,
      groupBy: this._effectiveGroupBy(),
      filter: this._lists,
      conversionBasis: basis,
      lang,
    });
    const comparison = compareSummaries(this._summary, previous);
    const rule = comparisonRule(lang, mode, period);
    this._comparison = { kpis: { ...comparison.kpis, rule }, table: { groups: comparison.groups, totals: comparison.totals, rule } };
  }

  private _onFilterChange(event: LeadFilterChangeEvent) {
    event.stopPropagation();
    const bar = event.target as HTMLElement & { value: LeadFilter };
    const { groupBy, conversionBasis } = event.detail;
    this.filter = { ...bar.value, range: bar.value.range ?? this.range };
    if (groupBy) this.groupBy = groupBy;
    if (conversionBasis && (CONVERSION_BASES as readonly string[]).includes(conversionBasis))
      this.conversionBasis = conversionBasis as ConversionBasis;
    this._announceFilter();
  }

  private _onSelect(event: LeadSelectEvent) {
    event.stopPropagation();
    this.dispatchEvent(new LeadSelectEvent(event.detail));
  }

  /** A range picked on the trend chart (brush or keyboard): the dashboard's range, announced like a filter change. */
  private _onRangeSelect(event: LeadRangeSelectEvent) {
    event.stopPropagation();
    this.filter = { ...this._lists, from: event.detail.from, to: event.detail.to };
    this._announceFilter();
  }

  private _onCompare(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    this.compare = value === 'previous-period' || value === 'same-period-last-year' ? value : '';
  }

  /** Fires lead-filter-change for the current state (after a user's change) and mirrors it in the URL. */
  private _announceFilter() {
    const summary = this.summary;
    this.dispatchEvent(
      new LeadFilterChangeEvent({
        ...this.filter,
        from: summary?.range.from ?? null,
        to: summary?.range.to ?? null,
        groupBy: this._effectiveGroupBy(),
        conversionBasis: this.conversionBasis,
      }),
    );
    if (this.syncUrl) void this._writeUrl();
  }

  /** Starts from the `lead.*` parameters of the page's URL (no event: the state was not changed by a user here). */
  private async _readUrl() {
    const { filterFromUrlState, paramsToFilter } = await import('../../url/filter-url.js');
    const state = paramsToFilter(location.href, 'lead');
    const hasState =
      state.range || state.from || state.to || state.groupBy || state.conversionBasis || state.dateField || Object.keys(state.lists).length;
    if (!hasState) return;
    this.filter = filterFromUrlState(state);
    if (state.groupBy) this.groupBy = state.groupBy;
    if (state.conversionBasis) this.conversionBasis = state.conversionBasis;
    if (state.dateField) this.dateField = state.dateField;
  }

  private async _writeUrl() {
    const { syncedUrl, urlStateFromFilter } = await import('../../url/filter-url.js');
    const state = urlStateFromFilter(this.filter, {
      groupBy: this.groupBy,
      conversionBasis: this.conversionBasis,
      dateField: this.dateField,
    });
    history.replaceState(history.state, '', syncedUrl(location.href, state, 'lead'));
  }

  /** Downloads a chart as SVG or PNG (the export code is loaded on first use). */
  private async _export(name: string, format: 'svg' | 'png') {
    const text = messages(this._lang());
    const chart = this.renderRoot.querySelector(`[data-panel="${name}"] > :last-child`);
    const svg = chart?.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    if (!svg) return;
    this._exportMessage = '';
    try {
      const { download, fileName, pngBlob, svgBlob } = await import('../../export/chart-export.js');
      const blob = format === 'svg' ? svgBlob(svg) : await pngBlob(svg);
      await download(blob, fileName(svg.getAttribute('aria-label') ?? name, format));
    } catch (error) {
      this._exportMessage = (error as { code?: string }).code === 'image-blocked' ? text.exportPngUnavailable : text.exportFailed;
    }
  }

  private _download() {
    const url = URL.createObjectURL(new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'leads.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

defineElement('lead-dashboard', LeadDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'lead-dashboard': LeadDashboard;
  }
}
