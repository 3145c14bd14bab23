/**
 * What the readers of the three payload forms (SPEC §3, §7) have in common: lead objects, pre-aggregated
 * rows and columnar leads are each read by a {@link PayloadReader} into one {@link RowSink}.
 */
import { createDayResolver, type LeadDate } from './dates.js';
import { UNDATED } from './row-sink.js';
import { createStatusMatcher, type StatusEntry } from './statuses.js';
import type { DateField } from './types.js';

/**
 * The reader of one payload form: it validates each record and writes the usable ones into the sink
 * it was made with, counting the others there.
 */
export interface PayloadReader {
  /** Records in the payload, usable or not. */
  readonly recordCount: number;
  /** How many records to read between two looks at the clock: a few milliseconds of work. */
  readonly runLength: number;
  /** Reads records `start` (inclusive) to `end` (exclusive) into the sink; of repeated ids, the last read wins. */
  read(start: number, end: number): void;
}

/** How readers decode a record's status and dates, the same for every form. */
export interface RecordDecoder {
  /** Which date places a lead in a range. */
  readonly dateField: DateField;
  /** The index of a raw status in the status set, the set's size for an unknown one, or `INVALID_STATUS` for a blank one. */
  readonly matchStatus: (raw: unknown) => number;
  /** The calendar day of a parsed date, or {@link UNDATED} for none. */
  readonly dayOfDate: (date: LeadDate | null) => number;
  /** The calendar day of an instant in epoch milliseconds. */
  readonly dayOfInstant: (ms: number) => number;
}

/** The decoder of an ingest: `statuses` matched as SPEC §2 says, days in `timeZone`. */
export function createRecordDecoder(statuses: readonly StatusEntry[], timeZone: string, dateField: DateField): RecordDecoder {
  const dayOfInstant = createDayResolver(timeZone);
  return {
    dateField,
    matchStatus: createStatusMatcher(statuses),
    dayOfDate: (date) => (date === null ? UNDATED : date.day !== undefined ? date.day : dayOfInstant(date.ms)),
    dayOfInstant,
  };
}

/** Whether a raw lead id is usable: a finite number, or a string that is not blank (SPEC §3). */
export function isUsableId(id: unknown): id is string | number {
  return typeof id === 'number' ? Number.isFinite(id) : typeof id === 'string' && id.trim() !== '';
}
