import { expect } from '@open-wc/testing';
import { kpiValues } from '../../src/components/lead-kpi-strip/kpi-values.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { GroupSummary, LeadSummary, SummaryStatus } from '../../src/data/types.js';
import { fixture as managerData } from '../fixtures/manager.js';

const custom = (statuses: SummaryStatus[], counts: Record<string, number>, conversionRate: number | null): LeadSummary => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const won = statuses.filter((s) => s.kind === 'won').reduce((sum, s) => sum + (counts[s.id] ?? 0), 0);
  const totals: GroupSummary = { key: '*', label: 'Total', counts, total, won, base: 0, conversionRate };
  return {
    range: { from: null, to: null, timeZone: 'UTC' },
    groupBy: 'owner',
    conversionBasis: 'assigned',
    statuses,
    groups: [],
    totals,
    excluded: { invalid: 0, duplicateId: 0 },
  };
};

describe('kpiValues', () => {
  it('reads total, assigned, in progress, customers and rate from the default status set', () => {
    const summary = summarize(ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' }), {
      range: { from: null, to: null },
      lang: 'vi',
    });
    // 14 leads, 2 of them new; 2 in progress; 4 customers; 4 / 12
    expect(kpiValues(summary)).to.deep.equal({ total: 14, assigned: 12, inProgress: 2, customers: 4, conversionRate: 4 / 12 });
  });

  it('counts every new-kind status out of assigned and the open statuses but assigned as in progress in a custom set', () => {
    const statuses: SummaryStatus[] = [
      { id: 'fresh', label: 'Fresh', kind: 'new' },
      { id: 'inbox', label: 'Inbox', kind: 'new' },
      { id: 'assigned', label: 'Assigned', kind: 'open' },
      { id: 'calling', label: 'Calling', kind: 'open' },
      { id: 'meeting', label: 'Meeting', kind: 'open' },
      { id: 'signed', label: 'Signed', kind: 'won' },
      { id: 'gone', label: 'Gone', kind: 'lost' },
      { id: 'unknown', label: 'Unknown', kind: 'unknown' },
    ];
    const counts = { fresh: 3, inbox: 1, assigned: 4, calling: 5, meeting: 6, signed: 7, gone: 8, unknown: 2 };
    expect(kpiValues(custom(statuses, counts, 0.25))).to.deep.equal({
      total: 36,
      assigned: 32,
      inProgress: 11,
      customers: 7,
      conversionRate: 0.25,
    });
  });

  it('takes the in_progress status alone when the set has it', () => {
    const statuses: SummaryStatus[] = [
      { id: 'new', label: 'New', kind: 'new' },
      { id: 'in_progress', label: 'In progress', kind: 'open' },
      { id: 'waiting', label: 'Waiting', kind: 'open' },
      { id: 'won', label: 'Won', kind: 'won' },
    ];
    expect(kpiValues(custom(statuses, { new: 1, in_progress: 2, waiting: 4, won: 8 }, null))).to.deep.equal({
      total: 15,
      assigned: 14,
      inProgress: 2,
      customers: 8,
      conversionRate: null,
    });
  });

  it('gives zeros for an empty summary', () => {
    const statuses: SummaryStatus[] = [{ id: 'won', label: 'Won', kind: 'won' }];
    expect(kpiValues(custom(statuses, { won: 0 }, null))).to.deep.equal({
      total: 0,
      assigned: 0,
      inProgress: 0,
      customers: 0,
      conversionRate: null,
    });
  });
});
