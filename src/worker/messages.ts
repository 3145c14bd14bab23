import type { IngestOptions } from '../data/ingest.js';
import type { PackedStore } from './store-transfer.js';

/** What the main thread asks the ingest worker: parse and ingest bytes, or re-ingest the last dataset. */
export type WorkerRequest =
  | { type: 'load'; id: number; bytes: ArrayBuffer; options: IngestOptions }
  | { type: 'load-stream'; id: number; stream: ReadableStream<Uint8Array>; options: IngestOptions }
  | { type: 'ingest'; id: number; options: IngestOptions };

/** The worker's answer: a store, or why there is none. */
export type WorkerResponse =
  | { id: number; ok: true; store: PackedStore }
  | { id: number; ok: false; kind: 'parse' | 'shape' | 'network' | 'ready' };
