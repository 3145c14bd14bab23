import { expect } from '@open-wc/testing';
import { listKey } from '../../src/components/list-keys.js';

describe('listKey', () => {
  it('moves by one along its axis, clamped to the ends', () => {
    expect(listKey('ArrowRight', 1, 4, 'x')).to.equal(2);
    expect(listKey('ArrowRight', 3, 4, 'x')).to.equal(3);
    expect(listKey('ArrowLeft', 0, 4, 'x')).to.equal(0);
    expect(listKey('ArrowDown', 1, 4, 'y')).to.equal(2);
    expect(listKey('ArrowUp', 1, 4, 'y')).to.equal(0);
    expect(listKey('ArrowDown', 1, 4, 'both')).to.equal(2);
    expect(listKey('ArrowLeft', 2, 4, 'both')).to.equal(1);
  });

  it('jumps with Home and End, and ignores the other axis and other keys', () => {
    expect(listKey('Home', 2, 4, 'y')).to.equal(0);
    expect(listKey('End', 0, 4, 'x')).to.equal(3);
    expect(listKey('ArrowDown', 1, 4, 'x')).to.equal(null);
    expect(listKey('ArrowRight', 1, 4, 'y')).to.equal(null);
    expect(listKey('Enter', 1, 4, 'both')).to.equal(null);
  });
});
