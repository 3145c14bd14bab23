/**
 * The ingest worker: loads `api` — the request with its retries, timeout and Retry-After, the body,
 * JSON parsing and the ingest — entirely off the main thread, so a dataset of a million leads never
 * freezes the page (even reading a large body on the page's thread blocks it for hundreds of
 * milliseconds). Headers come from the page for each attempt, since the host's function lives
 * there. It keeps the last parsed dataset of the main load, so a change of time zone, date field or
 * status set re-ingests without fetching again (a compared period's dataset is not kept).
 */
import { ingestLeads, readDataset, type IngestOptions, type ReadDataset } from '../data/ingest.js';
import { fetchDataset, LeadDataError } from '../net/fetch-dataset.js';
import { packStore } from './store-transfer.js';
import type { WorkerRequest, WorkerResponse } from './messages.js';

let dataset: ReadDataset | null = null;
/** The newest load: an older one still reading its body must not replace its dataset. */
let latest = 0;
/** The loads in progress, to abort them. */
const loads = new Map<number, AbortController>();
/** Loads waiting for the page's headers. */
const waiting = new Map<number, (answer: { entries: [string, string][]; failed: boolean }) => void>();

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

function ingest(id: number, options: IngestOptions, from: ReadDataset | null = dataset): void {
  if (!from) return reply({ id, ok: false, failure: { kind: 'shape', message: 'No dataset to ingest' } });
  const { packed, transfer } = packStore(ingestLeads(from, options));
  reply({ id, ok: true, store: packed }, transfer);
}

// tells the page the script loaded and runs (a worker that fails to load only fires 'error')
reply({ id: 0, ok: false, ready: true });

/** Asks the page for the headers of the next attempt (the host's function may refresh a token). */
function askHeaders(id: number): Promise<[string, string][]> {
  return new Promise((resolve, reject) => {
    waiting.set(id, ({ entries, failed }) => (failed ? reject(new Error('The headers function failed')) : resolve(entries)));
    reply({ id, ok: false, askHeaders: true });
  });
}

async function load(request: Extract<WorkerRequest, { type: 'fetch' }>): Promise<void> {
  const { id, url, timeout, credentials, options, keep } = request;
  const controller = new AbortController();
  loads.set(id, controller);
  if (keep) {
    latest = id;
    dataset = null;
  }
  try {
    const headers = request.headers ? () => askHeaders(id) : undefined;
    const payload = await fetchDataset(url, { signal: controller.signal, timeout, credentials, headers });
    if (keep && id !== latest) return;
    const read = readDataset(payload);
    if (!read) throw new LeadDataError('shape', 'The response is not a lead dataset.');
    if (keep) dataset = read;
    ingest(id, options, read);
  } catch (error) {
    // a load the page gave up on answers nothing
    if (controller.signal.aborted) return;
    const failure = error instanceof LeadDataError ? error : new LeadDataError('network', 'The request failed.');
    reply({ id, ok: false, failure: { kind: failure.kind, status: failure.status, message: failure.message } });
  } finally {
    loads.delete(id);
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'fetch':
      return void load(request);
    case 'ingest':
      return ingest(request.id, request.options);
    case 'abort':
      loads.get(request.id)?.abort();
      waiting.get(request.id)?.({ entries: [], failed: true });
      waiting.delete(request.id);
      return;
    case 'headers':
      waiting.get(request.id)?.(request);
      waiting.delete(request.id);
  }
});
