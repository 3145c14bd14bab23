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
import { formatSignedCount, formatSignedPercent } from '../lead-kpi-strip/kpi-values.js';
import { styles } from './lead-table.styles.js';
import { columnKey, sortGroups, type SortColumn, type SortDirection } from './table-sort.js';

/** The change of each group's total against another period, and optionally the rule naming that period. */
export interface TableComparison extends Pick<SummaryComparison, 'groups' | 'totals'> {
  /** The period compared with, e.g. "vs the previous 30 days (Oct 1 – 30, 2026)", added to the caption. */
  rule?: string;
}

/** An activatable cell: row (groups, then the totals row) and column (statuses, then the total). */
interface Cell {
  row: number;
  column: number;
}

const collators = new Map<Lang, Intl.Collator>();

/** Rows drawn in the first task of a new summary; the rest follow in the next task, so a table of hundreds of groups never blocks the page in one go. */
const FIRST_ROWS = 20;

/**
 * The SPEC §5 table: a row per group with each status's count and share, the total and the
 * conversion rate, and a totals row; given a `comparison`, a "Δ Total" column after the total shows the
 * signed change of each group's total against another period. Every group is a row; columns sort by their header buttons;
 * count cells form a grid with one tab stop (arrows move, Enter or Space select).
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
  /** The cell holding the tab stop. */
  @state() private _active: Cell = { row: 0, column: 0 };

  /** How many rows are drawn: all, or the first ones of a long table, more after each frame. */
  @state() private _shown = Infinity;
  /** Cancels the next batch of rows. */
  private _rest: (() => void) | undefined;
  /** The comparison's groups by key. */
  private _changes = new Map<string | null, GroupChange>();
  private _deltas = new Map<string | null, number>();
  private _restDrawn: Promise<void> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('comparison')) {
      const groups = this.comparison?.groups ?? [];
      this._changes = new Map(groups.map((change) => [change.key, change] as const));
      this._deltas = new Map(groups.map((change) => [change.key, change.total.delta] as const));
      if (!this.comparison && this._sort?.kind === 'delta') this._sort = null;
    }
    const summary = this.summary;
    if (!summary) return;
    if (changed.has('summary') && summary.groups.length > FIRST_ROWS && this._rest === undefined) {
      this._shown = FIRST_ROWS;
      this._restDrawn = new Promise((resolve) => {
        // a batch more after each frame, so no frame lays out the whole table
        const step = () => {
          this._shown += 2 * FIRST_ROWS;
          if (this._shown < (this.summary?.groups.length ?? 0)) return void (this._rest = afterFrame(step));
          this._rest = undefined;
          this._shown = Infinity;
          resolve();
        };
        this._rest = afterFrame(step);
      });
    }
    const row = Math.min(this._active.row, summary.groups.length);
    const column = Math.min(this._active.column, summary.statuses.length);
    if (row !== this._active.row || column !== this._active.column) this._active = { row, column };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._rest?.();
    this._rest = undefined;
    this._shown = Infinity;
  }

  /** Resolves once every row is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._rest !== undefined && this._restDrawn) {
      await this._restDrawn;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override render() {
    const summary = this.summary;
    if (!summary) return nothing;
    const lang = resolveElementLang(this);
    const text = messages(lang);
    const heading = this.groupLabel ?? groupHeading(summary.groupBy, lang);
    const caption = fill(text.tableCaption, { group: heading.toLocaleLowerCase(lang) });
    const comparison = this.comparison;
    const rows = this._rows(summary, lang);
    return html`<div class="frame" role="region" aria-labelledby="caption">
      <table part="table" role="grid" aria-readonly="true" @keydown=${this._onKeydown} @focusin=${this._onFocus}>
        <caption id="caption">${caption}${comparison?.rule ? html`<span class="rule"> ${comparison.rule}</span>` : nothing}</caption>
        <thead>
          <tr>
            ${this._header({ kind: 'label' }, heading, 'start')}
            ${summary.statuses.map((status) => this._header({ kind: 'status', id: status.id }, status.label))}
            ${this._header({ kind: 'total' }, text.total)}
            ${comparison ? this._header({ kind: 'delta' }, text.deltaTotal) : nothing}
            ${this._header({ kind: 'rate' }, text.conversionRate)}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows.length > this._shown ? rows.slice(0, this._shown) : rows,
            (group) => group.key ?? '\u0000null',
            (group, row) => html`<tr>
              <th scope="row">${group.label}</th>
              ${this._cells(group, row, summary, lang, this._changes.get(group.key))}
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${summary.totals.label}</th>
            ${this._cells(summary.totals, rows.length, summary, lang, comparison?.totals)}
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private _rows(summary: LeadSummary, lang: Lang): GroupSummary[] {
    let collator = collators.get(lang);
    if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
    return sortGroups(summary.groups, this._sort, this._direction, collator.compare, this._deltas);
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
    const cell = (column: number, content: unknown, className: string) => {
      const active = this._active.row === row && this._active.column === column;
      return html`<td class=${className} tabindex=${active ? 0 : -1} data-row=${row} data-column=${column} @click=${() =>
        this._select({ row, column })}>${content}</td>`;
    };
    return html`${summary.statuses.map((status, column) => {
      const count = group.counts[status.id]!;
      return cell(
        column,
        html`<span class="count">${formatCount(lang, count)}</span>
            <span class="share">${formatPercent(lang, group.total === 0 ? null : count / group.total)}</span>`,
        'count',
      );
    })}
      ${cell(summary.statuses.length, formatCount(lang, group.total), 'total')}
      ${this.comparison ? this._deltaCell(change, lang) : nothing}
      <td class="rate">${formatPercent(lang, group.conversionRate)}</td>`;
  }

  private _deltaCell(change: GroupChange | undefined, lang: Lang) {
    if (!change) return html`<td class="delta">${messages(lang).dash}</td>`;
    const ratio = change.total.ratio;
    const relative = ratio === null || !Number.isFinite(ratio) ? messages(lang).dash : formatSignedPercent(lang, ratio);
    return html`<td class="delta"><span class="count">${formatSignedCount(lang, change.total.delta)}</span>
      <span class="share">${relative}</span></td>`;
  }

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

  private _onFocus(event: FocusEvent) {
    const cell = cellOf(event.target);
    if (cell) this._active = cell;
  }

  private _onKeydown(event: KeyboardEvent) {
    const summary = this.summary;
    const from = cellOf(event.target);
    if (!summary || !from) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._select(from);
      return;
    }
    const lastRow = summary.groups.length;
    const lastColumn = summary.statuses.length;
    const moves: Record<string, Cell> = {
      ArrowRight: { row: from.row, column: Math.min(lastColumn, from.column + 1) },
      ArrowLeft: { row: from.row, column: Math.max(0, from.column - 1) },
      ArrowDown: { row: Math.min(lastRow, from.row + 1), column: from.column },
      ArrowUp: { row: Math.max(0, from.row - 1), column: from.column },
      Home: { row: event.ctrlKey ? 0 : from.row, column: 0 },
      End: { row: event.ctrlKey ? lastRow : from.row, column: lastColumn },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    this._active = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`td[data-row="${next.row}"][data-column="${next.column}"]`)?.focus(),
    );
  }

  private _select({ row, column }: Cell) {
    const summary = this.summary;
    if (!summary) return;
    this._active = { row, column };
    const rows = this._rows(summary, resolveElementLang(this));
    const group = row < rows.length ? rows[row]!.key : undefined;
    this.dispatchEvent(
      new LeadSelectEvent({
        groupBy: summary.groupBy,
        group,
        status: summary.statuses[column]?.id,
        from: summary.range.from,
        to: summary.range.to,
      }),
    );
  }
}

function cellOf(target: EventTarget | null): Cell | null {
  if (!(target instanceof HTMLElement) || target.dataset.row === undefined) return null;
  return { row: Number(target.dataset.row), column: Number(target.dataset.column) };
}

defineElement('lead-table', LeadTable);

declare global {
  interface HTMLElementTagNameMap {
    'lead-table': LeadTable;
  }
}
