import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import '../../src/components/lead-conversion-chart/lead-conversion-chart.js';
import '../../src/components/lead-filter-bar/lead-filter-bar.js';
import '../../src/components/lead-kpi-strip/lead-kpi-strip.js';
import '../../src/components/lead-status-chart/lead-status-chart.js';
import '../../src/components/lead-table/lead-table.js';
import { styles as dashboardStyles } from '../../src/components/lead-dashboard/lead-dashboard.styles.js';
import { styles as statusChartStyles } from '../../src/components/lead-status-chart/lead-status-chart.styles.js';
import { styles as tableStyles } from '../../src/components/lead-table/lead-table.styles.js';
import { chartPrintStyles, printStyles, tablePrintStyles } from '../../src/components/print.styles.js';
import type { LeadSummary } from '../../src/data/types.js';
import { summaryOf } from '../helpers/summaries.js';

/**
 * The shadow structure of <lead-dashboard>'s render() — header with the filter bar, the range and
 * the CSV button, the status line, the skeleton, the content with KPIs, charts and table — with
 * the dashboard's own styles and the print block added last, as the dashboard will add it.
 */
class PrintTestDashboard extends LitElement {
  static override styles: CSSResultGroup = [dashboardStyles, printStyles];
  @property({ attribute: false }) summary: LeadSummary | undefined;
  override render() {
    return html`
      <div class="header" part="header">
        <lead-filter-bar exportparts="form, control" lang="en"></lead-filter-bar>
        <div class="meta">
          <p class="range">1 Nov 2026 – 30 Nov 2026</p>
          <button type="button" part="csv" class="csv">Download CSV</button>
          <button type="button" class="export">Download SVG</button>
        </div>
      </div>
      <p class="status-line" part="status-line">Refreshing…</p>
      <div class="error" part="error" role="alert"><p>Server error</p><button type="button" part="retry">Try again</button></div>
      <p class="notice" part="notice">2 records skipped.</p>
      <div class="skeleton" part="skeleton" aria-hidden="true"><div class="bone kpis"></div></div>
      <div class="content stale">
        <lead-kpi-strip exportparts="kpi" lang="en" .summary=${this.summary}></lead-kpi-strip>
        <div class="charts">
          <lead-status-chart exportparts="chart, legend" no-data-table lang="en" .summary=${this.summary}></lead-status-chart>
          <lead-conversion-chart exportparts="chart" no-data-table lang="en" .summary=${this.summary}></lead-conversion-chart>
        </div>
        <lead-table exportparts="table" lang="en" .summary=${this.summary}></lead-table>
      </div>
    `;
  }
}
customElements.define('print-test-dashboard', PrintTestDashboard);

/** A table in <lead-table>'s markup, with its styles and the table print block. */
class PrintTestTable extends LitElement {
  static override styles: CSSResultGroup = [tableStyles, tablePrintStyles];
  override render() {
    return html`<div class="frame" role="region">
      <table part="table">
        <thead><tr><th scope="col" class="start"><button>Salesperson<span class="arrow">▲</span></button></th><th scope="col"><button>New</button></th></tr></thead>
        <tbody><tr><th scope="row">An</th><td tabindex="0">1</td></tr></tbody>
      </table>
    </div>`;
  }
}
customElements.define('print-test-table', PrintTestTable);

/** A chart toolbar in <lead-status-chart>'s markup, with its styles and the chart print block. */
class PrintTestChart extends LitElement {
  static override styles: CSSResultGroup = [statusChartStyles, chartPrintStyles];
  override render() {
    return html`<div class="toolbar">
        <ul class="legend" part="legend"><li><button>New</button></li></ul>
        <button class="data-table-toggle">Data table</button>
        <div class="modes" part="modes"><button>Count</button></div>
      </div>
      <svg part="chart" width="100" height="20"><g class="tooltip" part="tooltip"><rect width="10" height="10"></rect></g></svg>`;
  }
}
customElements.define('print-test-chart', PrintTestChart);

/** The dark theme's tokens, as themes/dark.css sets them. */
const DARK = [
  '--lead-text-color: #e6e8eb',
  '--lead-muted-color: #aab2bd',
  '--lead-surface-color: #1c2027',
  '--lead-header-color: #242a32',
  '--lead-border-color: #3b424d',
  '--lead-grid-color: #353c46',
  '--lead-reference-color: #e6e8eb',
  '--lead-status-customer-color: #5cc77a',
  'color-scheme: dark',
  'color: #e6e8eb',
].join('; ');

async function dashboard(style = 'width: 900px', theme = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${theme}><print-test-dashboard style=${style}></print-test-dashboard></div>`,
  );
  const el = wrapper.firstElementChild as PrintTestDashboard;
  el.summary = summaryOf();
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<LitElement>('lead-kpi-strip, lead-status-chart, lead-conversion-chart, lead-table'))
    await child.updateComplete;
  await nextFrame();
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const inner = (el: Element, host: string, selector: string) => $(el, host).shadowRoot!.querySelector<Element>(selector)!;
const display = (node: Element) => getComputedStyle(node).display;

describe('print styles', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('hide the filter bar, every button, the skeleton and the status line in print, and only there', async () => {
    const el = await dashboard();
    const hidden = ['lead-filter-bar', '.csv', '.export', '[part=retry]', '.skeleton', '.status-line'];
    for (const selector of hidden) expect(display($(el, selector)), `${selector} on screen`).not.to.equal('none');
    await emulateMedia({ media: 'print' });
    for (const selector of hidden) expect(display($(el, selector)), `${selector} in print`).to.equal('none');
    for (const selector of [
      '.header',
      '.range',
      '.content',
      'lead-kpi-strip',
      'lead-status-chart',
      'lead-conversion-chart',
      'lead-table',
      '.notice',
      '.error',
    ])
      expect(display($(el, selector)), `${selector} in print`).not.to.equal('none');
  });

  it('print black ink on white over a dark theme, and keep the status colours', async () => {
    const el = await dashboard('width: 900px', DARK);
    const customer = () => getComputedStyle(inner(el, 'lead-status-chart', 'rect[aria-label^="An, Customer"]')).fill;
    const tick = () => getComputedStyle(inner(el, 'lead-status-chart', 'text.tick')).fill;
    const tile = () => getComputedStyle(inner(el, 'lead-kpi-strip', '.kpi'));
    const frame = () => getComputedStyle(inner(el, 'lead-table', '.frame'));
    const reference = () => getComputedStyle(inner(el, 'lead-conversion-chart', '.reference line')).stroke;
    expect(tick()).to.equal('rgb(230, 232, 235)');
    expect(tile().backgroundColor).to.equal('rgb(28, 32, 39)');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle($(el, '.range')).color).to.equal('rgb(0, 0, 0)');
    expect(tick()).to.equal('rgb(0, 0, 0)');
    expect(reference()).to.equal('rgb(0, 0, 0)');
    expect(tile().backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(tile().borderTopColor).to.equal('rgb(138, 138, 138)');
    expect(getComputedStyle(inner(el, 'lead-kpi-strip', '.value')).color).to.equal('rgb(0, 0, 0)');
    expect(frame().backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(inner(el, 'lead-table', 'td.total')).color).to.equal('rgb(0, 0, 0)');
    // a count cell: the count (its first line) in ink, its share below it muted
    expect(getComputedStyle(inner(el, 'lead-table', 'td.count'), '::first-line').color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(inner(el, 'lead-table', 'td.count')).color).to.equal('rgb(58, 58, 58)');
    expect(customer(), 'the dark theme’s status colour is kept').to.equal('rgb(92, 199, 122)');
  });

  it('declare no public token on the host, on screen or in print', async () => {
    const el = await dashboard();
    expect(getComputedStyle(el).getPropertyValue('--lead-text-color')).to.equal('');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el).getPropertyValue('--lead-text-color')).to.equal('');
    expect(getComputedStyle($(el, '.content')).getPropertyValue('--lead-text-color').trim()).to.equal('#000');
  });

  it('keep the KPIs, each chart and the notices unbroken, and the header with what follows', async () => {
    const el = await dashboard();
    await emulateMedia({ media: 'print' });
    for (const selector of ['lead-kpi-strip', 'lead-status-chart', 'lead-conversion-chart', '.notice', '.error'])
      expect(getComputedStyle($(el, selector)).breakInside, selector).to.equal('avoid');
    expect(getComputedStyle($(el, '.header')).breakAfter).to.equal('avoid');
    expect(display($(el, '.content'))).to.equal('block');
    expect(display($(el, '.charts'))).to.equal('block');
  });

  it('show the range large and bold', async () => {
    const el = await dashboard();
    await emulateMedia({ media: 'print' });
    const range = getComputedStyle($(el, '.range'));
    expect(range.fontWeight).to.equal('600');
    expect(parseFloat(range.fontSize)).to.be.closeTo((14 * 96) / 72, 0.01);
  });

  it('undim stale content and hide the status chart’s mode switch', async () => {
    const el = await dashboard();
    expect(getComputedStyle($(el, '.content')).opacity).to.equal('0.75');
    expect(display(inner(el, 'lead-status-chart', '.modes'))).not.to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.content')).opacity).to.equal('1');
    expect(display(inner(el, 'lead-status-chart', '.modes'))).to.equal('none');
    expect(display(inner(el, 'lead-status-chart', '.legend')), 'the legend names the colours').not.to.equal('none');
  });

  it('expand the table’s horizontal scroll so no column is hidden', async () => {
    const el = await dashboard('width: 360px');
    const frame = inner(el, 'lead-table', '.frame') as HTMLElement;
    expect(frame.scrollWidth, 'scrolls on screen').to.be.greaterThan(frame.clientWidth);
    await emulateMedia({ media: 'print' });
    await nextFrame();
    expect(frame.scrollWidth, 'no scroll in print').to.be.at.most(frame.clientWidth);
    expect($(el, 'lead-table').getBoundingClientRect().width).to.be.greaterThan(360);
    expect(getComputedStyle(inner(el, 'lead-table', 'table')).fontSize).to.equal('12px');
  });

  it('leave a table that fits as wide as the page', async () => {
    const el = await dashboard('width: 1400px');
    await emulateMedia({ media: 'print' });
    expect(Math.round($(el, 'lead-table').getBoundingClientRect().width)).to.equal(
      Math.round($(el, '.content').getBoundingClientRect().width),
    );
  });

  describe('tablePrintStyles', () => {
    it('keep rows whole, repeat the header on each page and drop the scroll frame', async () => {
      const el = await fixture<PrintTestTable>(html`<print-test-table></print-test-table>`);
      expect(getComputedStyle($(el, '.frame')).overflowX).to.equal('auto');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, 'tbody tr')).breakInside).to.equal('avoid');
      expect(display($(el, 'thead'))).to.equal('table-header-group');
      expect(getComputedStyle($(el, '.frame')).overflowX).to.equal('visible');
      expect(getComputedStyle($(el, 'th[scope=row]')).position).to.equal('static');
      expect(display($(el, '.arrow'))).to.equal('none');
      expect(getComputedStyle($(el, 'thead th')).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('chartPrintStyles', () => {
    it('hide the mode switch, the data table button and the tooltip, and keep the chart unbroken', async () => {
      const el = await fixture<PrintTestChart>(html`<print-test-chart></print-test-chart>`);
      for (const selector of ['.modes', '.data-table-toggle', '.tooltip']) expect(display($(el, selector)), selector).not.to.equal('none');
      await emulateMedia({ media: 'print' });
      for (const selector of ['.modes', '.data-table-toggle', '.tooltip']) expect(display($(el, selector)), selector).to.equal('none');
      expect(display($(el, '.legend'))).not.to.equal('none');
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
    });
  });
});
