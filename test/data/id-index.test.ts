import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IdIndex } from '../../src/data/id-index.js';

describe('IdIndex', () => {
  it('returns the row an id replaces, treating 4563 and "4563" as one id', () => {
    const index = new IdIndex(4);
    expect(index.set(4563, 0)).to.equal(-1);
    expect(index.set('4563', 1)).to.equal(0);
    expect(index.set('007', 2)).to.equal(-1);
    expect(index.set(7, 3)).to.equal(-1);
    expect(index.set('7', 4)).to.equal(3);
    expect(index.set('__proto__', 5)).to.equal(-1);
    expect(index.set('__proto__', 6)).to.equal(5);
    expect(index.set(1.5, 7)).to.equal(-1);
    expect(index.set('1.5', 8)).to.equal(7);
    expect(index.set(-3, 9)).to.equal(-1);
    expect(index.set('-3', 10)).to.equal(9);
    expect(index.set(2 ** 53 + 2, 11)).to.equal(-1);
    expect(index.set(String(2 ** 53 + 2), 12)).to.equal(11);
    expect(index.set(-0, 13)).to.equal(-1);
    expect(index.set('0', 14)).to.equal(13);
  });

  it('agrees with a Map of String(id) on random ids, across its window, hash table and growth', () => {
    const id = fc.oneof(
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 2 ** 40 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 32, 2 ** 32 + 1, 4294967296 * 3),
      fc.integer({ min: 0, max: 60 }).map(String),
      fc.constantFrom('a', '01', '1e3', ' 5', 'x'),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300 }), fc.integer({ min: 1, max: 300 }), (ids, expected) => {
        const index = new IdIndex(expected);
        const reference = new Map<string, number>();
        ids.forEach((value, row) => {
          expect(index.set(value, row)).to.equal(reference.get(String(value)) ?? -1);
          reference.set(String(value), row);
        });
      }),
    );
  });
});
