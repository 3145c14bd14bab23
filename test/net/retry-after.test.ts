import { expect } from '@open-wc/testing';
import { parseRetryAfter } from '../../src/net/retry-after.js';

const now = Date.UTC(1994, 10, 6, 8, 49, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds as milliseconds', () => {
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter(' 5 ', now)).to.equal(5000);
  });

  it('reads an IMF-fixdate as the time until it', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', now)).to.equal(37_000);
    expect(parseRetryAfter('Mon, 07 Nov 1994 08:49:00 GMT', now)).to.equal(86_400_000);
  });

  it('reads the obsolete RFC 850 and asctime date forms', () => {
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now)).to.equal(37_000);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', now)).to.equal(37_000);
  });

  it('reads a date from Date.prototype.toUTCString', () => {
    const at = Date.UTC(2030, 0, 1);
    expect(parseRetryAfter(new Date(at).toUTCString(), at - 2000)).to.equal(2000);
  });

  it('defaults now to the current time', () => {
    const wait = parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())!;
    expect(wait).to.be.within(58_000, 60_000);
  });

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Sat, 05 Nov 1994 08:49:37 GMT', now)).to.equal(0);
  });

  it('gives null when the value is absent or invalid', () => {
    for (const value of [null, '', '  ', 'soon', '-1', '1.5', '+5', '1e3', '0x10', '12 seconds']) {
      expect(parseRetryAfter(value, now), String(value)).to.equal(null);
    }
  });

  it('gives null for dates that do not exist or are not HTTP-dates', () => {
    for (const value of [
      'Tue, 31 Feb 1994 08:49:37 GMT',
      'Sun, 06 Nov 1994 24:00:00 GMT',
      'Sun, 06 Nov 1994 08:49:37 PST',
      '1994-11-06T08:49:37Z',
      '11/06/1994',
      '6 Nov 1994',
    ]) {
      expect(parseRetryAfter(value, now), value).to.equal(null);
    }
  });
});
