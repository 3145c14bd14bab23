// Part of npm run test:node: the types of `lead-dashboard/bundle` as a strict TypeScript consumer
// sees them. A consumer importing every name dist/bundle.d.ts declares, and listening for each event
// on an element, the document and the window, must compile with --strict. (That each value name
// exists at runtime is checked in the browser by the end-to-end check.) Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The names an entry's .d.ts exports, as `{name, type}` (type: exported with `type`). */
export function declaredExports(file) {
  const names = [];
  for (const [, list] of readFileSync(file, 'utf8').matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of list
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const type = item.startsWith('type ');
      names.push({
        name: item
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .at(-1),
        type,
      });
    }
  }
  return names;
}

/** Compiles a consumer of the bundle's types; returns tsc's complaints, or '' when it compiles. */
export function compileConsumer() {
  const names = declaredExports(join(root, 'dist/bundle.d.ts'));
  const events = ['lead-select', 'lead-filter-change', 'lead-data-load', 'lead-data-error', 'lead-range-select'];
  const dir = join(root, '.tmp/bundle-consumer');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const source = `import { ${names.map(({ name, type }) => (type ? `type ${name}` : name)).join(', ')} } from 'lead-dashboard/bundle';
${names.map(({ name, type }) => (type ? `export type Use${name} = ${name};` : `export const use${name} = ${name};`)).join('\n')}
const dashboard = document.createElement('lead-dashboard');
export const element: LeadDashboard = dashboard;
dashboard.addEventListener('lead-select', (event) => event.detail.group);
document.addEventListener('lead-select', (event) => event.detail.status);
window.addEventListener('lead-filter-change', (event) => event.detail.from);
${events.map((event) => `document.addEventListener('${event}', (event) => event.detail);`).join('\n')}
`;
  writeFileSync(join(dir, 'consumer.ts'), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ES2022',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { names, problems: '' };
  } catch (error) {
    return { names, problems: String(error.stdout || error.message).trim() };
  }
}
