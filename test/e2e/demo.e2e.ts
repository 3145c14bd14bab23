/**
 * npm run e2e — the demo page (/demo/) in a real Chromium, every mock scenario, checked against
 * the demo's DOM contract: the numbers on screen (KPIs, table, status chart) equal the dashboard's
 * own `.summary` formatted with the same Intl rules; loading, error, retry, notice and empty states;
 * the filter bar, a real click on a chart segment and the event log; a full-page screenshot each.
 *
 *   node --import tsx test/e2e/demo.e2e.ts [scenario ...]
 *
 * Prints "ok - …" / "not ok - …" per check and ends with "e2e: N passed, M failed"; exits 1 when a
 * check failed or none ran. It starts its own dev server on a free port and always stops it.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, startDevServer, type DevServer } from './harness.js';
import { createShared, newScenarioContext, rootReporter, runScenario, SCENARIOS, SHOTS } from './scenarios.js';
import { runSecurityChecks } from './security.js';

/**
 * The run takes about a minute and a half on a quiet 2-core machine and should stay near two; past
 * this budget (a hung or starved machine) scenarios not yet started are reported as not run, and 30 s
 * later a watchdog ends the run.
 */
const RUN_BUDGET_MS = 240_000;

/** Scenarios run side by side, each in its own page of one browser (E2E_CONCURRENCY=1: one at a time). */
const CONCURRENCY = Number(process.env.E2E_CONCURRENCY ?? 2) || 1;

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((id) => id !== 'security' && !SCENARIOS.some((scenario) => scenario.id === id));
  if (unknown.length) {
    console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${SCENARIOS.map((scenario) => scenario.id).join(', ')}`);
    return 1;
  }
  const chosen = wanted.length ? SCENARIOS.filter((scenario) => wanted.includes(scenario.id)) : SCENARIOS;
  // `npm run e2e -- security` runs the security checks alone
  // the longest first, so the other lane gets through the rest meanwhile
  const queue = [...chosen].sort((a, b) => Number(b.id === 'large') - Number(a.id === 'large'));
  mkdirSync(SHOTS, { recursive: true });
  const started = Date.now();
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startDevServer();
    browser = await launchBrowser();
    const shared = createShared(queue.some((scenario) => scenario.id === 'normal'));
    // a context per lane: each has its own mock service worker, which answers the requests of the
    // dashboards' workers through the page that is showing (two scenarios at once must not share it)
    const lane = async () => {
      const context = await newScenarioContext(browser!);
      for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
        const reporter = rootReporter.child();
        if (Date.now() - started > RUN_BUDGET_MS) {
          reporter.notOk(`${scenario.id}: not run`, `the run exceeded its ${RUN_BUDGET_MS / 1000} s budget`);
        } else {
          const start = Date.now();
          try {
            await runScenario(context, server!, scenario, shared, reporter);
          } catch (error) {
            reporter.notOk(`${scenario.id}: scenario crashed`, error instanceof Error ? (error.stack ?? error.message) : String(error));
          }
          reporter.note(`${scenario.id}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
        }
        reporter.flush();
      }
      await context.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, CONCURRENCY) }, lane));
    // alone, after the scenarios: it measures the main thread's long tasks
    if (!wanted.length || wanted.includes('security')) {
      const reporter = rootReporter.child();
      const start = Date.now();
      await runSecurityChecks(browser, server, reporter);
      reporter.note(`security: ${((Date.now() - start) / 1000).toFixed(1)} s`);
      reporter.flush();
    }
  } catch (error) {
    rootReporter.notOk('e2e setup (dev server, browser)', error instanceof Error ? error.message : String(error));
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
  }
  rootReporter.note(`${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(rootReporter.summaryLine());
  return rootReporter.failed > 0 || rootReporter.passed === 0 ? 1 : 0;
}

// a last guard: whatever hangs, the run ends (the exit handlers stop the server and the browser)
setTimeout(() => {
  rootReporter.notOk('e2e run', `still running after ${(RUN_BUDGET_MS + 30_000) / 1000} s: stopped`);
  console.log(rootReporter.summaryLine());
  process.exit(1);
}, RUN_BUDGET_MS + 30_000).unref();

process.exitCode = await main();
