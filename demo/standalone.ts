/**
 * The standalone pieces, wired by plain JavaScript as a host page would: the page fetches the
 * dataset once, ingests it, and on every `lead-filter-change` of its own filter bar summarises it
 * again for its own status chart. Failures show a note instead; nothing here throws at the page.
 */
import {
  groupHeading,
  ingestLeads,
  readDataset,
  resolveDayRange,
  resolveLabel,
  storeChoices,
  summarize,
  type ConversionBasis,
  type LeadFilter,
  type LeadFilterBar,
  type LeadFilterChangeEvent,
  type LeadStatusChart,
  type LeadStore,
} from '../src/index.js';
import { fillText, pageText, type PageLang } from './page-text.js';

/** Why the standalone pieces have no data. */
export type NoDataReason =
  | { kind: 'http'; status: number }
  | { kind: 'html' | 'json' | 'shape' | 'network' }
  /** The dashboard's own load failed first: the page waits for it to succeed before fetching. */
  | { kind: 'dashboard'; message: string };

/** The filter the standalone bar starts with, like the dashboard's `range` attribute. */
const INITIAL_FILTER: LeadFilter = { range: 'last-90-days' };

/** The standalone filter bar and status chart, and the note shown in their place. */
export class StandalonePieces {
  private _store: LeadStore | null = null;
  private _value: LeadFilter = { ...INITIAL_FILTER };
  private _groupBy = 'owner';
  private _basis: ConversionBasis = 'assigned';
  private _note: { key: 'standaloneWaiting' | 'standaloneLoading' | 'standaloneLoaded'; count?: number } | { reason: NoDataReason } = {
    key: 'standaloneWaiting',
  };

  constructor(
    private readonly elements: {
      pieces: HTMLElement;
      empty: HTMLElement;
      filter: LeadFilterBar;
      chart: LeadStatusChart;
      note: HTMLElement;
    },
    private readonly timeZone: string,
    private readonly lang: () => PageLang,
  ) {
    elements.filter.addEventListener('lead-filter-change', (event) => this._onFilterChange(event));
  }

  /** Whether a dataset is in place. */
  get loaded(): boolean {
    return this._store !== null;
  }

  /** Marks the fetch as started. */
  loading(): void {
    if (this._store) return;
    this._note = { key: 'standaloneLoading' };
    this._render();
  }

  /** Takes a parsed payload; an unreadable one leaves the pieces hidden with a note. */
  load(payload: unknown): void {
    try {
      const dataset = readDataset(payload);
      if (!dataset) return this.fail({ kind: 'shape' });
      this._store = ingestLeads(dataset, { timeZone: this.timeZone });
      this._note = { key: 'standaloneLoaded', count: this._store.leads ?? this._store.size };
    } catch {
      this._store = null;
      this._note = { reason: { kind: 'shape' } };
    }
    this._render();
  }

  /** Shows why there is no data. */
  fail(reason: NoDataReason): void {
    if (this._store) return;
    this._note = { reason };
    this._render();
  }

  /** Whether a failure may go away on a later attempt (an HTTP or network error). */
  static retryable(reason: NoDataReason): boolean {
    return reason.kind === 'http' || reason.kind === 'network' || reason.kind === 'dashboard';
  }

  /** Renders again in the current language (labels of options, groups and statuses). */
  relabel(): void {
    this._render();
    this.elements.filter.requestUpdate();
    this.elements.chart.requestUpdate();
  }

  /** The list filters of the standalone bar, for the drill-down. */
  get lists(): LeadFilter {
    const { range: _range, from: _from, to: _to, ...lists } = this._value;
    return lists;
  }

  private _onFilterChange(event: LeadFilterChangeEvent) {
    this._value = { ...this.elements.filter.value };
    if (event.detail.groupBy) this._groupBy = event.detail.groupBy;
    const basis = event.detail.conversionBasis;
    if (basis === 'assigned' || basis === 'qualified' || basis === 'closed') this._basis = basis;
    this._render();
  }

  private _render(): void {
    const { pieces, empty, filter, chart, note } = this.elements;
    const lang = this.lang();
    const text = pageText(lang);
    const store = this._store;
    if ('reason' in this._note) {
      const reason = this._note.reason;
      const why =
        reason.kind === 'http'
          ? fillText(text.reasonHttp, { status: reason.status })
          : reason.kind === 'dashboard'
            ? fillText(text.reasonDashboard, { message: reason.message.replace(/[.!]\s*$/, '') })
            : text[reasonKey[reason.kind]];
      note.textContent = fillText(StandalonePieces.retryable(reason) ? text.standaloneNoData : text.standaloneNoDataFinal, { reason: why });
    } else {
      note.textContent = fillText(text[this._note.key], {
        count: new Intl.NumberFormat(lang).format(this._note.count ?? 0),
      });
    }
    pieces.hidden = store === null;
    if (!store) return;
    try {
      const dimensionLabel = (key: string) => resolveLabel(store.fields.get(key)?.label, lang) ?? key;
      filter.choices = storeChoices(store, lang);
      filter.dimensions = store.dimensions.map((key) => ({ key, label: dimensionLabel(key) }));
      filter.value = this._value;
      filter.groupBy = this._groupBy;
      filter.conversionBasis = this._basis;
      filter.timeZone = this.timeZone;
      const summary = summarize(store, {
        range: resolveDayRange(this._value, this.timeZone, Date.now(), 'last-90-days'),
        groupBy: this._groupBy,
        filter: this.lists,
        conversionBasis: this._basis,
        lang,
      });
      chart.groupLabel = groupHeading(summary.groupBy, lang, dimensionLabel(summary.groupBy));
      chart.summary = summary;
      // as the dashboard does: no chart of empty bars when nothing is in the range
      chart.hidden = summary.totals.total === 0;
      empty.hidden = summary.totals.total !== 0;
      empty.textContent = text.standaloneEmpty;
    } catch {
      pieces.hidden = true;
      note.textContent = fillText(text.standaloneNoDataFinal, { reason: text.reasonShape });
    }
  }
}

const reasonKey = { html: 'reasonHtml', json: 'reasonJson', shape: 'reasonShape', network: 'reasonNetwork' } as const;

/**
 * Fetches the dataset with plain fetch, as a host page would; `headers` (the same token provider
 * the dashboard uses, when there is one) is asked again and the request repeated once on a 401.
 */
export async function fetchPayload(
  url: string,
  headers?: () => Promise<Record<string, string>>,
): Promise<{ payload: unknown } | { reason: NoDataReason }> {
  try {
    let response = await fetch(url, { headers: { Accept: 'application/json', ...(await headers?.()) } });
    if (response.status === 401 && headers) {
      await response.body?.cancel();
      response = await fetch(url, { headers: { Accept: 'application/json', ...(await headers()) } });
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { reason: { kind: 'http', status: response.status } };
    }
    const text = await response.text();
    if ((response.headers.get('Content-Type') ?? '').includes('html') || text.trimStart().startsWith('<'))
      return { reason: { kind: 'html' } };
    try {
      return { payload: JSON.parse(text) };
    } catch {
      return { reason: { kind: 'json' } };
    }
  } catch {
    return { reason: { kind: 'network' } };
  }
}
