/**
 * One size of the engine benchmark (run by bench/run.mjs, one process per size).
 *
 * Engines, on identical random windows, in rotating order:
 * - naive: Array.filter + Map over parsed lead objects (each with its calendar day precomputed);
 * - engine: the product's columnar countLeads();
 * - summary: the product's whole summarize() (count plus the §5 groups);
 * - limit: a plain sum loop over the same selected rows, the floor for any counting loop.
 * The engine's counts are compared with naive's on every window; a mismatch stops the run.
 */
import { performance } from 'node:perf_hooks';
import { createDayResolver, parseLeadDate } from '../src/data/dates.js';
import { countLeads, rowRange, storeBytes, type LeadStore } from '../src/data/engine.js';
import { ingestLeads, readDataset } from '../src/data/ingest.js';
import { summarize } from '../src/data/summary.js';
import { createRandom, generateDataset } from '../test/fixtures/generate.js';

const size = Number(process.argv[2] ?? 100_000);
const windows = Number(process.argv[3] ?? 200);
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DAYS = 730;

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

// the payload as a CRM would send it, parsed the way a browser would
const dataset = JSON.parse(
  JSON.stringify(generateDataset({ count: size, owners: 200, sources: 12, days: DAYS, seed: 42, unassignedShare: 0.02 })),
);

// ingest: median of three
const ingestTimes: number[] = [];
let store!: LeadStore;
for (let k = 0; k < 3; k++) {
  const start = performance.now();
  store = ingestLeads(readDataset(dataset)!, { timeZone: TIME_ZONE });
  ingestTimes.push(performance.now() - start);
}
globalThis.gc?.();

// naive: parsed objects with their day, as a straightforward implementation would keep them
const dayOf = createDayResolver(TIME_ZONE);
interface NaiveLead {
  day: number;
  owner: string | null;
  status: string;
}
const naiveLeads: NaiveLead[] = (dataset.leads as { createdAt: string; owner: string | null; status: string }[]).map((lead) => {
  const date = parseLeadDate(lead.createdAt)!;
  return { day: date.day ?? dayOf(date.ms!), owner: lead.owner, status: lead.status };
});

function naive(from: number, to: number): Map<string | null, Record<string, number>> {
  const groups = new Map<string | null, Record<string, number>>();
  for (const lead of naiveLeads.filter((l) => l.day >= from && l.day <= to)) {
    let counts = groups.get(lead.owner);
    if (!counts) groups.set(lead.owner, (counts = {}));
    counts[lead.status] = (counts[lead.status] ?? 0) + 1;
  }
  return groups;
}

const engine = (from: number, to: number) => countLeads(store, { from, to, groupBy: 'owner' });
const summary = (from: number, to: number) => summarize(store, { range: { from, to }, groupBy: 'owner', lang: 'vi' });
function limit(from: number, to: number): number {
  const [start, end] = rowRange(store, from, to);
  const status = store.status;
  let sum = 0;
  for (let i = start; i < end; i++) sum += status[i]!;
  return sum;
}

function agree(from: number, to: number): boolean {
  const expected = naive(from, to);
  const { field, stride, counts } = engine(from, to);
  let groups = 0;
  for (let code = 0; code < field.ids.length; code++) {
    const row = counts.subarray(code * stride, (code + 1) * stride);
    if (!row.some(Boolean)) continue;
    groups++;
    const want = expected.get(field.ids[code]!) ?? {};
    for (let k = 0; k < stride; k++) if ((want[store.statuses[k]!.id] ?? 0) !== row[k]) return false;
  }
  return groups === expected.size;
}

const random = createRandom(2026);
const first = store.days[0]!;
const last = store.days[store.days.length - 1]!;
const windowList = Array.from({ length: windows }, () => {
  const a = first + Math.floor(random() * (last - first + 1));
  const b = first + Math.floor(random() * (last - first + 1));
  return [Math.min(a, b), Math.max(a, b)] as const;
});

const engines: [string, (from: number, to: number) => unknown][] = [
  ['naive', naive],
  ['engine', engine],
  ['summary', summary],
  ['limit', limit],
];
const times = new Map(engines.map(([name]) => [name, [] as number[]]));
// warm up every engine so the JIT has settled before timing
for (const [from, to] of windowList.slice(0, 20)) for (const [, run] of engines) run(from, to);

let sink = 0;
windowList.forEach(([from, to], w) => {
  if (!agree(from, to)) {
    console.error(`MISMATCH between engine and naive on window ${from}..${to}`);
    process.exit(1);
  }
  for (let k = 0; k < engines.length; k++) {
    const [name, run] = engines[(w + k) % engines.length]!;
    const start = performance.now();
    const result = run(from, to);
    times.get(name)!.push(performance.now() - start);
    sink += typeof result === 'number' ? result : 1;
  }
});

const p50 = (name: string) => median(times.get(name)!);
const result = {
  size,
  leads: store.size,
  windows,
  ingestMs: median(ingestTimes),
  bytesPerLead: storeBytes(store) / store.size,
  engines: Object.fromEntries(engines.map(([name]) => [name, { p50: p50(name), p90: quantile(times.get(name)!, 0.9) }])),
  naiveOverEngine: p50('naive') / p50('engine'),
  engineOverLimit: p50('engine') / p50('limit'),
  agreed: true,
  sink,
};
console.log(JSON.stringify(result));
