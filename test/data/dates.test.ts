import { expect } from '@open-wc/testing';
import {
  civilFromDays,
  createDayResolver,
  daysFromCivil,
  formatDay,
  isValidTimeZone,
  parseDay,
  parseLeadDate,
} from '../../src/data/dates.js';

const day = (iso: string) => parseDay(iso)!;

describe('calendar days', () => {
  it('counts days from 1970-01-01 both ways, leap years and centuries included', () => {
    expect(daysFromCivil(1970, 1, 1)).to.equal(0);
    expect(daysFromCivil(2000, 3, 1)).to.equal(11017);
    expect(daysFromCivil(1969, 12, 31)).to.equal(-1);
    for (const d of [-800000, -1, 0, 59, 10956, 11016, 11017, 20000, 2932896]) {
      const [y, m, dd] = civilFromDays(d);
      expect(daysFromCivil(y, m, dd)).to.equal(d);
    }
    expect(formatDay(daysFromCivil(2024, 2, 29))).to.equal('2024-02-29');
    expect(formatDay(daysFromCivil(1, 1, 1))).to.equal('0001-01-01');
  });

  it('parses exactly YYYY-MM-DD and refuses impossible dates', () => {
    expect(parseDay('2024-02-29')).to.equal(daysFromCivil(2024, 2, 29));
    expect(parseDay('2023-02-29')).to.equal(null);
    expect(parseDay('2021-02-30')).to.equal(null);
    expect(parseDay('2021-13-01')).to.equal(null);
    expect(parseDay('2021-1-01')).to.equal(null);
    expect(parseDay(20210101)).to.equal(null);
  });
});

describe('parseLeadDate', () => {
  it('reads a date-only value as a calendar day that no zone shifts', () => {
    expect(parseLeadDate('2026-03-08')).to.deep.equal({ day: day('2026-03-08') });
  });

  it('reads a date-time with Z or an offset as an instant', () => {
    expect(parseLeadDate('2026-03-08T10:15:30Z')).to.deep.equal({ ms: Date.UTC(2026, 2, 8, 10, 15, 30) });
    expect(parseLeadDate('2026-03-08 10:15+07:00')).to.deep.equal({ ms: Date.UTC(2026, 2, 8, 3, 15) });
    expect(parseLeadDate('2026-03-08T00:30:00.25-05:30')).to.deep.equal({ ms: Date.UTC(2026, 2, 8, 6, 0, 0, 250) });
    expect(parseLeadDate('2026-03-08T23:59:59.999999Z')).to.deep.equal({ ms: Date.UTC(2026, 2, 8, 23, 59, 59, 999) });
  });

  it('reads a date-time without a zone as a wall-clock time on its written day', () => {
    expect(parseLeadDate('2026-03-08T23:30')).to.deep.equal({ day: day('2026-03-08'), wall: Date.UTC(2026, 2, 8, 23, 30) });
    expect(parseLeadDate('2026-03-08 00:00:00')).to.deep.equal({ day: day('2026-03-08'), wall: Date.UTC(2026, 2, 8) });
  });

  it('reads epoch milliseconds as an instant', () => {
    expect(parseLeadDate(0)).to.deep.equal({ ms: 0 });
    expect(parseLeadDate(1772928000000)).to.deep.equal({ ms: 1772928000000 });
  });

  it('refuses everything else, including forms Date.parse accepts', () => {
    for (const value of [
      '2021-02-30',
      '2021-02-28T24:00Z',
      '2021-02-28T23:60Z',
      '2021-02-28T23:59:60Z',
      '2021-02-28T10:00+24:00',
      '06/30/2017',
      '15 Apr, 2021',
      'Tue, 01 Jun 2021 10:00:00 GMT',
      '2021-06-01T10:00:00z',
      '2021-06-01T10',
      '20210601',
      '1622541600000',
      ' 2021-06-01',
      '',
      NaN,
      Infinity,
      9e15,
      null,
      undefined,
      {},
      [],
      true,
    ]) {
      expect(parseLeadDate(value), String(value)).to.equal(null);
    }
  });
});

describe('createDayResolver', () => {
  const at = (iso: string) => Date.parse(iso);

  it('gives the calendar day of an instant in a zone', () => {
    const instant = at('2026-06-01T02:00:00Z');
    expect(formatDay(createDayResolver('UTC')(instant))).to.equal('2026-06-01');
    expect(formatDay(createDayResolver('Etc/GMT+8')(instant))).to.equal('2026-05-31');
    expect(formatDay(createDayResolver('America/Los_Angeles')(instant))).to.equal('2026-05-31');
    expect(formatDay(createDayResolver('Asia/Kolkata')(at('2026-05-31T18:29:59Z')))).to.equal('2026-05-31');
    expect(formatDay(createDayResolver('Asia/Kolkata')(at('2026-05-31T18:30:00Z')))).to.equal('2026-06-01');
    expect(formatDay(createDayResolver('Pacific/Kiritimati')(at('2026-05-31T09:59:59Z')))).to.equal('2026-05-31');
    expect(formatDay(createDayResolver('Pacific/Kiritimati')(at('2026-05-31T10:00:00Z')))).to.equal('2026-06-01');
  });

  it('treats a DST day as one day, whatever its length', () => {
    const newYork = createDayResolver('America/New_York');
    // 2026-03-08 lasts 23 hours in New York: 05:00Z to 04:00Z next day
    expect(formatDay(newYork(at('2026-03-08T04:59:59Z')))).to.equal('2026-03-07');
    expect(formatDay(newYork(at('2026-03-08T05:00:00Z')))).to.equal('2026-03-08');
    expect(formatDay(newYork(at('2026-03-09T03:59:59Z')))).to.equal('2026-03-08');
    expect(formatDay(newYork(at('2026-03-09T04:00:00Z')))).to.equal('2026-03-09');
    // 2026-11-01 lasts 25 hours: 04:00Z to 05:00Z next day
    expect(formatDay(newYork(at('2026-11-02T04:59:59Z')))).to.equal('2026-11-01');
    expect(formatDay(newYork(at('2026-11-02T05:00:00Z')))).to.equal('2026-11-02');
  });

  it('resolves a transition inside an hour in a half-hour zone', () => {
    // Lord Howe Island moves between +10:30 and +11:00 at 02:00 local
    const lordHowe = createDayResolver('Australia/Lord_Howe');
    const reference = new Intl.DateTimeFormat('en-CA', { timeZone: 'Australia/Lord_Howe' });
    for (let ms = at('2026-04-04T13:00:00Z'); ms < at('2026-04-05T16:00:00Z'); ms += 7 * 60_000) {
      expect(formatDay(lordHowe(ms)), new Date(ms).toISOString()).to.equal(reference.format(ms));
    }
  });

  it('agrees with Intl over a year of instants in many zones', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'America/St_Johns', 'Asia/Kathmandu', 'Europe/London', 'Pacific/Chatham']) {
      const resolve = createDayResolver(zone);
      const reference = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
      for (let ms = at('2026-01-01T00:17:00Z'); ms < at('2027-01-01T00:00:00Z'); ms += 3_637_000)
        expect(formatDay(resolve(ms)), `${zone} ${ms}`).to.equal(reference.format(ms));
    }
  });

  it('knows which zone names are valid', () => {
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
    expect(isValidTimeZone(7)).to.equal(false);
  });
});
