/** What the user picked: a group and status in a range, enough for the host to open its own lead list. */
export interface LeadSelectDetail {
  /** The grouping field, such as `owner`. */
  groupBy: string;
  /** The group's key; `null` for the unassigned / none group; `undefined` for every group (a totals cell). */
  group: string | null | undefined;
  /** The status id; `undefined` for every status (a total cell). */
  status: string | undefined;
  /** First day of the range, or `null`. */
  from: string | null;
  /** Last day of the range, or `null`. */
  to: string | null;
}

/** Fired when the user activates a chart segment or a table cell (click, Enter or Space). */
export class LeadSelectEvent extends CustomEvent<LeadSelectDetail> {
  static readonly eventName = 'lead-select' as const;
  constructor(detail: LeadSelectDetail) {
    super(LeadSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// the events bubble and are composed: a host listens on the element, the document or the window
declare global {
  interface HTMLElementEventMap {
    'lead-select': LeadSelectEvent;
  }
  interface DocumentEventMap {
    'lead-select': LeadSelectEvent;
  }
  interface WindowEventMap {
    'lead-select': LeadSelectEvent;
  }
}
