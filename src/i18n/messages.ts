/**
 * Every user-facing string, in Vietnamese (the origin language) and English. Pure data: the data
 * layer uses it for group labels, the elements for everything they show.
 */
import type { ConversionBasis, Lang, RangePreset } from '../data/types.js';

const vi = {
  unassigned: 'Chưa giao',
  none: 'Không có',
  unknownStatus: 'Không xác định',
  total: 'Tổng',
  other: 'Khác',
  owner: 'Nhân viên',
  source: 'Nguồn',
  priority: 'Ưu tiên',
  step: 'Bước xử lý',
  status: 'Trạng thái',
  conversionRate: 'Tỷ lệ chuyển đổi',
  share: 'Tỷ trọng',
  leads: 'Cơ hội',
  tableCaption: 'Cơ hội theo trạng thái và {group}',
  chartTitle: 'Trạng thái cơ hội theo {group}',
  chartDescription: '{groups} nhóm, {total} cơ hội. Bảng số liệu bên dưới.',
  noData: 'Không có cơ hội nào trong khoảng thời gian này.',
  errorShape: 'Dữ liệu không đúng định dạng nên không thể hiển thị.',
  excludedNotice: 'Đã bỏ qua {invalid} bản ghi không hợp lệ và {duplicate} bản ghi trùng mã.',
  range: 'Khoảng thời gian',
  from: 'Từ ngày',
  to: 'Đến ngày',
  groupBy: 'Nhóm theo',
  conversionBasis: 'Cơ sở tính chuyển đổi',
  basisAssigned: 'so với số đã giao',
  basisQualified: 'so với số đã giao, trừ trùng',
  basisClosed: 'so với số đã chốt',
  filters: 'Bộ lọc',
  count: 'Số lượng',
  percent: 'Phần trăm',
  dash: '—',
  // multi-select strings (filter bar)
  all: 'Tất cả',
  selectedCount: '{count} đã chọn',
  search: 'Tìm kiếm',
  selectAll: 'Chọn tất cả',
  clearSelection: 'Bỏ chọn',
  noMatches: 'Không tìm thấy',
  // conversion chart and KPI strip strings
  conversionTitle: 'Tỷ lệ chuyển đổi theo {group}',
  conversionDescription: 'Tỷ lệ chuyển đổi {basis} của {groups} nhóm; toàn bộ: {rate}.',
  overallRate: 'Toàn bộ: {rate}',
  kpiTotal: 'Tổng cơ hội',
  kpiAssigned: 'Đã giao',
  kpiInProgress: 'Đang xử lý',
  kpiCustomers: 'Khách hàng',
  kpiConversion: 'Tỷ lệ chuyển đổi',
  // dashboard strings
  chartMode: 'Hiển thị theo',
  dataTable: 'Bảng số liệu',
  compareWith: 'So sánh với',
  compareNone: 'Không so sánh',
  comparePreviousPeriod: 'Kỳ trước',
  compareSamePeriodLastYear: 'Cùng kỳ năm trước',
  compareOpenRange: 'Chọn một khoảng thời gian có đầu và cuối để so sánh.',
  compareFailed: 'Không tải được dữ liệu của kỳ so sánh.',
  comparePending: 'Đang tải dữ liệu của kỳ so sánh…',
  base: 'Cơ sở tính',
  loading: 'Đang tải dữ liệu…',
  refreshing: 'Đang cập nhật…',
  downloadCsv: 'Tải CSV',
  resultsAnnouncement: '{total} cơ hội trong {groups} nhóm, {range}.',
  // comparison and funnel strings
  comparePreviousDays: 'so với {days} ngày trước ({range})',
  comparePreviousDay: 'so với ngày trước đó ({range})',
  compareLastYear: 'so với cùng kỳ năm trước ({range})',
  percentagePoints: '{value} điểm %',
  deltaTotal: 'Δ Tổng',
  // export and sharing strings
  exportSvg: 'Tải SVG',
  exportPng: 'Tải PNG',
  exportOf: '{action} – biểu đồ {chart}',
  panelNames: { status: 'trạng thái', conversion: 'tỷ lệ chuyển đổi', trend: 'theo thời gian', funnel: 'phễu chuyển đổi' },
  exportPngUnavailable: 'Trang này không cho phép tạo ảnh PNG; hãy tải bản SVG.',
  exportFailed: 'Không xuất được biểu đồ.',
  presets: {
    today: 'Hôm nay',
    yesterday: 'Hôm qua',
    'this-week': 'Tuần này',
    'last-week': 'Tuần trước',
    'last-7-days': '7 ngày qua',
    'this-month': 'Tháng này',
    'last-month': 'Tháng trước',
    'last-30-days': '30 ngày qua',
    'this-quarter': 'Quý này',
    'last-90-days': '90 ngày qua',
    'this-year': 'Năm nay',
    all: 'Toàn bộ',
  } satisfies Record<RangePreset, string>,
};

/** A message catalog. */
export type Messages = typeof vi;

const en: Messages = {
  unassigned: 'Unassigned',
  none: 'None',
  unknownStatus: 'Unknown',
  total: 'Total',
  other: 'Other',
  owner: 'Salesperson',
  source: 'Source',
  priority: 'Priority',
  step: 'Processing step',
  status: 'Status',
  conversionRate: 'Conversion rate',
  share: 'Share',
  leads: 'Leads',
  tableCaption: 'Leads by status and {group}',
  chartTitle: 'Lead status by {group}',
  chartDescription: '{groups} groups, {total} leads. The data table follows.',
  noData: 'No leads in this time range.',
  errorShape: 'The data does not have the expected shape and cannot be shown.',
  excludedNotice: 'Skipped {invalid} invalid records and {duplicate} records with a repeated id.',
  range: 'Time range',
  from: 'From',
  to: 'To',
  groupBy: 'Group by',
  conversionBasis: 'Conversion basis',
  basisAssigned: 'of leads assigned',
  basisQualified: 'of leads assigned, duplicates aside',
  basisClosed: 'of leads closed',
  filters: 'Filters',
  count: 'Count',
  percent: 'Percent',
  dash: '—',
  // multi-select strings (filter bar)
  all: 'All',
  selectedCount: '{count} selected',
  search: 'Search',
  selectAll: 'Select all',
  clearSelection: 'Clear',
  noMatches: 'No matches',
  // conversion chart and KPI strip strings
  conversionTitle: 'Conversion rate by {group}',
  conversionDescription: 'Conversion rate {basis} for {groups} groups; overall: {rate}.',
  overallRate: 'Overall: {rate}',
  kpiTotal: 'Total leads',
  kpiAssigned: 'Assigned',
  kpiInProgress: 'In progress',
  kpiCustomers: 'Customers',
  kpiConversion: 'Conversion rate',
  // dashboard strings
  chartMode: 'Show as',
  dataTable: 'Data table',
  compareWith: 'Compare with',
  compareNone: 'No comparison',
  comparePreviousPeriod: 'Previous period',
  compareSamePeriodLastYear: 'Same period last year',
  compareOpenRange: 'Pick a range with a start and an end to compare.',
  compareFailed: 'The period to compare with could not be loaded.',
  comparePending: 'Loading the period to compare with…',
  base: 'Base',
  loading: 'Loading data…',
  refreshing: 'Updating…',
  downloadCsv: 'Download CSV',
  resultsAnnouncement: '{total} leads in {groups} groups, {range}.',
  // comparison and funnel strings
  comparePreviousDays: 'vs the previous {days} days ({range})',
  comparePreviousDay: 'vs the previous day ({range})',
  compareLastYear: 'vs the same period last year ({range})',
  percentagePoints: '{value} pts',
  deltaTotal: 'Δ Total',
  // export and sharing strings
  exportSvg: 'Download SVG',
  exportPng: 'Download PNG',
  exportOf: '{action} – {chart} chart',
  panelNames: { status: 'status', conversion: 'conversion rate', trend: 'leads over time', funnel: 'conversion funnel' },
  exportPngUnavailable: 'This page does not allow PNG images to be made; download the SVG instead.',
  exportFailed: 'The chart could not be exported.',
  presets: {
    today: 'Today',
    yesterday: 'Yesterday',
    'this-week': 'This week',
    'last-week': 'Last week',
    'last-7-days': 'Last 7 days',
    'this-month': 'This month',
    'last-month': 'Last month',
    'last-30-days': 'Last 30 days',
    'this-quarter': 'This quarter',
    'last-90-days': 'Last 90 days',
    'this-year': 'This year',
    all: 'All time',
  },
};

const catalogs: Record<Lang, Messages> = { vi, en };

/** The catalog of a language. */
export function messages(lang: Lang): Messages {
  return catalogs[lang];
}

/** A message with `{name}` placeholders filled in as text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** `vi` or `en` for a BCP 47 tag, or `null` for any other language. */
export function matchLang(tag: unknown): Lang | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : null;
}

/** The on-screen name of a conversion basis ("so với số đã giao"). */
export function basisText(text: Messages, basis: ConversionBasis): string {
  return basis === 'closed' ? text.basisClosed : basis === 'qualified' ? text.basisQualified : text.basisAssigned;
}
