import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';

const STATUSES = ['new', 'assigned', 'in_progress', 'customer', 'not_potential', 'stopped', 'duplicate'];
const DAY = 86_400_000;

/** `count` leads as a columns payload (dictionary-encoded owner and status, epoch-ms dates). */
function columns(count: number) {
  const owners = Array.from({ length: 50 }, (_, k) => `u${k}`);
  return {
    owners: owners.map((id) => ({ id, label: id.toUpperCase() })),
    columns: {
      id: Array.from({ length: count }, (_, i) => i),
      status: { dictionary: STATUSES, codes: Array.from({ length: count }, (_, i) => (i * 7919) % STATUSES.length) },
      createdAt: Array.from({ length: count }, (_, i) => Date.UTC(2026, 0, 1) + (i % 365) * DAY),
      owner: { dictionary: owners, codes: Array.from({ length: count }, (_, i) => (i * 31) % owners.length) },
    },
  };
}

describe('<lead-dashboard> .data ingest', () => {
  it('ingests a columnar .data of 300,000 leads in slices, as it does leads and rows, and updateComplete waits for it', async () => {
    const dataset = columns(300_000);
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone="UTC"></lead-dashboard>`);
    el.data = dataset;
    // sliced: nothing is ingested in this task, so the page is not blocked for the whole dataset
    expect(el.summary).to.equal(undefined);
    await el.updateComplete;
    expect(el.summary).to.deep.equal(
      summarize(ingestLeads(readDataset(dataset)!, { timeZone: 'UTC' }), { range: { from: null, to: null }, lang: 'en' }),
    );
    expect(el.summary!.totals.total).to.equal(300_000);
  });

  it('ingests a small columnar .data at once, so .summary follows at once', async () => {
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone="UTC"></lead-dashboard>`);
    el.data = columns(1000);
    expect(el.summary!.totals.total).to.equal(1000);
  });
});
