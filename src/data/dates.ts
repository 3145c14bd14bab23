/**
 * Calendar days and time zones (SPEC §3). A day is an integer: days since 1970-01-01 in the
 * proleptic Gregorian calendar. Date-only values and wall-clock times are calendar facts and never
 * shift; instants become a day only through a time zone, resolved with Intl.
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/**
 * A parsed lead date: a calendar day that no zone shifts (with the wall-clock time read as UTC,
 * for ordering only, when one was written), or an instant in epoch milliseconds.
 */
export type LeadDate = { day: number; wall?: number; ms?: undefined } | { ms: number; day?: undefined };

/** The range of instants a Date (and Intl) can represent. */
const MAX_INSTANT = 8.64e15;

/** Days since 1970-01-01 for a civil date (H. Hinnant's algorithm; exact for every year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date `[year, month, day]` of a day number. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` for a day number. */
export function formatDay(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

function civilDay(y: string, m: string, d: string): number | null {
  const year = +y;
  const month = +m;
  const day = +d;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** The day of a `YYYY-MM-DD` string, or `null` when it is not exactly a possible calendar date. */
export function parseDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = DATE_ONLY.exec(value);
  return match ? civilDay(match[1]!, match[2]!, match[3]!) : null;
}

/**
 * Parses a lead date in exactly the SPEC §3 forms: `YYYY-MM-DD`; a date-time with `T` or a space,
 * followed by `Z` / `±HH:MM` (an instant) or nothing (a wall-clock time in the dashboard's zone,
 * whose calendar day is the written one); or epoch milliseconds as a finite number.
 * Everything else, including forms `Date.parse` happens to accept, is `null`.
 */
export function parseLeadDate(value: unknown): LeadDate | null {
  if (typeof value === 'number') return Math.abs(value) <= MAX_INSTANT ? { ms: value } : null;
  if (typeof value !== 'string') return null;
  if (value.length === 10) {
    const day = parseDay(value);
    return day === null ? null : { day };
  }
  const match = DATE_TIME.exec(value);
  if (!match) return null;
  const day = civilDay(match[1]!, match[2]!, match[3]!);
  const hour = +match[4]!;
  const minute = +match[5]!;
  const second = match[6] === undefined ? 0 : +match[6];
  if (day === null || hour > 23 || minute > 59 || second > 59) return null;
  const fraction = match[7] === undefined ? 0 : +match[7].slice(0, 3).padEnd(3, '0');
  const wall = day * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000 + fraction;
  const zone = match[8];
  if (zone === undefined) return { day, wall };
  let offset = 0;
  if (zone !== 'Z') {
    const oh = +zone.slice(1, 3);
    const om = +zone.slice(4, 6);
    if (oh > 23 || om > 59) return null;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return { ms: wall - offset };
}

/** A sortable instant for ordering history entries: wall-clock times and days count as if in UTC. */
export function leadDateOrder(date: LeadDate): number {
  return date.ms ?? date.wall ?? date.day * MS_PER_DAY;
}

/** Whether Intl knows the IANA zone name. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  let valid = checkedZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    // a formatter costs tens of microseconds and a dashboard asks on every update: remember a few
    if (checkedZones.size >= 64) checkedZones.clear();
    checkedZones.set(timeZone, valid);
  }
  return valid;
}

const checkedZones = new Map<string, boolean>();

/** The browser's own zone. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Returns a function giving the calendar day of an instant in `timeZone`.
 * Offsets come from Intl and are cached per UTC day: a day whose two ends share an offset (all but
 * the one or two transition days a year) needs two Intl calls for every instant in it, so an ingest
 * of a million leads over two years asks Intl about 1,500 times instead of a million. A transition
 * day is cached per hour the same way, and an hour holding a transition (as in half-hour zones) is
 * resolved per instant.
 */
export function createDayResolver(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  const offsetAt = (ms: number): number => {
    let year = 0,
      month = 1,
      day = 1,
      hour = 0,
      minute = 0,
      second = 0,
      bc = false;
    for (const part of format.formatToParts(ms)) {
      switch (part.type) {
        case 'year':
          year = +part.value;
          break;
        case 'month':
          month = +part.value;
          break;
        case 'day':
          day = +part.value;
          break;
        case 'hour':
          hour = +part.value;
          break;
        case 'minute':
          minute = +part.value;
          break;
        case 'second':
          second = +part.value;
          break;
        case 'era':
          bc = part.value === 'BC' || part.value === 'B';
          break;
      }
    }
    if (bc) year = 1 - year;
    const wall = daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000;
    return wall - (ms - (((ms % 1000) + 1000) % 1000));
  };
  /** The offset shared by the whole block of `size` ms starting at `start`, or NaN when it changes inside. */
  const blockOffset = (start: number, size: number): number => {
    const offset = offsetAt(start);
    return offsetAt(start + size - 1000) === offset ? offset : NaN;
  };
  // offsets by UTC day: a dense window of about eleven years around the first day seen (a
  // typed-array read per instant instead of a Map lookup), and a Map for days outside it
  const WINDOW = 1 << 12;
  let base = NaN;
  const dense = new Float64Array(WINDOW).fill(Infinity);
  const days = new Map<number, number>();
  const hours = new Map<number, number>();
  const dayOffset = (dayIndex: number): number => {
    if (Number.isNaN(base)) base = dayIndex - (WINDOW >> 1);
    const slot = dayIndex - base;
    const inWindow = slot >= 0 && slot < WINDOW;
    let offset = inWindow ? dense[slot]! : days.get(dayIndex);
    if (offset === undefined || offset === Infinity) {
      offset = blockOffset(dayIndex * MS_PER_DAY, MS_PER_DAY);
      if (inWindow) dense[slot] = offset;
      else days.set(dayIndex, offset);
    }
    return offset;
  };
  return (ms: number): number => {
    let offset: number | undefined = dayOffset(Math.floor(ms / MS_PER_DAY));
    if (Number.isNaN(offset)) {
      const hourIndex = Math.floor(ms / MS_PER_HOUR);
      offset = hours.get(hourIndex);
      if (offset === undefined) hours.set(hourIndex, (offset = blockOffset(hourIndex * MS_PER_HOUR, MS_PER_HOUR)));
      if (Number.isNaN(offset)) offset = offsetAt(ms);
    }
    return Math.floor((ms + offset) / MS_PER_DAY);
  };
}

/** The calendar day of an instant in a zone. */
export function dayInZone(ms: number, timeZone: string): number {
  return createDayResolver(timeZone)(ms);
}
