/**
 * lead-dashboard: defines every element and re-exports their classes, events and the data API.
 */
export { LeadDashboard } from './components/lead-dashboard/lead-dashboard.js';
export { LeadStatusChart } from './components/lead-status-chart/lead-status-chart.js';
export { LeadFilterBar, type GroupByChoice } from './components/lead-filter-bar/lead-filter-bar.js';
export { LeadFilterChangeEvent, type LeadFilterChangeDetail } from './events/lead-filter-change.js';
export { LeadSelectEvent, type LeadSelectDetail } from './events/lead-select.js';
export * from './data/index.js';
