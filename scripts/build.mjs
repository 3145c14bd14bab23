// npm run build: unbundled ESM with declarations (tsc), then the drop-in bundle (rollup).
import { copyFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
run('node_modules/.bin/rollup', ['-c', 'rollup.config.mjs', '--silent']);
// The unbundled worker becomes the self-contained one too: a bundler that copies the file as an
// asset (what `new URL('./ingest-worker.js', import.meta.url)` gets in Vite or webpack) then still
// has a worker that runs, instead of one whose imports were left behind.
copyFileSync('dist/chunks/ingest-worker.js', 'dist/worker/ingest-worker.js');

const bundle = readFileSync('dist/lead-dashboard.js');
const kib = (bytes) => (bytes / 1024).toFixed(1);
const gzip = gzipSync(bundle, { level: 9 }).length;
console.log(`dist/lead-dashboard.js: ${kib(bundle.length)} KiB, ${kib(gzip)} KiB gzip (budget 40 KiB gzip)`);
if (gzip > 40 * 1024) {
  console.error('The bundle is over its 40 KiB gzip budget.');
  process.exit(1);
}
