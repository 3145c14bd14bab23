/**
 * The demo's mock CRM API, served in the page by msw: GET /crm/api/leads answers according to the
 * scenario chosen on the page, and reports every request it receives so the page can log it.
 */
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { formatDay } from '../../src/data/dates.js';
import { todayIn } from '../../src/data/ranges.js';
import { CRM_TIME_ZONE, declaredOptions, generateCrmDataset, type CrmDataset } from './crm-data.js';
import { breakDataset, readServerQuery, rowsPayload, serverFilterPayload, type Breakage } from './payloads.js';
import type { ScenarioId } from './scenarios.js';

/** The endpoint of the mock CRM. */
export const LEADS_URL = '/crm/api/leads';

/** A request the mock API received, and how it answered. */
export interface MockRequest {
  method: string;
  /** Path and query, as the page sent them. */
  url: string;
  /** The HTTP status of the answer. */
  status: number;
  /** What the answer held, in a few words (English, for the log). */
  note: string;
}

/** The sizes and seeds of the generated datasets. */
export const NORMAL = { count: 5000, seed: 7 } as const;
export const LARGE = { count: 200_000, seed: 2026 } as const;

/** The generated data, made once per page load on first use ("today" is read at that moment). */
export class MockCrm {
  readonly today = formatDay(todayIn(CRM_TIME_ZONE));
  private _normal: CrmDataset | undefined;
  private _large: CrmDataset | undefined;
  private _malformed: { json: string; breakage: Breakage } | undefined;
  private readonly _json = new Map<string, string>();
  /** Milliseconds the last generation took. */
  generatedInMs = 0;

  /** The ~5,000 leads of the normal scenario. */
  get normal(): CrmDataset {
    return (this._normal ??= this._generate({ ...NORMAL, today: this.today }));
  }

  /** The 200,000 leads of the large scenario, in the compact form (no histories, contacts, assignedAt / updatedAt). */
  get large(): CrmDataset {
    return (this._large ??= this._generate({ ...LARGE, today: this.today, detail: 'compact' }));
  }

  /** What the malformed payload broke. */
  get breakage(): Breakage {
    return this._malformedPayload().breakage;
  }

  /** The JSON text of a scenario's fixed answer, serialised once. */
  json(scenario: 'normal' | 'malformed' | 'empty' | 'large' | 'rows'): string {
    let text = this._json.get(scenario);
    if (text === undefined) {
      switch (scenario) {
        case 'normal':
          text = JSON.stringify(this.normal);
          break;
        case 'malformed':
          text = this._malformedPayload().json;
          break;
        case 'empty':
          text = JSON.stringify({ ...declaredOptions(), leads: [] });
          break;
        case 'large':
          text = JSON.stringify(this.large);
          break;
        case 'rows':
          text = JSON.stringify(rowsPayload(this.normal));
          break;
      }
      this._json.set(scenario, text);
    }
    return text;
  }

  private _malformedPayload() {
    if (!this._malformed) {
      const { dataset, breakage } = breakDataset(this.normal, 31);
      this._malformed = { json: JSON.stringify(dataset), breakage };
    }
    return this._malformed;
  }

  private _generate(options: Parameters<typeof generateCrmDataset>[0]): CrmDataset {
    const start = performance.now();
    const dataset = generateCrmDataset(options);
    this.generatedInMs = performance.now() - start;
    return dataset;
  }
}

const LOGIN_PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Đăng nhập — CRM</title></head>
<body>
<main>
  <h1>Phiên đăng nhập đã hết hạn</h1>
  <p>Vui lòng đăng nhập lại để tiếp tục.</p>
  <form method="post" action="/crm/login">
    <label>Email <input type="email" name="email" autocomplete="username"></label>
    <label>Mật khẩu <input type="password" name="password" autocomplete="current-password"></label>
    <button type="submit">Đăng nhập</button>
  </form>
</main>
</body>
</html>
`;

const BEARER = /^Bearer token-(\d+)$/;

function jsonResponse(text: string, status = 200): HttpResponse<string> {
  return new HttpResponse(text, { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** How many records a payload text holds, for the log. */
function describe(crm: MockCrm, scenario: ScenarioId): string {
  switch (scenario) {
    case 'large':
      return `${LARGE.count.toLocaleString('en')} leads`;
    case 'empty':
      return 'no leads, options declared';
    case 'rows':
      return `${crm.normal.leads.length.toLocaleString('en')} leads as rows`;
    case 'malformed':
      return `${crm.normal.leads.length.toLocaleString('en')} records, some broken`;
    default:
      return `${crm.normal.leads.length.toLocaleString('en')} leads`;
  }
}

/** The request handlers of a scenario; `onRequest` hears of every request and its answer. */
export function createLeadHandlers(scenario: ScenarioId, crm: MockCrm, onRequest: (request: MockRequest) => void) {
  let served = 0;
  return [
    http.get(LEADS_URL, async ({ request }) => {
      served++;
      const { pathname, search } = new URL(request.url);
      const report = (status: number, note: string) => onRequest({ method: request.method, url: pathname + search, status, note });
      switch (scenario) {
        case 'slow':
          report(200, `${describe(crm, scenario)}, after 3 s`);
          await delay(3000);
          return jsonResponse(crm.json('normal'));
        case 'error-then-recovery':
          if (served <= 3) {
            report(500, `failure ${served} of 3`);
            return HttpResponse.json({ error: 'internal_error', message: 'Máy chủ CRM gặp sự cố.' }, { status: 500 });
          }
          report(200, describe(crm, scenario));
          return jsonResponse(crm.json('normal'));
        case 'auth-refresh': {
          // the token itself never goes to the log
          const match = BEARER.exec(request.headers.get('Authorization') ?? '');
          if (!match || Number(match[1]) < 2) {
            report(401, match ? `expired token #${match[1]}` : 'no token');
            return HttpResponse.json(
              { error: 'invalid_token' },
              { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
            );
          }
          report(200, `${describe(crm, scenario)}, token #${match[1]}`);
          return jsonResponse(crm.json('normal'));
        }
        case 'html':
          report(200, 'an HTML login page');
          return HttpResponse.html(LOGIN_PAGE);
        case 'server-filter': {
          const query = readServerQuery(new URL(request.url).searchParams);
          const payload = serverFilterPayload(crm.normal, query);
          const leads = payload.rows.reduce((sum, row) => sum + row.count, 0);
          const dates = query.from || query.to ? `${query.from ?? '…'}..${query.to ?? '…'}` : 'all dates';
          report(200, `${payload.rows.length.toLocaleString('en')} rows (${leads.toLocaleString('en')} leads) for ${dates}`);
          return HttpResponse.json(payload);
        }
        case 'large': {
          const text = crm.json('large');
          report(200, `${describe(crm, scenario)}, generated in ${Math.round(crm.generatedInMs)} ms`);
          return jsonResponse(text);
        }
        case 'rows': {
          const text = crm.json('rows');
          report(200, describe(crm, scenario));
          return jsonResponse(text);
        }
        case 'malformed':
        case 'empty':
        case 'normal': {
          const text = crm.json(scenario);
          report(200, describe(crm, scenario));
          return jsonResponse(text);
        }
      }
    }),
  ];
}

/** Starts the mock API for a scenario; resolves once the page's requests are intercepted. */
export async function startMockApi(scenario: ScenarioId, crm: MockCrm, onRequest: (request: MockRequest) => void): Promise<void> {
  const worker = setupWorker(...createLeadHandlers(scenario, crm, onRequest));
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
}
