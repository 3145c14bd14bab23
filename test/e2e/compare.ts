/**
 * Node-side comparisons of what the page shows with what its summary says (both read by
 * `readDashboard` in the page). Each returns a list of problems; an empty list is a pass.
 */
import type { LeadSummary } from '../../src/data/types.js';
import type { DashboardView, RowText } from './probe.js';

const KPI_NAMES = ['total', 'assigned', 'in progress', 'customers', 'conversion'];

/** The KPI tiles show the summary's total, assigned, in progress, customers and conversion rate. */
export function kpiProblems(view: DashboardView): string[] {
  const expected = view.expected;
  if (!expected) return ['no summary'];
  if (view.kpis.length !== expected.kpis.length) {
    return [`${view.kpis.length} KPI tiles, expected ${expected.kpis.length}`];
  }
  return expected.kpis.flatMap((value, k) =>
    view.kpis[k]!.value === value
      ? []
      : [`KPI ${KPI_NAMES[k]} ("${view.kpis[k]!.label}") shows "${view.kpis[k]!.value}", summary says "${value}"`],
  );
}

function rowProblems(where: string, shown: RowText, expected: RowText, { label = true, shares = true } = {}): string[] {
  const problems: string[] = [];
  if (label && shown.label !== expected.label) problems.push(`${where}: label "${shown.label}", expected "${expected.label}"`);
  if (shown.counts.length !== expected.counts.length) {
    problems.push(`${where}: ${shown.counts.length} status cells, expected ${expected.counts.length}`);
  } else {
    expected.counts.forEach((cell, k) => {
      if (shown.counts[k]!.count !== cell.count)
        problems.push(`${where} status #${k + 1}: count "${shown.counts[k]!.count}", expected "${cell.count}"`);
      if (shares && shown.counts[k]!.share !== cell.share)
        problems.push(`${where} status #${k + 1}: share "${shown.counts[k]!.share}", expected "${cell.share}"`);
    });
  }
  if (shown.total !== expected.total) problems.push(`${where}: total "${shown.total}", expected "${expected.total}"`);
  if (shown.rate !== expected.rate) problems.push(`${where}: rate "${shown.rate}", expected "${expected.rate}"`);
  return problems;
}

/**
 * The table: the status columns, a row per group in the summary's order with its label, cells,
 * total and rate, and the totals row.
 */
export function tableProblems(view: DashboardView): string[] {
  const expected = view.expected;
  if (!expected) return ['no summary'];
  const table = view.table;
  if (!table) return ['no table in the dashboard'];
  const problems: string[] = [];
  // headers: the group column, one per status, total, (with a comparison) Δ total, rate
  const statusHeaders = table.headers.slice(1, 1 + expected.headers.length);
  const compared = table.headers.length === expected.headers.length + 4 && table.headers[expected.headers.length + 2]!.startsWith('Δ');
  if ((table.headers.length !== expected.headers.length + 3 && !compared) || statusHeaders.join('|') !== expected.headers.join('|')) {
    problems.push(`column headers [${table.headers.join(' | ')}], status columns expected [${expected.headers.join(' | ')}]`);
  }
  if (table.rows.length !== expected.rows.length) {
    problems.push(`${table.rows.length} rows, summary has ${expected.rows.length} groups`);
  }
  const rows = Math.min(table.rows.length, expected.rows.length);
  for (let k = 0; k < rows; k++)
    problems.push(...rowProblems(`row ${k + 1} (${expected.rows[k]!.label})`, table.rows[k]!, expected.rows[k]!));
  if (!table.totals) problems.push('no totals row');
  else problems.push(...rowProblems('totals row', table.totals, expected.totals, { label: false }));
  return problems;
}

/** A segment's accessible name split into group label, status label and count. */
function parseSegment(label: string, statusLabels: string[]): { group: string; status: string; count: number } | null {
  let best: { group: string; status: string; count: number } | null = null;
  for (const status of statusLabels) {
    const marker = `, ${status}: `;
    const at = label.lastIndexOf(marker);
    if (at < 0) continue;
    const rest = label.slice(at + marker.length);
    const match = /^(.+?) \((.*)\)$/.exec(rest);
    if (!match) continue;
    const digits = match[1]!.replace(/\D/g, '');
    if (!digits) continue;
    // the longest status label that matches wins ("Mới" inside a longer label must not)
    if (!best || status.length > best.status.length) best = { group: label.slice(0, at), status, count: Number(digits) };
  }
  return best;
}

/**
 * The status chart: every segment's accessible name is one of the summary's group × status names
 * (exact count and share formatting), the segments of each drawn group add up to its total, every
 * group with leads is drawn (unless the chart folded groups into "Other"), and all segments add up
 * to the grand total.
 */
export function chartProblems(view: DashboardView): string[] {
  const expected = view.expected;
  if (!expected || !view.summary) return ['no summary'];
  const chart = view.chart;
  const grandTotal = view.summary.totals.total;
  if (!chart) return grandTotal === 0 ? [] : ['no status chart in the dashboard'];
  const problems: string[] = [];
  const names = new Set(expected.segments.map((segment) => segment.label));
  const byLabel = new Map<string, { total: number; keys: (string | null)[] }>();
  for (const group of expected.groups) {
    const entry = byLabel.get(group.label) ?? { total: group.total, keys: [] };
    entry.keys.push(group.key);
    byLabel.set(group.label, entry);
  }
  const sums = new Map<string, number>();
  let all = 0;
  let folded = false;
  for (const segment of chart.segments) {
    const parsed = parseSegment(segment.label, expected.statusLabels);
    if (!parsed) {
      problems.push(`segment "${segment.label}" does not read "<group>, <status>: <count> (<share>)"`);
      continue;
    }
    all += parsed.count;
    if (!byLabel.has(parsed.group)) {
      folded = true; // the "Other" bar (or a label no group has: reported below if so)
      if (!/\(\s*[\d.,\s]+\)$/.test(parsed.group)) problems.push(`segment "${segment.label}" names no group of the summary`);
      continue;
    }
    if (!names.has(segment.label)) problems.push(`segment "${segment.label}" differs from the summary's numbers`);
    sums.set(parsed.group, (sums.get(parsed.group) ?? 0) + parsed.count);
    if (!Number.isFinite(segment.width) || !Number.isFinite(segment.x)) problems.push(`segment "${segment.label}" has a non-finite box`);
  }
  for (const [label, sum] of sums) {
    const entry = byLabel.get(label)!;
    // two groups may share a label: then the drawn sum is theirs together
    const total = expected.groups.filter((group) => group.label === label).reduce((s, group) => s + group.total, 0);
    if (sum !== total)
      problems.push(`bar "${label}": segments add up to ${sum}, the group total is ${total} (${entry.keys.length} group(s))`);
  }
  if (!folded) {
    for (const group of expected.groups) {
      if (group.total > 0 && !sums.has(group.label)) problems.push(`group "${group.label}" (${group.total} leads) is not drawn`);
    }
  }
  if (all !== grandTotal) problems.push(`all segments add up to ${all}, the summary total is ${grandTotal}`);
  if (chart.segments.length === 0 && grandTotal > 0) problems.push('the chart draws no segment');
  return problems;
}

/** Every visible number at once (KPIs, table, chart). */
export function numberProblems(view: DashboardView): string[] {
  return [...kpiProblems(view), ...tableProblems(view), ...chartProblems(view)];
}

/** Relative luminance (0 dark … 1 light) of a CSS `rgb()` / `rgba()` colour; null when transparent or unreadable. */
export function luminance(color: string): number | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?/.exec(color);
  if (!match) return null;
  if (match[4] !== undefined && Number(match[4]) === 0) return null;
  const channel = (value: string) => {
    const c = Number(value) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(match[1]!) + 0.7152 * channel(match[2]!) + 0.0722 * channel(match[3]!);
}

/** The KPI tiles follow the theme: light ink on a dark tile in dark, dark ink in light. */
export function themeProblems(view: DashboardView, theme: 'light' | 'dark'): string[] {
  const style = view.kpiStyle;
  if (!style) return ['no KPI tile to read colours from'];
  const ink = luminance(style.color);
  const tile = luminance(style.background);
  const problems: string[] = [];
  if (ink === null) problems.push(`unreadable KPI ink ${style.color}`);
  else if (theme === 'dark' ? ink < 0.4 : ink > 0.2)
    problems.push(`KPI ink ${style.color} (luminance ${ink.toFixed(2)}) in the ${theme} theme`);
  if (theme === 'dark' && (tile === null || tile > 0.2)) problems.push(`KPI tile background ${style.background} in the dark theme`);
  return problems;
}

/** `.summary` without `excluded`, as canonical JSON (for comparing two summaries). */
export function summaryWithoutExcluded(summary: LeadSummary | null | undefined): string {
  if (!summary) return '{}';
  const { excluded: _excluded, ...rest } = summary;
  return JSON.stringify(rest);
}

/** The first difference between two JSON values, as a path and both values. */
export function firstDifference(a: unknown, b: unknown, path = 'summary'): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
    const found = firstDifference(x[key], y[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/** Every string inside a JSON value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** A signed count as the table writes a change: "+12", "-3" or "0", grouped in `lang`. */
function signedCount(lang: string, value: number): string {
  return new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' }).format(value);
}

/**
 * The table's "Δ Total" column: for each group and the totals row, the change of its total from
 * `previous` (the summary of the period compared with), matched by group key.
 */
export function deltaProblems(view: DashboardView, previous: LeadSummary | undefined, lang: string): string[] {
  const table = view.table;
  if (!table || !view.summary) return ['no table'];
  if (!previous) return ['no summary of the period compared with'];
  const before = new Map(previous.groups.map((group) => [group.key, group.total]));
  const problems: string[] = [];
  view.summary.groups.forEach((group, k) => {
    const row = table.rows[k];
    const want = signedCount(lang, group.total - (before.get(group.key) ?? 0));
    if (row?.delta !== want) problems.push(`row ${k + 1} (${group.label}): Δ "${row?.delta}", expected "${want}"`);
  });
  const total = signedCount(lang, view.summary.totals.total - previous.totals.total);
  if (table.totals?.delta !== total) problems.push(`totals row: Δ "${table.totals?.delta}", expected "${total}"`);
  return problems;
}
