/**
 * The QA page: the drop-in dashboard on a mock CRM (msw) with a scenario switcher, standalone
 * pieces wired by plain JavaScript, a host drill-down and an event log. The URL holds the state:
 * `?scenario=<id>&lang=<vi|en>&theme=<light|dark>`.
 */
import '../src/index.js';
import type {
  LeadDashboard,
  LeadDataErrorDetail,
  LeadDataLoadDetail,
  LeadFilterBar,
  LeadFilterChangeDetail,
  LeadSelectDetail,
  LeadStatusChart,
} from '../src/index.js';
import { renderDrilldown, indexPageData, type PageData, type Selection } from './drilldown.js';
import { EventLog, type LogSource } from './event-log.js';
import { LEADS_URL, MockCrm, startMockApi, type MockRequest } from './mock/handlers.js';
import { DEFAULT_SCENARIO, isScenarioId, SCENARIO_IDS, SCENARIO_TEXT, type ScenarioId } from './mock/scenarios.js';
import { fillText, pageText, type PageLang, type TextKey } from './page-text.js';
import { fetchPayload, StandalonePieces } from './standalone.js';

declare global {
  interface Window {
    /** The demo's state for tests: the scenario, and a promise settled once the mock API serves the dashboard. */
    leadDemo: { scenario: ScenarioId; ready: Promise<void> };
  }
}

type Theme = 'light' | 'dark';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const EVENT_TYPES = ['lead-filter-change', 'lead-select', 'lead-data-load', 'lead-data-error'] as const;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const dashboard = $<LeadDashboard>('#dashboard');
const scenarioSelect = $<HTMLSelectElement>('#scenario');
const langSelect = $<HTMLSelectElement>('#lang');
const themeSelect = $<HTMLSelectElement>('#theme');
const scenarioNote = $<HTMLParagraphElement>('#scenario-note');
const standaloneFilter = $<LeadFilterBar>('#standalone-filter');
const standaloneChart = $<LeadStatusChart>('#standalone-chart');
const drilldownPanel = {
  section: $<HTMLElement>('#drilldown'),
  summary: $<HTMLElement>('#drilldown-summary'),
  note: $<HTMLElement>('#drilldown-note'),
  list: $<HTMLOListElement>('#drilldown-list'),
};
const log = new EventLog($<HTMLOListElement>('#event-log'));

// the state, from the URL
const params = new URLSearchParams(location.search);
const scenario: ScenarioId = isScenarioId(params.get('scenario')) ? (params.get('scenario') as ScenarioId) : DEFAULT_SCENARIO;
let lang: PageLang = params.get('lang') === 'en' ? 'en' : 'vi';
let theme: Theme = params.get('theme') === 'dark' ? 'dark' : 'light';

// the dashboard asks for data only once the mock API intercepts requests
const api = dashboard.getAttribute('api') ?? LEADS_URL;
dashboard.removeAttribute('api');
dashboard.toggleAttribute('server-filter', scenario === 'server-filter');

// a host's token provider: token-1, token-2, …; the mock API rejects token-1 as expired
let tokenCalls = 0;
const tokenHeaders = async (): Promise<Record<string, string>> => ({ Authorization: `Bearer token-${++tokenCalls}` });
if (scenario === 'auth-refresh') dashboard.headers = tokenHeaders;

const crm = new MockCrm();
// the mock API first; every listener below is in place before the api attribute is set, since that
// happens only after the worker has started
const ready = (async () => {
  await startMockApi(scenario, crm, onRequest);
  dashboard.setAttribute('api', api);
})();
window.leadDemo = { scenario, ready };
ready.catch((error: unknown) => {
  scenarioNote.textContent = `${SCENARIO_TEXT[scenario][lang].description} — mock API: ${error instanceof Error ? error.message : String(error)}`;
});
const standalone = new StandalonePieces(
  {
    pieces: $('#standalone-pieces'),
    empty: $('#standalone-empty'),
    filter: standaloneFilter,
    chart: standaloneChart,
    note: $('#standalone-note'),
  },
  TIME_ZONE,
  () => lang,
);
let pageData: PageData | null | undefined;
let pagePayload: unknown;
let selection: Selection | null = null;

// ---- language, theme, scenario switchers

function sourceLabel(source: LogSource): string {
  const text = pageText(lang);
  return source === 'dashboard' ? text.sourceDashboard : source === 'standalone' ? text.sourceStandalone : text.sourceApi;
}

function applyLang(): void {
  const text = pageText(lang);
  document.documentElement.lang = lang;
  document.title = text.documentTitle;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = text[element.dataset.i18n as TextKey] ?? element.textContent;
  }
  scenarioSelect.replaceChildren(
    ...SCENARIO_IDS.map((id) => new Option(SCENARIO_TEXT[id][lang].label, id, id === scenario, id === scenario)),
  );
  let note = SCENARIO_TEXT[scenario][lang].description;
  if (scenario === 'malformed') {
    const { invalid, duplicateId, unknownStatus, stringId } = crm.breakage;
    note += ` ${fillText(text.breakage, { invalid, duplicate: duplicateId, unknown: unknownStatus, stringId })}`;
  }
  scenarioNote.textContent = note;
  dashboard.requestUpdate();
  standalone.relabel();
  renderDrilldown(drilldownPanel, pageData ?? null, selection, lang, TIME_ZONE);
}

function applyTheme(): void {
  document.documentElement.classList.toggle('lead-theme-dark', theme === 'dark');
}

function writeUrl(next: { scenario: ScenarioId; lang: PageLang; theme: Theme }): URL {
  const url = new URL(location.href);
  url.searchParams.set('scenario', next.scenario);
  url.searchParams.set('lang', next.lang);
  url.searchParams.set('theme', next.theme);
  history.replaceState(null, '', url);
  return url;
}

langSelect.value = lang;
themeSelect.value = theme;
langSelect.addEventListener('change', () => {
  lang = langSelect.value === 'en' ? 'en' : 'vi';
  writeUrl({ scenario, lang, theme });
  applyLang();
});
themeSelect.addEventListener('change', () => {
  theme = themeSelect.value === 'dark' ? 'dark' : 'light';
  writeUrl({ scenario, lang, theme });
  applyTheme();
});
scenarioSelect.addEventListener('change', () => {
  const next = isScenarioId(scenarioSelect.value) ? scenarioSelect.value : DEFAULT_SCENARIO;
  // a new scenario is a new mock API and a fresh dashboard: reload
  location.search = writeUrl({ scenario: next, lang, theme }).search;
});
$<HTMLFormElement>('#switchers').addEventListener('submit', (event) => event.preventDefault());
$<HTMLButtonElement>('#clear-log').addEventListener('click', () => log.clear());
applyTheme();
applyLang();

// ---- the event log

const count = (value: number) => new Intl.NumberFormat(lang).format(value);

/** A readable line for an event detail. */
function describe(type: (typeof EVENT_TYPES)[number], detail: unknown): string {
  switch (type) {
    case 'lead-data-load': {
      const { leads, excluded } = detail as LeadDataLoadDetail;
      return lang === 'vi'
        ? `Đã tải ${count(leads)} cơ hội; bỏ qua ${count(excluded.invalid)} bản ghi lỗi, ${count(excluded.duplicateId)} id lặp`
        : `Loaded ${count(leads)} leads; skipped ${count(excluded.invalid)} invalid records, ${count(excluded.duplicateId)} repeated ids`;
    }
    case 'lead-data-error': {
      const { kind, status, message } = detail as LeadDataErrorDetail;
      return `${kind}${status === undefined ? '' : ` ${status}`}: ${message}`;
    }
    case 'lead-filter-change': {
      const { from, to, groupBy, range } = detail as LeadFilterChangeDetail;
      const lists = Object.entries(detail as Record<string, unknown>)
        .filter(([, value]) => Array.isArray(value) && value.length)
        .map(([key, value]) => `${key}=${(value as unknown[]).map((v) => (v === null ? '∅' : String(v))).join(',')}`);
      return [`${range ?? ''} ${from ?? '…'} → ${to ?? '…'}`.trim(), groupBy ? `groupBy=${groupBy}` : '', ...lists]
        .filter(Boolean)
        .join(' · ');
    }
    case 'lead-select': {
      const { groupBy, group, status, from, to } = detail as LeadSelectDetail;
      return `${groupBy}=${group === undefined ? '*' : (group ?? '∅')} · status=${status ?? '*'} · ${from ?? '…'} → ${to ?? '…'}`;
    }
  }
}

function listen(element: HTMLElement, source: 'dashboard' | 'standalone'): void {
  for (const type of EVENT_TYPES) {
    element.addEventListener(type, (event) => {
      const detail = (event as CustomEvent).detail;
      try {
        log.record(type, source, detail, describe(type, detail), sourceLabel(source));
      } catch {
        log.record(type, source, detail, type, sourceLabel(source));
      }
    });
  }
}
listen(dashboard, 'dashboard');
listen(standaloneFilter, 'standalone');
listen(standaloneChart, 'standalone');

function onRequest(request: MockRequest): void {
  const { method, url, status } = request;
  log.record('request', 'api', { method, url, status }, `${method} ${url} → ${status} (${request.note})`, sourceLabel('api'));
}

// ---- the host drill-down

function drill(detail: LeadSelectDetail, source: 'dashboard' | 'standalone'): void {
  if (pageData === undefined && pagePayload !== undefined) pageData = indexPageData(pagePayload, TIME_ZONE);
  const { range: _range, from: _from, to: _to, ...lists } = source === 'dashboard' ? dashboard.filter : standalone.lists;
  selection = { detail, lists, source };
  renderDrilldown(drilldownPanel, pageData ?? null, selection, lang, TIME_ZONE);
}
dashboard.addEventListener('lead-select', (event) => drill(event.detail, 'dashboard'));
standaloneChart.addEventListener('lead-select', (event) => drill(event.detail, 'standalone'));

// ---- the standalone pieces: one plain fetch after the dashboard's first successful load
// (so that they never take one of the failures a scenario has in store for the dashboard)

let standaloneFetch: Promise<void> | undefined;
function loadStandalone(): void {
  if (standalone.loaded || standaloneFetch) return;
  standalone.loading();
  standaloneFetch = fetchPayload(api, scenario === 'auth-refresh' ? tokenHeaders : undefined)
    .then((result) => {
      if ('reason' in result) return standalone.fail(result.reason);
      pagePayload = result.payload;
      pageData = undefined; // indexed on the first drill-down
      standalone.load(result.payload);
      if (selection) drill(selection.detail, selection.source);
    })
    .catch(() => standalone.fail({ kind: 'network' }))
    .finally(() => (standaloneFetch = undefined));
}
dashboard.addEventListener('lead-data-load', () => loadStandalone());
dashboard.addEventListener('lead-data-error', (event) => {
  if (standalone.loaded) return;
  standalone.fail({ kind: 'dashboard', message: event.detail.message });
});
