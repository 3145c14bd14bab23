/**
 * The demo's mock CRM API, served in the page by msw: GET /crm/api/leads answers a seeded dataset
 * of Vietnamese leads ending today, so the demo needs no backend.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { formatDay } from '../src/data/dates.js';
import { todayIn } from '../src/data/ranges.js';
import { generateDataset } from '../test/fixtures/generate.js';

/** The endpoint the demo's dashboard reads. */
export const LEADS_URL = '/crm/api/leads';

const dataset = generateDataset({
  count: 5000,
  owners: 14,
  days: 540,
  seed: 7,
  endDate: formatDay(todayIn('Asia/Ho_Chi_Minh')),
});

/** Starts the mock API; resolves once requests from the page are intercepted. */
export async function startMockApi(): Promise<void> {
  const worker = setupWorker(http.get(LEADS_URL, () => HttpResponse.json(dataset)));
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
}
