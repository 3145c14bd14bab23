import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import type { LeadDataLoadEvent } from '../../src/events/lead-data-load.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import { generateDataset } from '../fixtures/generate.js';

// How long the main thread is blocked is measured by the end-to-end check (test/e2e), where one page
// runs alone; here, beside other test pages on the same cores, only the behaviour is checked.

const LARGE = 200_000;
const OPTIONS = { count: LARGE, owners: 120, days: 540, seed: 11 };
let url = '';

describe('a huge payload', function () {
  this.timeout(120_000);

  before(async () => {
    // made in Node and served as a static file: no generator or mock runs on the page's thread
    url = await executeServerCommand<string, object>('generate-dataset', { name: 'large', options: OPTIONS });
  });

  it(`parses and ingests ${LARGE.toLocaleString('en')} leads from api in a worker, with the same numbers`, async () => {
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone="Asia/Ho_Chi_Minh"></lead-dashboard>`);
    const loaded = oneEvent(el, 'lead-data-load') as Promise<LeadDataLoadEvent>;
    const posted: string[] = [];
    const { postMessage } = Worker.prototype;
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      posted.push((args[0] as { type: string }).type);
      return (postMessage as (...a: unknown[]) => void).apply(this, args);
    } as Worker['postMessage'];
    try {
      el.api = url;
      expect((await loaded).detail).to.deep.equal({ leads: LARGE, excluded: { invalid: 0, duplicateId: 0 } });
    } finally {
      Worker.prototype.postMessage = postMessage;
    }
    await el.updateComplete;
    expect(posted, 'requested, parsed and ingested in the worker').to.deep.equal(['fetch']);
    // requested by the worker: the page's own thread never fetched it (nor read its body)
    const absolute = new URL(url, document.baseURI).href;
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name === absolute)).to.have.length(0);
    const dataset = await (await fetch(url)).json();
    const expected = summarize(ingestLeads(readDataset(dataset)!, { timeZone: 'Asia/Ho_Chi_Minh' }), {
      range: { from: null, to: null },
      lang: 'en',
    });
    expect(el.summary).to.deep.equal(expected);
    // a new zone re-ingests in the worker: updateComplete waits for it
    el.timeZone = 'America/New_York';
    await el.updateComplete;
    expect(el.summary).to.deep.equal(
      summarize(ingestLeads(readDataset(dataset)!, { timeZone: 'America/New_York' }), { range: { from: null, to: null }, lang: 'en' }),
    );
  });

  it(`ingests ${LARGE.toLocaleString('en')} leads given as .data in slices, and updateComplete waits for them`, async () => {
    const dataset = generateDataset(OPTIONS);
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone="Asia/Ho_Chi_Minh"></lead-dashboard>`);
    el.data = dataset;
    // the slices have not run yet: the summary is not there, the loading state is
    expect(el.summary).to.equal(undefined);
    await el.updateComplete;
    expect(el.summary!.totals.total).to.equal(LARGE);
    expect(el.summary).to.deep.equal(
      summarize(ingestLeads(readDataset(dataset)!, { timeZone: 'Asia/Ho_Chi_Minh' }), { range: { from: null, to: null }, lang: 'en' }),
    );
  });

  it('falls back to the main thread when no worker can run, with the same numbers', async () => {
    const Original = window.Worker;
    (window as { Worker: unknown }).Worker = class {
      constructor() {
        throw new Error('Workers are blocked here');
      }
    };
    try {
      const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone="Asia/Ho_Chi_Minh"></lead-dashboard>`);
      const loaded = oneEvent(el, 'lead-data-load') as Promise<LeadDataLoadEvent>;
      el.api = url;
      expect((await loaded).detail.leads).to.equal(LARGE);
      await el.updateComplete;
      expect(el.summary!.totals.total).to.equal(LARGE);
    } finally {
      window.Worker = Original;
    }
  });

  it('draws a first summary of many groups in steps, a frame apart, and later ones at once', async () => {
    const dataset = generateDataset({ count: 2_000, owners: 60, days: 60, seed: 3 });
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone="UTC"></lead-dashboard>`);
    const root = el.shadowRoot!;
    // the frame count at which each part first appears
    const seen: Record<string, number> = {};
    let frames = 0;
    const countFrames = () => {
      frames++;
      if (!('lead-table' in seen)) requestAnimationFrame(countFrames);
    };
    const observer = new MutationObserver(() => {
      for (const tag of ['lead-status-chart', 'lead-conversion-chart', 'lead-trend-chart', 'lead-table'])
        if (!(tag in seen) && root.querySelector(tag)) seen[tag] = frames;
    });
    observer.observe(root, { childList: true, subtree: true });
    el.data = dataset;
    await Promise.resolve();
    await Promise.resolve();
    // the first step: the KPIs only
    expect(root.querySelector('lead-kpi-strip')).not.to.equal(null);
    expect(root.querySelector('lead-status-chart')).to.equal(null);
    expect(root.querySelector('lead-conversion-chart')).to.equal(null);
    expect(root.querySelector('lead-table')).to.equal(null);
    requestAnimationFrame(countFrames);
    await el.updateComplete;
    observer.disconnect();
    // then the status chart, the other charts and the table, each after a frame of its own
    expect(seen['lead-status-chart']).to.be.greaterThan(0);
    expect(seen['lead-conversion-chart']).to.equal(seen['lead-trend-chart']);
    expect(seen['lead-conversion-chart']).to.be.greaterThan(seen['lead-status-chart']!);
    expect(seen['lead-table']).to.be.greaterThan(seen['lead-conversion-chart']!);
    const table = root.querySelector('lead-table')!;
    expect(table.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(el.summary!.groups.length);
    // a later summary (here a new range) replaces what is shown at once: the same table, redrawn
    el.range = 'last-30-days';
    await Promise.resolve();
    await Promise.resolve();
    expect(root.querySelector('lead-table')).to.equal(table);
    expect(root.querySelector('lead-conversion-chart')).not.to.equal(null);
  });
});
