import '../src/index.js';
import type { LeadDashboard } from '../src/index.js';
import { startMockApi } from './mock-api.js';

const dashboard = document.querySelector<LeadDashboard>('lead-dashboard')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const status = document.querySelector<HTMLParagraphElement>('#status')!;

function record(type: string, detail: unknown) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(detail)}`;
  log.prepend(item);
}

for (const type of ['lead-filter-change', 'lead-select', 'lead-data-load', 'lead-data-error'] as const) {
  dashboard.addEventListener(type, (event) => record(type, event.detail));
}
dashboard.addEventListener('lead-data-load', () => {
  status.textContent = `Loaded ${dashboard.summary?.totals.total ?? 0} leads in range from the mock API.`;
});

const params = new URLSearchParams(location.search);
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
lang.value = params.get('lang') === 'en' ? 'en' : 'vi';
theme.value = params.get('theme') === 'dark' ? 'dark' : 'light';
const apply = () => {
  document.documentElement.lang = lang.value;
  document.documentElement.classList.toggle('lead-theme-dark', theme.value === 'dark');
  dashboard.requestUpdate();
};
lang.addEventListener('change', apply);
theme.addEventListener('change', apply);
apply();

// the dashboard waits for the mock API before it asks for data
const api = dashboard.getAttribute('api');
dashboard.removeAttribute('api');
await startMockApi();
dashboard.setAttribute('api', api!);
