// npm test: every check, one stage after the other. Each stage runs whatever happened before it (a
// red stage never hides the ones after it); the run ends with a line per stage and fails when any
// stage failed.
import { spawnSync } from 'node:child_process';

/** The stages, in order: each an npm script. */
const STAGES = [
  ['lint', 'eslint (typescript-eslint, lit, lit-a11y, wc) and prettier, zero warnings'],
  ['typecheck', 'tsc --noEmit over src, test, demo, bench and server'],
  ['build', 'unbundled ESM with .d.ts, the drop-in bundle, its size budget'],
  ['manifest:check', 'custom-elements.json current and valid'],
  ['entries:check', 'index, bundle, React wrappers and package.json exports follow the element registry'],
  ['test:node', 'lead-dashboard/data in Node, and the bundle types for a strict TypeScript consumer'],
  ['test:browser', 'web-test-runner in Chromium'],
  ['e2e', 'the demo end to end in Chromium, and the bundle under a strict CSP'],
  ['test:server', 'the reference SQL endpoint against a throwaway PostgreSQL'],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, what] of STAGES) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name}: ${what}`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  results.push({ name, ok: run.status === 0, seconds: (Date.now() - started) / 1000, status: run.status ?? run.signal });
}

console.log('\n=== npm test: stages');
for (const { name, ok, seconds, status } of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(15)} ${seconds.toFixed(1).padStart(6)} s${ok ? '' : `  (exit ${status})`}`);
}
const failed = results.filter((result) => !result.ok);
if (failed.length) {
  console.log(`${failed.length} of ${results.length} stages failed: ${failed.map((result) => result.name).join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`all ${results.length} stages passed`);
}
