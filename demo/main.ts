import '../src/index.js';
import type { LeadDashboard } from '../src/index.js';
import { LEADS_URL, startMockApi } from './mock-api.js';

const dashboard = document.querySelector<LeadDashboard>('lead-dashboard')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const status = document.querySelector<HTMLParagraphElement>('#status')!;

function record(type: string, detail: unknown) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(detail)}`;
  log.prepend(item);
}

for (const type of ['lead-filter-change', 'lead-select'] as const) {
  dashboard.addEventListener(type, (event) => record(type, event.detail));
}

document.querySelector('#lang')!.addEventListener('change', (event) => {
  dashboard.lang = (event.target as HTMLSelectElement).value;
});

document.querySelector('#csv')!.addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([dashboard.toCSV()], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'leads.csv' });
  link.click();
  URL.revokeObjectURL(url);
});

await startMockApi();
status.textContent = 'Loading leads from the mock API…';
const response = await fetch(LEADS_URL);
dashboard.data = await response.json();
await dashboard.updateComplete;
status.textContent = `${dashboard.summary?.totals.total ?? 0} leads in range, from the mock API at ${LEADS_URL}.`;
