/**
 * The page's event log: one `<li data-type data-source data-detail>` per dashboard event,
 * standalone event and mock API request, newest first, at most 200. Everything is written as
 * text or through `dataset`; nothing reaches `innerHTML`.
 */

/** Where a log entry came from. */
export type LogSource = 'dashboard' | 'standalone' | 'api';

/** The most entries kept. */
export const LOG_LIMIT = 200;

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** Appends to the log list `list`. */
export class EventLog {
  constructor(private readonly list: HTMLOListElement) {}

  /**
   * Records an entry: `type` is the event type or `request`, `detail` goes to `data-detail` as
   * JSON, `text` is the readable line.
   */
  record(type: string, source: LogSource, detail: unknown, text: string, sourceLabel: string): HTMLLIElement {
    const item = document.createElement('li');
    item.dataset.type = type;
    item.dataset.source = source;
    item.dataset.detail = safeJson(detail);
    const stamp = document.createElement('time');
    stamp.textContent = time.format(new Date());
    const badge = document.createElement('span');
    badge.className = 'log-source';
    badge.textContent = sourceLabel;
    const kind = document.createElement('span');
    kind.className = 'log-type';
    kind.textContent = type;
    const line = document.createElement('span');
    line.className = 'log-text';
    line.textContent = text;
    item.append(stamp, badge, kind, line);
    this.list.prepend(item);
    while (this.list.childElementCount > LOG_LIMIT) this.list.lastElementChild!.remove();
    return item;
  }

  /** Empties the log. */
  clear(): void {
    this.list.replaceChildren();
  }
}

/** JSON of a detail; `undefined` members are dropped as JSON does, and a cycle never throws. */
function safeJson(detail: unknown): string {
  try {
    return JSON.stringify(detail ?? null);
  } catch {
    return 'null';
  }
}
