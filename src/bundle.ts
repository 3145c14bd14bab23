/**
 * The entry of the drop-in bundle (dist/lead-dashboard.js). The elements a dashboard shows first
 * are in it; the others arrive as chunks beside it, requested at once, and are defined when they
 * land (`customElements.whenDefined`). Their classes are exported by the npm entry (src/index.ts).
 */
export { LeadDashboard } from './components/lead-dashboard/lead-dashboard.js';
export { LeadStatusChart } from './components/lead-status-chart/lead-status-chart.js';
export { LeadConversionChart } from './components/lead-conversion-chart/lead-conversion-chart.js';
export { LeadKpiStrip } from './components/lead-kpi-strip/lead-kpi-strip.js';
export { LeadTable } from './components/lead-table/lead-table.js';
export { LeadFilterBar, type GroupByChoice, type FilterChoices } from './components/lead-filter-bar/lead-filter-bar.js';
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

// every element is defined by this bundle: the rest as soon as its chunk arrives
void import('./components/lead-multi-select/lead-multi-select.js');
void import('./components/lead-trend-chart/lead-trend-chart.js');
void import('./components/lead-funnel/lead-funnel.js');
