/**
 * The ingest worker: parses a payload's bytes and ingests it off the main thread, so a dataset of a
 * million leads never freezes the page. It keeps the last parsed dataset, so a change of time zone,
 * date field or status set re-ingests without sending the payload again.
 */
import { ingestLeads, readDataset, type IngestOptions, type ReadDataset } from '../data/ingest.js';
import { packStore } from './store-transfer.js';
import type { WorkerRequest, WorkerResponse } from './messages.js';

let dataset: ReadDataset | null = null;
/** The newest load: an older one still reading its stream must not replace its dataset. */
let latest = 0;

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

/** The whole text of a body stream, decoded as UTF-8 as it arrives. */
async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

/** Parses a payload's text into the dataset the worker keeps, then ingests it. */
function load(id: number, text: string, options: IngestOptions): void {
  const start = text.trimStart();
  // the same judgements as the page's own parsing (src/net): nothing, a web page, or bad JSON
  if (start === '') return reply({ id, ok: false, kind: 'shape' });
  if (start.startsWith('<')) return reply({ id, ok: false, kind: 'parse' });
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return reply({ id, ok: false, kind: 'parse' });
  }
  dataset = readDataset(payload);
  ingest(id, options);
}

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'ingest') return ingest(request.id, request.options);
  latest = request.id;
  dataset = null;
  if (request.type === 'load') return load(request.id, new TextDecoder().decode(request.bytes), request.options);
  let text: string;
  try {
    text = await readText(request.stream);
  } catch {
    // the connection dropped, the request timed out or was aborted while the body arrived
    return reply({ id: request.id, ok: false, kind: 'network' });
  }
  if (request.id === latest) load(request.id, text, request.options);
});
