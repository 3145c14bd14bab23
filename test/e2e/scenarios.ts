/**
 * The scenarios of the end-to-end check and how each is driven and checked. The entry point is
 * demo.e2e.ts. For the record, what the check covers: the demo page (/demo/) in a real Chromium, every mock scenario, checked against
 * the demo's DOM contract: the numbers on screen (KPIs, table, status chart) equal the dashboard's
 * own `.summary` formatted with the same Intl rules; loading, error, retry, notice and empty states;
 * the filter bar, a real click on a chart segment and the event log; a full-page screenshot each.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { LeadSummary } from '../../src/data/types.js';
import {
  chartProblems,
  deltaProblems,
  firstDifference,
  kpiProblems,
  numberProblems,
  stringsIn,
  summaryWithoutExcluded,
  tableProblems,
  themeProblems,
} from './compare.js';
import { oneLine, Reporter, type DevServer } from './harness.js';
import {
  dataReady,
  describeDashboard,
  errorShown,
  hasSummary,
  NAME_SHIM,
  readDashboard,
  readLog,
  readPageContract,
  settle,
  summaryOfRange,
  type DashboardView,
  type LoadedView,
  type LogEntry,
} from './probe.js';

/** One scenario of the demo's mock API and what it must end in. */
export interface Scenario {
  id: string;
  lang: 'vi' | 'en';
  theme: 'light' | 'dark';
  /** `data`: a summary on screen; `error`: the error part (then, with `recovers`, data after Retry). */
  end: 'data' | 'error';
  /** HTTP statuses whose "Failed to load resource" console errors are expected. */
  statuses?: number[];
  /** lead-data-error kind (and status) expected with `end: 'error'`. */
  errorKind?: string;
  errorStatus?: number;
  recovers?: boolean;
  /** Change the range and click a chart segment. */
  interact?: boolean;
  /** ms to wait for the end state. */
  timeout?: number;
}

export const SCENARIOS: Scenario[] = [
  { id: 'normal', lang: 'vi', theme: 'light', end: 'data', interact: true },
  { id: 'slow', lang: 'vi', theme: 'light', end: 'data' },
  {
    id: 'error-then-recovery',
    lang: 'vi',
    theme: 'light',
    end: 'error',
    statuses: [500],
    errorKind: 'http',
    errorStatus: 500,
    recovers: true,
  },
  { id: 'auth-refresh', lang: 'en', theme: 'light', end: 'data', statuses: [401] },
  { id: 'html', lang: 'vi', theme: 'light', end: 'error', errorKind: 'parse' },
  { id: 'malformed', lang: 'vi', theme: 'light', end: 'data' },
  { id: 'empty', lang: 'vi', theme: 'light', end: 'data' },
  { id: 'large', lang: 'en', theme: 'light', end: 'data', timeout: 90_000 },
  { id: 'rows', lang: 'vi', theme: 'dark', end: 'data' },
  { id: 'server-filter', lang: 'vi', theme: 'light', end: 'data', interact: true },
];

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const API = '/crm/api/leads';
/** Where the screenshots go. */
export const SHOTS = 'screenshots/e2e';

/** The reporter of the run (scenarios report through children of it). */
export const rootReporter = new Reporter();

/** Today in the dashboard's zone and `days - 1` days before: a "last-N-days" preset. */
function lastDays(days: number): { from: string; to: string } {
  const day = (date: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const to = day(new Date());
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return { from: start.toISOString().slice(0, 10), to };
}

/** The summary's range must be `last-N-days` in the dashboard's zone. */
function rangeProblems(summary: LeadSummary | null | undefined, days: number): string[] {
  const expected = lastDays(days);
  const range = summary?.range;
  if (!range) return ['no summary.range'];
  const problems: string[] = [];
  if (range.from !== expected.from || range.to !== expected.to)
    problems.push(`summary.range ${range.from}..${range.to}, last-${days}-days in ${TIME_ZONE} is ${expected.from}..${expected.to}`);
  if (range.timeZone !== TIME_ZONE) problems.push(`summary.range.timeZone ${range.timeZone}, expected ${TIME_ZONE}`);
  return problems;
}

/** An entry's `data-detail`: the event's detail, or what the mock API logged of a request. */
type Detail = Record<string, unknown>;

function parseDetail(entry: LogEntry | undefined): Detail {
  if (!entry) throw new Error('no such entry in the event log');
  let detail: unknown;
  try {
    detail = JSON.parse(entry.detail ?? '');
  } catch (error) {
    throw new Error(`data-detail is not JSON: ${String(entry.detail).slice(0, 120)}`, { cause: error });
  }
  if (typeof detail !== 'object' || detail === null)
    throw new Error(`data-detail is not a JSON object: ${String(entry.detail).slice(0, 120)}`);
  return detail as Detail;
}

function entriesOf(log: LogEntry[], type: string, source?: string): LogEntry[] {
  return log.filter((entry) => entry.type === type && (source === undefined || entry.source === source));
}

/** Waits until the log holds more than `count` entries of `type` (from `source`); returns them, newest first. */
async function waitForLog(page: Page, type: string, source: string | undefined, count: number, timeout = 15_000): Promise<LogEntry[]> {
  await page.waitForFunction(
    ({ type, source, count }: { type: string; source: string | undefined; count: number }) =>
      [...document.querySelectorAll('#event-log > li')].filter(
        (item) => item.getAttribute('data-type') === type && (source === undefined || item.getAttribute('data-source') === source),
      ).length > count,
    { type, source, count },
    { timeout, polling: 50 },
  );
  return entriesOf(await page.evaluate(readLog), type, source);
}

/** Waits for a state of the page (`dataReady`, `errorShown`); on a timeout, says what the dashboard showed. */
async function waitForState(page: Page, state: () => boolean, timeout: number): Promise<void> {
  const started = Date.now();
  try {
    await page.waitForFunction(state, null, { timeout, polling: 100 });
  } catch (error) {
    const seen = await page.evaluate(describeDashboard).catch(() => 'unknown');
    throw new Error(
      `not reached within ${((Date.now() - started) / 1000).toFixed(1)} s; the dashboard shows ${seen} (${oneLine(String(error), 120)})`,
      { cause: error },
    );
  }
}

/** The URLs (with a query) named in a `request` entry's detail. */
function requestUrls(entry: LogEntry | undefined, origin: string): URL[] {
  const urls: URL[] = [];
  if (!entry) return urls;
  for (const text of stringsIn(parseDetail(entry))) {
    if (!text.includes(API) && !/^https?:/.test(text)) continue;
    try {
      urls.push(new URL(text, origin));
    } catch {
      // not a URL
    }
  }
  return urls;
}

async function view(page: Page, lang: string): Promise<DashboardView> {
  await page.evaluate(settle);
  return page.evaluate(readDashboard, lang);
}

/** What the scenarios share: the normal scenario's summary, for the rows scenario. */
export interface Shared {
  /** Settles with the normal scenario's summary once it has run (undefined when it had none). */
  normalSummary?: Promise<LeadSummary | undefined>;
  /** Settles `normalSummary`. */
  settleNormal?: (summary: LeadSummary | undefined) => void;
}

/** A Shared whose `normalSummary` waits for the normal scenario, when it is among those run. */
export function createShared(withNormal: boolean): Shared {
  const shared: Shared = {};
  if (withNormal) shared.normalSummary = new Promise((resolve) => (shared.settleNormal = resolve));
  return shared;
}

/**
 * A browser context for the scenarios of one lane, run one after another: the dev server's modules
 * come from the HTTP cache after the first page, and the mock service worker serves one scenario's
 * page at a time (each scenario gets its own page, mock handlers and data).
 */
export async function newScenarioContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: NAME_SHIM });
  return context;
}

/** Opens the demo on one scenario in a new page and runs its checks; never throws for a failed check. */
export async function runScenario(
  context: BrowserContext,
  server: DevServer,
  scenario: Scenario,
  shared: Shared,
  reporter: Reporter,
): Promise<void> {
  const { id, lang, theme } = scenario;
  const name = (what: string) => `${id} [${lang}, ${theme}]: ${what}`;
  const url = `${server.origin}/demo/?scenario=${id}&lang=${lang}&theme=${theme}`;
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  const errors: string[] = [];
  const allowed = new Set(scenario.statuses ?? []);
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const status = /Failed to load resource: the server responded with a status of (\d{3})/.exec(message.text());
    if (status && allowed.has(Number(status[1]))) return;
    errors.push(`console error: ${message.text()} (${message.location().url})`);
  });

  try {
    // 1. open the page and wait for the demo to be ready
    let readyAt = Date.now();
    const opened = await reporter.check(name(`opens ${url.replace(server.origin, '')} and window.leadDemo.ready resolves`), async () => {
      // generous: the dev server serves some 330 unbundled modules, slow on a busy 2-core machine
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 45_000 });
      // (the large scenario keeps the main thread busy generating its data: allow its timeout)
      await page.waitForFunction(() => (window as Partial<Window>).leadDemo !== undefined, null, {
        timeout: Math.max(30_000, scenario.timeout ?? 0),
        polling: 100,
      });
      await page.evaluate(() => window.leadDemo.ready);
      readyAt = Date.now();
    });
    if (opened) {
      await reporter.check(
        name('page follows the DOM contract (#dashboard, selects, event log, standalone elements, drill-down)'),
        async () => {
          const c = await page.evaluate(readPageContract);
          const problems: string[] = [];
          const want = (what: string, actual: unknown, expected: unknown) => {
            if (actual !== expected) problems.push(`${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
          };
          want('#dashboard', c.dashboardTag, 'lead-dashboard');
          want('#dashboard[api]', c.api, API);
          want('#dashboard[time-zone]', c.timeZone, TIME_ZONE);
          want('#dashboard[server-filter]', c.serverFilter, id === 'server-filter');
          want('#scenario value', c.scenario, id);
          want('#lang value', c.lang, lang);
          want('#theme value', c.theme, theme);
          want('window.leadDemo.scenario', c.demoScenario, id);
          want('#event-log', c.eventLog, 'ol');
          want('#standalone-filter', c.standaloneFilter, 'lead-filter-bar');
          want('#standalone-chart', c.standaloneChart, 'lead-status-chart');
          want('#drilldown', c.drilldown, 'section');
          want('dark theme class on an ancestor of #dashboard', c.darkAncestor, theme === 'dark');
          return problems;
        },
      );
    }

    if (id === 'slow') {
      await reporter.check(name('shows the skeleton part while the slow response is pending'), async () => {
        await page.waitForFunction(() => !!document.querySelector('#dashboard')?.shadowRoot?.querySelector('[part~="skeleton"]'), null, {
          timeout: 10_000,
          polling: 50,
        });
      });
    }

    // 2. the end state
    const timeout = scenario.timeout ?? 30_000;
    let current: DashboardView | undefined;
    if (scenario.end === 'error') {
      const shown = await reporter.check(name('shows the error part (role=alert, a message, a retry button)'), async () => {
        await waitForState(page, errorShown, timeout);
        current = await view(page, lang);
        const error = current.error!;
        const problems: string[] = [];
        if (error.role !== 'alert') problems.push(`role=${error.role}`);
        if (!error.message) problems.push('no message in the error part');
        if (!error.retry) problems.push('no retry part');
        if (current.summary) problems.push('a summary is present although the first load failed');
        return problems;
      });
      if (shown) {
        await reporter.check(name(`logs lead-data-error of kind ${scenario.errorKind} with the message shown`), async () => {
          const entries = entriesOf(await page.evaluate(readLog), 'lead-data-error', 'dashboard');
          if (entries.length === 0) return ['no li[data-type=lead-data-error][data-source=dashboard]'];
          const detail = parseDetail(entries[0]);
          const problems: string[] = [];
          if (detail.kind !== scenario.errorKind) problems.push(`kind ${detail.kind}`);
          if (scenario.errorStatus !== undefined && detail.status !== scenario.errorStatus) problems.push(`status ${detail.status}`);
          if (detail.message !== current!.error!.message) problems.push(`message "${detail.message}" ≠ shown "${current!.error!.message}"`);
          if (id === 'error-then-recovery') {
            // the first attempt and two retries, all answered 500, before the error is shown
            const statuses = entriesOf(await page.evaluate(readLog), 'request', 'api').map((entry) => parseDetail(entry)?.status);
            if (statuses.length !== 3 || statuses.some((status) => status !== 500))
              problems.push(`requests before the error: [${statuses.join(', ')}], expected three 500s (an attempt and 2 retries)`);
          }
          return problems;
        });
      }
      if (shown && scenario.recovers) {
        await reporter.check(name('the retry part (real click) loads the data'), async () => {
          const loads = entriesOf(await page.evaluate(readLog), 'lead-data-load', 'dashboard').length;
          // a real mouse click on the button's center (no waiting for navigations, which never come)
          const retry = page.locator('#dashboard [part~="retry"]');
          await retry.scrollIntoViewIfNeeded({ timeout: 10_000 });
          const box = await retry.boundingBox();
          if (!box) return ['the retry part has no box'];
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await waitForState(page, dataReady, timeout);
          await waitForLog(page, 'lead-data-load', 'dashboard', loads);
          current = await view(page, lang);
          return current.error ? [`the error part is still shown: "${current.error.message}"`] : [];
        });
      }
    } else {
      await reporter.check(name('loads: .summary is set, no skeleton, no loading line, no error part'), async () => {
        await waitForState(page, dataReady, timeout);
        current = await view(page, lang);
        const problems = current.error ? [`error part shown: "${current.error.message}"`] : [];
        if (id === 'slow' && Date.now() - readyAt < 2_500) problems.push(`data after ${Date.now() - readyAt} ms, the scenario delays 3 s`);
        return problems;
      });
    }

    // 3. the numbers, whenever there is data
    if (hasSummary(current)) {
      const data = current;
      reporter.expect(name('summary.range is last-90-days in Asia/Ho_Chi_Minh'), rangeProblems(data.summary, 90));
      reporter.expect(name('KPI tiles equal the summary (total, assigned, in progress, customers, conversion)'), kpiProblems(data));
      reporter.expect(name(`KPI tiles are drawn in the ${theme} theme's colours`), themeProblems(data, theme));
      reporter.expect(
        name(`table equals the summary (${data.summary.groups.length} rows: labels, counts, shares, totals, rates; totals row)`),
        tableProblems(data),
      );
      reporter.expect(name('status chart segment labels match the summary and add up to each drawn group total'), chartProblems(data));
      await reporter.check(name("logs lead-data-load with the summary's excluded counts"), async () => {
        const entries = entriesOf(await page.evaluate(readLog), 'lead-data-load', 'dashboard');
        if (entries.length === 0) return ['no li[data-type=lead-data-load][data-source=dashboard]'];
        const detail = parseDetail(entries[0]);
        const problems: string[] = [];
        if (JSON.stringify(detail.excluded) !== JSON.stringify(data.summary.excluded))
          problems.push(`excluded ${JSON.stringify(detail.excluded)} ≠ summary ${JSON.stringify(data.summary.excluded)}`);
        if (id === 'large' && !(Number(detail.leads) >= 200_000)) problems.push(`leads ${detail.leads}, the scenario has 200k`);
        return problems;
      });
      const excluded = data.summary.excluded.invalid + data.summary.excluded.duplicateId;
      reporter.expect(
        name(excluded ? 'notice part shows the excluded counts' : 'no notice part (nothing excluded)'),
        excluded
          ? data.notice === null
            ? ['no notice part']
            : [data.expected!.format.invalid, data.expected!.format.duplicate]
                .filter(
                  (count, k) =>
                    (k === 0 ? data.summary.excluded.invalid : data.summary.excluded.duplicateId) > 0 && !data.notice!.includes(count),
                )
                .map((count) => `notice "${data.notice}" lacks ${count}`)
          : data.notice === null
            ? []
            : [`notice shown: "${data.notice}"`],
      );
      if (id === 'malformed') {
        reporter.expect(name('records were excluded and an unknown status column is shown'), [
          ...(excluded > 0 ? [] : ['summary.excluded is all zero']),
          ...(data.summary.statuses.some((status) => status.id === 'unknown') ? [] : ['no unknown status in summary.statuses']),
          ...(data.table?.headers.includes(data.summary.statuses.find((status) => status.id === 'unknown')?.label ?? '\u0000')
            ? []
            : [`no unknown column in the table headers [${data.table?.headers.join(' | ')}]`]),
        ]);
      }
      if (id === 'empty') {
        reporter.expect(name('shows the empty part and draws no segment'), [
          ...(data.summary.totals.total === 0 ? [] : [`summary total ${data.summary.totals.total}`]),
          ...(data.empty ? [] : ['no empty part']),
          ...(data.chart && data.chart.segments.length ? [`${data.chart.segments.length} segments drawn`] : []),
        ]);
      } else {
        reporter.expect(name('has leads in range'), data.summary.totals.total > 0 ? [] : ['summary total is 0']);
      }
      if (id === 'normal') {
        shared.settleNormal?.(data.summary);
        await reporter.check(name('compare=previous-period: the Δ column equals the change from the period just before'), async () => {
          const { from, to } = data.summary.range;
          if (from === null || to === null) return [`summary.range ${from}..${to} is open`];
          const day = 86_400_000;
          const length = (Date.parse(to) - Date.parse(from)) / day + 1;
          const previousRange = {
            from: new Date(Date.parse(from) - length * day).toISOString().slice(0, 10),
            to: new Date(Date.parse(from) - day).toISOString().slice(0, 10),
          };
          const previous = await page.evaluate(summaryOfRange, previousRange);
          const rule = await page.evaluate(
            () =>
              document.querySelector('#dashboard')?.shadowRoot?.querySelector('lead-kpi-strip')?.shadowRoot?.querySelector('[part~=rule]')
                ?.textContent ?? '',
          );
          const problems = deltaProblems(data, previous, lang);
          if (!rule.includes(new Intl.NumberFormat(lang).format(length)))
            problems.push(`the rule on screen "${rule.trim()}" does not name ${length} days`);
          return problems;
        });
      }
      if (id === 'auth-refresh') {
        await reporter.check(name('the 401 was retried: two or more requests logged, no lead-data-error'), async () => {
          const log = await page.evaluate(readLog);
          const problems: string[] = [];
          const requests = entriesOf(log, 'request', 'api').map(parseDetail);
          if (requests.length < 2) problems.push(`${requests.length} li[data-type=request][data-source=api]`);
          // when the entries carry the answer's status: a 401 first, a success last
          const statuses = requests
            .map((detail) => detail?.status)
            .filter((status) => typeof status === 'number')
            .reverse();
          if (statuses.length && (statuses[0] !== 401 || statuses[statuses.length - 1] !== 200))
            problems.push(`request statuses, oldest first: ${statuses.join(', ')}; expected 401 first and 200 last`);
          if (entriesOf(log, 'lead-data-error').length) problems.push('a lead-data-error was logged');
          return problems;
        });
      }
      if (id === 'rows') {
        await reporter.check(name("summary equals the normal scenario's summary (minus excluded) for the same range"), async () => {
          const normal = (await shared.normalSummary) ?? (await loadNormalSummary(context, server, lang));
          if (!normal) return ["the normal scenario's summary is not available"];
          if (summaryWithoutExcluded(data.summary) === summaryWithoutExcluded(normal)) return [];
          const { excluded: _a, ...rows } = data.summary;
          const { excluded: _b, ...plain } = normal;
          return [`differs at ${firstDifference(rows, plain)}`];
        });
      }
      if (id === 'server-filter') {
        await reporter.check(name('the first request carries the range as from= / to= query params'), async () => {
          const requests = entriesOf(await page.evaluate(readLog), 'request', 'api');
          if (requests.length === 0) return ['no li[data-type=request][data-source=api]'];
          return queryProblems(requestUrls(requests[requests.length - 1], server.origin), data.summary.range);
        });
      }

      // 4. interactions
      if (scenario.interact) await interact(page, server, scenario, name, data, reporter);
    }

    // 5. a screenshot of the end state
    await reporter.check(name(`screenshot ${SHOTS}/${id}.png`), async () => {
      await page.screenshot({ path: `${SHOTS}/${id}.png`, fullPage: true, timeout: 30_000 });
    });
    reporter.expect(name('no page error, no unexpected console error'), errors);
  } finally {
    if (id === 'normal') shared.settleNormal?.(undefined); // no-op when already settled
    await page.close().catch(() => undefined);
  }
}

/** The request URL(s) must carry `from` / `to` equal to the range. */
function queryProblems(urls: URL[], range: { from: string | null; to: string | null }): string[] {
  if (urls.length === 0) return ['the request entry names no URL of the API'];
  const match = urls.find((url) => url.searchParams.get('from') === range.from && url.searchParams.get('to') === range.to);
  return match ? [] : [`request ${urls.map((url) => url.pathname + url.search).join(', ')} lacks from=${range.from}&to=${range.to}`];
}

/** The normal scenario's summary, loaded on its own (when only `rows` was asked for). */
async function loadNormalSummary(context: BrowserContext, server: DevServer, lang: string): Promise<LeadSummary | null> {
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/demo/?scenario=normal&lang=${lang}&theme=light`, { waitUntil: 'domcontentloaded', timeout: 45_000 });
    await waitForState(page, dataReady, 30_000);
    return (await view(page, lang)).summary;
  } finally {
    await page.close();
  }
}

/** Range preset through the dashboard's filter bar, then a real click on a status-chart segment. */
async function interact(
  page: Page,
  server: DevServer,
  scenario: Scenario,
  name: (what: string) => string,
  before: LoadedView,
  reporter: Reporter,
) {
  const { id, lang } = scenario;
  const serverFilter = id === 'server-filter';
  let after: DashboardView | undefined;

  const changed = await reporter.check(
    name('choosing last-30-days in the filter bar logs lead-filter-change {range, from, to} = .summary.range'),
    async () => {
      const log = await page.evaluate(readLog);
      const changes = entriesOf(log, 'lead-filter-change', 'dashboard').length;
      const requests = entriesOf(log, 'request', 'api').length;
      const loads = entriesOf(log, 'lead-data-load', 'dashboard').length;
      await page.selectOption('#dashboard select[name=range]', 'last-30-days', { timeout: 10_000 });
      const entries = await waitForLog(page, 'lead-filter-change', 'dashboard', changes);
      const problems: string[] = [];
      if (serverFilter) {
        try {
          await waitForLog(page, 'request', 'api', requests);
          await waitForLog(page, 'lead-data-load', 'dashboard', loads, 15_000);
          // every request since the change (the page's own standalone fetch may be among them)
          const all = entriesOf(await page.evaluate(readLog), 'request', 'api');
          const urls = all.slice(0, all.length - requests).flatMap((entry) => requestUrls(entry, server.origin));
          const summary = await page.evaluate(() => document.querySelector<HTMLElementTagNameMap['lead-dashboard']>('#dashboard')?.summary);
          if (!summary) throw new Error('no summary');
          problems.push(...queryProblems(urls, summary.range).map((p) => `server-filter: ${p}`));
        } catch (error) {
          problems.push(`server-filter: no new request / load after the change (${oneLine(String(error), 160)})`);
        }
      }
      await waitForState(page, dataReady, 30_000);
      after = await view(page, lang);
      const detail = parseDetail(entries[0]);
      const range = after.summary?.range;
      if (detail.range !== 'last-30-days') problems.push(`detail.range ${JSON.stringify(detail.range)}`);
      if (detail.from !== range?.from || detail.to !== range?.to)
        problems.push(`detail ${detail.from}..${detail.to} ≠ summary.range ${range?.from}..${range?.to}`);
      if (range?.from === before.summary.range.from) problems.push('summary.range did not change');
      problems.push(...rangeProblems(after.summary, 30));
      return problems;
    },
  );
  if (changed && after) {
    reporter.expect(name('after the range change the visible numbers equal the summary (KPIs, table, chart)'), numberProblems(after));
  }

  const current = after ?? before;
  if (!current.expected || !current.chart) {
    reporter.notOk(name('a real click on a status-chart segment logs lead-select'), 'no chart drawn');
    return;
  }
  const segments = new Map(current.expected.segments.map((segment) => [segment.label, segment]));
  // the widest segment of a named group (not "Other", preferably not the unassigned group): easy
  // to hit, and its group key and status are known from the summary
  const named = (label: string) => (segments.get(label)!.key === null ? 0 : 1);
  const target = current.chart.segments
    .filter((segment) => segments.has(segment.label) && segment.width >= 4 && segment.height >= 4)
    .sort((a, b) => named(b.label) - named(a.label) || b.width * b.height - a.width * a.height)[0];
  await reporter.check(
    name(`a real click on segment "${target?.label ?? '?'}" logs lead-select {groupBy, group, status, from, to}`),
    async () => {
      if (!target) return ['no clickable segment of a summary group'];
      const expected = segments.get(target.label)!;
      const changes = entriesOf(await page.evaluate(readLog), 'lead-select').length;
      const center = await page.evaluate((label: string) => {
        const chart = document.querySelector('#dashboard')?.shadowRoot?.querySelector('lead-status-chart');
        const rect = [...(chart?.shadowRoot?.querySelectorAll('rect[role=button]') ?? [])].find(
          (node) => node.getAttribute('aria-label') === label,
        );
        if (!rect) throw new Error(`no segment "${label}" in the status chart`);
        rect.scrollIntoView({ block: 'center', inline: 'center' });
        const box = rect.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }, target.label);
      await page.mouse.click(center.x, center.y);
      const entries = await waitForLog(page, 'lead-select', undefined, changes);
      const entry = entries[0]!;
      const detail = parseDetail(entry);
      const summary = current.summary;
      if (!summary) return ['no summary'];
      const problems: string[] = [];
      if (entry.source !== 'dashboard') problems.push(`data-source ${entry.source}`);
      const want = {
        groupBy: summary.groupBy,
        group: expected.key,
        status: expected.status,
        from: summary.range.from,
        to: summary.range.to,
      };
      for (const [key, value] of Object.entries(want)) {
        if (detail[key] !== value) problems.push(`detail.${key} ${JSON.stringify(detail[key])}, expected ${JSON.stringify(value)}`);
      }
      return problems;
    },
  );
  await reporter.check(name('#drilldown lists leads after the lead-select'), async () => {
    if (!target) return ['no segment was clicked'];
    await page.waitForFunction(() => document.querySelectorAll('#drilldown li, #drilldown tbody tr').length > 0, null, {
      timeout: 15_000,
      polling: 100,
    });
  });
  if (!serverFilter) await brushRange(page, scenario, name, reporter);
}

/** The trend chart's buckets (whole days, ISO) and the page box of each, in the page. */
function trendBuckets() {
  const chart = document.querySelector('#dashboard')?.shadowRoot?.querySelector('lead-trend-chart');
  const rects = [...(chart?.shadowRoot?.querySelectorAll<SVGRectElement>('rect[role=option]') ?? [])];
  if (rects[0]) rects[0].scrollIntoView({ block: 'center' });
  // the chart keeps its buckets in a private field: read as the shape they have
  const buckets = (chart as { _buckets?: { start: string; end: string }[] } | null | undefined)?._buckets ?? [];
  return rects.map((rect, k) => {
    const box = rect.getBoundingClientRect();
    return {
      start: buckets[k]?.start,
      end: buckets[k]?.end,
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      selected: rect.getAttribute('aria-selected') === 'true',
    };
  });
}

/**
 * Drags the mouse across the trend chart (a real brush gesture, clear of the range already
 * brushed), then checks that the dashboard's range became those buckets, that the page's URL holds
 * it (sync-url), and that the URL opened afresh shows the same view.
 */
async function brushRange(page: Page, scenario: Scenario, name: (what: string) => string, reporter: Reporter) {
  let shared: string | undefined;
  let brushed: { from: string; to: string } | undefined;
  await reporter.check(
    name('a brush drag on the trend chart sets the range: lead-filter-change, .summary.range, the numbers on screen'),
    async () => {
      const buckets = await page.evaluate(trendBuckets);
      // two buckets wide, clear of the brushed range (a press inside it would move it)
      const free = buckets.findIndex(
        (bucket, k) => k + 2 < buckets.length && !bucket.selected && !buckets[k + 1]!.selected && !buckets[k + 2]!.selected,
      );
      if (free < 0) return [`no three free buckets among ${buckets.length}`];
      const first = buckets[free]!;
      const last = buckets[free + 1]!;
      const changes = entriesOf(await page.evaluate(readLog), 'lead-filter-change', 'dashboard').length;
      await page.mouse.move(first.x, first.y);
      await page.mouse.down();
      await page.mouse.move((first.x + last.x) / 2, last.y, { steps: 4 });
      await page.mouse.move(last.x, last.y, { steps: 4 });
      await page.mouse.up();
      const entries = await waitForLog(page, 'lead-filter-change', 'dashboard', changes);
      await waitForState(page, dataReady, 30_000);
      const after = await view(page, scenario.lang);
      const detail = parseDetail(entries[0]);
      const range = after.summary?.range;
      brushed = { from: first.start!, to: last.end! };
      const problems: string[] = [];
      if (detail.from !== brushed.from || detail.to !== brushed.to)
        problems.push(`detail ${detail.from}..${detail.to}, brushed ${brushed.from}..${brushed.to}`);
      if (range?.from !== brushed.from || range?.to !== brushed.to)
        problems.push(`summary.range ${range?.from}..${range?.to}, brushed ${brushed.from}..${brushed.to}`);
      problems.push(...numberProblems(after));
      const params = new URL(page.url()).searchParams;
      if (params.get('lead.from') !== brushed.from || params.get('lead.to') !== brushed.to)
        problems.push(`page URL lead.from=${params.get('lead.from')} lead.to=${params.get('lead.to')}`);
      if (params.get('scenario') !== scenario.id) problems.push('the page lost its own parameters');
      shared = page.url();
      return problems;
    },
  );
  await reporter.check(name('the page URL opened afresh (a shared link) shows the brushed range'), async () => {
    if (!shared || !brushed) return ['no brushed URL'];
    const other = await page.context().newPage();
    try {
      await other.goto(shared);
      await other.evaluate(() => window.leadDemo.ready);
      await waitForState(other, dataReady, 30_000);
      const summary = await other.evaluate(() => document.querySelector<HTMLElementTagNameMap['lead-dashboard']>('#dashboard')?.summary);
      if (!summary) return ['no summary on the page opened afresh'];
      const problems: string[] = [];
      if (summary.range.from !== brushed.from || summary.range.to !== brushed.to)
        problems.push(`summary.range ${summary.range.from}..${summary.range.to}, shared ${brushed.from}..${brushed.to}`);
      // the trend chart is loaded after the first data: updateComplete waits for it
      await other.evaluate(settle);
      const selected = (await other.evaluate(trendBuckets)).filter((bucket) => bucket.selected);
      if (selected[0]?.start !== brushed.from || selected[selected.length - 1]?.end !== brushed.to)
        problems.push(`the trend chart shows ${selected[0]?.start}..${selected[selected.length - 1]?.end} brushed`);
      return problems;
    } finally {
      await other.close();
    }
  });
}
