import { expect } from '@open-wc/testing';
import { IngestJob, readDataset, recordCount } from '../../src/data/ingest.js';

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
