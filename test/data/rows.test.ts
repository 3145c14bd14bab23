import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDay } from '../../src/data/dates.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { ConversionBasis, LeadFilter } from '../../src/data/types.js';
import { referenceSummary } from '../reference.js';

const FIELDS = ['owner', 'source', 'priority', 'step', 'dim'] as const;

/** Raw leads with date-only createdAt, aggregated as a server would into SPEC §7 rows. */
function aggregate(leads: Record<string, unknown>[]) {
  const cells = new Map<string, Record<string, unknown>>();
  for (const lead of leads) {
    const row: Record<string, unknown> = { date: lead.createdAt, status: lead.status };
    for (const field of FIELDS) row[field] = lead[field] ?? null;
    const key = JSON.stringify(row);
    const cell = cells.get(key);
    if (cell) (cell.count as number)++;
    else cells.set(key, { ...row, count: 1 });
  }
  return [...cells.values()];
}

describe('pre-aggregated rows (SPEC §7)', () => {
  it('count as many leads as they say, on their calendar day in every zone', () => {
    const rows = [
      { date: '2026-03-08', owner: 'a', status: 'customer', count: 3 },
      { date: '2026-03-08', owner: 'a', status: 'new', count: 2 },
      { date: '2026-03-09', owner: 'b', status: 'Khách hàng', count: 4 },
      { date: '2026-03-09', owner: null, status: 'gone', count: 1 },
      { date: '2026-03-09', owner: 'b', status: 'new', count: 0 },
    ];
    for (const timeZone of ['Pacific/Kiritimati', 'Etc/GMT+8', 'America/New_York']) {
      const store = ingestLeads(readDataset({ owners: [{ id: 'a', label: 'An' }], rows })!, { timeZone });
      expect(store.leads).to.equal(10);
      const summary = summarize(store, { range: { from: parseDay('2026-03-08'), to: parseDay('2026-03-08') }, lang: 'en' });
      expect(summary.groups.map((g) => [g.key, g.total, g.won, g.base])).to.deep.equal([['a', 5, 3, 3]]);
      const all = summarize(store, { range: { from: null, to: null }, lang: 'en' });
      expect(all.totals).to.include({ total: 10, won: 7 });
      expect(all.totals.counts.unknown).to.equal(1);
    }
  });

  it('count rows without a usable date, status or count as invalid', () => {
    const rows = [
      { date: '2026-03-08', status: 'new', count: 1 },
      { date: '2026-03-08T10:00Z', status: 'new', count: 1 },
      { date: '2026-02-30', status: 'new', count: 1 },
      { date: '2026-03-08', status: '', count: 1 },
      { date: '2026-03-08', status: 'new', count: -1 },
      { date: '2026-03-08', status: 'new', count: 1.5 },
      { date: '2026-03-08', status: 'new', count: '2' },
      { date: '2026-03-08', status: 'new' },
      null,
    ];
    const store = ingestLeads(readDataset({ rows })!, { timeZone: 'UTC' });
    expect(store.excluded).to.deep.equal({ invalid: 8, duplicateId: 0 });
    expect(store.leads).to.equal(1);
  });

  it('give the same summary as the raw leads they aggregate, for every grouping and filter', () => {
    const value = fc.constantFrom('x', 'y', '1', null, '__proto__');
    const lead = fc.record({
      status: fc.constantFrom('new', 'assigned', 'customer', 'not_potential', 'duplicate', 'Khách hàng', 'odd'),
      createdAt: fc.constantFrom('2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'),
      owner: value,
      source: value,
      priority: value,
      step: value,
      dim: value,
    });
    const filter = fc.record(
      {
        owners: fc.array(value, { maxLength: 2 }),
        statuses: fc.array(fc.constantFrom('new', 'customer', 'unknown'), { maxLength: 2 }),
        dim: fc.array(value, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(lead, { maxLength: 60 }),
        fc.constantFrom(...FIELDS),
        filter,
        fc.option(fc.constantFrom('2026-03-07', '2026-03-08'), { nil: null }),
        fc.constantFrom<ConversionBasis>('assigned', 'qualified', 'closed'),
        (raw, groupBy, listFilter, from, conversionBasis) => {
          const leads = raw.map((l, i) => ({ ...l, id: i + 1 }));
          const declared = { owners: [{ id: 'x', label: 'Ex' }], dimensions: [{ key: 'dim', options: [{ id: 'y' }] }] };
          const options = {
            range: { from: from && parseDay(from), to: null },
            groupBy,
            filter: listFilter as LeadFilter,
            conversionBasis,
            lang: 'vi' as const,
          };
          const fromLeads = summarize(ingestLeads(readDataset({ ...declared, leads })!, { timeZone: 'Asia/Ho_Chi_Minh' }), options);
          const rowsData = { ...declared, rows: aggregate(leads) };
          const fromRows = summarize(ingestLeads(readDataset(rowsData)!, { timeZone: 'Asia/Ho_Chi_Minh' }), options);
          expect(fromRows).to.deep.equal(fromLeads);
          expect(fromRows).to.deep.equal(
            referenceSummary(rowsData, {
              timeZone: 'Asia/Ho_Chi_Minh',
              from,
              to: null,
              groupBy,
              conversionBasis,
              filter: listFilter as Record<string, unknown>,
            }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
