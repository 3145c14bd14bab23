/**
 * The end-to-end check's plumbing: the dev server it starts (and always stops), the browser it
 * launches, and a TAP-like reporter ("ok - …" / "not ok - …", then "e2e: N passed, M failed").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../helpers/free-port.js';

/** What `browser.config.mjs` exports (imported by URL: it is plain JavaScript without types). */
interface BrowserConfig {
  chromiumPath(): string;
  chromiumArgs: string[];
}

const root = new URL('../../', import.meta.url);

/** The running dev server. */
export interface DevServer {
  port: number;
  origin: string;
  stop(): void;
}

const children = new Set<ChildProcess>();

function killChild(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) {
    try {
      child.kill('SIGTERM');
    } catch {
      // already gone
    }
  }
  children.delete(child);
}

// Whatever happens (an exception, Ctrl-C, a kill), the server started here does not outlive us.
process.on('exit', () => {
  for (const child of children) killChild(child);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const child of children) killChild(child);
    process.exit(130);
  });
}

/**
 * Starts `web-dev-server` (the binary itself, so its PID is the server's) on a free port and
 * resolves when it prints "started".
 */
export async function startDevServer(timeoutMs = 30_000): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(new URL('node_modules/.bin/web-dev-server', root).pathname, ['--config', 'web-dev-server.config.mjs'], {
    cwd: root.pathname,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const stop = () => killChild(child);
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the dev server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        output += String(chunk);
        if (output.includes('started')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += String(chunk)));
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the dev server exited (${code ?? signal}) before it started:\n${output}`));
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  } catch (error) {
    stop();
    throw error;
  }
  // keep draining its output so a full pipe never blocks it
  child.stdout!.resume();
  child.stderr!.resume();
  return { port, origin: `http://localhost:${port}`, stop };
}

/** Launches Debian's Chromium (or $CHROME_PATH) through playwright-core, as the other browser tools do. */
export async function launchBrowser(): Promise<Browser> {
  const config = (await import(new URL('browser.config.mjs', root).href)) as BrowserConfig;
  return chromium.launch({ executablePath: config.chromiumPath(), args: config.chromiumArgs });
}

/**
 * Counts and prints the checks. A child reporter (one per scenario, when scenarios run side by
 * side) keeps its lines until {@link Reporter.flush}, so each scenario's lines stay together.
 */
export class Reporter {
  passed = 0;
  failed = 0;
  private readonly _lines: string[] = [];

  constructor(private readonly _parent?: Reporter) {}

  /** A reporter whose lines are held until `flush()` and whose counts add to this one's. */
  child(): Reporter {
    return new Reporter(this);
  }

  ok(name: string): void {
    this._count(true);
    this._write(`ok - ${name}`);
  }

  notOk(name: string, reason: string): void {
    this._count(false);
    this._write(`not ok - ${name}: ${oneLine(reason)}`);
  }

  /** Prints a comment line (TAP style, `# …`). */
  note(text: string): void {
    this._write(`# ${text}`);
  }

  /** Prints the held lines (a child's). */
  flush(): void {
    if (this._lines.length) console.log(this._lines.join('\n'));
    this._lines.length = 0;
  }

  private _count(passed: boolean) {
    if (passed) this.passed++;
    else this.failed++;
    this._parent?._count(passed);
  }

  private _write(line: string) {
    if (this._parent) this._lines.push(line);
    else console.log(line);
  }

  /** Reports `name` from a list of problems: none is a pass. */
  expect(name: string, problems: string[]): boolean {
    if (problems.length === 0) {
      this.ok(name);
      return true;
    }
    const shown = problems.slice(0, 4).join('; ');
    this.notOk(name, problems.length > 4 ? `${shown}; … ${problems.length - 4} more` : shown);
    return false;
  }

  /** Runs a check: it passes unless it throws or returns problems. */
  async check(name: string, body: () => Promise<string[] | void>): Promise<boolean> {
    try {
      return this.expect(name, (await body()) ?? []);
    } catch (error) {
      this.notOk(name, error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  summaryLine(): string {
    return `e2e: ${this.passed} passed, ${this.failed} failed`;
  }
}

/** A terminal colour or cursor sequence (ESC [ … letter), as Playwright puts in its error messages. */
const ANSI_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** Keeps a reason on one line (Playwright errors span several) and reasonably short. */
export function oneLine(text: string, max = 600): string {
  const line = text
    .replace(ANSI_SEQUENCE, '')
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part && !/^=+/.test(part))
    .join(' | ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
