// Fails when custom-elements.json is not what the sources generate now (run `npm run manifest`), or
// when it does not validate against the official schema of its `schemaVersion` (the
// `custom-elements-manifest` package's schema.json, checked with ajv).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';

let failed = false;

// the analyzer joins --outdir to the working directory, so the scratch folder must be relative
mkdirSync('.tmp', { recursive: true });
const outdir = relative(process.cwd(), mkdtempSync(join('.tmp', 'cem-')));
let committed = '';
try {
  execFileSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: reported below
  }
  if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit the result.');
    failed = true;
  } else {
    console.log('custom-elements.json is current.');
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

if (committed) {
  const require = createRequire(import.meta.url);
  const schemaPackage = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/package.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
  const manifest = JSON.parse(committed);
  // the schema package is versioned with the format: a manifest of another version needs that schema
  if (manifest.schemaVersion !== schemaPackage.version) {
    console.error(
      `custom-elements.json declares schemaVersion ${manifest.schemaVersion}, but the schema installed is ` +
        `${schemaPackage.version}: install custom-elements-manifest@${manifest.schemaVersion} as a devDependency.`,
    );
    failed = true;
  } else {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    if (validate(manifest)) {
      console.log(`custom-elements.json is valid against the custom elements manifest schema ${schemaPackage.version}.`);
    } else {
      console.error(`custom-elements.json does not match the custom elements manifest schema ${schemaPackage.version}:`);
      // anyOf branches repeat the same complaint: show each once, with the offending value's path
      const messages = new Set((validate.errors ?? []).map((error) => `  ${describe(manifest, error.instancePath)}: ${error.message}`));
      for (const message of messages) console.error(message);
      failed = true;
    }
  }
}

if (failed) process.exit(1);

/** A JSON pointer into the manifest, with the module paths and declaration names it passes through. */
function describe(manifest, pointer) {
  let node = manifest;
  const steps = [];
  for (const key of pointer.split('/').slice(1)) {
    node = node?.[key];
    const name = node?.path ?? node?.name;
    steps.push(typeof name === 'string' ? `${key} (${name})` : key);
  }
  return '/' + steps.join('/');
}
