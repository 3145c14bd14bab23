// Fails when custom-elements.json is not what the sources generate now (run `npm run manifest`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

// the analyzer joins --outdir to the working directory, so the scratch folder must be relative
mkdirSync('.tmp', { recursive: true });
const outdir = relative(process.cwd(), mkdtempSync(join('.tmp', 'cem-')));
try {
  execFileSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: reported below
  }
  if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is current.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
