import type { LeadFilter } from '../data/types.js';

/** The filter after a user's change, with the range resolved to calendar dates. */
export interface LeadFilterChangeDetail extends LeadFilter {
  /** Resolved first day, `YYYY-MM-DD`, or `null` for an open start. */
  from: string | null;
  /** Resolved last day, `YYYY-MM-DD`, or `null` for an open end. */
  to: string | null;
  /** The grouping chosen with the filter, when the control offers it. */
  groupBy?: string;
  /** The conversion basis chosen with the filter, when the control offers it. */
  conversionBasis?: string;
}

/** Fired when the user changes the filter, range or grouping. Never fired when the host sets a property. */
export class LeadFilterChangeEvent extends CustomEvent<LeadFilterChangeDetail> {
  static readonly eventName = 'lead-filter-change' as const;
  constructor(detail: LeadFilterChangeDetail) {
    super(LeadFilterChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// the events bubble and are composed: a host listens on the element, the document or the window
declare global {
  interface HTMLElementEventMap {
    'lead-filter-change': LeadFilterChangeEvent;
  }
  interface DocumentEventMap {
    'lead-filter-change': LeadFilterChangeEvent;
  }
  interface WindowEventMap {
    'lead-filter-change': LeadFilterChangeEvent;
  }
}
