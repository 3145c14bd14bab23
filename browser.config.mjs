// Where the browser for tests, the demo check and screenshots comes from: $CHROME_PATH, then
// Debian's Chromium. No browser is ever downloaded.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `apt-get update && apt-get install -y chromium`, ' +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export const chromiumArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
