/**
 * Every element of the package, once. `npm run entries` writes from this list the element exports
 * of `src/index.ts`, the drop-in entry `src/bundle.ts`, the React wrappers `src/react/index.ts` and
 * the `exports` and `sideEffects` of package.json; `npm test` fails when any of them is stale, and
 * the manifest test checks custom-elements.json against it. Adding an element is an entry here
 * and its folder `src/components/<tag>/<tag>.ts` exporting the class.
 */

/** One element. */
export interface ElementEntry {
  /** The tag, also the folder and module name under `src/components/`. */
  tag: `lead-${string}`;
  /** The class the module exports. */
  className: string;
  /**
   * `eager`: in the drop-in bundle's main file, defined at once; `lazy`: a chunk beside it,
   * requested when the bundle loads and defined when it lands.
   */
  load: 'eager' | 'lazy';
  /**
   * The events its React wrapper maps to props: `lead-select` becomes `onLeadSelect` typed with
   * `LeadSelectEvent` from `src/events/lead-select.ts`; `change` becomes `onChange` (a plain Event).
   */
  events: readonly string[];
  /** What the React wrapper's JSDoc says of its props. */
  react: string;
}

export const ELEMENTS: readonly ElementEntry[] = [
  {
    tag: 'lead-dashboard',
    className: 'LeadDashboard',
    load: 'eager',
    events: ['lead-select', 'lead-filter-change', 'lead-data-load', 'lead-data-error'],
    react: 'element properties as props',
  },
  {
    tag: 'lead-filter-bar',
    className: 'LeadFilterBar',
    load: 'eager',
    events: ['lead-filter-change'],
    react: '`value`, `choices`, `dimensions`, `groupBy`, …',
  },
  {
    tag: 'lead-multi-select',
    className: 'LeadMultiSelect',
    load: 'lazy',
    events: ['change'],
    react: '`label`, `options`, `value`, `searchThreshold`',
  },
  {
    tag: 'lead-status-chart',
    className: 'LeadStatusChart',
    load: 'eager',
    events: ['lead-select'],
    react: '`summary`, `mode`, `limit`, `groupLabel`',
  },
  {
    tag: 'lead-conversion-chart',
    className: 'LeadConversionChart',
    load: 'eager',
    events: ['lead-select'],
    react: '`summary`, `limit`, `groupLabel`',
  },
  { tag: 'lead-kpi-strip', className: 'LeadKpiStrip', load: 'eager', events: [], react: '`summary`, `comparison`' },
  { tag: 'lead-table', className: 'LeadTable', load: 'eager', events: ['lead-select'], react: '`summary`, `groupLabel`, `comparison`' },
  {
    tag: 'lead-trend-chart',
    className: 'LeadTrendChart',
    load: 'lazy',
    events: ['lead-range-select'],
    react: '`trend`, `unit`, `selection`',
  },
  { tag: 'lead-funnel', className: 'LeadFunnel', load: 'lazy', events: ['lead-select'], react: '`summary`, `group`' },
];
