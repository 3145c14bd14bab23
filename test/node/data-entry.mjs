// npm run test:node: the package as Node and a strict TypeScript consumer see it. The DOM-free
// entry `lead-dashboard/data` loads in Node (also under the `browser` condition) without a DOM,
// imports nothing from Lit or the elements, and gives the right numbers; the types of
// `lead-dashboard/bundle` compile for a consumer using every name they declare. Needs `npm run build`.
// Ends with "node: N passed, M failed"; exits 1 when a check failed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileConsumer } from './bundle-types.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let passed = 0;
let failed = 0;
function check(name, run) {
  try {
    const problem = run();
    if (problem) throw new Error(problem);
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every module the entry reaches, by the relative and bare imports of the built files. */
function graph(entry) {
  const seen = new Set();
  const bare = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      if (!spec) continue;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { files: [...seen], bare: [...bare] };
}

const entry = join(root, 'dist/data/index.js');
check('lead-dashboard/data is in the package exports', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return pkg.exports['./data']?.import === './dist/data/index.js' ? '' : 'no ./data export';
});
check('it reaches no element, no Lit and no DOM code', () => {
  const { files, bare } = graph(entry);
  const outside = files.filter((file) => !/dist\/(data|i18n)\//.test(file));
  const problems = [...bare.map((spec) => `imports ${spec}`), ...outside.map((file) => `reaches ${file.slice(root.length)}`)];
  return problems.join('; ');
});
for (const conditions of [[], ['--conditions=browser']]) {
  check(`it loads and summarises in Node${conditions.length ? ' under the browser condition' : ''}`, () => {
    const script = `
      const data = await import('lead-dashboard/data');
      const dataset = { owners: [{ id: 'a', label: 'An' }], leads: [
        { id: 1, status: 'customer', createdAt: '2026-11-02', owner: 'a' },
        { id: 2, status: 'new', createdAt: '2026-11-03', owner: 'a' },
        { id: 3, status: 'assigned', createdAt: '2026-11-03T10:00:00+07:00', owner: null },
      ] };
      const store = data.ingestLeads(data.readDataset(dataset), { timeZone: 'Asia/Ho_Chi_Minh' });
      const summary = data.summarize(store, { range: { from: null, to: null }, lang: 'en' });
      const view = data.deriveView(store, { range: { from: null, to: null }, groupBy: 'owner', filter: {}, conversionBasis: 'assigned', lang: 'en', parts: { trendOf: data.trendOf, summaryFunnel: data.summaryFunnel } });
      const csv = data.summaryToCSV(summary, 'en');
      console.log(JSON.stringify({ total: summary.totals.total, groups: summary.groups.map((g) => [g.key, g.total, g.conversionRate]), funnel: view.funnel.stages.map((s) => s.count), csvLines: csv.trim().split('\\n').length, dom: typeof document }));
    `;
    const output = execFileSync(process.execPath, [...conditions, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const result = JSON.parse(output.trim().split('\n').at(-1));
    const expected = {
      total: 3,
      groups: [
        ['a', 2, 1],
        [null, 1, 0],
      ],
      funnel: [3, 2, 1, 1],
      csvLines: 4,
      dom: 'undefined',
    };
    return JSON.stringify(result) === JSON.stringify(expected) ? '' : `got ${JSON.stringify(result)}`;
  });
}
check('a strict TypeScript consumer of every name of the bundle types compiles, events on document and window too', () => {
  const { names, problems } = compileConsumer();
  if (names.length < 10) return `only ${names.length} names found in dist/bundle.d.ts`;
  return problems;
});
console.log(`node: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
