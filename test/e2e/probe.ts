/**
 * Code that runs IN THE PAGE (through `page.evaluate`): it reads what the dashboard shows, through
 * its shadow roots, and formats `dashboard.summary` with the same Intl rules as the product, so the
 * two can be compared in Node. Every function here must be self-contained (it is serialised).
 *
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(...)`: the pages get
 * a tiny `__name` shim (see {@link NAME_SHIM}).
 */

import type { GroupSummary, LeadSummary, SummaryStatus } from '../../src/data/types.js';

/** `#dashboard`: the demo's <lead-dashboard> (a type only: the functions here run in the page). */
type Dashboard = HTMLElementTagNameMap['lead-dashboard'];

/** Installed in every page before its scripts, so serialised functions find `__name`. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);';

/** The text of a table row: label, each status cell's count and share, total, rate. */
export interface RowText {
  label: string;
  counts: { count: string; share: string }[];
  total: string;
  rate: string;
  /** The "Δ Total" cell, when the table compares with another period ('' without one). */
  delta?: string;
}

/** A status-chart segment as drawn. */
export interface SegmentView {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the dashboard shows, and what the summary says it should show. */
export interface DashboardView {
  found: boolean;
  summary: LeadSummary | null;
  loading: { skeleton: boolean; statusLine: boolean };
  error: { role: string | null; message: string; retry: boolean } | null;
  notice: string | null;
  empty: string | null;
  kpis: { label: string; value: string }[];
  /** Computed colours of the first KPI tile: its value's ink and the tile's background. */
  kpiStyle: { color: string; background: string } | null;
  table: { headers: string[]; rows: RowText[]; totals: RowText | null } | null;
  chart: { bars: number; segments: SegmentView[] } | null;
  expected: {
    kpis: string[];
    headers: string[];
    rows: RowText[];
    totals: RowText;
    /** The accessible name of each group × status segment, with the group's key and the status id. */
    segments: { label: string; key: string | null; status: string; count: number; groupLabel: string }[];
    /** Every group's label, key and total. */
    groups: { label: string; key: string | null; total: number }[];
    statusLabels: string[];
    format: { invalid: string; duplicate: string };
  } | null;
}

/** A view of a dashboard that has a summary. */
export type LoadedView = DashboardView & { summary: LeadSummary };

/** True when the view holds a summary (and so the expected numbers). */
export function hasSummary(view: DashboardView | undefined): view is LoadedView {
  return !!view?.summary;
}

/** Reads `#dashboard`: its summary, its parts, its KPIs, table and status chart; formats the summary in `lang`. */
export function readDashboard(lang: string): DashboardView {
  const dashboard = document.querySelector<Dashboard>('#dashboard');
  const view: DashboardView = {
    found: !!dashboard,
    summary: null,
    loading: { skeleton: false, statusLine: false },
    error: null,
    notice: null,
    empty: null,
    kpis: [],
    kpiStyle: null,
    table: null,
    chart: null,
    expected: null,
  };
  if (!dashboard) return view;
  const root: ShadowRoot | null = dashboard.shadowRoot;
  const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const part = (name: string) => root?.querySelector(`[part~="${name}"]`) ?? null;
  const summary = dashboard.summary;
  view.summary = summary === undefined ? null : (JSON.parse(JSON.stringify(summary)) as LeadSummary);
  view.loading = { skeleton: !!part('skeleton'), statusLine: !!part('status-line') };
  const error = part('error');
  if (error) {
    view.error = {
      role: error.getAttribute('role'),
      message: text(error.querySelector('p')),
      retry: !!error.querySelector('[part~="retry"]') || !!part('retry'),
    };
  }
  view.notice = part('notice') ? text(part('notice')) : null;
  view.empty = part('empty') ? text(part('empty')) : null;

  const kpiStrip = root?.querySelector('lead-kpi-strip');
  for (const tile of kpiStrip?.shadowRoot?.querySelectorAll('[part~="kpi"]') ?? []) {
    view.kpis.push({ label: text(tile.querySelector('dt')), value: text(tile.querySelector('dd')) });
    if (!view.kpiStyle) {
      view.kpiStyle = {
        color: getComputedStyle(tile.querySelector('dd') ?? tile).color,
        background: getComputedStyle(tile).backgroundColor,
      };
    }
  }

  const tableElement = root?.querySelector('lead-table');
  const table: HTMLTableElement | null = tableElement?.shadowRoot?.querySelector('table') ?? null;
  if (table) {
    const readRow = (row: Element): RowText => ({
      label: text(row.querySelector('th[scope=row]')),
      // a count cell reads "count", a line break, "share"
      counts: [...row.querySelectorAll('td.count')].map((cell) => ({
        count: (cell.textContent ?? '').split('\n')[0]!.trim(),
        share: (cell.textContent ?? '').split('\n')[1]?.trim() ?? '',
      })),
      total: text(row.querySelector('td.total')),
      rate: text(row.querySelector('td.rate')),
      delta: text(row.querySelector('td.delta .count') ?? row.querySelector('td.delta')),
    });
    const footer = table.querySelector('tfoot tr');
    view.table = {
      headers: [...table.querySelectorAll('thead th')].map((cell) => text(cell)),
      rows: [...table.querySelectorAll('tbody tr')].map(readRow),
      totals: footer ? readRow(footer) : null,
    };
  }

  const chartElement = root?.querySelector('lead-status-chart');
  const chartRoot: ShadowRoot | null = chartElement?.shadowRoot ?? null;
  if (chartRoot) {
    view.chart = {
      bars: chartRoot.querySelectorAll('g.bar').length,
      segments: [...chartRoot.querySelectorAll('g.bar rect[role=button]')].map((rect) => {
        const box = rect.getBoundingClientRect();
        return { label: rect.getAttribute('aria-label') ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
      }),
    };
  }

  if (summary) {
    const count = new Intl.NumberFormat(lang);
    const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    const n = (value: number) => count.format(value);
    const p = (fraction: number | null) => (fraction === null || !Number.isFinite(fraction) ? '—' : percent.format(fraction));
    const statuses: SummaryStatus[] = summary.statuses;
    const totals = summary.totals;
    const fresh = statuses.filter((status) => status.kind === 'new').reduce((sum, status) => sum + (totals.counts[status.id] ?? 0), 0);
    const row = (group: GroupSummary): RowText => ({
      label: group.label,
      counts: statuses.map((status) => {
        const value = group.counts[status.id] ?? 0;
        return { count: n(value), share: p(group.total === 0 ? null : value / group.total) };
      }),
      total: n(group.total),
      rate: p(group.conversionRate),
    });
    const segments: NonNullable<DashboardView['expected']>['segments'] = [];
    for (const group of summary.groups) {
      for (const status of statuses) {
        const value = group.counts[status.id] ?? 0;
        segments.push({
          label: `${group.label}, ${status.label}: ${n(value)} (${p(group.total === 0 ? null : value / group.total)})`,
          key: group.key,
          status: status.id,
          count: value,
          groupLabel: group.label,
        });
      }
    }
    view.expected = {
      kpis: [n(totals.total), n(totals.total - fresh), n(totals.counts.in_progress ?? 0), n(totals.won), p(totals.conversionRate)],
      headers: statuses.map((status) => status.label),
      rows: summary.groups.map(row),
      totals: row(totals),
      segments,
      groups: summary.groups.map((group) => ({ label: group.label, key: group.key, total: group.total })),
      statusLabels: statuses.map((status) => status.label),
      format: { invalid: n(summary.excluded.invalid), duplicate: n(summary.excluded.duplicateId) },
    };
  }
  return view;
}

/** True when `#dashboard` has a summary and shows no loading skeleton or "refreshing" line. */
export function dataReady(): boolean {
  const dashboard = document.querySelector<Dashboard>('#dashboard');
  if (!dashboard || dashboard.summary === undefined) return false;
  const root: ShadowRoot | null = dashboard.shadowRoot;
  return !root?.querySelector('[part~="skeleton"], [part~="status-line"]');
}

/** True when `#dashboard` shows its error part and is not loading. */
export function errorShown(): boolean {
  const root = document.querySelector<Dashboard>('#dashboard')?.shadowRoot ?? null;
  return !!root?.querySelector('[part~="error"]') && !root.querySelector('[part~="skeleton"], [part~="status-line"]');
}

/** Awaits the dashboard's `updateComplete` (and a frame, so layout is done). */
export async function settle(): Promise<void> {
  const dashboard = document.querySelector<Dashboard>('#dashboard');
  await dashboard?.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** An entry of `#event-log`. */
export interface LogEntry {
  type: string | null;
  source: string | null;
  detail: string | null;
}

/** The event log, newest first. */
export function readLog(): LogEntry[] {
  return [...document.querySelectorAll('#event-log > li')].map((item) => ({
    type: item.getAttribute('data-type'),
    source: item.getAttribute('data-source'),
    detail: item.getAttribute('data-detail'),
  }));
}

/** The demo page's own controls, as the contract names them. */
export function readPageContract() {
  const value = (selector: string) => {
    const element = document.querySelector(selector);
    return element instanceof HTMLSelectElement ? element.value : null;
  };
  const dashboard = document.querySelector('#dashboard');
  // undefined until the demo's script has run
  const demo = (window as Partial<Window>).leadDemo;
  return {
    dashboardTag: dashboard?.localName ?? null,
    api: dashboard?.getAttribute('api') ?? null,
    timeZone: dashboard?.getAttribute('time-zone') ?? null,
    range: dashboard?.getAttribute('range') ?? null,
    serverFilter: dashboard?.hasAttribute('server-filter') ?? false,
    scenario: value('#scenario'),
    lang: value('#lang'),
    theme: value('#theme'),
    eventLog: document.querySelector('#event-log')?.localName ?? null,
    standaloneFilter: document.querySelector('#standalone-filter')?.localName ?? null,
    standaloneChart: document.querySelector('#standalone-chart')?.localName ?? null,
    drilldown: document.querySelector('#drilldown')?.localName ?? null,
    demoScenario: demo?.scenario ?? null,
    darkAncestor: !!dashboard?.closest('.lead-theme-dark'),
  };
}

/** A one-line account of the dashboard's state, for a wait that timed out. */
export function describeDashboard(): string {
  const dashboard = document.querySelector<Dashboard>('#dashboard');
  if (!dashboard) return 'no #dashboard';
  const root: ShadowRoot | null = dashboard.shadowRoot;
  const parts = [...(root?.querySelectorAll('[part]') ?? [])].map((node) => node.getAttribute('part')).filter((part) => part !== 'control');
  const log = [...document.querySelectorAll('#event-log > li')].slice(0, 4).map((item) => item.getAttribute('data-type'));
  return `api=${dashboard.getAttribute('api')} summary=${dashboard.summary === undefined ? 'undefined' : 'set'} parts=[${[...new Set(parts)].join(',')}] log(newest)=[${log.join(',')}]`;
}

/**
 * In the page: the summary of `range` for the same data, grouping and zone as `#dashboard`, from a
 * second dashboard given the API's payload as `.data` (the period a comparison is made with).
 */
export async function summaryOfRange(range: { from: string; to: string }): Promise<LeadSummary | undefined> {
  const dashboard = document.querySelector<Dashboard>('#dashboard');
  const api = dashboard?.getAttribute('api');
  if (!dashboard?.summary || !api) throw new Error('#dashboard has no api or no summary');
  const response = await fetch(api);
  const other = document.createElement('lead-dashboard');
  other.hidden = true;
  for (const name of ['time-zone', 'group-by', 'conversion-basis', 'date-field', 'lang']) {
    const value = dashboard.getAttribute(name);
    if (value !== null) other.setAttribute(name, value);
  }
  other.groupBy = dashboard.summary.groupBy;
  other.from = range.from;
  other.to = range.to;
  other.data = (await response.json()) as unknown;
  document.body.append(other);
  try {
    await other.updateComplete;
    return other.summary;
  } finally {
    other.remove();
  }
}
