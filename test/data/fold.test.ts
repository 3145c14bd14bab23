import { expect } from '@open-wc/testing';
import { foldSummary, OTHER_KEY } from '../../src/data/fold.js';
import type { GroupSummary, LeadSummary } from '../../src/data/types.js';

const group = (key: string | null, won: number, lost: number): GroupSummary => ({
  key,
  label: key ?? 'None',
  counts: { won, lost },
  total: won + lost,
  won,
  base: won + lost,
  conversionRate: won + lost ? won / (won + lost) : null,
});
const summary = (groups: GroupSummary[]): LeadSummary => ({
  range: { from: null, to: null, timeZone: 'UTC' },
  groupBy: 'owner',
  conversionBasis: 'closed',
  statuses: [
    { id: 'won', label: 'Won', kind: 'won' },
    { id: 'lost', label: 'Lost', kind: 'lost' },
  ],
  groups,
  totals: group('*', 0, 0),
  excluded: { invalid: 0, duplicateId: 0 },
});

describe('foldSummary', () => {
  it('leaves a summary within the limit as it is', () => {
    const s = summary([group('a', 1, 0), group('b', 0, 1)]);
    expect(foldSummary(s, 2, 'Other')).to.deep.equal({ ...s, folded: 0 });
  });

  it('keeps the largest groups in their order, folds the rest, and keeps the none group last', () => {
    const s = summary([group('a', 5, 0), group('b', 1, 0), group('c', 0, 9), group('d', 2, 2), group('e', 0, 1), group(null, 1, 1)]);
    const folded = foldSummary(s, 4, 'Khác');
    expect(folded.folded).to.equal(3);
    expect(folded.groups.map((g) => g.key)).to.deep.equal(['a', 'c', OTHER_KEY, null]);
    expect(folded.groups[2]).to.deep.equal({
      key: OTHER_KEY,
      label: 'Khác',
      counts: { won: 3, lost: 3 },
      total: 6,
      won: 3,
      base: 6,
      conversionRate: 0.5,
    });
    expect(folded.totals).to.equal(s.totals);
  });

  it('gives the Other group a null rate when it has no base', () => {
    const s = summary([group('a', 5, 0), group('b', 0, 0), group('c', 0, 0)]);
    const other = foldSummary(s, 2, 'Other').groups[1]!;
    expect([other.total, other.conversionRate]).to.deep.equal([0, null]);
  });
});
