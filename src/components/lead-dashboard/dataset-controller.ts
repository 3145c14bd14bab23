/**
 * Loading, for `<lead-dashboard>`: `.data`, or `api` through a worker when the page can run one (the
 * request, body, parse and ingest then never touch the page's thread) and on the page otherwise;
 * ingest at once or in slices; re-ingest when the zone, date field or status set change; aborts,
 * retries, errors and the stale state; `loadedAt`; the refresh timer and the reload when the
 * browser comes back online; `lead-data-load` and `lead-data-error`. Its lifecycle ends with its
 * host's: once removed, no request, timer or listener of it survives.
 *
 * In server-filter mode with a comparison the server answers one period per request, so the
 * compared period is requested beside the main one, with the same signal (aborted together).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { LeadStore } from '../../data/engine.js';
import { ingestLeads, ingestLeadsInSlices, readDataset, recordCount, type IngestOptions, type ReadDataset } from '../../data/ingest.js';
import { LeadDataErrorEvent } from '../../events/lead-data-error.js';
import { LeadDataLoadEvent } from '../../events/lead-data-load.js';
import type { Lang } from '../../data/types.js';
import { LeadDataError, type HeadersSource } from '../../net/lead-data-error.js';
import { resolveUrl } from '../../net/url.js';
import type { IngestWorker } from '../../worker/ingest-client.js';
import type { errorPanel as errorPanelTemplate } from './error-message.js';
import { RefreshTimer, type Clock } from './refresh-timer.js';

/** `.data` up to this many records is ingested at once, so `.summary` follows every change synchronously. */
export const SYNC_RECORDS = 20_000;

/** What the host asks to be loaded, read on every update. */
export interface DatasetSource {
  /** `.data`; wins over `api`. */
  data: unknown;
  /** The URL to load (with the server-filter query), or none. */
  url: string | undefined;
  /** The compared period's URL in server-filter mode with a comparison, else `null`. */
  compareUrl: string | null;
  timeout: number;
  credentials: RequestCredentials;
  headers: HeadersSource | undefined;
  /** How to ingest: zone, date field, status set. */
  ingest: IngestOptions;
  /** Seconds between refetches; 0 for none. */
  refreshSeconds: number;
  /** The language of error messages. */
  lang: Lang;
}

/** A loaded payload: parsed on the page, or parsed and kept by a worker (which alone can re-ingest it). */
type Loaded = { kind: 'object'; dataset: ReadDataset } | { kind: 'worker'; worker: IngestWorker; store: LeadStore; options: IngestOptions };

interface LoadResult {
  main: Loaded;
  /** The compared period's payload, or why it could not be loaded. */
  compare: Loaded | Error | null;
  /** The URL it was asked of. */
  compareUrl: string | null;
}

const sameOptions = (a: IngestOptions, b: IngestOptions) =>
  a.timeZone === b.timeZone && a.dateField === b.dateField && a.statuses === b.statuses;

/**
 * One store built from one payload: re-ingested when the options change, at once for small
 * payloads and in slices (or in the worker) for large ones, the previous store of the same payload
 * staying in use meanwhile.
 */
class StoreSlot {
  store: LeadStore | null = null;
  /** The payload cannot be read as a dataset. */
  shapeError = false;
  /** Settles when the ingest in progress has. */
  pending: Promise<void> | undefined;
  private _source: Loaded | undefined;
  private _options: IngestOptions | undefined;
  private _abort: AbortController | undefined;

  constructor(
    private readonly onReady: () => void,
    private readonly onWorkerLost: () => void,
  ) {}

  /** The store of `source` with `options`, starting a new ingest when either changed. */
  update(source: Loaded | undefined, options: IngestOptions): LeadStore | null {
    if (source === this._source && this._options && sameOptions(options, this._options)) return this.store;
    const samePayload = source === this._source;
    this._source = source;
    this._options = options;
    this._abort?.abort();
    this._abort = undefined;
    this.pending = undefined;
    this.shapeError = false;
    if (!samePayload) this.store = null;
    if (!source) return (this.store = null);
    if (source.kind === 'worker') {
      if (sameOptions(source.options, options)) return (this.store = source.store);
      this._ingest((signal) => source.worker.ingest(options, signal));
      return this.store;
    }
    if (recordCount(source.dataset) <= SYNC_RECORDS) return (this.store = ingestLeads(source.dataset, options));
    this._ingest((signal) => ingestLeadsInSlices(source.dataset, options, { signal }));
    return this.store;
  }

  /** Stops an ingest in progress (the host was removed); a finished store stays. */
  stop(): void {
    if (!this.pending) return;
    this._abort?.abort();
    this._abort = this._source = this._options = this.pending = undefined;
  }

  private _ingest(run: (signal: AbortSignal) => Promise<LeadStore>): void {
    const controller = (this._abort = new AbortController());
    const done: Promise<void> = run(controller.signal).then(
      (store) => {
        if (controller.signal.aborted) return;
        this.store = store;
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // the worker stopped (a failed script): load again, on the page this time
        if ((error as Error | undefined)?.name === 'WorkerUnavailableError') this.onWorkerLost();
      },
    );
    const tracked: Promise<void> = done.finally(() => {
      if (this.pending === tracked) this.pending = undefined;
      this.onReady();
    });
    this.pending = tracked;
  }
}

export class DatasetController implements ReactiveController {
  /** The last failed load, while it is the latest word (the data on screen, if any, is then stale). */
  error: LeadDataError | undefined;
  /** The error panel's template, once the first failure has loaded it. */
  errorPanel: typeof errorPanelTemplate | undefined;
  /** When the data on screen was loaded from `api`. */
  loadedAt: number | undefined;

  private readonly _main: StoreSlot;
  private readonly _compare: StoreSlot;
  private _loaded: LoadResult | undefined;
  /** `.data` read as a dataset once per object (`undefined`: not a dataset). */
  private _data: { data: unknown; loaded: Loaded | undefined } | undefined;
  private _worker: IngestWorker | null | undefined;
  /** A load from `api` finished: fire lead-data-load once its store is ready. */
  private _announce = false;
  /** Counts the loads that ended, so an older failure never lands after a newer success. */
  private _outcome = 0;
  /** A failure whose message is loading. */
  private _failing: Promise<void> | undefined;
  private readonly _refresh: RefreshTimer;
  private readonly _task: Task<readonly [string | undefined, string | null, number, RequestCredentials, boolean], LoadResult | undefined>;
  private readonly _onOnline = () => {
    if (this.error?.kind === 'network' || this.error?.kind === 'timeout') void this.refresh();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => DatasetSource,
    clock?: Clock,
  ) {
    const ready = () => {
      this._fireLoad();
      host.requestUpdate();
    };
    const lost = () => {
      this._worker = null;
      void this._task.run();
    };
    this._main = new StoreSlot(ready, lost);
    this._compare = new StoreSlot(ready, lost);
    this._refresh = new RefreshTimer(() => this.refresh(), clock);
    this._task = new Task(host, {
      task: ([url, compareUrl], { signal }) => this._fetch(url, compareUrl, signal),
      args: () => {
        const { url, compareUrl, timeout, credentials, data } = this.source();
        return [url, compareUrl, timeout, credentials, data === undefined] as const;
      },
      onComplete: (result) => this._onLoaded(result),
      onError: (error) => this._onFailed(error),
    });
    host.addController(this);
  }

  /** A request or an ingest is under way. */
  get loading(): boolean {
    return this._task.status === TaskStatus.PENDING || this._main.pending !== undefined;
  }

  /** The data in use cannot be read as a dataset. */
  get shapeError(): boolean {
    return this._main.shapeError;
  }

  /** The store to show (ingesting first when its inputs changed); `null` while there is none. */
  store(): LeadStore | null {
    const { data, ingest } = this.source();
    if (data === undefined) return this._main.update(this._loaded?.main, ingest);
    if (this._data?.data !== data) {
      const dataset = readDataset(data);
      this._data = { data, loaded: dataset ? { kind: 'object', dataset } : undefined };
    }
    const store = this._main.update(this._data.loaded, ingest);
    this._main.shapeError = this._data.loaded === undefined;
    return store;
  }

  /**
   * Where the compared period's leads are: `undefined` when the main store holds them, else its
   * own store, `null` while it loads, or the error that stopped it.
   */
  compareStore(): LeadStore | Error | null | undefined {
    const { data, compareUrl, ingest } = this.source();
    if (data !== undefined || compareUrl === null) return undefined;
    // while a new request is under way the last answer stays, like the main store
    const loaded = this._loaded;
    if (!loaded || loaded.compareUrl !== compareUrl) return null;
    if (loaded.compare instanceof Error) return loaded.compare;
    return loaded.compare ? this._compare.update(loaded.compare, ingest) : null;
  }

  /** Settles when the ingest or the failure under way is shown (which may start more: wait until this is undefined). */
  get settling(): Promise<void> | undefined {
    return this._main.pending ?? this._compare.pending ?? this._failing;
  }

  /** Refetches `api` now, keeping the data on screen meanwhile. */
  async refresh(): Promise<void> {
    const { url, data } = this.source();
    if (url && data === undefined) await this._task.run();
  }

  hostConnected(): void {
    window.addEventListener('online', this._onOnline);
    this._refresh.start(this.source().refreshSeconds);
    const host = this.host as ReactiveControllerHost & HTMLElement & { hasUpdated?: boolean };
    if (!host.hasUpdated || !this.source().url || this.source().data !== undefined) return;
    // a request aborted by an earlier removal is made again on return, and so is a payload whose
    // worker was stopped with it (the worker alone could re-ingest it)
    if (this._loaded?.main.kind === 'worker' || (this._loaded === undefined && this._task.status !== TaskStatus.COMPLETE)) {
      this._loaded = undefined;
      void this._task.run();
    }
  }

  hostUpdated(): void {
    this._refresh.setInterval(this.source().refreshSeconds);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this._onOnline);
    this._refresh.stop();
    this._task.abort();
    this._main.stop();
    this._compare.stop();
    this._worker?.terminate();
    this._worker = undefined;
  }

  private async _fetch(url: string | undefined, compareUrl: string | null, signal: AbortSignal): Promise<LoadResult | undefined> {
    const { data, timeout, credentials, headers, ingest } = this.source();
    if (!url || data !== undefined) return undefined;
    const request = { signal, timeout, credentials, headers };
    const worker = await this._ingestWorker();
    const load = async (href: string, keep: boolean): Promise<Loaded> => {
      if (worker) {
        try {
          return { kind: 'worker', worker, store: await worker.fetch(absolute(href), request, ingest, signal, keep), options: ingest };
        } catch (error) {
          if ((error as Error | undefined)?.name !== 'WorkerUnavailableError') throw error;
          // the worker stopped or could not start: the page loads it, and ingests in slices
          this._worker = null;
        }
      }
      // the page loads it itself only where no worker runs: that code is loaded then
      const { fetchDataset } = await import('../../net/fetch-dataset.js');
      const dataset = readDataset(await fetchDataset(href, request));
      if (!dataset) throw new LeadDataError('shape', 'The response is not a lead dataset.');
      return { kind: 'object', dataset };
    };
    // both at once, the main request first
    const main = load(url, true);
    const compare = compareUrl === null ? null : load(compareUrl, false).catch((error: unknown) => error as Error);
    return { main: await main, compare: await compare, compareUrl };
  }

  private _onLoaded(result: LoadResult | undefined): void {
    if (result === undefined) return;
    this._outcome++;
    this._loaded = result;
    this.loadedAt = Date.now();
    this.error = undefined;
    this._refresh.loaded();
    this._announce = true;
    this.store();
    this._fireLoad();
  }

  private _onFailed(error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    const failure = error instanceof LeadDataError ? error : new LeadDataError('network', 'The request failed.', { cause: error });
    const outcome = ++this._outcome;
    // the messages load with the first failure; a load that succeeds meanwhile wins
    const shown: Promise<void> = import('./error-message.js').then(({ errorMessage, errorPanel }) => {
      if (this._failing === shown) this._failing = undefined;
      if (outcome !== this._outcome) return;
      this.error = failure;
      this.errorPanel = errorPanel;
      this.host.requestUpdate();
      const detail: { kind: LeadDataError['kind']; status?: number; message: string } = {
        kind: failure.kind,
        message: errorMessage(failure, this.source().lang),
      };
      if (failure.status !== undefined) detail.status = failure.status;
      this.host.dispatchEvent(new LeadDataErrorEvent(detail));
    });
    this._failing = shown;
  }

  /** Fires lead-data-load for the last load from `api` once its store is ready. */
  private _fireLoad(): void {
    const store = this._main.store;
    if (!this._announce || !store || this._main.pending || this.source().data !== undefined) return;
    this._announce = false;
    this.host.dispatchEvent(new LeadDataLoadEvent({ leads: store.leads, excluded: { ...store.excluded } }));
  }

  /**
   * The host's ingest worker, created on first need; `null` when the page cannot run one. Its
   * client module is loaded only then: most payloads are small and never need it.
   */
  private async _ingestWorker(): Promise<IngestWorker | null> {
    if (this._worker === undefined) {
      const { IngestWorker } = await import('../../worker/ingest-client.js');
      if (this._worker === undefined) this._worker = IngestWorker.create();
    }
    return this._worker;
  }
}

/** A URL the worker can use: it has no document to resolve a relative one against (an invalid URL is reported by its own check). */
function absolute(url: string): string {
  try {
    return resolveUrl(url).href;
  } catch {
    return url;
  }
}
