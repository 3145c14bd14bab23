import { expect } from '@open-wc/testing';
import { parseDay } from '../../src/data/dates.js';
import { IngestJob, readDataset, recordCount, type Column } from '../../src/data/ingest.js';
import { createRecordDecoder } from '../../src/data/payload-reader.js';
import { createColumnReader } from '../../src/data/read-columns.js';
import { createLeadReader } from '../../src/data/read-leads.js';
import { createRowReader } from '../../src/data/read-rows.js';
import { RowSink, UNDATED, type RowSinkOptions } from '../../src/data/row-sink.js';
import { DEFAULT_STATUSES } from '../../src/data/statuses.js';

describe('recordCount', () => {
  it('counts every lead object, usable or not', () => {
    expect(recordCount(readDataset([{ id: 1, status: 'new', createdAt: '2026-01-01' }, null, { id: '' }])!)).to.equal(3);
  });

  it('counts a pre-aggregated row as one record, whatever its count', () => {
    const rows = [
      { date: '2026-01-01', status: 'new', count: 40 },
      { date: '2026-01-01', status: 'new', count: 0 },
    ];
    expect(recordCount(readDataset({ rows })!)).to.equal(2);
  });

  it('counts the length of the columns, plain or dictionary-encoded', () => {
    const columns = { id: [1, 2, 3, 4], status: { dictionary: ['new'], codes: [0, 0, 0, 7] } };
    expect(recordCount(readDataset({ columns })!)).to.equal(4);
    expect(recordCount(readDataset({ columns: {} })!)).to.equal(0);
  });

  it('adds up the leads, rows and columns of a mixed dataset', () => {
    const dataset = readDataset({
      leads: [{ id: 1 }, { id: 2 }],
      rows: [{ date: '2026-01-01', status: 'new', count: 5 }],
      columns: { id: [3, 4, 5] },
    })!;
    expect(recordCount(dataset)).to.equal(6);
  });

  it('is zero for an empty dataset', () => {
    expect(recordCount({ leads: [], rows: [], columns: null })).to.equal(0);
  });

  it('is how many records an ingest job goes through', () => {
    const dataset = readDataset({ leads: [{ id: 1 }], rows: [null], columns: { id: [3, 4] } })!;
    const job = new IngestJob(dataset, { timeZone: 'UTC' });
    expect(job.total).to.equal(4);
    job.step();
    expect(job.done).to.equal(recordCount(dataset));
  });
});

/** Status indices of the default set. */
const NEW = 0;
const CUSTOMER = 3;
const UNKNOWN = DEFAULT_STATUSES.length;
const day = (date: string) => parseDay(date)!;

/** A sink with room for `rows` rows, unweighted unless told. */
function createSink(rows: number, options: Partial<RowSinkOptions> = {}): RowSink {
  return new RowSink({ rows, ids: rows, weighted: false, unknownStatus: UNKNOWN, declared: {}, dimensions: [], ...options });
}

/** The rows of a sink, for exact comparison: status, day, weight and the id of each field's value. */
function rowsOf(sink: RowSink, keys: string[] = ['owner']): Record<string, unknown>[] {
  return Array.from({ length: sink.rows }, (_, row) => {
    const fields = Object.fromEntries(
      sink.fields.filter((field) => keys.includes(field.key)).map((field) => [field.key, field.ids[field.codes[row]!]]),
    );
    return { status: sink.status[row], day: sink.day[row], weight: sink.weight?.[row], superseded: sink.superseded[row], ...fields };
  });
}

/** The value of a field in each row of a sink, as its id. */
function valuesOf(sink: RowSink, key: string): (string | null | undefined)[] {
  const field = sink.fields.find((candidate) => candidate.key === key)!;
  return Array.from(field.codes.subarray(0, sink.rows), (code) => field.ids[code]);
}

const utc = createRecordDecoder(DEFAULT_STATUSES, 'UTC', 'createdAt');

describe('createLeadReader', () => {
  it('holds as many records as the array and reads them 1,024 at a time', () => {
    const reader = createLeadReader([null, {}, {}], utc, createSink(3));
    expect(reader.recordCount).to.equal(3);
    expect(reader.runLength).to.equal(1024);
  });

  it('writes a usable lead as a row: its status index, the day of createdAt in the zone, a code per field', () => {
    const sink = createSink(1, { declared: { owners: [{ id: 'b' }] } });
    const lead = {
      id: 1,
      status: 'Khách hàng',
      createdAt: '2026-03-08T23:30:00-05:00',
      owner: 'a',
      source: 7,
      priority: ' ',
      step: 'call',
    };
    createLeadReader([lead], utc, sink).read(0, 1);
    expect(rowsOf(sink, ['owner', 'source', 'priority', 'step'])).to.deep.equal([
      { status: CUSTOMER, day: day('2026-03-09'), weight: undefined, superseded: 0, owner: 'a', source: '7', priority: null, step: 'call' },
    ]);
    expect(sink.owner.ids, 'declared options first, then values as they appear').to.deep.equal([null, 'b', 'a']);
  });

  it('counts a record without a usable id, status or createdAt as invalid, and writes no row for it', () => {
    const leads = [
      null,
      [{ id: 1 }],
      'lead',
      { id: '  ', status: 'new', createdAt: '2026-01-01' },
      { id: NaN, status: 'new', createdAt: '2026-01-01' },
      { id: 1, status: '', createdAt: '2026-01-01' },
      { id: 1, status: 'new', createdAt: '2021-02-30' },
      { id: 1, status: 'new', createdAt: '06/30/2017' },
      { id: 1, status: 'new' },
    ];
    const sink = createSink(leads.length);
    createLeadReader(leads, utc, sink).read(0, leads.length);
    expect([sink.rows, sink.invalid, sink.duplicateId]).to.deep.equal([0, 9, 0]);
  });

  it('lets the last lead of an id win: 4563 and "4563" are one id, "007" is not 7', () => {
    const leads = [4563, '007', '4563', 7].map((id) => ({ id, status: 'new', createdAt: '2026-01-01' }));
    const sink = createSink(leads.length);
    createLeadReader(leads, utc, sink).read(0, leads.length);
    expect(Array.from(sink.superseded)).to.deep.equal([1, 0, 0, 0]);
    expect(sink.duplicateId).to.equal(1);
  });

  it('notes a status outside the set as the unknown status', () => {
    const sink = createSink(1);
    createLeadReader([{ id: 1, status: 'odd', createdAt: '2026-01-01' }], utc, sink).read(0, 1);
    expect([sink.status[0], sink.sawUnknown]).to.deep.equal([UNKNOWN, true]);
  });

  it('places a lead on the day of the date field, read from own properties, undated without a usable one', () => {
    const decoder = createRecordDecoder(DEFAULT_STATUSES, 'Asia/Ho_Chi_Minh', 'assignedAt');
    const inherited = Object.assign(Object.create({ assignedAt: '2026-02-01' }) as object, {
      id: 3,
      status: 'new',
      createdAt: '2026-01-01',
    });
    const leads = [
      { id: 1, status: 'new', createdAt: '2026-01-01', assignedAt: Date.UTC(2026, 0, 4, 20) },
      { id: 2, status: 'new', createdAt: '2026-01-01', assignedAt: 'soon' },
      inherited,
      { id: 4, status: 'new', createdAt: '2026-01-01' },
    ];
    const sink = createSink(leads.length);
    createLeadReader(leads, decoder, sink).read(0, leads.length);
    expect(Array.from(sink.day)).to.deep.equal([day('2026-01-05'), UNDATED, UNDATED, UNDATED]);
  });

  it('takes the current step from step, else the steps[] entry with the latest valid at', () => {
    const base = { status: 'new', createdAt: '2026-01-01' };
    const steps = [
      { step: 'call', at: '2026-01-02' },
      { step: 'meet', at: '2026-01-03T09:00Z' },
      { step: 'lost', at: 'later' },
      { step: ' ', at: '2026-01-09' },
    ];
    const leads = [
      { ...base, id: 1, step: 'quote', steps },
      { ...base, id: 2, step: '', steps },
      { ...base, id: 3, steps: 'none' },
    ];
    const sink = createSink(leads.length);
    createLeadReader(leads, utc, sink).read(0, leads.length);
    expect(valuesOf(sink, 'step')).to.deep.equal(['quote', 'meet', null]);
  });

  it('reads a declared dimension from own properties only: "constructor" and "toString" are ordinary values', () => {
    const sink = createSink(3, { dimensions: [{ key: 'tier' }] });
    const leads = [
      { id: 1, status: 'new', createdAt: '2026-01-01', tier: 'constructor' },
      Object.assign(Object.create({ tier: 'gold' }) as object, { id: 2, status: 'new', createdAt: '2026-01-01' }),
      { id: 3, status: 'new', createdAt: '2026-01-01', tier: 'toString' },
    ];
    createLeadReader(leads, utc, sink).read(0, leads.length);
    expect(valuesOf(sink, 'tier')).to.deep.equal(['constructor', null, 'toString']);
  });

  it('reads only the records from start to end', () => {
    const leads = [1, 2, 3, 4].map((id) => ({ id, status: 'new', createdAt: '2026-01-01', owner: `o${id}` }));
    const sink = createSink(leads.length);
    createLeadReader(leads, utc, sink).read(1, 3);
    expect(valuesOf(sink, 'owner')).to.deep.equal(['o2', 'o3']);
  });
});

describe('createRowReader', () => {
  it('holds as many records as the array and reads them 1,024 at a time', () => {
    const reader = createRowReader([null, {}], utc, createSink(2, { weighted: true }));
    expect(reader.recordCount).to.equal(2);
    expect(reader.runLength).to.equal(1024);
  });

  it('writes a row of count leads on its calendar day, whatever the zone', () => {
    const decoder = createRecordDecoder(DEFAULT_STATUSES, 'Pacific/Kiritimati', 'createdAt');
    const sink = createSink(2, { weighted: true, dimensions: [{ key: 'tier' }] });
    const rows = [
      { date: '2026-03-08', status: 'Khách hàng', count: 4, owner: 'b', step: 'call', tier: 'gold' },
      { date: '2026-03-09', status: 'new', count: 2 ** 40, owner: null },
    ];
    createRowReader(rows, decoder, sink).read(0, rows.length);
    expect(rowsOf(sink, ['owner', 'step', 'tier'])).to.deep.equal([
      { status: CUSTOMER, day: day('2026-03-08'), weight: 4, superseded: 0, owner: 'b', step: 'call', tier: 'gold' },
      { status: NEW, day: day('2026-03-09'), weight: 2 ** 40, superseded: 0, owner: null, step: null, tier: null },
    ]);
  });

  it('counts a row without a usable date, status or count as invalid, and adds nothing for a count of 0', () => {
    const rows = [
      null,
      { date: '2026-03-08T10:00Z', status: 'new', count: 1 },
      { date: '2026-02-30', status: 'new', count: 1 },
      { date: '2026-03-08', status: ' ', count: 1 },
      { date: '2026-03-08', status: 'new', count: -1 },
      { date: '2026-03-08', status: 'new', count: 1.5 },
      { date: '2026-03-08', status: 'new', count: '2' },
      { date: '2026-03-08', status: 'new', count: 2 ** 53 },
      { date: '2026-03-08', status: 'new' },
      { date: '2026-03-08', status: 'new', count: 0 },
    ];
    const sink = createSink(rows.length, { weighted: true });
    createRowReader(rows, utc, sink).read(0, rows.length);
    expect([sink.rows, sink.invalid]).to.deep.equal([0, 9]);
  });

  it('never deduplicates: rows carry no id', () => {
    const row = { date: '2026-03-08', status: 'new', count: 1, id: 1 };
    const sink = createSink(2, { weighted: true });
    createRowReader([row, row], utc, sink).read(0, 2);
    expect([sink.rows, sink.duplicateId, ...sink.superseded]).to.deep.equal([2, 0, 0, 0]);
  });
});

describe('createColumnReader', () => {
  const columnsOf = (fields: Record<string, Column>) => {
    const lengths = Object.values(fields).map((column) => ('values' in column ? column.values.length : column.codes.length));
    return { length: lengths[0] ?? 0, fields: new Map(Object.entries(fields)) };
  };

  it('holds as many records as the columns are long and reads them 16,384 at a time', () => {
    const reader = createColumnReader(columnsOf({ id: { values: [1, 2, 3] } }), utc, createSink(3));
    expect(reader.recordCount).to.equal(3);
    expect(reader.runLength).to.equal(16_384);
  });

  it('writes the leads of plain and dictionary-encoded columns as rows', () => {
    const sink = createSink(3);
    const columns = columnsOf({
      id: { values: [1, 2, 3] },
      status: { dictionary: ['customer', 'new'], codes: [0, 1, 0] },
      createdAt: { values: [Date.UTC(2026, 0, 1, 23), '2026-01-02', '2026-01-03T00:30:00+01:00'] },
      owner: { dictionary: ['a', 'b'], codes: [1, 0, 1] },
    });
    createColumnReader(columns, utc, sink).read(0, 3);
    expect(rowsOf(sink)).to.deep.equal([
      { status: CUSTOMER, day: day('2026-01-01'), weight: undefined, superseded: 0, owner: 'b' },
      { status: NEW, day: day('2026-01-02'), weight: undefined, superseded: 0, owner: 'a' },
      { status: CUSTOMER, day: day('2026-01-02'), weight: undefined, superseded: 0, owner: 'b' },
    ]);
  });

  it("encodes each dictionary into the sink's dictionaries when it is made, entries used or not", () => {
    const sink = createSink(1, { declared: { owners: [{ id: 'b' }] } });
    createColumnReader(columnsOf({ owner: { dictionary: ['a', 'b', null, 'c'], codes: [0] } }), utc, sink);
    expect(sink.owner.ids).to.deep.equal([null, 'b', 'a', 'c']);
    expect(sink.rows).to.equal(0);
  });

  it('counts a lead without a usable id, status or createdAt as invalid', () => {
    const sink = createSink(6);
    const columns = columnsOf({
      id: { values: [1, ' ', 3, 4, 5, 6] },
      status: { dictionary: ['new', ''], codes: [0, 0, 1, 0, 0, 0] },
      createdAt: { values: ['2026-01-01', '2026-01-01', '2026-01-01', 9e15, 'soon', '2026-01-01'] },
    });
    createColumnReader(columns, utc, sink).read(0, 6);
    expect([sink.rows, sink.invalid]).to.deep.equal([2, 4]);
  });

  it('counts a code outside its dictionary as a missing value', () => {
    const sink = createSink(4);
    const columns = columnsOf({
      id: { values: [1, 2, 3, 4] },
      status: { dictionary: ['new'], codes: [0, 0, 0, 1] },
      createdAt: { dictionary: ['2026-01-01'], codes: [0, 0, -1, 0] },
      owner: { dictionary: ['a'], codes: [0, 5, 0, 0] },
    });
    createColumnReader(columns, utc, sink).read(0, 4);
    expect(valuesOf(sink, 'owner')).to.deep.equal(['a', null]);
    expect(sink.invalid).to.equal(2);
  });

  it('places a lead on the day of the date field, undated without a usable one', () => {
    const decoder = createRecordDecoder(DEFAULT_STATUSES, 'UTC', 'assignedAt');
    const sink = createSink(3);
    const columns = columnsOf({
      id: { values: [1, 2, 3] },
      status: { values: ['new', 'new', 'new'] },
      createdAt: { values: ['2026-01-01', '2026-01-01', '2026-01-01'] },
      assignedAt: { dictionary: ['2026-01-05', 'soon'], codes: [0, 1, 2] },
    });
    createColumnReader(columns, decoder, sink).read(0, 3);
    expect(Array.from(sink.day)).to.deep.equal([day('2026-01-05'), UNDATED, UNDATED]);
  });

  it('lets the last lead of an id win across runs, and after lead objects in the same sink', () => {
    const sink = createSink(4);
    createLeadReader([{ id: 1, status: 'new', createdAt: '2026-01-01' }], utc, sink).read(0, 1);
    const reader = createColumnReader(
      columnsOf({ id: { values: ['1', 2, 2] }, status: { values: ['new', 'new', 'new'] }, createdAt: { values: [0, 0, 0] } }),
      utc,
      sink,
    );
    reader.read(0, 2);
    reader.read(2, 3);
    expect(Array.from(sink.superseded)).to.deep.equal([1, 0, 1, 0]);
    expect(sink.duplicateId).to.equal(2);
  });

  it('reads only the records from start to end, each run into the rows that follow', () => {
    const sink = createSink(4);
    const columns = columnsOf({
      id: { values: [1, 2, 3, 4] },
      status: { values: ['new', 'new', 'new', 'new'] },
      createdAt: { values: [0, 0, 0, 0] },
      owner: { dictionary: ['a', 'b', 'c', 'd'], codes: [0, 1, 2, 3] },
    });
    const reader = createColumnReader(columns, utc, sink);
    reader.read(2, 4);
    reader.read(0, 1);
    expect(valuesOf(sink, 'owner')).to.deep.equal(['c', 'd', 'a']);
  });
});
