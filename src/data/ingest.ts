/**
 * Validation and normalisation of a dataset into a {@link LeadStore} (SPEC §2, §3, §7).
 * Never throws at the user and never loses a record silently: unusable records are counted.
 */
import { codeArrayFor, type CodeArray, type FieldColumn, type LeadStore } from './engine.js';
import { createRecordDecoder, type PayloadReader } from './payload-reader.js';
import { createColumnReader, type Column } from './read-columns.js';
import { createLeadReader } from './read-leads.js';
import { createRowReader } from './read-rows.js';
import { RowSink, UNDATED } from './row-sink.js';
import { resolveStatusSet, type StatusEntry } from './statuses.js';
import type { DateField, Dimension, LeadDataset, StatusDef } from './types.js';

export { BUILT_IN_FIELDS } from './row-sink.js';
export type { Column } from './read-columns.js';

const BUILT_IN_KEYS = new Set<string>(['owner', 'source', 'priority', 'step', 'status', 'id']);

/** A dataset with its raw leads, pre-aggregated rows and columnar leads, as found in any accepted top-level shape. */
export interface ReadDataset extends Omit<LeadDataset, 'leads' | 'rows' | 'columns'> {
  leads: unknown[];
  rows: unknown[];
  /** Columnar leads by field, and how many leads they hold. */
  columns: { length: number; fields: Map<string, Column> } | null;
}

/** The columns of a `columns` payload, or `null` when it is not one: arrays (or dictionary + codes) of equal length. */
function readColumns(input: unknown): ReadDataset['columns'] | undefined {
  if (input === undefined) return null;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const fields = new Map<string, Column>();
  let length = -1;
  for (const key of Object.keys(input)) {
    const value = (input as Record<string, unknown>)[key];
    let column: Column;
    if (Array.isArray(value)) column = { values: value };
    else if (
      value &&
      typeof value === 'object' &&
      Array.isArray((value as { dictionary?: unknown }).dictionary) &&
      Array.isArray((value as { codes?: unknown }).codes)
    )
      column = value as Column;
    else return undefined;
    const size = 'values' in column ? column.values.length : column.codes.length;
    if (length >= 0 && size !== length) return undefined;
    length = size;
    fields.set(key, column);
  }
  return { length: Math.max(0, length), fields };
}

/**
 * Reads the top level of a payload: a bare array is `{leads}`; an object needs a `leads` array, a
 * `rows` array or a `columns` object whose columns have one length (all present are ingested).
 * Anything else is a wrong shape (`null`).
 */
export function readDataset(input: unknown): ReadDataset | null {
  if (Array.isArray(input)) return { leads: input, rows: [], columns: null };
  if (input === null || typeof input !== 'object') return null;
  const { leads, rows, columns } = input as { leads?: unknown; rows?: unknown; columns?: unknown };
  if (leads === undefined && rows === undefined && columns === undefined) return null;
  if ((leads !== undefined && !Array.isArray(leads)) || (rows !== undefined && !Array.isArray(rows))) return null;
  const columnar = readColumns(columns);
  if (columnar === undefined) return null;
  return { ...(input as LeadDataset), leads: leads ?? [], rows: rows ?? [], columns: columnar };
}

/**
 * How many records a dataset holds in every form, usable or not: its leads, its pre-aggregated rows
 * (one record each, whatever its count) and its columnar leads. The work of an ingest grows with it.
 */
export function recordCount(dataset: ReadDataset): number {
  return dataset.leads.length + dataset.rows.length + (dataset.columns?.length ?? 0);
}

/** How to ingest. */
export interface IngestOptions {
  /** IANA zone that turns instants into calendar days. */
  timeZone: string;
  /** Which date places a lead in a range. */
  dateField?: DateField;
  /** A status set that replaces the dataset's. */
  statuses?: StatusDef[] | undefined;
}

/** The long loops of the finishing phase pause every 2^18 rows (a few ms), so slices stay short. */
const PAUSE_MASK = 0x3ffff;

/** Usable declared dimensions: a non-empty key, not a built-in field, not repeated. */
function declaredDimensions(dimensions: unknown): Dimension[] {
  if (!Array.isArray(dimensions)) return [];
  const seen = new Set<string>();
  const result: Dimension[] = [];
  for (const dimension of dimensions as unknown[]) {
    if (dimension === null || typeof dimension !== 'object') continue;
    const { key } = dimension as Dimension;
    if (typeof key !== 'string' || key.trim() === '' || BUILT_IN_KEYS.has(key) || seen.has(key)) continue;
    seen.add(key);
    result.push(dimension as Dimension);
  }
  return result;
}

/**
 * Validates, deduplicates and encodes the leads of a dataset into a store sorted by the calendar
 * day of `dateField` in `timeZone`, in steps: {@link IngestJob.step} processes records until a
 * deadline, so a large dataset can be ingested in slices between which the page stays responsive.
 * Each payload form has its reader (`read-leads`, `read-rows`, `read-columns`), all writing into
 * one {@link RowSink}; the job steps through them and then sorts the rows by day.
 *
 * A lead without a usable id, status or `createdAt` is counted in `excluded.invalid`; of repeated
 * ids the last valid occurrence wins and the others are counted in `excluded.duplicateId`. A lead
 * lacking the chosen date field (or holding an unusable one) is kept but falls only in unbounded
 * ranges. Pre-aggregated rows (SPEC §7) become weighted rows: `count` leads on the calendar day
 * `date` (the server already chose the date field and zone). A row without a usable status, a
 * `YYYY-MM-DD` date or a count that is a non-negative safe integer is counted in
 * `excluded.invalid`; a row of count 0 is valid and adds nothing.
 */
export class IngestJob {
  /** Records to go through: leads, then rows, then columnar leads ({@link recordCount}). */
  readonly total: number;
  private _next = 0;
  private readonly _timeZone: string;
  private readonly _dateField: DateField;
  private readonly _statuses: StatusEntry[];
  private readonly _unknown: StatusEntry;
  private readonly _dimensions: Dimension[];
  private readonly _sink: RowSink;
  /** The readers of the dataset's forms that hold records, in the order they are read. */
  private readonly _readers: PayloadReader[];
  /** The reader being read, and the record number its first record has in the job. */
  private _reader = 0;
  private _readerStart = 0;

  constructor(dataset: ReadDataset, options: IngestOptions) {
    this._timeZone = options.timeZone;
    this._dateField = options.dateField ?? 'createdAt';
    const { statuses, unknown } = resolveStatusSet(options.statuses ?? dataset.statuses);
    this._statuses = statuses;
    this._unknown = unknown;
    const decoder = createRecordDecoder(statuses, options.timeZone, this._dateField);
    this.total = recordCount(dataset);
    this._dimensions = declaredDimensions(dataset.dimensions);
    const sink = (this._sink = new RowSink({
      rows: this.total,
      ids: dataset.leads.length + (dataset.columns?.length ?? 0),
      weighted: dataset.rows.length > 0,
      unknownStatus: statuses.length,
      declared: dataset,
      dimensions: this._dimensions,
    }));
    const readers = [createLeadReader(dataset.leads, decoder, sink), createRowReader(dataset.rows, decoder, sink)];
    if (dataset.columns) readers.push(createColumnReader(dataset.columns, decoder, sink));
    // an empty reader is still made: a columnar reader encodes its dictionaries when it is made
    this._readers = readers.filter((reader) => reader.recordCount > 0);
  }

  /** Records gone through so far. */
  get done(): number {
    return this._next;
  }

  /**
   * Goes through records until `deadline` (a `performance.now()` time; the clock is read between
   * runs: 1,024 lead objects or rows, 16,384 columnar leads) or the end; returns whether every
   * record has been gone through.
   */
  step(deadline = Infinity): boolean {
    while (this._next < this.total) {
      this._readRun();
      if (deadline !== Infinity && performance.now() >= deadline) break;
    }
    return this._next >= this.total;
  }

  /**
   * Reads one run: as many records as the current reader's run length. Readers of one run length
   * share runs (lead objects and rows are one sequence to the clock); a run ends where it changes.
   */
  private _readRun(): void {
    const readers = this._readers;
    const { runLength } = readers[this._reader]!;
    const stop = Math.min(this.total, this._next + runLength);
    while (this._next < stop && readers[this._reader]!.runLength === runLength) {
      const reader = readers[this._reader]!;
      const readerEnd = this._readerStart + reader.recordCount;
      const end = Math.min(stop, readerEnd);
      reader.read(this._next - this._readerStart, end - this._readerStart);
      this._next = end;
      if (end === readerEnd) {
        this._reader++;
        this._readerStart = end;
      }
    }
  }

  /** Sorts the rows by day and builds the store (call once, after `step` returned true). */
  finish(): LeadStore {
    const finishing = this.finishing();
    for (;;) {
      const next = finishing.next();
      if (next.done) return next.value;
    }
  }

  /** {@link finish} in pieces: each `next()` does a few milliseconds of work; the last returns the store. */
  *finishing(): Generator<void, LeadStore> {
    const sink = this._sink;
    const rows = sink.rows;
    const superseded = sink.superseded;
    const rowStatus = sink.status;
    const unknownIndex = this._statuses.length;
    // a superseded row that was counted as unknown may have been the only one
    let sawUnknown = false;
    if (sink.sawUnknown) {
      for (let row = 0; row < rows && !sawUnknown; row++) sawUnknown = !superseded[row] && rowStatus[row] === unknownIndex;
    }
    const { order, days, dayStarts, dated } = yield* sortByDay(sink.day, superseded, rows);
    const size = order.length;
    const status = codeArrayFor(size, unknownIndex);
    for (let k = 0; k < size; k++) status[k] = rowStatus[order[k]!]!;
    yield;
    let weight: Uint32Array | Float64Array | undefined;
    let leads = size;
    const rowWeight = sink.weight;
    if (rowWeight) {
      let max = 0;
      leads = 0;
      for (let k = 0; k < size; k++) {
        const w = rowWeight[order[k]!]!;
        leads += w;
        if (w > max) max = w;
      }
      weight = max <= 0xffffffff ? new Uint32Array(size) : new Float64Array(size);
      for (let k = 0; k < size; k++) weight[k] = rowWeight[order[k]!]!;
      yield;
    }
    const fields = new Map<string, FieldColumn>();
    for (const builder of sink.fields) {
      const codes: CodeArray = codeArrayFor(size, builder.ids.length - 1);
      const source = builder.codes;
      for (let k = 0; k < size; k++) codes[k] = source[order[k]!]!;
      yield;
      fields.set(builder.key, {
        key: builder.key,
        label: builder.label,
        codes,
        ids: builder.ids,
        labels: builder.labels,
        declared: builder.declared,
      });
    }
    return {
      size,
      leads,
      weight,
      timeZone: this._timeZone,
      dateField: this._dateField,
      statuses: [...this._statuses, this._unknown],
      hasUnknown: sawUnknown,
      status,
      fields,
      dimensions: this._dimensions.map((d) => d.key),
      days,
      dayStarts,
      dated,
      excluded: { invalid: sink.invalid, duplicateId: sink.duplicateId },
    };
  }
}

/** Ingests a whole dataset at once (see {@link IngestJob}). */
export function ingestLeads(dataset: ReadDataset, options: IngestOptions): LeadStore {
  const job = new IngestJob(dataset, options);
  job.step();
  return job.finish();
}

/**
 * Ingests in slices of about `slice` ms, yielding to the event loop between them, so that a large
 * dataset never blocks the page for long; rejects with the signal's reason when it aborts.
 */
export async function ingestLeadsInSlices(
  dataset: ReadDataset,
  options: IngestOptions,
  { signal, slice = 30 }: { signal?: AbortSignal; slice?: number } = {},
): Promise<LeadStore> {
  const pause = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
  };
  signal?.throwIfAborted();
  const job = new IngestJob(dataset, options);
  while (!job.step(performance.now() + slice)) await pause();
  const finishing = job.finishing();
  for (;;) {
    const deadline = performance.now() + slice;
    let next = finishing.next();
    while (!next.done && performance.now() < deadline) next = finishing.next();
    if (next.done) return next.value;
    await pause();
  }
}

/**
 * A stable counting sort of the live rows by day, undated rows last. Days are counted in a dense
 * array when their span is small next to the row count (the usual case), else through a Map.
 */
function* sortByDay(
  rowDay: Int32Array,
  superseded: Uint8Array,
  rows: number,
): Generator<void, { order: Uint32Array; days: Int32Array; dayStarts: Uint32Array; dated: number }> {
  let min = Infinity;
  let max = -Infinity;
  let live = 0;
  let dated = 0;
  for (let row = 0; row < rows; row++) {
    if ((row & PAUSE_MASK) === PAUSE_MASK) yield;
    if (superseded[row]) continue;
    live++;
    const day = rowDay[row]!;
    if (day === UNDATED) continue;
    dated++;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  // rank of each distinct day, and how many rows it holds
  let rankOf: (day: number) => number;
  let days: Int32Array;
  let perDay: Uint32Array;
  if (dated === 0) {
    days = new Int32Array(0);
    perDay = new Uint32Array(0);
    rankOf = () => 0;
  } else if (max - min < 4 * rows + 1024) {
    const dense = new Uint32Array(max - min + 1);
    for (let row = 0; row < rows; row++) {
      if ((row & PAUSE_MASK) === PAUSE_MASK) yield;
      const day = rowDay[row]!;
      if (!superseded[row] && day !== UNDATED) dense[day - min]!++;
    }
    const rank = new Int32Array(dense.length);
    let distinct = 0;
    for (let k = 0; k < dense.length; k++) if (dense[k]) rank[k] = distinct++;
    days = new Int32Array(distinct);
    perDay = new Uint32Array(distinct);
    for (let k = 0; k < dense.length; k++) {
      if (!dense[k]) continue;
      days[rank[k]!] = min + k;
      perDay[rank[k]!] = dense[k]!;
    }
    rankOf = (day) => rank[day - min]!;
  } else {
    const tally = new Map<number, number>();
    for (let row = 0; row < rows; row++) {
      const day = rowDay[row]!;
      if (!superseded[row] && day !== UNDATED) tally.set(day, (tally.get(day) ?? 0) + 1);
    }
    days = Int32Array.from(tally.keys()).sort();
    perDay = new Uint32Array(days.length);
    const rank = new Map<number, number>();
    days.forEach((day, k) => {
      rank.set(day, k);
      perDay[k] = tally.get(day)!;
    });
    rankOf = (day) => rank.get(day)!;
  }
  const dayStarts = new Uint32Array(days.length + 1);
  for (let k = 0; k < days.length; k++) dayStarts[k + 1] = dayStarts[k]! + perDay[k]!;
  const cursor = dayStarts.slice(0, Math.max(days.length, 1));
  const order = new Uint32Array(live);
  let undatedCursor = dated;
  for (let row = 0; row < rows; row++) {
    if ((row & PAUSE_MASK) === PAUSE_MASK) yield;
    if (superseded[row]) continue;
    const day = rowDay[row]!;
    if (day === UNDATED) order[undatedCursor++] = row;
    else order[cursor[rankOf(day)]!++] = row;
  }
  return { order, days, dayStarts, dated };
}
