import type { DataErrorKind } from '../net/fetch-dataset.js';

/** Why loading from `api` failed. */
export interface LeadDataErrorDetail {
  /** `network`, `timeout`, `http`, `parse`, `shape` or `auth`. */
  kind: DataErrorKind;
  /** The HTTP status, when a response failed the load. */
  status?: number;
  /** The message shown to the user, in the dashboard's language (never a token or URL). */
  message: string;
}

/** Fired when loading from `api` fails (after any retries). */
export class LeadDataErrorEvent extends CustomEvent<LeadDataErrorDetail> {
  static readonly eventName = 'lead-data-error' as const;
  constructor(detail: LeadDataErrorDetail) {
    super(LeadDataErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// the events bubble and are composed: a host listens on the element, the document or the window
declare global {
  interface HTMLElementEventMap {
    'lead-data-error': LeadDataErrorEvent;
  }
  interface DocumentEventMap {
    'lead-data-error': LeadDataErrorEvent;
  }
  interface WindowEventMap {
    'lead-data-error': LeadDataErrorEvent;
  }
}
