import type { IngestOptions } from '../data/ingest.js';
import type { DataErrorKind } from '../net/fetch-dataset.js';
import type { PackedStore } from './store-transfer.js';

/**
 * What the main thread tells the ingest worker: load `api` (fetch, read, parse and ingest it there),
 * re-ingest the last dataset with other options, give up a load, or answer the worker's request
 * for headers (`entries`; `failed` when the host's headers function threw).
 */
export type WorkerRequest =
  | {
      type: 'fetch';
      id: number;
      url: string;
      timeout: number;
      credentials: RequestCredentials;
      headers: boolean;
      options: IngestOptions;
      /** Keep the parsed dataset to re-ingest it later (the main load); a compared period's is not kept. */
      keep: boolean;
    }
  | { type: 'ingest'; id: number; options: IngestOptions }
  | { type: 'abort'; id: number }
  | { type: 'headers'; id: number; entries: [string, string][]; failed: boolean };

/** Why a load ended without a store: the same kinds, statuses and messages as a load on the page. */
export interface WorkerFailure {
  kind: DataErrorKind;
  status?: number;
  message: string;
}

/**
 * The worker's messages: a store; a failed load; "ready" once the script runs; or, during a load
 * with a headers source, a request for the headers of the next attempt.
 */
export type WorkerResponse =
  | { id: number; ok: true; store: PackedStore }
  | { id: number; ok: false; failure: WorkerFailure }
  | { id: number; ok: false; ready: true }
  | { id: number; ok: false; askHeaders: true };
