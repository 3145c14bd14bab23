/**
 * The reader of columnar leads (SPEC §7): the lead fields as arrays of one length, plain or
 * dictionary-encoded.
 */
import { parseLeadDate } from './dates.js';
import { isUsableId, type PayloadReader, type RecordDecoder } from './payload-reader.js';
import { UNDATED, type RowSink } from './row-sink.js';
import { INVALID_STATUS } from './statuses.js';

/** One column of a columnar payload (SPEC §7): a value per lead, or dictionary-encoded. */
export type Column = { values: unknown[] } | { dictionary: unknown[]; codes: ArrayLike<number> };

/** A column resolved for reading: dictionary codes mapped once, or values read one by one. */
type ColumnSource<T> =
  | { kind: 'mapped'; codes: ArrayLike<number>; mapped: T[]; missing: T }
  | { kind: 'values'; values: unknown[]; read: (value: unknown) => T; missing: T }
  | { kind: 'missing'; missing: T };

/**
 * Resolves a column for reading through `read`: for a dictionary-encoded column `read` runs once
 * per dictionary entry, not once per row — what makes columnar payloads fast to ingest.
 */
function resolveColumn<T>(column: Column | undefined, read: (value: unknown) => T): ColumnSource<T> {
  const missing = read(undefined);
  if (!column) return { kind: 'missing', missing };
  if ('values' in column) return { kind: 'values', values: column.values, read, missing };
  return { kind: 'mapped', codes: column.codes, mapped: column.dictionary.map(read), missing };
}

/** The value of a resolved column at row `i` (a code outside its dictionary is a missing value). */
function readAt<T>(source: ColumnSource<T>, i: number): T {
  if (source.kind === 'mapped') {
    const code = source.codes[i]!;
    return code >= 0 && code < source.mapped.length ? source.mapped[code]! : source.missing;
  }
  return source.kind === 'values' ? source.read(source.values[i]) : source.missing;
}

/**
 * Reads columnar leads into `sink`, 16,384 at a time: first the id, status and dates of each lead
 * (which decide whether it is a row, as for lead objects), then one tight loop per categorical
 * column, writing the run's codes straight into the sink's fields. A dictionary column is encoded
 * into the sink's dictionaries when the reader is made, entry by entry, used or not; a code outside
 * its dictionary is a missing value. The step history is not a column: `step` is the current step.
 */
export function createColumnReader(
  columns: { length: number; fields: ReadonlyMap<string, Column> },
  decoder: RecordDecoder,
  sink: RowSink,
): PayloadReader {
  const { fields } = columns;
  const INVALID = NaN;
  const resolve = decoder.dayOfInstant;
  const toDay = decoder.dayOfDate;
  const dayOf = (value: unknown) => {
    // epoch milliseconds, the usual form of a date column, skip parsing
    if (typeof value === 'number') return Math.abs(value) <= 8.64e15 ? resolve(value) : INVALID;
    const date = parseLeadDate(value);
    return date === null ? INVALID : toDay(date);
  };
  const ids = resolveColumn(fields.get('id'), (value) => value);
  const statuses = resolveColumn(fields.get('status'), decoder.matchStatus);
  const created = resolveColumn(fields.get('createdAt'), dayOf);
  const dated = decoder.dateField === 'createdAt' ? created : resolveColumn(fields.get(decoder.dateField), dayOf);
  const targets = sink.fields.map((builder) => ({
    codes: builder.codes,
    source: resolveColumn(fields.get(builder.key), (value) => builder.encode(value)),
  }));
  // the row of each lead of the run, -1 for a record left out
  let rowOf = new Int32Array(0);
  return {
    recordCount: columns.length,
    // columns go in longer runs: each run is a few tight loops
    runLength: 16_384,
    read(start, end) {
      if (rowOf.length < end - start) rowOf = new Int32Array(end - start);
      const idValues = ids.kind === 'values' ? ids.values : null;
      for (let i = start; i < end; i++) {
        const id = idValues ? idValues[i] : readAt(ids, i);
        let status = INVALID_STATUS;
        if (isUsableId(id)) {
          if (statuses.kind === 'mapped') {
            const code = statuses.codes[i]!;
            status = code >= 0 && code < statuses.mapped.length ? statuses.mapped[code]! : statuses.missing;
          } else status = readAt(statuses, i);
        }
        let day = INVALID;
        if (status !== INVALID_STATUS) {
          const value = created.kind === 'values' ? created.values[i] : undefined;
          // epoch milliseconds inline: the usual date column, and most of a columnar ingest's work
          day = typeof value === 'number' ? (Math.abs(value) <= 8.64e15 ? resolve(value) : INVALID) : readAt(created, i);
        }
        if (Number.isNaN(day)) {
          sink.reject();
          rowOf[i - start] = -1;
          continue;
        }
        const placed = dated === created ? day : readAt(dated, i);
        rowOf[i - start] = sink.addLead(id as string | number, status, Number.isNaN(placed) ? UNDATED : placed);
      }
      for (const { codes: out, source } of targets) {
        if (source.kind === 'mapped') {
          // the hot loop of a columnar ingest: a code, a lookup, a store
          const { codes, mapped, missing } = source;
          const size = mapped.length;
          for (let i = start; i < end; i++) {
            const row = rowOf[i - start]!;
            if (row < 0) continue;
            const code = codes[i]!;
            out[row] = code >= 0 && code < size ? mapped[code]! : missing;
          }
        } else {
          for (let i = start; i < end; i++) {
            const row = rowOf[i - start]!;
            if (row >= 0) out[row] = readAt(source, i);
          }
        }
      }
    },
  };
}
