/**
 * lead-dashboard: defines every element and re-exports their classes, events and the data API.
 */
export { LeadDashboard } from './components/lead-dashboard/lead-dashboard.js';
export { LeadStatusChart } from './components/lead-status-chart/lead-status-chart.js';
export { LeadConversionChart } from './components/lead-conversion-chart/lead-conversion-chart.js';
export { LeadKpiStrip } from './components/lead-kpi-strip/lead-kpi-strip.js';
export { LeadTable } from './components/lead-table/lead-table.js';
export { LeadFilterBar, type GroupByChoice, type FilterChoices } from './components/lead-filter-bar/lead-filter-bar.js';
export { LeadMultiSelect } from './components/lead-multi-select/lead-multi-select.js';
export { LeadTrendChart } from './components/lead-trend-chart/lead-trend-chart.js';
export { LeadFunnel } from './components/lead-funnel/lead-funnel.js';
export { LeadRangeSelectEvent, type LeadRangeSelectDetail } from './events/lead-range-select.js';
export * from './data/trend.js';
export * from './data/compare.js';
export * from './data/funnel.js';
export * from './url/filter-url.js';
export { svgText, svgBlob, pngBlob, canExportPng, download, fileName, ChartExportError } from './export/chart-export.js';
export { LeadFilterChangeEvent, type LeadFilterChangeDetail } from './events/lead-filter-change.js';
export { LeadSelectEvent, type LeadSelectDetail } from './events/lead-select.js';
export { LeadDataLoadEvent, type LeadDataLoadDetail } from './events/lead-data-load.js';
export { LeadDataErrorEvent, type LeadDataErrorDetail } from './events/lead-data-error.js';
export {
  fetchDataset,
  LeadDataError,
  withQuery,
  type DataErrorKind,
  type HeadersSource,
  type FetchDatasetOptions,
} from './net/fetch-dataset.js';
export * from './data/index.js';
