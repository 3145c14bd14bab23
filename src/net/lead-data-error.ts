/**
 * A failed load and its kind, in a module of its own: the page needs the class to show the error
 * states, while the code that loads (fetchDataset) is only needed where no worker runs.
 */

/** Why a load failed; the dashboard shows one state per kind. */
export type DataErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'shape' | 'auth';

/** A failed load: its kind, and the HTTP status when there was one. */
export class LeadDataError extends Error {
  /** What went wrong. */
  readonly kind: DataErrorKind;
  /** The HTTP status of the response that failed the load, when there was one. */
  readonly status?: number;

  constructor(kind: DataErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'LeadDataError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
  }
}

/** Request headers: fixed, or a (possibly async) function called before every request. */
export type HeadersSource = HeadersInit | (() => HeadersInit | undefined | Promise<HeadersInit | undefined>);
