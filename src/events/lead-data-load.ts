/** What a load from `api` brought. */
export interface LeadDataLoadDetail {
  /** Valid, deduplicated leads in the dataset. */
  leads: number;
  /** Records that could not be used (SPEC §3). */
  excluded: { invalid: number; duplicateId: number };
}

/** Fired when data from `api` has been loaded and ingested. Never fired for data set through `.data`. */
export class LeadDataLoadEvent extends CustomEvent<LeadDataLoadDetail> {
  static readonly eventName = 'lead-data-load' as const;
  constructor(detail: LeadDataLoadDetail) {
    super(LeadDataLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// the events bubble and are composed: a host listens on the element, the document or the window
declare global {
  interface HTMLElementEventMap {
    'lead-data-load': LeadDataLoadEvent;
  }
  interface DocumentEventMap {
    'lead-data-load': LeadDataLoadEvent;
  }
  interface WindowEventMap {
    'lead-data-load': LeadDataLoadEvent;
  }
}
