import { LitElement, html, nothing, svg, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../data/types.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { chartStyles } from './chart.styles.js';
import type { DataTableRow } from './data-table.js';
import { WidthController } from './width-controller.js';

/** What a chart's SVG root says about it (see {@link LeadChartElement.renderChart}). */
export interface ChartRoot {
  /** The chart's accessible name: its title. */
  label: string;
  /** The text of the root's `<desc>`; or else `describedBy`. */
  description?: string;
  /** The id of an element beside the chart that describes it. */
  describedBy?: string;
  /** `group` (the default) or `figure`. */
  role?: 'group' | 'figure';
  /** The pointer moved over the chart (the trend chart finds the bucket under it). */
  onPointerMove?: (event: PointerEvent) => void;
  /** The pointer left the chart. */
  onPointerLeave?: () => void;
}

/**
 * What every chart element shares: the chart styles, its `lang` and `no-data-table` attributes,
 * the width it tracks, the open state of its table alternative, and the templates of its SVG root
 * and of that table. A chart extends it, draws its marks with {@link renderChart} and lays them out
 * for {@link availableWidth}.
 */
export class LeadChartElement extends LitElement {
  static override styles: CSSResultGroup = chartStyles;

  /** Interface language, `vi` or `en`; otherwise the nearest `lang` ancestor, then `vi`. */
  @property({ reflect: true }) override lang = '';

  /** Hides the "Data table" button: set it where the page shows an equivalent table itself (as `<lead-dashboard>` does). */
  @property({ type: Boolean, attribute: 'no-data-table' }) noDataTable = false;

  /** The table alternative is open. */
  @state() protected tableOpen = false;

  private readonly _width = new WidthController(this);

  /** The content width of the element, in CSS pixels, as last observed. */
  protected get availableWidth(): number {
    return this._width.width;
  }

  /** The interface language: the `lang` property first (Lit reflects it to the attribute only after render()). */
  protected get language(): Lang {
    return resolveElementLang(this);
  }

  /** The SVG root: part `chart`, its name and description, its size and viewBox, and `content` inside. */
  protected renderChart({ width, height }: { width: number; height: number }, root: ChartRoot, content: unknown) {
    return html`<svg
      part="chart"
      role=${root.role ?? 'group'}
      aria-label=${root.label}
      aria-describedby=${root.describedBy ?? 'desc'}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      @pointermove=${root.onPointerMove ?? nothing}
      @pointerleave=${root.onPointerLeave ?? nothing}
    >
      ${root.description === undefined ? nothing : svg`<desc id="desc">${root.description}</desc>`}${content}
    </svg>`;
  }

  /** The "Data table" disclosure button, or nothing with `no-data-table`. */
  protected renderDataTableToggle(label: string) {
    if (this.noDataTable) return nothing;
    return html`<button type="button" class="data-table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="data-table" @click=${() => (this.tableOpen = !this.tableOpen)}>
      ${label}
    </button>`;
  }

  /** The table alternative while it is open, or nothing; `rows` are made only then. */
  protected renderDataTable(caption: string, headers: readonly string[], rows: () => readonly DataTableRow[]) {
    if (this.noDataTable || !this.tableOpen) return nothing;
    return html`<table id="data-table" part="data-table" class="data-table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          ${headers.map((header, k) => html`<th scope="col" class=${k === 0 ? 'start' : ''}>${header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows().map((row) => html`<tr><th scope="row" class="start">${row.label}</th>${row.cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
      </tbody>
    </table>`;
  }
}
