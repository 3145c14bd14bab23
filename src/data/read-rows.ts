/**
 * The reader of pre-aggregated rows (SPEC §7): `{date, status, count, owner?, source?, priority?, step?}`.
 */
import { parseDay } from './dates.js';
import type { PayloadReader, RecordDecoder } from './payload-reader.js';
import type { RowSink } from './row-sink.js';
import { INVALID_STATUS } from './statuses.js';

/**
 * Reads pre-aggregated rows into a weighted `sink`, 1,024 at a time: each becomes a row of `count`
 * leads on the calendar day `date` (the server already chose the date field and zone). A row without
 * a usable status, a `YYYY-MM-DD` date or a count that is a non-negative safe integer is counted as
 * invalid; a row of count 0 is valid and adds nothing. Rows carry no id: they are never deduplicated.
 */
export function createRowReader(rows: readonly unknown[], decoder: RecordDecoder, sink: RowSink): PayloadReader {
  const { matchStatus } = decoder;
  return {
    recordCount: rows.length,
    runLength: 1024,
    read(start, end) {
      for (let i = start; i < end; i++) {
        const record = rows[i] as Record<string, unknown> | null;
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
          sink.reject();
          continue;
        }
        const count = record.count;
        const status = matchStatus(record.status);
        const day = parseDay(record.date);
        if (status === INVALID_STATUS || day === null || !(Number.isSafeInteger(count) && (count as number) >= 0)) {
          sink.reject();
          continue;
        }
        if (count === 0) continue;
        sink.encodeRecord(sink.addWeighted(status, day, count as number), record, record.step);
      }
    },
  };
}
