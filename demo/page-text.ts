/**
 * The demo page's own text, in Vietnamese and English. Elements carrying `data-i18n="<key>"` get
 * the string of that key as their text when the language changes.
 */
export type PageLang = 'vi' | 'en';

const vi = {
  documentTitle: 'Cơ hội khách hàng — trang thử lead-dashboard',
  title: 'Cơ hội khách hàng',
  subtitle: 'Trang thử của lead-dashboard trên một CRM giả lập (msw): số cơ hội theo nhân viên, trạng thái và tỷ lệ chuyển đổi.',
  scenarioLabel: 'Kịch bản',
  langLabel: 'Ngôn ngữ',
  themeLabel: 'Giao diện',
  themeLight: 'Sáng',
  themeDark: 'Tối',
  dashboardTitle: 'Thành phần nhúng <lead-dashboard>',
  dashboardHint:
    'Một thẻ duy nhất đọc API /crm/api/leads; màu, phông chữ và bo góc lấy từ trang này. Kéo chuột trên biểu đồ xu hướng để chọn khoảng thời gian; bộ lọc được ghi vào địa chỉ trang (sync-url) nên có thể gửi liên kết cho người khác.',
  standaloneTitle: 'Các thành phần dùng riêng',
  standaloneHint:
    'Thanh lọc và biểu đồ trạng thái nối với nhau bằng JavaScript thuần: trang tải dữ liệu một lần rồi tự tổng hợp khi bộ lọc đổi.',
  standaloneWaiting: 'Đang chờ bảng điều khiển tải xong để lấy dữ liệu…',
  standaloneLoading: 'Đang tải dữ liệu cho các thành phần riêng…',
  standaloneEmpty: 'Không có cơ hội nào khớp bộ lọc này.',
  standaloneNoData: 'Chưa có dữ liệu cho các thành phần riêng: {reason}. Trang sẽ tải lại khi bảng điều khiển tải thành công.',
  standaloneNoDataFinal: 'Không có dữ liệu cho các thành phần riêng: {reason}.',
  reasonHttp: 'API trả mã lỗi HTTP {status}',
  reasonHtml: 'API trả HTML thay vì JSON',
  reasonJson: 'API trả JSON không hợp lệ',
  reasonShape: 'phản hồi không phải là một tập dữ liệu cơ hội mà phiên bản này đọc được',
  reasonNetwork: 'không kết nối được tới API',
  reasonDashboard: 'bảng điều khiển báo lỗi “{message}”',
  standaloneLoaded: 'Đã tải dữ liệu của {count} cơ hội một lần bằng fetch; bộ lọc bên dưới tổng hợp ngay trên trình duyệt.',
  drilldownTitle: 'Danh sách chi tiết (trang chủ tự mở)',
  drilldownHint: 'Bấm một đoạn của biểu đồ hoặc một ô của bảng: trang chủ nhận sự kiện lead-select và liệt kê các cơ hội tương ứng.',
  drilldownNoData: 'Trang chưa có dữ liệu để liệt kê.',
  drilldownMatches: '{count} cơ hội khớp. {shown}',
  drilldownFirst: '{n} cơ hội đầu tiên theo ngày tạo:',
  drilldownNone: 'Không có cơ hội nào.',
  drilldownRows: 'Dữ liệu đã được tổng hợp (rows) nên trang không có từng cơ hội: máy chủ CRM sẽ trả danh sách này, ví dụ với {request}',
  drilldownRowsCount: 'Theo các dòng tổng hợp, có {count} cơ hội khớp; {n} dòng đầu tiên theo ngày:',
  drilldownAll: 'tất cả',
  drilldownRowCount: '{count} cơ hội',
  drilldownFrom: 'Từ',
  logTitle: 'Nhật ký sự kiện và yêu cầu',
  logHint: 'Mới nhất ở trên; giữ tối đa 200 dòng.',
  logClear: 'Xóa nhật ký',
  sourceDashboard: 'bảng điều khiển',
  sourceStandalone: 'thành phần riêng',
  sourceApi: 'API',
  footer: 'Dữ liệu hoàn toàn giả lập và tạo lại mỗi lần mở trang; “hôm nay” là ngày hiện tại theo giờ Việt Nam.',
  breakage: 'Bộ dữ liệu lỗi có {invalid} bản ghi không hợp lệ, {duplicate} id lặp, {unknown} trạng thái lạ và {stringId} id dạng chuỗi số.',
  field: {
    owner: 'Nhân viên',
    source: 'Nguồn',
    priority: 'Ưu tiên',
    step: 'Bước',
    status: 'Trạng thái',
    team: 'Nhóm kinh doanh',
    tinhTrang: 'Tình trạng',
  } as Record<string, string>,
};

type PageText = typeof vi;

const en: PageText = {
  documentTitle: 'Leads — lead-dashboard demo',
  title: 'Leads',
  subtitle: 'The lead-dashboard demo on a mock CRM (msw): leads per salesperson and status, and conversion rates.',
  scenarioLabel: 'Scenario',
  langLabel: 'Language',
  themeLabel: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  dashboardTitle: 'The drop-in <lead-dashboard>',
  dashboardHint:
    'One tag reading the /crm/api/leads API; colours, font and radius come from this page. Drag across the trend chart to pick a time range; the filter is kept in the page address (sync-url), so the link can be shared.',
  standaloneTitle: 'Standalone pieces',
  standaloneHint:
    'A filter bar and a status chart wired by plain JavaScript: the page fetches the data once and summarises it on each filter change.',
  standaloneWaiting: 'Waiting for the dashboard to finish loading before fetching…',
  standaloneLoading: 'Loading the data of the standalone pieces…',
  standaloneEmpty: 'No lead matches this filter.',
  standaloneNoData: 'No data for the standalone pieces yet: {reason}. The page fetches again once the dashboard loads successfully.',
  standaloneNoDataFinal: 'No data for the standalone pieces: {reason}.',
  reasonHttp: 'the API answered HTTP {status}',
  reasonHtml: 'the API answered HTML instead of JSON',
  reasonJson: 'the API answered invalid JSON',
  reasonShape: 'the answer is not a lead dataset this version can read',
  reasonNetwork: 'the API could not be reached',
  reasonDashboard: 'the dashboard reported “{message}”',
  standaloneLoaded: 'Fetched the data of {count} leads once with fetch; the filter below summarises it in the browser.',
  drilldownTitle: 'Lead list (the host’s drill-down)',
  drilldownHint: 'Click a chart segment or a table cell: the host page hears lead-select and lists the matching leads.',
  drilldownNoData: 'The page has no data to list yet.',
  drilldownMatches: '{count} leads match. {shown}',
  drilldownFirst: 'The first {n} by creation date:',
  drilldownNone: 'No lead matches.',
  drilldownRows:
    'The data is pre-aggregated (rows), so the page holds no individual leads: the CRM server would answer this list, for example to {request}',
  drilldownRowsCount: 'According to the rows, {count} leads match; the first {n} rows by date:',
  drilldownAll: 'all',
  drilldownRowCount: '{count} leads',
  drilldownFrom: 'From',
  logTitle: 'Events and requests',
  logHint: 'Newest first; at most 200 entries.',
  logClear: 'Clear the log',
  sourceDashboard: 'dashboard',
  sourceStandalone: 'standalone',
  sourceApi: 'API',
  footer: 'The data is entirely made up and generated again on every page load; “today” is the current date in Vietnam.',
  breakage:
    'The malformed dataset has {invalid} invalid records, {duplicate} repeated ids, {unknown} unknown statuses and {stringId} ids written as numeric strings.',
  field: {
    owner: 'Salesperson',
    source: 'Source',
    priority: 'Priority',
    step: 'Step',
    status: 'Status',
    team: 'Sales team',
    tinhTrang: 'Temperature',
  },
};

/** The page text of a language. */
export function pageText(lang: PageLang): PageText {
  return lang === 'en' ? en : vi;
}

/** A template with `{name}` placeholders filled. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Keys of the plain strings, usable in `data-i18n`. */
export type TextKey = { [K in keyof PageText]: PageText[K] extends string ? K : never }[keyof PageText];
