/**
 * Payload forms (SPEC §7), one process (run by bench/run.mjs): the same million leads as an array of
 * objects, as columns (ids and epoch-ms dates as plain arrays, categorical fields dictionary-encoded),
 * and pre-aggregated into a rows cube of day × owner × status. Times JSON.parse plus ingest, medians
 * of several runs, and checks that the three give the same summary.
 */
import { performance } from 'node:perf_hooks';
import { createDayResolver, formatDay, parseLeadDate } from '../src/data/dates.js';
import { ingestLeads, readDataset } from '../src/data/ingest.js';
import { summarize } from '../src/data/summary.js';
import type { Lead } from '../src/data/types.js';
import { generateDataset } from '../test/fixtures/generate.js';

const size = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dataset = generateDataset({ count: size, owners: 200, sources: 12, days: 730, seed: 42, unassignedShare: 0.02 });
const declared = { owners: dataset.owners, sources: dataset.sources, priorities: dataset.priorities, steps: dataset.steps };

function dictionary(values: unknown[]) {
  const entries: unknown[] = [];
  const index = new Map<unknown, number>();
  const codes = values.map((value) => {
    let code = index.get(value);
    if (code === undefined) index.set(value, (code = entries.push(value) - 1));
    return code;
  });
  return { dictionary: entries, codes };
}

const leads = dataset.leads as Lead[];
const columns = {
  ...declared,
  columns: {
    id: leads.map((lead) => lead.id),
    status: dictionary(leads.map((lead) => lead.status)),
    createdAt: leads.map((lead) => parseLeadDate(lead.createdAt)!.ms),
    owner: dictionary(leads.map((lead) => lead.owner)),
    source: dictionary(leads.map((lead) => lead.source)),
    priority: dictionary(leads.map((lead) => lead.priority)),
    step: dictionary(leads.map((lead) => lead.step)),
  },
};
const dayOf = createDayResolver(TIME_ZONE);
const cube = new Map<string, { date: string; owner: unknown; status: string; count: number }>();
for (const lead of leads) {
  const date = formatDay(dayOf(parseLeadDate(lead.createdAt)!.ms!));
  const key = `${date}|${lead.owner}|${lead.status}`;
  const cell = cube.get(key);
  if (cell) cell.count++;
  else cube.set(key, { date, owner: lead.owner, status: lead.status, count: 1 });
}
const rows = { ...declared, rows: [...cube.values()] };

const payloads = { objects: JSON.stringify(dataset), columns: JSON.stringify(columns), rows: JSON.stringify(rows) };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const results: Record<string, { bytes: number; parse: number; ingest: number; total: number; records: number }> = {};
const summaries: Record<string, unknown> = {};
for (const [name, text] of Object.entries(payloads)) {
  const parses: number[] = [];
  const ingests: number[] = [];
  let records = 0;
  for (let run = 0; run < runs; run++) {
    globalThis.gc?.();
    const start = performance.now();
    const parsed = JSON.parse(text);
    const parsedAt = performance.now();
    const store = ingestLeads(readDataset(parsed)!, { timeZone: TIME_ZONE });
    ingests.push(performance.now() - parsedAt);
    parses.push(parsedAt - start);
    records = store.size;
    if (run === 0) {
      // rows carry owner and status only: compare the owner grouping, the one every form holds
      summaries[name] = summarize(store, { range: { from: null, to: null }, groupBy: 'owner', lang: 'vi' });
    }
  }
  results[name] = {
    bytes: text.length,
    parse: median(parses),
    ingest: median(ingests),
    total: median(parses.map((p, k) => p + ingests[k]!)),
    records,
  };
}
const same =
  JSON.stringify(summaries.objects) === JSON.stringify(summaries.columns) &&
  JSON.stringify(summaries.objects) === JSON.stringify(summaries.rows);
console.log(JSON.stringify({ size, runs, results, same }));
if (!same) process.exit(1);
