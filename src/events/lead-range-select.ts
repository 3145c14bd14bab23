/** The time range the user picked on a trend: whole buckets, inclusive calendar dates. */
export interface LeadRangeSelectDetail {
  /** First day, `YYYY-MM-DD`: the start of the first bucket picked. */
  from: string;
  /** Last day, `YYYY-MM-DD`: the end of the last bucket picked. */
  to: string;
}

/** Fired when the user picks a time range on a trend (a brush drag, or Shift + arrows then Enter). Never fired when the host sets a property. */
export class LeadRangeSelectEvent extends CustomEvent<LeadRangeSelectDetail> {
  static readonly eventName = 'lead-range-select' as const;
  constructor(detail: LeadRangeSelectDetail) {
    super(LeadRangeSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// the events bubble and are composed: a host listens on the element, the document or the window
declare global {
  interface HTMLElementEventMap {
    'lead-range-select': LeadRangeSelectEvent;
  }
  interface DocumentEventMap {
    'lead-range-select': LeadRangeSelectEvent;
  }
  interface WindowEventMap {
    'lead-range-select': LeadRangeSelectEvent;
  }
}
