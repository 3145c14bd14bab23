// npm run bench:browser: what a user feels, through the public API, in Chromium. For 1M leads and
// 20, 200, 500, 2,000, 4,000 and 10,000 salespeople (500 to 4,000: how the cost grows), it changes `from` / `to` of a <lead-dashboard> (the built
// bundle) and waits for `updateComplete`, then for the browser's style and layout of the new DOM;
// beside it, in the same page and on the same windows, a naive Array.filter + Map over the same
// leads. Prints p50 / p95 and the ratios. Needs `npm run build` first.
//
//   BENCH_OWNERS=20,200 BENCH_LEADS=1000000 BENCH_WINDOWS=25 npm run bench:browser
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../browser.config.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ownerCounts = (process.env.BENCH_OWNERS ?? '20,200,500,2000,4000,10000').split(',').map(Number);
const leads = Number(process.env.BENCH_LEADS ?? 1_000_000);
const windows = Number(process.env.BENCH_WINDOWS ?? 25);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);

if (!existsSync(join(root, 'dist/lead-dashboard.js'))) {
  console.error('dist/lead-dashboard.js is missing: run `npm run build` first.');
  process.exit(1);
}

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0;font-family:sans-serif}</style>
<script type="module" src="/bench/browser/page.js"></script></head><body></body></html>`;
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };

// the built files and this page, nothing else
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    return;
  }
  const allowed = path.startsWith('/dist/') || path === '/bench/browser/page.js';
  const file = join(root, path);
  if (!allowed || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const results = [];
try {
  for (const owners of ownerCounts) {
    process.stderr.write(`${owners.toLocaleString('en')} owners…\n`);
    // a fresh page per size: no heap or DOM left over from the last one
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    await page.goto(origin);
    await page.waitForFunction(() => globalThis.benchReady === true);
    results.push(await page.evaluate((options) => globalThis.runBench(options), { leads, owners, windows, warmup }));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
console.log(
  `\nA change of from/to at ${leads.toLocaleString('en')} leads, ${windows} random windows after ${warmup} warm-up (Chromium, 1280 × 900).`,
);
console.log(
  "update: until `updateComplete` resolves; + layout: also the browser's style and layout of the new DOM; naive: Array.filter + Map in the same page.",
);
console.log('Ratios: naive p50 ÷ dashboard p50 (above 1: the dashboard is faster). Every window checked equal to naive.\n');
console.log(
  '| owners | table rows in DOM | first view | update p50 | update p95 | + layout p50 | + layout p95 | naive p50 | naive p95 | naive ÷ update | naive ÷ (update + layout) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.owners.toLocaleString('en')} | ${r.rows.toLocaleString('en')} | ${ms(r.firstView)} ms | ${ms(r.update.p50)} ms | ${ms(r.update.p95)} ms | ${ms(r.layout.p50)} ms | ${ms(r.layout.p95)} ms | ${ms(r.naive.p50)} ms | ${ms(r.naive.p95)} ms | ${(r.naive.p50 / r.update.p50).toFixed(1)}× | ${(r.naive.p50 / r.layout.p50).toFixed(1)}× |`,
  );
}
