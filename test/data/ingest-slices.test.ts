import { expect } from '@open-wc/testing';
import { IngestJob, ingestLeads, ingestLeadsInSlices, readDataset } from '../../src/data/ingest.js';
import { packStore, unpackStore } from '../../src/worker/store-transfer.js';
import { generateDataset } from '../fixtures/generate.js';
import { fixture as managerData } from '../fixtures/manager.js';

describe('ingesting in steps', () => {
  const dataset = readDataset({ ...generateDataset({ count: 5000, seed: 3 }), rows: [{ date: '2026-01-01', status: 'new', count: 3 }] })!;
  const options = { timeZone: 'Asia/Ho_Chi_Minh' };

  it('gives the same store in slices as at once', async () => {
    const whole = ingestLeads(dataset, options);
    expect(await ingestLeadsInSlices(dataset, options, { slice: 0 })).to.deep.equal(whole);
  });

  it('goes 1,024 records at a time and pauses its finishing work', () => {
    const job = new IngestJob(dataset, options);
    expect(job.step(0)).to.equal(false);
    expect(job.done).to.equal(1024);
    expect(job.step()).to.equal(true);
    expect(job.done).to.equal(5001);
    let pieces = 0;
    const finishing = job.finishing();
    while (!finishing.next().done) pieces++;
    expect(pieces).to.be.greaterThan(4);
  });

  it('goes through lead objects and rows in shared runs of 1,024, then columns in runs of 16,384', () => {
    const lead = (id: number) => ({ id, status: 'new', createdAt: '2026-01-01' });
    const mixed = readDataset({
      leads: Array.from({ length: 1500 }, (_, k) => lead(k)),
      rows: Array.from({ length: 600 }, () => ({ date: '2026-01-01', status: 'new', count: 2 })),
      columns: {
        id: Array.from({ length: 20_000 }, (_, k) => 10_000 + k),
        status: { dictionary: ['new'], codes: new Array<number>(20_000).fill(0) },
      },
    })!;
    const job = new IngestJob(mixed, options);
    const done: number[] = [];
    while (!job.step(0)) done.push(job.done);
    expect([...done, job.done]).to.deep.equal([1024, 2048, 2100, 18_484, 22_100]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const pending = ingestLeadsInSlices(dataset, options, { signal: controller.signal, slice: 0 });
    controller.abort(new DOMException('gone', 'AbortError'));
    let error: unknown;
    await pending.catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('packs a store for a worker and unpacks it whole, moving its typed arrays', () => {
    const store = ingestLeads(readDataset(managerData)!, options);
    const copy = structuredClone(store);
    const { packed, transfer } = packStore(store);
    expect(transfer.length).to.be.greaterThan(5);
    const moved = structuredClone(packed, { transfer });
    expect(store.status.byteLength, 'the sender no longer holds the buffer').to.equal(0);
    expect(unpackStore(moved)).to.deep.equal(copy);
  });
});
