/**
 * The reader of lead objects (SPEC §3): `leads`, or a bare array.
 */
import { leadDateOrder, parseLeadDate } from './dates.js';
import { isUsableId, type PayloadReader, type RecordDecoder } from './payload-reader.js';
import { ownValue, type RowSink } from './row-sink.js';
import { INVALID_STATUS, toId } from './statuses.js';

/** The current step of a lead: `step`, else the `steps[]` entry with the latest valid `at`. */
function currentStep(lead: Record<string, unknown>): unknown {
  if (toId(lead.step) !== null) return lead.step;
  const history = lead.steps;
  if (!Array.isArray(history)) return null;
  let latest: unknown = null;
  let latestAt = -Infinity;
  for (const entry of history as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const { step, at } = entry as { step?: unknown; at?: unknown };
    const date = parseLeadDate(at);
    if (date === null || toId(step) === null) continue;
    const order = leadDateOrder(date);
    if (order >= latestAt) {
      latestAt = order;
      latest = step;
    }
  }
  return latest;
}

/**
 * Reads lead objects into `sink`, 1,024 at a time. A lead is a row when it is an object with a
 * usable id, status and `createdAt`; else it is counted as invalid. Its row is on the day of the
 * decoder's date field (undated when that date is missing or unusable); dimensions and date fields
 * other than `createdAt` are read from own properties only.
 */
export function createLeadReader(leads: readonly unknown[], decoder: RecordDecoder, sink: RowSink): PayloadReader {
  const { dateField, matchStatus, dayOfDate } = decoder;
  return {
    recordCount: leads.length,
    runLength: 1024,
    read(start, end) {
      for (let i = start; i < end; i++) {
        const lead = leads[i] as Record<string, unknown> | null;
        if (lead === null || typeof lead !== 'object' || Array.isArray(lead)) {
          sink.reject();
          continue;
        }
        const id = lead.id;
        const status = isUsableId(id) ? matchStatus(lead.status) : INVALID_STATUS;
        const created = status === INVALID_STATUS ? null : parseLeadDate(lead.createdAt);
        if (created === null) {
          sink.reject();
          continue;
        }
        const day = dayOfDate(dateField === 'createdAt' ? created : parseLeadDate(ownValue(lead, dateField)));
        sink.encodeRecord(sink.addLead(id as string | number, status, day), lead, currentStep(lead));
      }
    },
  };
}
