/**
 * The error state of a failed load: its message in Vietnamese and English, and the error panel.
 * Loaded with the first failure (most dashboards never fail), which is why they live here and not
 * in the main catalog and templates.
 */
import { html, nothing } from 'lit';
import type { Lang } from '../../data/types.js';
import { fill, messages } from '../../i18n/messages.js';
import type { LeadDataError } from '../../net/lead-data-error.js';

const TEXTS = {
  vi: {
    errorNetwork: 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng rồi thử lại.',
    errorTimeout: 'Máy chủ không trả lời kịp. Vui lòng thử lại.',
    errorHttp: 'Máy chủ trả về lỗi {status}.',
    errorNotFound: 'Không tìm thấy địa chỉ dữ liệu (lỗi 404).',
    errorRateLimited: 'Máy chủ đang nhận quá nhiều yêu cầu (lỗi 429). Vui lòng thử lại sau ít phút.',
    errorServer: 'Máy chủ đang gặp sự cố (lỗi {status}). Vui lòng thử lại sau.',
    errorParse: 'Máy chủ trả về nội dung không phải dữ liệu hợp lệ.',
    errorAuth: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ (lỗi 401). Hãy đăng nhập lại.',
    errorForbidden: 'Bạn không có quyền xem dữ liệu này (lỗi 403).',
    staleNotice: 'Đang hiển thị dữ liệu đã tải lúc {time}.',
    retry: 'Thử lại',
  },
  en: {
    errorNetwork: 'Could not reach the server. Check the connection and try again.',
    errorTimeout: 'The server took too long to answer. Please try again.',
    errorHttp: 'The server answered with error {status}.',
    errorNotFound: 'The data address was not found (error 404).',
    errorRateLimited: 'The server is receiving too many requests (error 429). Please try again in a few minutes.',
    errorServer: 'The server is having trouble (error {status}). Please try again later.',
    errorParse: 'The server sent something that is not valid data.',
    errorAuth: 'Your session has expired or is not valid (error 401). Please sign in again.',
    errorForbidden: 'You are not allowed to see this data (error 403).',
    staleNotice: 'Showing the data loaded at {time}.',
    retry: 'Try again',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The localized message of a failed load: one per kind, and per HTTP status where it tells more. */
export function errorMessage(error: LeadDataError, lang: Lang): string {
  const text = TEXTS[lang];
  const status = error.status ?? 0;
  switch (error.kind) {
    case 'network':
      return text.errorNetwork;
    case 'timeout':
      return text.errorTimeout;
    case 'parse':
      return text.errorParse;
    case 'shape':
      return messages(lang).errorShape;
    case 'auth':
      return status === 403 ? text.errorForbidden : text.errorAuth;
    case 'http':
      if (status === 404) return text.errorNotFound;
      if (status === 429) return text.errorRateLimited;
      return fill(status >= 500 ? text.errorServer : text.errorHttp, { status });
  }
}

/** The error panel: the message of the failed load, the stale notice when older data stays, Try again. */
export function errorPanel(error: LeadDataError, lang: Lang, staleSince: number | undefined, onRetry: () => void) {
  const text = TEXTS[lang];
  const stale =
    staleSince === undefined
      ? ''
      : fill(text.staleNotice, { time: new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(staleSince) });
  return html`<div class="error" part="error" role="alert">
    <p>${errorMessage(error, lang)}</p>
    ${stale ? html`<p class="stale">${stale}</p>` : nothing}
    <button type="button" part="retry" @click=${onRetry}>${text.retry}</button>
  </div>`;
}
