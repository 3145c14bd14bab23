/**
 * The ingest worker: parses a payload's bytes and ingests it off the main thread, so a dataset of a
 * million leads never freezes the page. It keeps the last parsed dataset, so a change of time zone,
 * date field or status set re-ingests without sending the payload again.
 */
import { ingestLeads, readDataset, type IngestOptions, type ReadDataset } from '../data/ingest.js';
import { packStore } from './store-transfer.js';
import type { WorkerRequest, WorkerResponse } from './messages.js';

let dataset: ReadDataset | null = null;

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

function ingest(id: number, options: IngestOptions): void {
  if (!dataset) {
    reply({ id, ok: false, kind: 'shape' });
    return;
  }
  const { packed, transfer } = packStore(ingestLeads(dataset, options));
  reply({ id, ok: true, store: packed }, transfer);
}

// tells the page the script loaded and runs (a worker that fails to load only fires 'error')
reply({ id: 0, ok: false, kind: 'ready' });

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'ingest') {
    ingest(request.id, request.options);
    return;
  }
  dataset = null;
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(request.bytes));
  } catch {
    reply({ id: request.id, ok: false, kind: 'parse' });
    return;
  }
  dataset = readDataset(payload);
  ingest(request.id, request.options);
});
