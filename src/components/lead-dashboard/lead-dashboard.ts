import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { groupHeading, summaryToCSV } from '../../data/csv.js';
import { isValidTimeZone, localTimeZone } from '../../data/dates.js';
import type { LeadStore } from '../../data/engine.js';
import { ingestLeads, readDataset } from '../../data/ingest.js';
import { resolveLabel } from '../../data/labels.js';
import { isRangePreset, resolveDayRange, type DayRange } from '../../data/ranges.js';
import { CONVERSION_BASES, isGroupable, summarize } from '../../data/summary.js';
import type { ConversionBasis, DateField, Lang, LeadFilter, LeadSummary, RangePreset, StatusDef } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadFilterChangeEvent } from '../../events/lead-filter-change.js';
import { LeadSelectEvent } from '../../events/lead-select.js';
import { formatCount, formatDateRange } from '../../i18n/format.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { fill, messages } from '../../i18n/messages.js';
import '../lead-filter-bar/lead-filter-bar.js';
import '../lead-status-chart/lead-status-chart.js';
import { styles } from './lead-dashboard.styles.js';
import { summaryTable } from './summary-table.js';

const DATE_FIELDS: readonly DateField[] = ['createdAt', 'assignedAt', 'updatedAt'];

/** The list filters of a `.filter` object, without its range. */
type ListFilter = Omit<LeadFilter, 'range' | 'from' | 'to'>;

/** What the store was built from; a new store is ingested when any of it changes. */
interface StoreKey {
  data: unknown;
  statuses: StatusDef[] | undefined;
  timeZone: string;
  dateField: DateField;
}

/**
 * The drop-in leads dashboard: for a time range, how many leads each salesperson (or source,
 * priority, step, dimension) holds in each status, their total, each status's share and the
 * conversion rate, as a chart and a table.
 *
 * @tag lead-dashboard
 * @fires lead-filter-change - The user changed the filter, range, grouping or basis; detail: the filter with resolved `from` / `to`.
 * @fires lead-select - The user picked a chart segment; detail `{groupBy, group, status, from, to}`.
 * @csspart header - The area holding the filter bar and the range.
 * @csspart notice - The notice of records skipped as invalid or repeated.
 * @csspart empty - The message shown when no lead is in the range.
 * @csspart error - The message shown when the data cannot be used.
 * @csspart table - The table of numbers.
 * @csspart form - The filter bar's row of controls (re-exported).
 * @csspart control - Each filter control (re-exported).
 * @csspart chart - The status chart's SVG (re-exported).
 * @csspart legend - The status chart's legend (re-exported).
 * @cssprop --lead-font-family - Font of the whole dashboard.
 * @cssprop --lead-text-color - Ink of text.
 * @cssprop --lead-muted-color - Ink of secondary text such as shares.
 * @cssprop --lead-surface-color - Background of panels and controls.
 * @cssprop --lead-border-color - Lines of the table and controls.
 * @cssprop --lead-radius - Corner radius of panels and controls.
 */
export class LeadDashboard extends LitElement {
  static override styles = styles;

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

  /** List filters by field (SPEC §4 `.filter`). */
  @state() private _lists: ListFilter = {};

  private _storeKey: StoreKey | undefined;
  private _store: LeadStore | null = null;
  private _summaryKey: unknown[] = [];
  private _summary: LeadSummary | undefined;

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

  /** The table as CSV text: UTF-8 with a byte order mark, a header row, a row per group, the totals row. */
  toCSV(): string {
    const summary = this.summary;
    return summary ? summaryToCSV(summary, this._lang(), this._groupHeading(this._lang())) : '';
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this._derive();
  }

  override render() {
    const lang = this._lang();
    const text = messages(lang);
    const summary = this._summary;
    const store = this._store;
    return html`
      <div class="header" part="header" exportparts="form, control">
        <lead-filter-bar
          exportparts="form, control"
          lang=${lang}
          .value=${this.filter}
          group-by=${this._effectiveGroupBy()}
          conversion-basis=${this.conversionBasis}
          time-zone=${this._timeZone()}
          .dimensions=${this._dimensionChoices(lang)}
          @lead-filter-change=${this._onFilterChange}
        ></lead-filter-bar>
        ${summary ? html`<p class="range">${formatDateRange(lang, summary.range.from, summary.range.to)}</p>` : nothing}
      </div>
      ${this.data !== undefined && !store ? html`<p class="error" part="error" role="alert">${text.errorShape}</p>` : nothing}
      ${summary && (summary.excluded.invalid || summary.excluded.duplicateId)
        ? html`<p class="notice" part="notice" role="status">
            ${fill(text.excludedNotice, {
              invalid: formatCount(lang, summary.excluded.invalid),
              duplicate: formatCount(lang, summary.excluded.duplicateId),
            })}
          </p>`
        : nothing}
      ${summary ? this._renderSummary(summary, lang) : nothing}
    `;
  }

  private _renderSummary(summary: LeadSummary, lang: Lang) {
    const text = messages(lang);
    const heading = this._groupHeading(lang);
    const caption = fill(text.tableCaption, { group: heading.toLocaleLowerCase(lang) });
    return html`
      ${summary.totals.total === 0 ? html`<p class="empty" part="empty" role="status">${text.noData}</p>` : nothing}
      <lead-status-chart
        exportparts="chart, legend"
        lang=${lang}
        group-label=${heading}
        .summary=${summary}
        @lead-select=${this._onSelect}
      ></lead-status-chart>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>${summaryTable(summary, lang, heading, caption)}</div>
    `;
  }

  private _lang(): Lang {
    return resolveElementLang(this);
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

  /** Re-ingests when the data, status set, zone or date field changed; re-summarises when anything did. */
  private _derive(): void {
    const key: StoreKey = {
      data: this.data,
      statuses: this.statuses,
      timeZone: this._timeZone(),
      dateField: DATE_FIELDS.includes(this.dateField) ? this.dateField : 'createdAt',
    };
    const previous = this._storeKey;
    if (
      !previous ||
      previous.data !== key.data ||
      previous.statuses !== key.statuses ||
      previous.timeZone !== key.timeZone ||
      previous.dateField !== key.dateField
    ) {
      this._storeKey = key;
      const dataset = key.data === undefined ? null : readDataset(key.data);
      this._store = dataset && ingestLeads(dataset, key);
    }
    const store = this._store;
    if (!store) {
      this._summary = undefined;
      return;
    }
    const range: DayRange = resolveDayRange({ range: this.range, from: this.from, to: this.to }, key.timeZone);
    const basis = CONVERSION_BASES.includes(this.conversionBasis) ? this.conversionBasis : 'assigned';
    const summaryKey = [store, range.from, range.to, this._effectiveGroupBy(), basis, this._lang(), this._lists];
    if (this._summary && summaryKey.every((part, k) => part === this._summaryKey[k])) return;
    this._summaryKey = summaryKey;
    this._summary = summarize(store, {
      range,
      groupBy: this._effectiveGroupBy(),
      filter: this._lists,
      conversionBasis: basis,
      lang: this._lang(),
    });
  }

  private _onFilterChange(event: LeadFilterChangeEvent) {
    event.stopPropagation();
    const bar = event.target as HTMLElement & { value: LeadFilter };
    const { groupBy, conversionBasis } = event.detail;
    this.filter = { ...bar.value, range: bar.value.range ?? this.range };
    if (groupBy) this.groupBy = groupBy;
    if (conversionBasis && (CONVERSION_BASES as readonly string[]).includes(conversionBasis))
      this.conversionBasis = conversionBasis as ConversionBasis;
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
  }

  private _onSelect(event: LeadSelectEvent) {
    event.stopPropagation();
    this.dispatchEvent(new LeadSelectEvent(event.detail));
  }
}

defineElement('lead-dashboard', LeadDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'lead-dashboard': LeadDashboard;
  }
}
