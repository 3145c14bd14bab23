import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GroupChange, SummaryComparison } from '../../data/compare.js';
import { groupHeading } from '../../data/csv.js';
import type { GroupSummary, Lang, LeadSummary } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadSelectEvent } from '../../events/lead-select.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { fill, messages } from '../../i18n/messages.js';
import { afterFrame } from '../after-frame.js';
import { RovingFocusController, type Cell } from '../chart/roving-focus-controller.js';
import { formatSignedCount, formatSignedPercent } from '../lead-kpi-strip/kpi-values.js';
import { styles } from './lead-table.styles.js';
import { countCells } from './count-cells.js';
import { columnKey, sortGroups, type SortColumn, type SortDirection } from './table-sort.js';
import { rowWindow, WINDOW_FROM, type RowRanges } from './table-window.js';

/** The change of each group's total against another period, and optionally the rule naming that period. */
export interface TableComparison extends Pick<SummaryComparison, 'groups' | 'totals'> {
  /** The period compared with, e.g. "vs the previous 30 days (Oct 1 – 30, 2026)", added to the caption. */
  rule?: string;
}

const collators = new Map<Lang, Intl.Collator>();

/**
 * The SPEC §5 table: a row per group with each status's count and share, the total and the
 * conversion rate, and a totals row; given a `comparison`, a "Δ Total" column after the total shows the
 * signed change of each group's total against another period. Columns sort by their header buttons;
 * count cells form a grid with one tab stop (arrows move, Home / End to the ends of a row, Ctrl +
 * Home / End to the ends of the grid, Enter or Space select). A new summary updates the rows in
 * place. Up to 200 groups every group is a row; a longer table scrolls in its frame and renders the
 * rows in view (with `aria-rowcount` / `aria-rowindex`), every row when printed.
 *
 * @tag lead-table
 * @fires lead-select - The user activated a count or total cell; detail `{groupBy, group, status, from, to}` (`group` undefined on the totals row, `status` undefined in the total column).
 * @csspart table - The table.
 * @cssprop --lead-font-family - Font of the table.
 * @cssprop --lead-text-color - Ink of text.
 * @cssprop --lead-muted-color - Ink of the shares.
 * @cssprop --lead-border-color - Lines between rows and around the table.
 * @cssprop --lead-radius - Corner radius of the table's frame.
 * @cssprop --lead-focus-color - Outline of the focused cell or header.
 * @cssprop --lead-header-color - Background of the header row.
 * @cssprop --lead-table-height - Height of the scrolling frame of a table of more than 200 groups (default 36rem).
 */
export class LeadTable extends LitElement {
  static override styles = styles;

  /** The summary to show (SPEC §5 `LeadSummary`). */
  @property({ attribute: false }) summary: LeadSummary | undefined;

  /** The name of the grouping field, for the first column and the caption; defaults to the built-in field's name. */
  @property({ attribute: 'group-label' }) groupLabel: string | undefined;

  /** Interface language, `vi` or `en`; otherwise the nearest `lang` ancestor, then `vi`. */
  @property({ reflect: true }) override lang = '';

  /** The change of each group's total against another period (`compareSummaries(...)`, optionally with a `rule`); adds the "Δ Total" column. */
  @property({ attribute: false }) comparison: TableComparison | undefined;

  /** The column the rows are sorted by; `null` keeps the summary's order. */
  @state() private _sort: SortColumn | null = null;
  @state() private _direction: SortDirection = 'descending';
  /** The window's scroll offset, from the frame's scroll events. */
  @state() private _scrollTop = 0;
  /** The whole table is drawn (for print). */
  @state() private _printing = false;

  private readonly _grid = new RovingFocusController(this, {
    axis: 'grid',
    rows: () => {
      const columns = (this.summary?.statuses.length ?? 0) + 1;
      return Array.from({ length: this._rows.length + 1 }, () => this._columnKeys(columns));
    },
    onActivate: (cell) => this._select(cell),
    // the row must be drawn before it takes the focus
    onMove: (cell) => this._reveal(cell.row),
  });

  /** The groups in the order shown. */
  private _rows: GroupSummary[] = [];
  private _changes = new Map<string | null, GroupChange>();
  private _deltas = new Map<string | null, number>();
  private _keys: number[] = [];
  /** The measured height of a body row, and the body's offset in the frame. */
  private _rowHeight = 40;
  private _bodyTop = 0;
  private _viewport = 600;
  private _measured = false;
  private _measuring: Promise<void> | undefined;
  private readonly _print = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private readonly _onPrint = () => (this._printing = !!this._print?.matches);

  constructor() {
    super();
    // on the host, like the grid's keys (the roving focus controller listens there too)
    this.addEventListener('click', this._onClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._print?.addEventListener('change', this._onPrint);
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onPrint);
    this._onPrint();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._print?.removeEventListener('change', this._onPrint);
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onPrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('comparison')) {
      const groups = this.comparison?.groups ?? [];
      this._changes = new Map(groups.map((change) => [change.key, change] as const));
      this._deltas = new Map(groups.map((change) => [change.key, change.total.delta] as const));
      if (!this.comparison && this._sort?.kind === 'delta') this._sort = null;
    }
    const summary = this.summary;
    if (!summary) {
      this._rows = [];
      return;
    }
    if (changed.has('summary') || changed.has('comparison') || changed.has('lang') || changed.has('_sort') || changed.has('_direction')) {
      const lang = resolveElementLang(this);
      let collator = collators.get(lang);
      if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
      this._rows = sortGroups(summary.groups, this._sort, this._direction, collator.compare, this._deltas);
    }
  }

  protected override updated(): void {
    if (this._rows.length <= WINDOW_FROM || this._printing) return;
    for (const spacer of this.renderRoot.querySelectorAll<HTMLElement>('tr.spacer td'))
      spacer.style.height = `${Number(spacer.dataset.rows) * this._rowHeight}px`;
    // measured in the next frame, once: reading geometry here would lay out the page in every update
    if (!this._measured) {
      this._measured = true;
      // after the next frame, or 100 ms in a hidden page, which draws no frame
      this._measuring = new Promise((resolve) =>
        afterFrame(() => {
          this._measuring = undefined;
          this._measure();
          resolve();
        }),
      );
    }
  }

  /** Resolves once the rows are drawn, and on a long table's first drawing once its rows are measured. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._measuring) {
      await this._measuring;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Reads the real row height, the body's offset and the frame's height (then on every scroll, when layout is fresh). */
  private readonly _measure = () => {
    const row = this.renderRoot.querySelector<HTMLElement>('tbody tr.group');
    const body = this.renderRoot.querySelector<HTMLElement>('tbody');
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const rowHeight = row?.offsetHeight || this._rowHeight;
    const bodyTop = body?.offsetTop ?? this._bodyTop;
    const viewport = frame?.clientHeight || this._viewport;
    if (rowHeight === this._rowHeight && bodyTop === this._bodyTop && viewport === this._viewport) return;
    [this._rowHeight, this._bodyTop, this._viewport] = [rowHeight, bodyTop, viewport];
    this.requestUpdate();
  };

  override render() {
    const summary = this.summary;
    if (!summary) return nothing;
    const lang = resolveElementLang(this);
    const text = messages(lang);
    const heading = this.groupLabel ?? groupHeading(summary.groupBy, lang);
    const caption = fill(text.tableCaption, { group: heading.toLocaleLowerCase(lang) });
    const comparison = this.comparison;
    const rows = this._rows;
    const windowed = rows.length > WINDOW_FROM && !this._printing;
    const ranges: RowRanges = windowed ? this._window() : [[0, rows.length]];
    const columns = summary.statuses.length + (comparison ? 3 : 2) + 1;
    return html`<div class="frame ${windowed ? 'windowed' : ''}" role="region" aria-labelledby="caption" @scroll=${this._onScroll}>
      <table part="table" role="grid" aria-readonly="true" aria-rowcount=${windowed ? rows.length + 2 : nothing}>
        <caption id="caption">${caption}${comparison?.rule ? html`<span class="rule"> ${comparison.rule}</span>` : nothing}</caption>
        <thead>
          <tr aria-rowindex=${windowed ? 1 : nothing}>
            ${this._header({ kind: 'label' }, heading, 'start')}
            ${summary.statuses.map((status) => this._header({ kind: 'status', id: status.id }, status.label))}
            ${this._header({ kind: 'total' }, text.total)}
            ${comparison ? this._header({ kind: 'delta' }, text.deltaTotal) : nothing}
            ${this._header({ kind: 'rate' }, text.conversionRate)}
          </tr>
        </thead>
        <tbody>
          ${ranges.map(([start, end], k) => {
            const before = start - (k === 0 ? 0 : ranges[k - 1]![1]);
            // rows keyed by position, not by group: a new summary rewrites the numbers of the rows
            // in place instead of moving them (a new range reorders groups by total), and a row
            // scrolled to keeps its element (and the focus on it)
            return html`${before > 0 ? this._spacer(before, columns) : nothing}${repeat(
              rows.slice(start, end),
              (_, offset) => start + offset,
              (group, offset) => this._row(group, start + offset, summary, lang, windowed),
            )}`;
          })}
          ${windowed && ranges.length ? this._spacer(rows.length - ranges[ranges.length - 1]![1], columns) : nothing}
        </tbody>
        <tfoot>
          <tr aria-rowindex=${windowed ? rows.length + 2 : nothing}>
            <th scope="row">${summary.totals.label}</th>
            ${this._cells(summary.totals, rows.length, summary, lang, comparison?.totals)}
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private _row(group: GroupSummary, row: number, summary: LeadSummary, lang: Lang, windowed: boolean) {
    return html`<tr class="group" aria-rowindex=${windowed ? row + 2 : nothing}>
      <th scope="row">${group.label}</th>
      ${this._cells(group, row, summary, lang, this._changes.get(group.key))}
    </tr>`;
  }

  /** Stands for `rows` rows not drawn. */
  private _spacer(rows: number, columns: number) {
    if (rows <= 0) return nothing;
    // its height is set in updated(), through the CSSOM (no style attribute: strict CSP)
    return html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} data-rows=${rows}></td></tr>`;
  }

  private _header(column: SortColumn, label: string, align: 'start' | 'end' = 'end') {
    const active = this._sort !== null && columnKey(this._sort) === columnKey(column);
    return html`<th scope="col" class=${align} aria-sort=${active ? this._direction : 'none'}>
      <button type="button" @click=${() => this._sortBy(column)}>
        ${label}<span class="arrow" aria-hidden="true">${active ? (this._direction === 'ascending' ? '▲' : '▼') : ''}</span>
      </button>
    </th>`;
  }

  private _cells(group: GroupSummary, row: number, summary: LeadSummary, lang: Lang, change: GroupChange | undefined) {
    const statuses = summary.statuses;
    const texts = new Array<string>(statuses.length + 1);
    for (let column = 0; column < statuses.length; column++) {
      const count = group.counts[statuses[column]!.id]!;
      // the count, and its share on a second line: one text node, styled by ::first-line
      texts[column] = `${formatCount(lang, count)}\n${formatPercent(lang, group.total === 0 ? null : count / group.total)}`;
    }
    texts[statuses.length] = formatCount(lang, group.total);
    const active = this._grid.active;
    return html`${countCells(texts, row, active.row === row ? active.index : -1)}${this.comparison ? this._deltaCell(change, lang) : nothing}
      <td class="rate">${formatPercent(lang, group.conversionRate)}</td>`;
  }

  private _deltaCell(change: GroupChange | undefined, lang: Lang) {
    if (!change) return html`<td class="delta">${messages(lang).dash}</td>`;
    const ratio = change.total.ratio;
    const relative = ratio === null || !Number.isFinite(ratio) ? messages(lang).dash : formatSignedPercent(lang, ratio);
    return html`<td class="delta"><span class="count">${formatSignedCount(lang, change.total.delta)}</span>
      <span class="share">${relative}</span></td>`;
  }

  /** The column keys of a grid row (the same for every row): reused while the number of columns is. */
  private _columnKeys(columns: number): number[] {
    if (this._keys.length !== columns) this._keys = Array.from({ length: columns }, (_, k) => k);
    return this._keys;
  }

  /** The rows drawn now: those in view of the frame, and the one holding the tab stop. */
  private _window(): RowRanges {
    const keep = this._grid.active.row < this._rows.length ? this._grid.active.row : null;
    const scrollTop = this._scrollTop - this._bodyTop;
    return rowWindow({ rows: this._rows.length, scrollTop, viewport: this._viewport, rowHeight: this._rowHeight, keep });
  }

  /** Brings a row into the window before the focus moves to it: the frame scrolls there with the focus. */
  private _reveal(row: number) {
    if (this._rows.length <= WINDOW_FROM || row >= this._rows.length) return;
    const top = this._bodyTop + row * this._rowHeight;
    const viewport = this._viewport;
    if (top < this._scrollTop || top + this._rowHeight > this._scrollTop + viewport) this._scrollTop = Math.max(0, top - viewport / 2);
  }

  /** A click on a count or total cell selects it. */
  private readonly _onClick = (event: MouseEvent) => {
    const cell = (event.composedPath()[0] as Element | undefined)?.closest?.('td[data-row]') as HTMLElement | null | undefined;
    if (cell) this._select({ row: Number(cell.dataset.row), index: Number(cell.dataset.index) });
  };

  private readonly _onScroll = (event: Event) => {
    if (this._rows.length <= WINDOW_FROM) return;
    this._scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    this._measure();
  };

  /** Printing draws every row (beforeprint comes before the print layout; the update follows in a microtask). */
  private readonly _onBeforePrint = () => (this._printing = true);

  private _sortBy(column: SortColumn) {
    const same = this._sort !== null && columnKey(this._sort) === columnKey(column);
    this._direction = same
      ? this._direction === 'ascending'
        ? 'descending'
        : 'ascending'
      : column.kind === 'label'
        ? 'ascending'
        : 'descending';
    this._sort = column;
  }

  private _select({ row, index }: Cell) {
    const summary = this.summary;
    if (!summary) return;
    this._grid.active = { row, index };
    this.requestUpdate();
    const group = row < this._rows.length ? this._rows[row]!.key : undefined;
    this.dispatchEvent(
      new LeadSelectEvent({
        groupBy: summary.groupBy,
        group,
        status: summary.statuses[index]?.id,
        from: summary.range.from,
        to: summary.range.to,
      }),
    );
  }
}

defineElement('lead-table', LeadTable);

declare global {
  interface HTMLElementTagNameMap {
    'lead-table': LeadTable;
  }
}
