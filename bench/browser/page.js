// The page of `npm run bench:browser` (bench/browser/run.mjs): it loads the built drop-in bundle,
// makes a million seeded leads in the page, and times a change of `from` / `to` through the public
// API of <lead-dashboard> against a naive Array.filter + Map over the same leads, in this page.
import '/dist/lead-dashboard.js';

const DAY = 86_400_000;
const DAYS = 730;
const FIRST_DAY = Date.UTC(2025, 0, 1) / DAY;
const STATUSES = ['new', 'assigned', 'in_progress', 'customer', 'not_potential', 'stopped', 'duplicate'];

/** mulberry32: uniform floats in [0, 1) from a seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/** `count` leads over two years for `owners` salespeople, as a `columns` payload and as the objects a naive page would keep. */
function makeLeads(count, owners) {
  const next = random(count ^ (owners * 7919));
  const ids = new Array(count);
  const ownerCodes = new Array(count);
  const statusCodes = new Array(count);
  const createdAt = new Array(count);
  const naive = new Array(count);
  for (let i = 0; i < count; i++) {
    const owner = Math.floor(next() * next() * owners);
    const status = Math.floor(next() * STATUSES.length);
    const day = FIRST_DAY + Math.floor(next() * DAYS);
    ids[i] = i;
    ownerCodes[i] = owner;
    statusCodes[i] = status;
    createdAt[i] = day * DAY + Math.floor(next() * DAY);
    naive[i] = { day, owner: `u${owner}`, status: STATUSES[status] };
  }
  const ownerIds = Array.from({ length: owners }, (_, k) => `u${k}`);
  const dataset = {
    owners: ownerIds.map((id, k) => ({ id, label: `Nhân viên ${k + 1}` })),
    columns: {
      id: ids,
      status: { dictionary: STATUSES, codes: statusCodes },
      createdAt,
      owner: { dictionary: ownerIds, codes: ownerCodes },
    },
  };
  return { dataset, naive };
}

/** Leads per owner and status in `from..to` (days), the way a page without an engine would count them. */
function naiveCount(leads, from, to) {
  const groups = new Map();
  for (const lead of leads.filter((l) => l.day >= from && l.day <= to)) {
    let counts = groups.get(lead.owner);
    if (!counts) groups.set(lead.owner, (counts = {}));
    counts[lead.status] = (counts[lead.status] ?? 0) + 1;
  }
  return groups;
}

/** Runs the browser's style and layout now (reading a geometry needs them). */
const forceLayout = () => document.body.getBoundingClientRect();

/** Resolves after the next frame has been produced, so one measurement's paint never lands in the next. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

window.runBench = async ({ leads: count, owners, windows, warmup }) => {
  const { dataset, naive } = makeLeads(count, owners);
  const el = document.createElement('lead-dashboard');
  el.setAttribute('lang', 'vi');
  el.setAttribute('time-zone', 'UTC');
  el.from = isoDay(FIRST_DAY);
  el.to = isoDay(FIRST_DAY + 90);
  document.body.append(el);
  const ingestStart = performance.now();
  el.data = dataset;
  await el.updateComplete;
  forceLayout();
  const firstView = performance.now() - ingestStart;
  await afterPaint();

  const next = random(owners);
  const times = { update: [], layout: [], naive: [] };
  let checked = 0;
  for (let k = 0; k < warmup + windows; k++) {
    const length = 7 + Math.floor(next() * 120);
    const from = FIRST_DAY + Math.floor(next() * (DAYS - length));
    const to = from + length - 1;

    const start = performance.now();
    el.from = isoDay(from);
    el.to = isoDay(to);
    await el.updateComplete;
    const updated = performance.now();
    // what the user waits for includes the browser's style and layout work for the new DOM
    forceLayout();
    const laidOut = performance.now();
    await afterPaint();

    const naiveStart = performance.now();
    const groups = naiveCount(naive, from, to);
    const naiveTime = performance.now() - naiveStart;

    // the same numbers, or the run is void
    const summary = el.summary;
    let naiveTotal = 0;
    for (const counts of groups.values()) for (const n of Object.values(counts)) naiveTotal += n;
    if (summary.totals.total !== naiveTotal)
      throw new Error(`window ${isoDay(from)}..${isoDay(to)}: total ${summary.totals.total}, naive ${naiveTotal}`);
    for (const group of summary.groups) {
      const counts = groups.get(group.key) ?? {};
      for (const status of STATUSES) {
        if ((counts[status] ?? 0) !== group.counts[status])
          throw new Error(`window ${isoDay(from)}..${isoDay(to)}: ${group.key} ${status} differs from naive`);
      }
      checked++;
    }
    if (k < warmup) continue;
    times.update.push(updated - start);
    times.layout.push(laidOut - start);
    times.naive.push(naiveTime);
    await afterPaint();
  }
  const rows = el.shadowRoot.querySelector('lead-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
  el.remove();
  const stats = (values) => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95) });
  return {
    owners,
    leads: count,
    firstView,
    rows,
    checked,
    update: stats(times.update),
    layout: stats(times.layout),
    naive: stats(times.naive),
  };
};
// for profiling the same scenario step by step
window.benchParts = { makeLeads, isoDay, FIRST_DAY, afterPaint };
window.benchReady = true;
