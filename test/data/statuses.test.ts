import { expect } from '@open-wc/testing';
import { createStatusMatcher, DEFAULT_STATUSES, INVALID_STATUS, normalizeKey, resolveStatusSet, toId } from '../../src/data/statuses.js';

describe('status matching', () => {
  const match = createStatusMatcher(DEFAULT_STATUSES);

  it('matches by exact id, then normalised id, then normalised label in any language', () => {
    expect(match('customer')).to.equal(3);
    expect(match('  In_Progress ')).to.equal(2);
    expect(match('Khách hàng')).to.equal(3);
    expect(match('KHÁCH   HÀNG')).to.equal(3);
    expect(match('stopped pursuing')).to.equal(5);
    expect(match('Dừng theo đuổi')).to.equal(5);
    // decomposed (NFD) Vietnamese matches its composed label
    expect(match('Đang xử lý'.normalize('NFD'))).to.equal(2);
  });

  it('sends a non-empty unmatched status to the unknown bucket and a blank one to invalid', () => {
    expect(match('lost')).to.equal(DEFAULT_STATUSES.length);
    expect(match('__proto__')).to.equal(DEFAULT_STATUSES.length);
    expect(match(7)).to.equal(DEFAULT_STATUSES.length);
    for (const blank of ['', '   ', null, undefined, {}, NaN]) expect(match(blank)).to.equal(INVALID_STATUS);
  });

  it('lets the first entry in set order win', () => {
    const { statuses } = resolveStatusSet([
      { id: 'a', label: 'Won', kind: 'won' },
      { id: 'b', label: 'won', kind: 'lost' },
      { id: 'A ', kind: 'open' },
    ]);
    const matchSet = createStatusMatcher(statuses);
    expect(matchSet('won')).to.equal(0);
    expect(matchSet('A ')).to.equal(2);
    expect(matchSet('a ')).to.equal(0);
  });
});

describe('resolveStatusSet', () => {
  it('gives the default set for a missing or unusable set', () => {
    expect(resolveStatusSet(undefined).statuses).to.deep.equal([...DEFAULT_STATUSES]);
    expect(resolveStatusSet([]).statuses).to.deep.equal([...DEFAULT_STATUSES]);
    expect(resolveStatusSet([{ label: 'no id' }, null, 3]).statuses).to.deep.equal([...DEFAULT_STATUSES]);
  });

  it('validates ids, kinds, colours and labels, ignoring repeats', () => {
    const { statuses, unknown } = resolveStatusSet([
      { id: 1, label: { vi: 'Một', en: 'One' }, kind: 'won', color: '#0a0' },
      { id: '1', label: 'repeat', kind: 'lost' },
      { id: 'x', kind: 'galactic', color: 'red' },
      { id: 'y', color: 'url(javascript:alert(1))', label: { fr: 'non' } },
      { id: 'customer' },
      { id: 'unknown', label: 'Khác', color: '#123456', kind: 'won' },
    ]);
    expect(statuses).to.deep.equal([
      { id: '1', kind: 'won', label: { vi: 'Một', en: 'One' }, color: '#0a0' },
      { id: 'x', kind: 'open' },
      { id: 'y', kind: 'open' },
      { id: 'customer', kind: 'won', label: { vi: 'Khách hàng', en: 'Customer' } },
    ]);
    expect(unknown).to.deep.equal({ id: 'unknown', kind: 'unknown', label: 'Khác', color: '#123456' });
  });
});

describe('ids', () => {
  it('converts numbers with String() and treats blanks as null', () => {
    expect(toId(4563)).to.equal('4563');
    expect(toId('4563')).to.equal('4563');
    expect(toId(' 45 ')).to.equal(' 45 ');
    expect(toId('  ')).to.equal(null);
    expect(toId(NaN)).to.equal(null);
    expect(toId(null)).to.equal(null);
    expect(toId({ toString: () => 'x' })).to.equal(null);
    expect(toId('__proto__')).to.equal('__proto__');
  });

  it('normalises keys with NFC, trimming, collapsed spaces and lower case', () => {
    expect(normalizeKey('  Khách\t\n Hàng ')).to.equal('khách hàng');
    expect(normalizeKey('Khách hàng'.normalize('NFD'))).to.equal('khách hàng'.normalize('NFC'));
  });
});
