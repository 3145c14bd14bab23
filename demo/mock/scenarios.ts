/**
 * The scenarios of the demo's mock API. The ids are a contract: QA and the end-to-end check open
 * `demo/?scenario=<id>`.
 */

/** Every scenario id, in the order the switcher lists them. */
export const SCENARIO_IDS = [
  'normal',
  'slow',
  'error-then-recovery',
  'auth-refresh',
  'html',
  'malformed',
  'empty',
  'large',
  'rows',
  'server-filter',
] as const;

/** A scenario id. */
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** The scenario when the URL names none (or an unknown one). */
export const DEFAULT_SCENARIO: ScenarioId = 'normal';

/** What the page shows about a scenario, per language. */
export interface ScenarioText {
  /** The switcher's option label. */
  label: string;
  /** What the mock API does and what to expect on screen. */
  description: string;
}

/** Labels and descriptions of the scenarios. */
export const SCENARIO_TEXT: Record<ScenarioId, { vi: ScenarioText; en: ScenarioText }> = {
  normal: {
    vi: {
      label: 'Bình thường',
      description: 'Khoảng 5.000 cơ hội trong 18 tháng, 16 nhân viên kinh doanh trong 4 nhóm; API trả lời ngay.',
    },
    en: { label: 'Normal', description: 'About 5,000 leads over 18 months, 16 salespeople in 4 teams; the API answers at once.' },
  },
  slow: {
    vi: {
      label: 'Chậm (3 giây)',
      description: 'Cùng dữ liệu, nhưng API trả lời sau 3 giây: bảng điều khiển hiện khung chờ trong lúc tải.',
    },
    en: {
      label: 'Slow (3 s)',
      description: 'The same data, answered after 3 seconds: the dashboard shows its loading skeleton meanwhile.',
    },
  },
  'error-then-recovery': {
    vi: {
      label: 'Lỗi rồi phục hồi',
      description:
        '3 yêu cầu đầu tiên trả lỗi 500: bảng điều khiển thử lại 2 lần rồi báo lỗi kèm nút “Thử lại”. Mọi yêu cầu sau đó đều thành công.',
    },
    en: {
      label: 'Error, then recovery',
      description:
        'The first 3 requests answer HTTP 500: the dashboard retries twice, then shows its error with a “Try again” button. Every later request succeeds.',
    },
  },
  'auth-refresh': {
    vi: {
      label: 'Làm mới token (401)',
      description:
        'API chỉ nhận “Bearer token-2” trở đi. Trang gán dashboard.headers là hàm bất đồng bộ trả token-1, token-2, …: yêu cầu đầu bị 401 và bảng điều khiển tự lấy token mới rồi thử lại.',
    },
    en: {
      label: 'Token refresh (401)',
      description:
        'The API accepts “Bearer token-2” and later only. The page sets dashboard.headers to an async function returning token-1, token-2, …: the first request gets 401 and the dashboard asks for a new token and retries.',
    },
  },
  html: {
    vi: {
      label: 'Trả về HTML',
      description: 'API trả trang đăng nhập HTML (200, text/html) thay vì JSON, như khi phiên đăng nhập hết hạn.',
    },
    en: {
      label: 'HTML response',
      description: 'The API answers an HTML login page (200, text/html) instead of JSON, as when a session has expired.',
    },
  },
  malformed: {
    vi: {
      label: 'Dữ liệu lỗi',
      description:
        'Dữ liệu bình thường với khoảng 3% bản ghi hỏng: thiếu id, trạng thái trống, ngày không tồn tại (2026-02-30, 30/06/2026), id là chuỗi số, trạng thái lạ (“Đã hủy”), id lặp.',
    },
    en: {
      label: 'Malformed data',
      description:
        'The normal data with about 3% broken records: missing ids, blank statuses, impossible dates (2026-02-30, 30/06/2026), ids as numeric strings, unknown statuses (“Đã hủy”), repeated ids.',
    },
  },
  empty: {
    vi: {
      label: 'Không có dữ liệu',
      description: 'Nhân viên, nguồn, mức ưu tiên, bước và thuộc tính vẫn được khai báo, nhưng danh sách cơ hội trống.',
    },
    en: { label: 'Empty', description: 'Owners, sources, priorities, steps and dimensions are declared, but there are no leads.' },
  },
  large: {
    vi: {
      label: 'Lớn (200.000)',
      description: '200.000 cơ hội từ cùng bộ sinh dữ liệu (không kèm lịch sử các bước), để thử tốc độ tải và tổng hợp.',
    },
    en: {
      label: 'Large (200,000)',
      description: '200,000 leads from the same generator (without step histories), to try loading and aggregation speed.',
    },
  },
  rows: {
    vi: {
      label: 'Đã tổng hợp (rows)',
      description:
        'Máy chủ tổng hợp sẵn dữ liệu bình thường: mỗi tổ hợp (ngày, nhân viên, trạng thái, nguồn, ưu tiên, bước, nhóm, tình trạng) là một dòng có count; không có danh sách cơ hội.',
    },
    en: {
      label: 'Pre-aggregated (rows)',
      description:
        'The server pre-aggregates the normal data: one row with a count per (date, owner, status, source, priority, step, team, temperature); no raw leads.',
    },
  },
  'server-filter': {
    vi: {
      label: 'Lọc phía máy chủ',
      description:
        'Bảng điều khiển có thuộc tính server-filter: mỗi thay đổi bộ lọc gửi from, to, tz, dateField, groupBy và các danh sách lọc lên API; máy chủ lọc rồi trả rows.',
    },
    en: {
      label: 'Server-side filter',
      description:
        'The dashboard has the server-filter attribute: each filter change sends from, to, tz, dateField, groupBy and the list filters to the API, which filters and answers rows.',
    },
  },
};

/** Whether a value is a scenario id. */
export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && (SCENARIO_IDS as readonly string[]).includes(value);
}
