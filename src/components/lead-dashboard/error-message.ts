import type { Messages } from '../../i18n/messages.js';
import { fill } from '../../i18n/messages.js';
import type { LeadDataError } from '../../net/fetch-dataset.js';

/** The localized message of a failed load: one per kind, and per HTTP status where it tells more. */
export function errorMessage(error: LeadDataError, text: Messages): string {
  const status = error.status ?? 0;
  switch (error.kind) {
    case 'network':
      return text.errorNetwork;
    case 'timeout':
      return text.errorTimeout;
    case 'parse':
      return text.errorParse;
    case 'shape':
      return text.errorShape;
    case 'auth':
      return status === 403 ? text.errorForbidden : text.errorAuth;
    case 'http':
      if (status === 404) return text.errorNotFound;
      if (status === 429) return text.errorRateLimited;
      return fill(status >= 500 ? text.errorServer : text.errorHttp, { status });
  }
}
