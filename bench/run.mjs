// npm run bench: the engine benchmark at 10k, 100k and 1M leads, one Node process per size so no
// size warms or pollutes another's heap. Prints medians, p90 and ratios measured in the same run.
import { execFileSync } from 'node:child_process';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const windows = Number(process.env.BENCH_WINDOWS ?? 200);
const ms = (value) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0));
const results = [];

for (const size of sizes) {
  process.stderr.write(`running ${size.toLocaleString('en')} leads…\n`);
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'bench/engine.bench.ts', String(size), String(windows)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  results.push(JSON.parse(output.trim().split('\n').at(-1)));
}

console.log(`\nQuery over ${windows} random windows of a 2-year range (200 owners, 7 statuses, 12 sources, 4 priorities).`);
console.log('Times in ms; ratios of medians from the same run.\n');
console.log(
  '| leads | naive p50 | naive p90 | engine p50 | engine p90 | summary p50 | limit p50 | naive ÷ engine | engine ÷ limit | ingest | bytes/lead |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const e = r.engines;
  console.log(
    `| ${r.size.toLocaleString('en')} | ${ms(e.naive.p50)} | ${ms(e.naive.p90)} | ${ms(e.engine.p50)} | ${ms(e.engine.p90)} | ${ms(e.summary.p50)} | ${ms(e.limit.p50)} | ${r.naiveOverEngine.toFixed(0)}× | ${r.engineOverLimit.toFixed(2)}× | ${ms(r.ingestMs)} ms | ${r.bytesPerLead.toFixed(2)} |`,
  );
}
console.log('\nEvery window: engine counts identical to naive.');

// Payload forms: parse + ingest of the same leads as objects, columns and a rows cube.
const payloadSize = Number(process.env.BENCH_PAYLOAD_SIZE ?? 1_000_000);
process.stderr.write(`running payload forms at ${payloadSize.toLocaleString('en')} leads…\n`);
const forms = JSON.parse(
  execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'bench/payloads.bench.ts', String(payloadSize), '5'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
    .trim()
    .split('\n')
    .at(-1),
);
const base = forms.results.objects.total;
console.log(`\nParse + ingest of ${payloadSize.toLocaleString('en')} leads by payload form (medians of ${forms.runs} runs; ms):\n`);
console.log('| payload | JSON size | records | JSON.parse | ingest | parse + ingest | vs objects |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, r] of Object.entries(forms.results)) {
  console.log(
    `| ${name} | ${(r.bytes / 1048576).toFixed(1)} MiB | ${r.records.toLocaleString('en')} | ${ms(r.parse)} | ${ms(r.ingest)} | ${ms(r.total)} | ${(base / r.total).toFixed(1)}× faster |`,
  );
}
console.log(`\nThe three forms give the same summary: ${forms.same ? 'yes' : 'NO'}.`);
