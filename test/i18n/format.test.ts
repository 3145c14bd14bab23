import { expect } from '@open-wc/testing';
import { formatCount, formatPercent } from '../../src/i18n/format.js';

const count = (lang: string) => new Intl.NumberFormat(lang);
const percent = (lang: string) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });

describe('formatCount and formatPercent', () => {
  it('write counts with the digit grouping of the language', () => {
    expect(formatCount('vi', 1234)).to.equal('1.234');
    expect(formatCount('en', 1234)).to.equal('1,234');
    expect(formatCount('vi', 0)).to.equal('0');
  });

  it('write what Intl writes for every value, remembered or not, -0 included', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const value of [0, -0, 7, 99_999, 100_000, 1_234_567, -3, 2.5, Number.MAX_SAFE_INTEGER]) {
        // twice: the second answer comes from what was remembered
        expect(formatCount(lang, value), `${lang} ${value}`).to.equal(count(lang).format(value));
        expect(formatCount(lang, value), `${lang} ${value} again`).to.equal(count(lang).format(value));
      }
      for (const value of [0, -0, 0.1234, 0.0345, 1 / 3, 1, 12.5]) {
        expect(formatPercent(lang, value), `${lang} ${value}`).to.equal(percent(lang).format(value));
        expect(formatPercent(lang, value), `${lang} ${value} again`).to.equal(percent(lang).format(value));
      }
    }
  });

  it('write every share count / total exactly as Intl does, rounding ties included', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pairs: [number, number][] = [
      [69, 2000],
      [1, 8],
      [1, 80],
      [3, 8],
      [5, 400],
      [2, 3],
      [1, 3],
    ];
    for (let k = 0; k < 20_000; k++) {
      const total = 1 + Math.floor(next() * 5000);
      pairs.push([Math.floor(next() * (total + 1)), total]);
    }
    for (const lang of ['vi', 'en'] as const) {
      for (const [part, total] of pairs) {
        // twice: the second answer comes from what was remembered
        expect(formatPercent(lang, part / total), `${part}/${total}`).to.equal(percent(lang).format(part / total));
        expect(formatPercent(lang, part / total), `${part}/${total} again`).to.equal(percent(lang).format(part / total));
      }
    }
    expect(formatPercent('vi', null)).to.equal('—');
    expect(formatPercent('vi', NaN)).to.equal('—');
    expect(formatPercent('en', 166)).to.equal(percent('en').format(166));
    expect(formatPercent('en', -0.25)).to.equal(percent('en').format(-0.25));
    expect(formatPercent('en', -0.0001)).to.equal(percent('en').format(-0.0001));
  });
});
