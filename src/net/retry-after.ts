/**
 * The `Retry-After` header (RFC 9110 §10.2.3): delta-seconds or an HTTP-date. The date is read
 * with exact patterns, not `Date.parse`, which accepts `-1`, `12` or `soon-ish` forms as dates.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)';
const LONG_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

// RFC 9110 §5.6.7: recipients must accept all three forms, though only the first is sent today
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`, 'i');
const RFC_850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`, 'i');
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`, 'i');

/** Epoch ms of a valid UTC civil date and time, or null when a field is out of range. */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  // a leap second (:60) is a real value on the wire; it is read as the last second of the minute
  if (hour > 23 || minute > 59 || second > 60) return null;
  const ms = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // Date.UTC rolls 31 Feb over into March: a changed day means the date does not exist
  return new Date(ms).getUTCDate() === day ? ms : null;
}

/** An HTTP-date in any of its three forms as epoch ms, or null. */
function parseHttpDate(text: string, now: number): number | null {
  let match = IMF_FIXDATE.exec(text);
  if (match) {
    const [, day, month, year, h, m, s] = match;
    return utc(+year!, MONTHS.indexOf(month!.toLowerCase()), +day!, +h!, +m!, +s!);
  }
  match = RFC_850.exec(text);
  if (match) {
    const [, day, month, yy, h, m, s] = match;
    // RFC 9110: a two-digit year more than 50 years ahead is the most recent past such year
    const thisYear = new Date(now).getUTCFullYear();
    let year = thisYear - (thisYear % 100) + +yy!;
    if (year > thisYear + 50) year -= 100;
    return utc(year, MONTHS.indexOf(month!.toLowerCase()), +day!, +h!, +m!, +s!);
  }
  match = ASCTIME.exec(text);
  if (match) {
    const [, month, day, h, m, s, year] = match;
    return utc(+year!, MONTHS.indexOf(month!.toLowerCase()), +day!.trim(), +h!, +m!, +s!);
  }
  return null;
}

/**
 * How long a `Retry-After` value asks to wait, in ms (never negative; a past date is 0), or null
 * when it is absent or invalid (empty, a fraction, negative, not a date).
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, Number.MAX_SAFE_INTEGER);
  const at = parseHttpDate(text, now);
  return at === null ? null : Math.max(0, at - now);
}
