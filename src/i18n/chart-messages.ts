/**
 * The strings of the trend chart and the funnel, apart from the main catalog: those elements are
 * loaded on demand, and so are their words (the main catalog is part of the first bundle).
 */
import type { Lang } from '../data/types.js';
import { messages, type Messages } from './messages.js';

const vi = {
  funnelTitle: 'Phễu chuyển đổi',
  funnelGroupTitle: 'Phễu chuyển đổi: {group}',
  funnelNote: 'Mỗi giai đoạn đếm các cơ hội đã tới hoặc đã qua giai đoạn đó.',
  funnelStage: 'Giai đoạn',
  funnelNew: 'Mới',
  funnelAssigned: 'Đã giao',
  funnelInProgress: 'Đang xử lý',
  funnelCustomer: 'Khách hàng',
  funnelLeads: '{count} cơ hội',
  funnelLeadsOne: '{count} cơ hội',
  funnelStepRate: 'So với bước trước',
  funnelCumulativeRate: 'So với tổng',
  funnelStepShort: '{rate} so với bước trước',
  funnelCumulativeShort: '{rate} so với tổng',
  trendTitle: 'Số cơ hội theo thời gian',
  trendDescription:
    '{total} cơ hội, {range}, mỗi cột là một {unit}. Kéo ngang trên biểu đồ, hoặc giữ Shift với phím mũi tên rồi nhấn Enter, để chọn khoảng thời gian.',
  trendUnit: 'Đơn vị thời gian',
  trendDay: 'Ngày',
  trendWeek: 'Tuần',
  trendMonth: 'Tháng',
  trendPeriod: 'Thời gian',
  trendBucket: '{period}: {total} cơ hội',
  trendSelected: 'Đã chọn {range}. Nhấn Enter để áp dụng, Esc để bỏ chọn.',
};

/** The trend chart's and the funnel's catalog. */
export type ChartMessages = typeof vi;

const en: ChartMessages = {
  funnelTitle: 'Conversion funnel',
  funnelGroupTitle: 'Conversion funnel: {group}',
  funnelNote: 'Each stage counts the leads that reached it or went past it.',
  funnelStage: 'Stage',
  funnelNew: 'New',
  funnelAssigned: 'Assigned',
  funnelInProgress: 'In progress',
  funnelCustomer: 'Customer',
  funnelLeads: '{count} leads',
  funnelLeadsOne: '{count} lead',
  funnelStepRate: 'Of the previous stage',
  funnelCumulativeRate: 'Of all leads',
  funnelStepShort: '{rate} of previous stage',
  funnelCumulativeShort: '{rate} of all leads',
  trendTitle: 'Leads over time',
  trendDescription:
    '{total} leads, {range}, one bar per {unit}. Drag across the chart, or hold Shift with the arrow keys and press Enter, to pick a time range.',
  trendUnit: 'Time unit',
  trendDay: 'Day',
  trendWeek: 'Week',
  trendMonth: 'Month',
  trendPeriod: 'Period',
  trendBucket: '{period}: {total} leads',
  trendSelected: 'Selected {range}. Press Enter to apply, Escape to clear.',
};

const merged = new Map<Lang, Messages & ChartMessages>();

/** The main catalog with the trend chart's and the funnel's strings, in a language. */
export function chartMessages(lang: Lang): Messages & ChartMessages {
  let text = merged.get(lang);
  if (!text) merged.set(lang, (text = { ...messages(lang), ...(lang === 'vi' ? vi : en) }));
  return text;
}
