import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDay } from '../../src/data/dates.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { ConversionBasis, LeadFilter } from '../../src/data/types.js';
import { referenceSummary } from '../reference.js';

const FIELDS = ['id', 'status', 'createdAt', 'assignedAt', 'owner', 'source', 'priority', 'step', 'dim'] as const;

/** Leads as columns: every field an array, or (when `dictionary` holds the field) dictionary-encoded. */
function toColumns(leads: Record<string, unknown>[], dictionary: ReadonlySet<string>) {
  const columns: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const values = leads.map((lead) => lead[field]);
    if (!dictionary.has(field)) {
      columns[field] = values;
      continue;
    }
    const entries: unknown[] = [];
    const index = new Map<unknown, number>();
    const codes = values.map((value) => {
      if (!index.has(value)) {
        index.set(value, entries.length);
        entries.push(value);
      }
      return index.get(value)!;
    });
    columns[field] = { dictionary: entries, codes };
  }
  return columns;
}

describe('columnar leads (SPEC §7)', () => {
  it('read plain and dictionary-encoded columns of one length, and refuse ragged ones', () => {
    const columns = { id: [1, 2], status: { dictionary: ['new', 'customer'], codes: [0, 1] }, createdAt: ['2026-01-01', 1767312000000] };
    const dataset = readDataset({ columns })!;
    expect(dataset.columns!.length).to.equal(2);
    const store = ingestLeads(dataset, { timeZone: 'UTC' });
    expect(store.leads).to.equal(2);
    expect(summarize(store, { range: { from: null, to: null }, lang: 'en' }).totals).to.include({ total: 2, won: 1 });
    for (const ragged of [
      { id: [1, 2], status: ['new'] },
      { id: [1], status: { dictionary: ['new'], codes: [0, 0] } },
      { id: 'x' },
      { id: { codes: [0] } },
      [],
    ]) {
      expect(readDataset({ columns: ragged }), JSON.stringify(ragged)).to.equal(null);
    }
  });

  it('count a code outside its dictionary as a missing value', () => {
    const columns = {
      id: [1, 2, 3],
      status: ['new', 'new', 'new'],
      createdAt: ['2026-01-01', '2026-01-01', '2026-01-01'],
      owner: { dictionary: ['a'], codes: [0, 5, -1] },
    };
    const summary = summarize(ingestLeads(readDataset({ columns })!, { timeZone: 'UTC' }), { range: { from: null, to: null }, lang: 'en' });
    expect(summary.groups.map((g) => [g.key, g.total])).to.deep.equal([
      ['a', 1],
      [null, 2],
    ]);
  });

  it('give the same summary as the same leads as objects, for every grouping, filter and encoding', () => {
    const value = fc.constantFrom('x', 'y', '1', 1, null, '', '__proto__');
    const lead = fc.record({
      id: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom('a', 'b', '', null)),
      status: fc.constantFrom('new', 'assigned', 'customer', 'not_potential', 'duplicate', 'Khách hàng', 'odd', ''),
      createdAt: fc.oneof(
        fc.constantFrom('2026-03-07', '2026-03-08', '2026-03-08T23:30:00-05:00', '2026-02-30', 'soon'),
        fc.integer({ min: Date.UTC(2026, 2, 6), max: Date.UTC(2026, 2, 10) }),
      ),
      assignedAt: fc.constantFrom('2026-03-08', undefined, 'bad'),
      owner: value,
      source: value,
      priority: value,
      step: value,
      dim: value,
    });
    fc.assert(
      fc.property(
        fc.array(lead, { maxLength: 50 }),
        fc.subarray([...FIELDS]),
        fc.constantFrom('owner', 'source', 'priority', 'step', 'dim'),
        fc.constantFrom<'createdAt' | 'assignedAt'>('createdAt', 'assignedAt'),
        fc.option(fc.constantFrom('2026-03-07', '2026-03-08'), { nil: null }),
        fc.constantFrom<ConversionBasis>('assigned', 'qualified', 'closed'),
        fc.record(
          { owners: fc.array(value, { maxLength: 2 }), statuses: fc.array(fc.constantFrom('new', 'unknown'), { maxLength: 1 }) },
          { requiredKeys: [] },
        ),
        (leads, encoded, groupBy, dateField, from, conversionBasis, filter) => {
          const declared = { owners: [{ id: 'x', label: 'Ex' }], dimensions: [{ key: 'dim', options: [{ id: 'y' }] }] };
          const options = {
            range: { from: from && parseDay(from), to: from && parseDay(from) },
            groupBy,
            filter: filter as LeadFilter,
            conversionBasis,
            lang: 'vi' as const,
          };
          const ingest = { timeZone: 'America/New_York', dateField };
          const fromObjects = summarize(ingestLeads(readDataset({ ...declared, leads })!, ingest), options);
          const columnar = { ...declared, columns: toColumns(leads, new Set(encoded)) };
          expect(summarize(ingestLeads(readDataset(columnar)!, ingest), options)).to.deep.equal(fromObjects);
          expect(fromObjects).to.deep.equal(
            referenceSummary(columnar, {
              timeZone: 'America/New_York',
              dateField,
              from,
              to: from,
              groupBy,
              conversionBasis,
              filter: filter as Record<string, unknown>,
            }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
