import { html, svg, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { brushSelection, brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { bucketTrend, type LeadTrend, type TrendBucket, type TrendUnit } from '../../data/trend.js';
import type { Lang } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadRangeSelectEvent } from '../../events/lead-range-select.js';
import { formatCount, formatDateRange } from '../../i18n/format.js';
import { chartMessages, type ChartMessages } from '../../i18n/chart-messages.js';
import { fill, type Messages } from '../../i18n/messages.js';
import { LeadChartElement } from '../chart/chart-element.js';
import { statusPaint } from '../chart/status-paint.js';
import { RovingFocusController, type Cell } from '../chart/roving-focus-controller.js';
import { tooltip } from '../chart/tooltip.js';
import { styles } from './lead-trend-chart.styles.js';
import {
  bucketAt,
  bucketSpan,
  layoutTrend,
  periodLabel,
  planTrend,
  snapToBuckets,
  type TrendLayout,
  type TrendPlan,
  type TrendUnitChoice,
} from './trend-layout.js';

/** A time range of whole buckets, inclusive calendar dates. */
export interface TrendSelection {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`. */
  to: string;
}

const UNITS: readonly TrendUnit[] = ['day', 'week', 'month'];
const HEIGHT = 220;

/**
 * Leads per day, week or month, stacked by status, from day counts (`trendOf()` or `countByDay()`).
 * A brush picks a time range of whole buckets; so do Shift + arrow keys (or Home / End) and Enter
 * or Space on the focused bucket, and Escape drops such a selection before it is applied. Buckets
 * are one tab stop: Left / Right, Home and End move, each bucket announces its period and counts.
 *
 * @tag lead-trend-chart
 * @fires lead-range-select - The user picked a time range (a brush drag, or Enter or Space); detail `{from, to}`, whole buckets.
 * @csspart heading - The title line.
 * @csspart chart - The SVG of the columns.
 * @csspart units - The day / week / month switch.
 * @csspart tooltip - The tooltip drawn over the columns.
 * @csspart data-table - The table alternative, while open.
 * @cssprop --lead-status-<id>-color - Colour of a default status (`new`, `assigned`, `in_progress`, `customer`, `not_potential`, `stopped`, `duplicate`, `unknown`).
 * @cssprop --lead-palette-<n> - Colours 0–9 for statuses outside the default set.
 * @cssprop --lead-font-family - Font of the chart.
 * @cssprop --lead-text-color - Ink of labels and axes.
 * @cssprop --lead-muted-color - Ink of the empty message.
 * @cssprop --lead-grid-color - Colour of the count axis grid lines.
 * @cssprop --lead-focus-color - Focused bucket, controls and the brushed range.
 * @cssprop --lead-surface-color - Background of the tooltip.
 * @cssprop --lead-border-color - Border of the tooltip and controls.
 */
export class LeadTrendChart extends LeadChartElement {
  static override styles = styles;

  /** Leads per day and the status columns (`trendOf(store, {range, filter, lang})`). */
  @property({ attribute: false }) trend: LeadTrend | undefined;

  /** `day`, `week` or `month` per bar; `auto` picks by the range's length (days up to 62, weeks up to 366, then months). */
  @property({ reflect: true }) unit: TrendUnitChoice = 'auto';

  /** The range shown as brushed, whole buckets; setting it fires nothing, the user's picks update it. */
  @property({ attribute: false }) selection: TrendSelection | null = null;

  /** What the live region says after a keyboard selection. */
  @state() private _announcement = '';

  /** The buckets as one list, left to right. */
  private readonly _focus = new RovingFocusController(this, {
    axis: 'x',
    rows: () => [this._buckets],
    onActivate: (cell) => this._activate(cell.index),
    onMove: (cell, from, event) => this._extend(cell, from, event),
    onEscape: () => this._dropPending(),
  });
  private _plan: TrendPlan | null = null;
  private _buckets: TrendBucket[] = [];
  private _layout: TrendLayout | undefined;
  private _layoutKey = '';
  /** The selection as bucket indices, `[first, last]`. */
  private _selected: [number, number] | null = null;
  /** Where a Shift + arrow selection started. */
  private _anchor: number | null = null;
  /** A keyboard selection not applied yet, while it is the one shown, and the selection it replaced. */
  private _pending: { selection: TrendSelection; before: TrendSelection | null } | null = null;
  private _brush: BrushBehavior<unknown> | undefined;
  private _brushNode: SVGGElement | undefined;
  /** The plot area the brush was last fitted to. */
  private _extent = '';
  /** A brush gesture of the user is under way. */
  private _brushing = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // a reconnected element gets its brush back in updated()
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._detachBrush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.language;
    if (changed.has('trend') || changed.has('unit')) {
      const days = this.trend?.days;
      this._plan = days ? planTrend(days, this.unit) : null;
      this._buckets = this._plan && days ? bucketTrend(days, this._plan) : [];
      if (changed.has('trend')) this._anchor = null;
    }
    const width = this.availableWidth;
    const key = `${width}|${lang}`;
    if (changed.has('trend') || changed.has('unit') || key !== this._layoutKey || !this._layout) {
      this._layoutKey = key;
      this._layout = this._plan ? layoutTrend(this._buckets, { width, height: HEIGHT, unit: this._plan.unit, lang }) : undefined;
    }
    this._selected = selectedBuckets(this._buckets, this.selection);
  }

  protected override updated(): void {
    this._syncBrush();
  }

  override render() {
    const trend = this.trend;
    if (!trend) return nothing;
    const lang = this.language;
    const text = chartMessages(lang);
    const plan = this._plan;
    const layout = this._layout;
    return html`
      <div class="toolbar">
        <p class="heading" part="heading">${text.trendTitle}</p>
        ${plan ? this.renderDataTableToggle(text.dataTable) : nothing}
        <div class="units" part="units" role="group" aria-label=${text.trendUnit}>
          ${UNITS.map(
            (unit) => html`<button
              type="button"
              aria-pressed=${plan?.unit === unit ? 'true' : 'false'}
              ?disabled=${!plan?.units[unit]}
              @click=${() => (this.unit = unit)}
            >
              ${unitName(text, unit)}
            </button>`,
          )}
        </div>
      </div>
      ${plan && layout ? this._renderChart(trend, plan, layout, lang) : html`<p class="empty">${text.noData}</p>`}
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${plan ? this._renderDataTable(trend, plan, lang) : nothing}
    `;
  }

  private _renderChart(trend: LeadTrend, plan: TrendPlan, layout: TrendLayout, lang: Lang) {
    const text = chartMessages(lang);
    const title = text.trendTitle;
    const total = this._buckets.reduce((sum, bucket) => sum + bucket.total, 0);
    const first = this._buckets[0]!;
    const last = this._buckets[this._buckets.length - 1]!;
    const description = fill(text.trendDescription, {
      total: formatCount(lang, total),
      range: formatDateRange(lang, first.start, last.end),
      unit: unitName(text, plan.unit).toLocaleLowerCase(lang),
    });
    const selected = this._selected;
    return this.renderChart(
      layout,
      { label: title, description, onPointerMove: this._onPointerMove, onPointerLeave: () => (this._focus.tip = null) },
      svg`<g class="grid" aria-hidden="true">
        ${layout.ticks.map(
          (tick) => svg`<line x1=${layout.left} x2=${layout.right} y1=${tick.y} y2=${tick.y}></line>
            <text class="tick" x=${layout.left - 6} y=${tick.y}>${tick.label}</text>`,
        )}
        ${layout.labels.map((label) => svg`<text class="date" x=${label.x} y=${layout.bottom + 16}>${label.label}</text>`)}
      </g>
      <g class="bars" aria-hidden="true">
        ${repeat(
          layout.columns,
          (column) => column.bucket.start,
          // a new range only dims other columns: the marks of a column stay while its layout does
          (column, k) => svg`<g class=${selected && (k < selected[0] || k > selected[1]) ? 'dim' : ''}>
            ${guard([column, trend.statuses], () =>
              column.segments.map((segment) => {
                const paint = statusPaint(trend.statuses[segment.index] ?? { id: '', label: '', kind: 'unknown' }, segment.index);
                return svg`<rect class=${paint.className} fill=${ifDefined(paint.fill)} x=${column.barX} y=${segment.y} width=${column.barWidth} height=${segment.height}></rect>`;
              }),
            )}
          </g>`,
        )}
      </g>
      <g role="listbox" aria-label=${title} aria-multiselectable="true" aria-orientation="horizontal">
        ${repeat(
          layout.columns,
          (column) => column.bucket.start,
          (column, k) => svg`<rect class="option" role="option" data-index=${k} tabindex=${this._focus.tabindex(k)}
            aria-selected=${selected && k >= selected[0] && k <= selected[1] ? 'true' : 'false'}
            aria-label=${this._bucketName(column, trend, plan.unit, lang)}
            x=${column.x0} y=${layout.top} width=${column.x1 - column.x0} height=${layout.bottom - layout.top}></rect>`,
        )}
      </g>
      <g class="brush" aria-hidden="true"></g>
      ${this._renderTooltip(trend, plan, layout, lang)}`,
    );
  }

  /** A bucket's accessible name, made once per column of a layout (a new range leaves them as they are). */
  private _names = new WeakMap<object, string>();
  private _bucketName(column: TrendLayout['columns'][number], trend: LeadTrend, unit: TrendUnit, lang: Lang): string {
    let name = this._names.get(column);
    if (name === undefined) this._names.set(column, (name = bucketName(column.bucket, trend, unit, lang)));
    return name;
  }

  private _renderTooltip(trend: LeadTrend, plan: TrendPlan, layout: TrendLayout, lang: Lang) {
    const tip = this._focus.tip;
    const column = tip && layout.columns[tip.index];
    if (!column) return nothing;
    const text = chartMessages(lang);
    const lines = [
      periodLabel(column.bucket, plan.unit, lang),
      ...statusCounts(column.bucket, trend, lang),
      `${text.total}: ${formatCount(lang, column.bucket.total)}`,
    ];
    // from the top of the column's stack, inside the plot
    return tooltip({ x: column.x0, y: column.y, width: column.x1 - column.x0, height: 0 }, lines, {
      width: layout.width,
      height: layout.bottom,
    });
  }

  private _renderDataTable(trend: LeadTrend, plan: TrendPlan, lang: Lang) {
    const text = chartMessages(lang);
    return this.renderDataTable(text.trendTitle, [text.trendPeriod, ...trend.statuses.map((status) => status.label), text.total], () =>
      this._buckets.map((bucket) => ({
        label: periodLabel(bucket, plan.unit, lang),
        cells: [...trend.statuses.map((_, k) => formatCount(lang, bucket.counts[k] ?? 0)), formatCount(lang, bucket.total)],
      })),
    );
  }

  /** Attaches the brush to the current island, fits it to the plot and shows the selection. */
  private _syncBrush() {
    const node = this.renderRoot.querySelector<SVGGElement>('g.brush') ?? undefined;
    if (node !== this._brushNode) {
      this._detachBrush();
      if (node) this._attachBrush(node);
    }
    const layout = this._layout;
    const brush = this._brush;
    if (!node || !layout || !brush) return;
    const extent = `${layout.left} ${layout.top} ${layout.right} ${layout.bottom}`;
    if (extent !== this._extent) {
      // a new size: the overlay follows the plot, and the selection is redrawn below
      this._extent = extent;
      brush.extent([
        [layout.left, layout.top],
        [layout.right, layout.bottom],
      ]);
      select(node).call(brush);
    }
    // never move the brush under the user's hand
    if (this._brushing) return;
    const target = this._selected ? bucketSpan(layout, this._selected[0], this._selected[1]) : null;
    const current = brushSelection(node) as [number, number] | null;
    const same = target === null ? current === null : current !== null && current[0] === target[0] && current[1] === target[1];
    // moves made here carry no sourceEvent: the handlers below ignore them
    if (!same) select(node).call(brush.move, target);
  }

  private _attachBrush(node: SVGGElement) {
    const layout = this._layout;
    if (!layout) return;
    this._brushNode = node;
    this._extent = `${layout.left} ${layout.top} ${layout.right} ${layout.bottom}`;
    this._brush = brushX<unknown>()
      .extent([
        [layout.left, layout.top],
        [layout.right, layout.bottom],
      ])
      // no Shift / Alt / Space modifiers: they would add key listeners on the window during a drag
      .keyModifiers(false)
      .on('start', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) this._brushing = true;
      })
      .on('end', (event: D3BrushEvent<unknown>) => this._onBrushEnd(event));
    select(node).call(this._brush);
  }

  /** Removes the brush: its listeners, those it left on the window mid-drag, its rects and its state. */
  private _detachBrush() {
    const node = this._brushNode;
    const brush = this._brush;
    this._brushNode = this._brush = undefined;
    if (!node || !brush) return;
    brush.on('start end', null);
    const group = select(node);
    group.on('.brush', null);
    if (this._brushing) {
      // a drag cut short by removal: d3-brush and d3-drag listen on the window until mouseup
      const view = node.ownerDocument.defaultView;
      if (view) select(view).on('mousemove.brush mouseup.brush', null).on('dragstart.drag selectstart.drag', null);
      this._brushing = false;
    }
    group.selectAll('*').remove();
    group.attr('fill', null).attr('pointer-events', null).style('touch-action', null).style('-webkit-tap-highlight-color', null);
    delete (node as SVGGElement & { __brush?: unknown }).__brush;
  }

  private _onBrushEnd(event: D3BrushEvent<unknown>) {
    if (!event.sourceEvent) return;
    this._brushing = false;
    const layout = this._layout;
    const span = event.selection as [number, number] | null;
    const picked = layout && span ? snapToBuckets(layout, span) : null;
    this._anchor = null;
    if (!picked) {
      // clearing the brush is no pick
      this.selection = null;
      return;
    }
    this._pick(picked);
  }

  /** Selects buckets `first..last` and tells the host. */
  private _pick([first, last]: [number, number]) {
    const selection = { from: this._buckets[first]!.start, to: this._buckets[last]!.end };
    this.selection = selection;
    this.dispatchEvent(new LeadRangeSelectEvent({ ...selection }));
  }

  private readonly _onPointerMove = (event: PointerEvent) => {
    const layout = this._layout;
    const chart = event.currentTarget as SVGSVGElement;
    if (!layout) return;
    const [x, y] = pointer(event, chart);
    const index = y >= layout.top && y <= layout.bottom ? bucketAt(layout, x) : null;
    this._focus.tip = index === null ? null : { row: 0, index };
  };

  /** Enter or Space: applies the selection around the bucket, or picks the bucket alone. */
  private _activate(index: number) {
    const selected = this._selected;
    this._anchor = null;
    this._pick(selected && index >= selected[0] && index <= selected[1] ? selected : [index, index]);
  }

  /** Shift + a move extends the selection from where the run of moves started; a move without Shift ends the run. */
  private _extend(cell: Cell, from: Cell, event: KeyboardEvent) {
    if (!event.shiftKey) {
      this._anchor = null;
      return;
    }
    const lang = this.language;
    const anchor = (this._anchor ??= from.index);
    const selection = {
      from: this._buckets[Math.min(anchor, cell.index)]!.start,
      to: this._buckets[Math.max(anchor, cell.index)]!.end,
    };
    const before = this._pending?.selection === this.selection ? this._pending.before : this.selection;
    this._pending = { selection, before };
    this.selection = selection;
    this._announcement = fill(chartMessages(lang).trendSelected, { range: formatDateRange(lang, selection.from, selection.to) });
  }

  /** Escape: drops a keyboard selection not applied yet, back to the one before it. */
  private _dropPending(): boolean {
    const pending = this._pending;
    this._anchor = this._pending = null;
    if (pending?.selection !== this.selection) return false;
    this.selection = pending.before;
    this._announcement = '';
    return true;
  }
}

/** The bucket indices a date selection covers, whole buckets; `null` when it misses them all. */
function selectedBuckets(buckets: readonly TrendBucket[], selection: TrendSelection | null): [number, number] | null {
  if (!selection || buckets.length === 0) return null;
  const first = buckets.findIndex((bucket) => bucket.end >= selection.from);
  const last = buckets.findLastIndex((bucket) => bucket.start <= selection.to);
  return first < 0 || last < 0 || first > last ? null : [first, last];
}

function unitName(text: Messages & ChartMessages, unit: TrendUnit): string {
  return unit === 'day' ? text.trendDay : unit === 'week' ? text.trendWeek : text.trendMonth;
}

/** `Label: count` for each status of a bucket that has leads. */
function statusCounts(bucket: TrendBucket, trend: LeadTrend, lang: Lang): string[] {
  return trend.statuses.flatMap((status, k) => (bucket.counts[k] ? [`${status.label}: ${formatCount(lang, bucket.counts[k]!)}`] : []));
}

/** A bucket's accessible name: its period, its total, then its statuses with leads. */
function bucketName(bucket: TrendBucket, trend: LeadTrend, unit: TrendUnit, lang: Lang): string {
  const head = fill(chartMessages(lang).trendBucket, { period: periodLabel(bucket, unit, lang), total: formatCount(lang, bucket.total) });
  const counts = statusCounts(bucket, trend, lang);
  return counts.length ? `${head} — ${counts.join(', ')}` : head;
}

defineElement('lead-trend-chart', LeadTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'lead-trend-chart': LeadTrendChart;
  }
}
