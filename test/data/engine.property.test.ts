import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDay } from '../../src/data/dates.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { ConversionBasis, DateField, Lang, LeadFilter } from '../../src/data/types.js';
import { referenceSummary } from '../reference.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Etc/GMT+8'];
const DAYS = ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'];
const ids = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '1', '__proto__', 'constructor', ' ', ''),
  fc.integer({ min: 1, max: 3 }),
  fc.constant(null),
);
const fieldValue = fc.oneof(
  fc.constantFrom('x', 'y', 'z', '1', 'toString', '__proto__', '', '   '),
  fc.integer({ min: 1, max: 2 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({ nested: true }),
);
const status = fc.oneof(
  fc.constantFrom('new', 'assigned', 'in_progress', 'customer', 'not_potential', 'stopped', 'duplicate'),
  fc.constantFrom('Khách hàng', ' NEW ', 'Đang  xử lý', 'duplicate contact', 'lost', 'hasOwnProperty', '', '  '),
  fc.constant(7),
  fc.constant(null),
);
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
const pad = (n: number) => String(n).padStart(2, '0');
const leadDate = fc.oneof(
  fc.constantFrom(...DAYS),
  fc
    .tuple(
      fc.constantFrom(...DAYS),
      clock,
      fc.constantFrom('Z', '+07:00', '-05:00', '+05:30', '+14:00', '', '.5Z'),
      fc.constantFrom('T', ' '),
    )
    .map(([day, [h, m], zone, sep]) => `${day}${sep}${pad(h)}:${pad(m)}${zone === '.5Z' ? ':07.5Z' : zone}`),
  fc.tuple(fc.integer({ min: 5, max: 10 }), fc.integer({ min: 0, max: 47 })).map(([d, half]) => Date.UTC(2026, 2, d, 0, half * 30)),
  fc.constantFrom('2026-02-30', '03/08/2026', '2026-03-08T24:00Z', 'soon', '', NaN),
);
const lead = fc.record(
  {
    id: ids,
    status,
    createdAt: leadDate,
    assignedAt: leadDate,
    owner: fieldValue,
    source: fieldValue,
    priority: fieldValue,
    step: fieldValue,
    steps: fc.array(fc.record({ step: fieldValue, at: leadDate }), { maxLength: 3 }),
    dim: fieldValue,
  },
  { requiredKeys: ['id', 'status', 'createdAt'] },
);
const options = fc.array(fc.record({ id: fc.constantFrom('x', 'y', 'z', 1, 'toString', ''), label: fc.constantFrom('Xa', 'Ya', 'ya') }), {
  maxLength: 4,
});
const dataset = fc.record({
  leads: fc.array(fc.oneof({ weight: 20, arbitrary: lead }, { weight: 1, arbitrary: fc.constantFrom(null, 'x', [] as unknown) }), {
    maxLength: 40,
  }),
  owners: options,
  sources: options,
  priorities: options,
  steps: options,
  dimensions: fc.constant([{ key: 'dim', label: 'Dim', options: [{ id: 'y', label: 'Why' }, { id: 'q' }] }]),
});
const filterList = fc.array(
  fc.oneof(
    fc.constantFrom('x', 'y', '1', 'a', 'toString', '__proto__', 'new', 'customer', 'unknown', 'duplicate'),
    fc.constant(null),
    fc.constant(1),
  ),
  {
    maxLength: 3,
  },
);
const bound = fc.option(fc.constantFrom('2026-03-05', ...DAYS, '2026-03-11'), { nil: null });

const FILTER_KEYS = ['owners', 'sources', 'priorities', 'steps', 'statuses', 'dim'];
const GROUP_BYS = ['owner', 'source', 'priority', 'step', 'dim'];
/** Every subset of the list filters. */
const filterCombinations = Array.from({ length: 1 << FILTER_KEYS.length }, (_, mask) => FILTER_KEYS.filter((_, k) => mask & (1 << k)));

describe('the engine against a naive reference on random data', () => {
  for (const groupBy of GROUP_BYS) {
    it(`gives the reference's summary grouped by ${groupBy}, for every combination of list filters`, () => {
      for (const keys of filterCombinations) {
        fc.assert(
          fc.property(
            dataset,
            fc.tuple(...keys.map(() => filterList)),
            fc.constantFrom(...ZONES),
            bound,
            bound,
            fc.constantFrom<DateField>('createdAt', 'assignedAt'),
            fc.constantFrom<ConversionBasis>('assigned', 'qualified', 'closed'),
            fc.constantFrom<Lang>('vi', 'en'),
            (data, lists, timeZone, from, to, dateField, conversionBasis, lang) => {
              const filter: LeadFilter = Object.fromEntries(keys.map((key, k) => [key, lists[k]!]));
              const [lo, hi] = from !== null && to !== null && from > to ? [to, from] : [from, to];
              const store = ingestLeads(readDataset(data)!, { timeZone, dateField });
              const summary = summarize(store, {
                range: { from: lo === null ? null : parseDay(lo), to: hi === null ? null : parseDay(hi) },
                groupBy,
                filter,
                conversionBasis,
                lang,
              });
              expect(summary).to.deep.equal(
                referenceSummary(data, { timeZone, dateField, from: lo, to: hi, groupBy, filter, conversionBasis, lang }),
              );
            },
          ),
          { numRuns: 6 },
        );
      }
    });
  }
});
