import { LitElement, html, nothing, svg, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../data/types.js';
import type { PngExportOptions, SvgExportOptions } from '../../export/chart-export.js';
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
 * the width it tracks, the open state of its table alternative, the templates of its SVG root
 * and of that table, and its export as a file ({@link exportSvg}, {@link exportPng}), so that no
 * caller reaches into a chart's shadow root. A chart extends it, draws its marks with
 * {@link renderChart} and lays them out for {@link availableWidth}.
 *
 * @internal Not an element itself: the manifest lists what it gives under each chart.
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

  /** The chart as it looks now, as the text of a self-contained SVG file (no stylesheet, script or external reference needed); the export code loads on first use. */
  async exportSvg(options?: SvgExportOptions): Promise<string> {
    const svg = await this._drawnChart();
    return (await import('../../export/chart-export.js')).svgText(svg, options);
  }

  /** The chart as it looks now, as a PNG image (`scale` device pixels per CSS pixel, default 2); rejects with a `ChartExportError`, `image-blocked` when the page's CSP refuses `blob:` images. */
  async exportPng(options?: PngExportOptions): Promise<Blob> {
    const svg = await this._drawnChart();
    return (await import('../../export/chart-export.js')).pngBlob(svg, options);
  }

  /** A file name for an export in `format` (`svg` or `png`), from the chart's title, e.g. `Lead-status-by-salesperson.svg`. */
  async exportFileName(format: 'svg' | 'png'): Promise<string> {
    const svg = await this._drawnChart();
    return (await import('../../export/chart-export.js')).fileName(svg.getAttribute('aria-label') ?? this.localName, format);
  }

  /** The content width of the element, in CSS pixels, as last observed. */
  protected get availableWidth(): number {
    return this._width.width;
  }

  /** The interface language: the `lang` property first (Lit reflects it to the attribute only after render()). */
  protected get language(): Lang {
    return resolveElementLang(this);
  }

  /** The chart's SVG once every pending change is drawn; an `InvalidStateError` while there is none (no data yet). */
  private async _drawnChart(): Promise<SVGSVGElement> {
    await this.updateComplete;
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[part="chart"]');
    if (!svg) throw new DOMException('No chart is drawn: it has no data yet.', 'InvalidStateError');
    return svg;
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
