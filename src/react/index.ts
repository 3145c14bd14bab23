/**
 * lead-dashboard/react: React components for every element, made with `@lit/react`. Importing this
 * module defines the elements it wraps. React is a peer dependency; the drop-in bundle never
 * includes this module.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { LeadDashboard as LeadDashboardElement } from '../components/lead-dashboard/lead-dashboard.js';
import { LeadFilterBar as LeadFilterBarElement } from '../components/lead-filter-bar/lead-filter-bar.js';
import { LeadStatusChart as LeadStatusChartElement } from '../components/lead-status-chart/lead-status-chart.js';
import { LeadConversionChart as LeadConversionChartElement } from '../components/lead-conversion-chart/lead-conversion-chart.js';
import { LeadKpiStrip as LeadKpiStripElement } from '../components/lead-kpi-strip/lead-kpi-strip.js';
import { LeadTable as LeadTableElement } from '../components/lead-table/lead-table.js';
import { LeadMultiSelect as LeadMultiSelectElement } from '../components/lead-multi-select/lead-multi-select.js';
import { LeadTrendChart as LeadTrendChartElement } from '../components/lead-trend-chart/lead-trend-chart.js';
import { LeadFunnel as LeadFunnelElement } from '../components/lead-funnel/lead-funnel.js';
import type { LeadRangeSelectEvent } from '../events/lead-range-select.js';
import type { LeadSelectEvent } from '../events/lead-select.js';
import type { LeadFilterChangeEvent } from '../events/lead-filter-change.js';
import type { LeadDataLoadEvent } from '../events/lead-data-load.js';
import type { LeadDataErrorEvent } from '../events/lead-data-error.js';

const onLeadSelect = 'lead-select' as EventName<LeadSelectEvent>;
const onLeadFilterChange = 'lead-filter-change' as EventName<LeadFilterChangeEvent>;

/** `<lead-dashboard>` for React: element properties as props, `onLeadSelect`, `onLeadFilterChange`, `onLeadDataLoad`, `onLeadDataError`. */
export const LeadDashboard = createComponent({
  react: React,
  tagName: 'lead-dashboard',
  elementClass: LeadDashboardElement,
  events: {
    onLeadSelect,
    onLeadFilterChange,
    onLeadDataLoad: 'lead-data-load' as EventName<LeadDataLoadEvent>,
    onLeadDataError: 'lead-data-error' as EventName<LeadDataErrorEvent>,
  },
});

/** `<lead-filter-bar>` for React: `value`, `choices`, `dimensions`, `groupBy`, … and `onLeadFilterChange`. */
export const LeadFilterBar = createComponent({
  react: React,
  tagName: 'lead-filter-bar',
  elementClass: LeadFilterBarElement,
  events: { onLeadFilterChange },
});

/** `<lead-status-chart>` for React: `summary`, `mode`, `limit`, `groupLabel` and `onLeadSelect`. */
export const LeadStatusChart = createComponent({
  react: React,
  tagName: 'lead-status-chart',
  elementClass: LeadStatusChartElement,
  events: { onLeadSelect },
});

/** `<lead-conversion-chart>` for React: `summary`, `limit`, `groupLabel` and `onLeadSelect`. */
export const LeadConversionChart = createComponent({
  react: React,
  tagName: 'lead-conversion-chart',
  elementClass: LeadConversionChartElement,
  events: { onLeadSelect },
});

/** `<lead-kpi-strip>` for React: `summary`; it fires no event. */
export const LeadKpiStrip = createComponent({
  react: React,
  tagName: 'lead-kpi-strip',
  elementClass: LeadKpiStripElement,
});

/** `<lead-table>` for React: `summary`, `groupLabel` and `onLeadSelect`. */
export const LeadTable = createComponent({
  react: React,
  tagName: 'lead-table',
  elementClass: LeadTableElement,
  events: { onLeadSelect },
});

/** `<lead-multi-select>` for React: `label`, `options`, `value`, `searchThreshold` and `onChange` (the element's plain `change`). */
export const LeadMultiSelect = createComponent({
  react: React,
  tagName: 'lead-multi-select',
  elementClass: LeadMultiSelectElement,
  events: { onChange: 'change' as EventName<Event> },
});

/** `<lead-trend-chart>` for React: `trend`, `unit`, `selection` and `onLeadRangeSelect`. */
export const LeadTrendChart = createComponent({
  react: React,
  tagName: 'lead-trend-chart',
  elementClass: LeadTrendChartElement,
  events: { onLeadRangeSelect: 'lead-range-select' as EventName<LeadRangeSelectEvent> },
});

/** `<lead-funnel>` for React: `summary`, `group` and `onLeadSelect`. */
export const LeadFunnel = createComponent({
  react: React,
  tagName: 'lead-funnel',
  elementClass: LeadFunnelElement,
  events: { onLeadSelect },
});
