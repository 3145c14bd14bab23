// npm run screenshots: starts the dev server, opens the demo in Chromium with playwright-core and
// saves screenshots (Vietnamese, English, dark theme, a 360 px phone) into screenshots/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../browser.config.mjs';

const port = Number(process.env.PORT ?? 8765);
const server = spawn('node_modules/.bin/web-dev-server', ['--config', 'web-dev-server.config.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.on('data', (chunk) => String(chunk).includes('started') && resolve()));

const shots = [
  { name: 'vi', query: '?lang=vi', width: 1280 },
  { name: 'en', query: '?lang=en', width: 1280 },
  { name: 'dark', query: '?lang=vi&theme=dark', width: 1280 },
  { name: 'phone-360', query: '?lang=vi', width: 360 },
  { name: 'phone-360-top', query: '?lang=vi', width: 360, viewportOnly: true },
];
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 } });
    page.on('pageerror', (error) => console.error(`${shot.name}: page error: ${error.message}`));
    await page.goto(`http://localhost:${port}/demo/${shot.query}`);
    await page.waitForFunction(() => document.querySelector('lead-dashboard')?.summary !== undefined, null, { timeout: 20000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `screenshots/${shot.name}.png`, fullPage: !shot.viewportOnly });
    console.log(`screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
