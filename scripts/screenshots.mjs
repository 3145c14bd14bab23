// npm run screenshots: starts the dev server, opens the demo in Chromium with playwright-core and
// saves screenshots into screenshots/: the normal scenario in Vietnamese, English, the dark theme and
// on a 360 px phone, then one shot per mock scenario into screenshots/scenarios/<id>.png.
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

// the scenario ids of demo/mock/scenarios.ts (the page's ?scenario= values)
const SCENARIOS = ['normal', 'slow', 'error-then-recovery', 'auth-refresh', 'html', 'malformed', 'empty', 'large', 'rows', 'server-filter'];
const query = ({ scenario = 'normal', lang = 'vi', theme = 'light' }) => `?scenario=${scenario}&lang=${lang}&theme=${theme}`;

const shots = [
  { path: 'screenshots/vi.png', query: query({ lang: 'vi' }), width: 1280 },
  { path: 'screenshots/en.png', query: query({ lang: 'en' }), width: 1280 },
  { path: 'screenshots/dark.png', query: query({ lang: 'vi', theme: 'dark' }), width: 1280 },
  { path: 'screenshots/phone-360.png', query: query({ lang: 'vi' }), width: 360 },
  { path: 'screenshots/phone-360-top.png', query: query({ lang: 'vi' }), width: 360, viewportOnly: true },
  ...SCENARIOS.map((scenario) => ({
    path: `screenshots/scenarios/${scenario}.png`,
    query: query({ scenario }),
    width: 1280,
    scenario: true,
  })),
];

// The functions below run in the page (through page.evaluate / waitForFunction): they reach its
// globals through globalThis, this file's own scope being Node's.

/** In the page: the demo's start-up has finished. */
function demoReady() {
  return globalThis.leadDemo.ready;
}

/** In the page: the dashboard has a summary, or shows its error part. */
function dashboardSettled() {
  const dashboard = globalThis.document.querySelector('#dashboard');
  return dashboard?.summary !== undefined || !!dashboard?.shadowRoot?.querySelector('[part~="error"]');
}

/** In the page: the dashboard has a summary. */
function dashboardLoaded() {
  return globalThis.document.querySelector('#dashboard')?.summary !== undefined;
}

/** In the page: the standalone pieces are shown (they fetch after the dashboard's first load). */
function standaloneShown() {
  return !globalThis.document.querySelector('#standalone-pieces')?.hidden;
}

/**
 * In the page: the dashboard (with the elements it renders) and the standalone pieces have finished
 * updating, and two frames have been drawn, so the charts have had their ResizeObserver width. At
 * most 20 s: a page that never settles (a broken build) is shot as it is rather than hanging the run.
 */
async function drawn() {
  const { document } = globalThis;
  const elements = [...document.querySelectorAll('#dashboard, #standalone-filter, #standalone-chart')];
  const limit = new Promise((resolve) => globalThis.setTimeout(resolve, 20_000));
  await Promise.race([Promise.all(elements.map((element) => element.updateComplete)), limit]);
  await new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)));
}

mkdirSync('screenshots/scenarios', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 } });
    page.on('pageerror', (error) => console.error(`${shot.path}: page error: ${error.message}`));
    await page.goto(`http://localhost:${port}/demo/${shot.query}`);
    await page.evaluate(demoReady);
    if (shot.scenario) {
      // a scenario may end in data, in an error, or (large, on a slow machine) still be loading
      await page.waitForFunction(dashboardSettled, null, { timeout: 8000, polling: 100 }).catch(() => undefined);
    } else {
      await page.waitForFunction(dashboardLoaded, null, { timeout: 20000 });
    }
    // the standalone pieces fetch after the dashboard's first load (a scenario may end without them)
    await page.waitForFunction(standaloneShown, null, { timeout: 3000, polling: 100 }).catch(() => undefined);
    await page.evaluate(drawn);
    await page.screenshot({ path: shot.path, fullPage: !shot.viewportOnly });
    console.log(shot.path);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
