import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { kpiValues } from '../../src/data/compare.js';
import { FUNNEL_STAGES, funnelStages, summaryFunnel } from '../../src/data/funnel.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { LeadSummary, StatusKind, SummaryStatus } from '../../src/data/types.js';
import { fixture as managerData } from '../fixtures/manager.js';

const manager = (lang: 'vi' | 'en' = 'en') =>
  summarize(ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' }), { range: { from: null, to: null }, lang });

const numbers = (summary: LeadSummary, group?: string | null) =>
  summaryFunnel(summary, group).stages.map((stage) => [stage.id, stage.count, stage.stepRate, stage.cumulativeRate]);

describe('funnelStages', () => {
  it('counts the leads at or past each stage of the manager fixture', () => {
    // 14 leads: 2 new; in progress 2 + customers 4 + not potential 2 + stopped 1; the duplicate and
    // the unknown status stop at Assigned
    expect(numbers(manager())).to.deep.equal([
      ['new', 14, null, 1],
      ['assigned', 12, 12 / 14, 12 / 14],
      ['in-progress', 9, 9 / 12, 9 / 14],
      ['customer', 4, 4 / 9, 4 / 14],
    ]);
  });

  it('lists the statuses each stage counts and the status it is named after', () => {
    const stages = summaryFunnel(manager()).stages;
    expect(stages.map((stage) => stage.statuses)).to.deep.equal([
      ['new', 'assigned', 'in_progress', 'customer', 'not_potential', 'stopped', 'duplicate', 'unknown'],
      ['assigned', 'in_progress', 'customer', 'not_potential', 'stopped', 'duplicate', 'unknown'],
      ['in_progress', 'customer', 'not_potential', 'stopped'],
      ['customer'],
    ]);
    expect(stages.map((stage) => stage.status)).to.deep.equal(['new', 'assigned', 'in_progress', 'customer']);
  });

  it('draws one group by key, null being the unassigned group', () => {
    const summary = manager();
    const an = summaryFunnel(summary, 'u1');
    expect([an.key, an.label]).to.deep.equal(['u1', 'An']);
    expect(an.stages.map((stage) => stage.count)).to.deep.equal([8, 7, 6, 3]);
    expect(numbers(summary, null)).to.deep.equal([
      ['new', 2, null, 1],
      ['assigned', 1, 0.5, 0.5],
      ['in-progress', 0, 0, 0],
      ['customer', 0, null, 0],
    ]);
    expect(summaryFunnel(summary, null).label).to.equal('Unassigned');
  });

  it('has null rates over a zero base and zero counts for an empty group or an unknown key', () => {
    const summary = manager();
    const zeros = [
      ['new', 0, null, null],
      ['assigned', 0, null, null],
      ['in-progress', 0, null, null],
      ['customer', 0, null, null],
    ];
    expect(numbers(summary, 'u3')).to.deep.equal(zeros);
    expect(numbers(summary, 'nobody')).to.deep.equal(zeros);
    expect(summaryFunnel(summary, 'nobody').label).to.equal('nobody');
  });

  it('places statuses of a custom set by kind: every open status is in progress when the set has no in_progress', () => {
    const statuses: SummaryStatus[] = [
      { id: 'fresh', label: 'Fresh', kind: 'new' },
      { id: 'calling', label: 'Calling', kind: 'open' },
      { id: 'meeting', label: 'Meeting', kind: 'open' },
      { id: 'signed', label: 'Signed', kind: 'won' },
      { id: 'gone', label: 'Gone', kind: 'lost' },
      { id: 'later', label: 'Later', kind: 'paused' },
      { id: 'dup', label: 'Dup', kind: 'duplicate' },
      { id: 'unknown', label: 'Unknown', kind: 'unknown' },
    ];
    const stages = funnelStages(statuses, {
      counts: { fresh: 10, calling: 8, meeting: 6, signed: 5, gone: 4, later: 3, dup: 2, unknown: 1 },
    });
    expect(stages.map((stage) => stage.count)).to.deep.equal([39, 29, 26, 5]);
    expect(stages.map((stage) => stage.status)).to.deep.equal(['fresh', undefined, 'calling', 'signed']);
  });

  it('keeps open statuses other than in_progress at Assigned when the set has in_progress', () => {
    const statuses: SummaryStatus[] = [
      { id: 'new', label: 'New', kind: 'new' },
      { id: 'in_progress', label: 'In progress', kind: 'open' },
      { id: 'waiting', label: 'Waiting', kind: 'open' },
      { id: 'won', label: 'Won', kind: 'won' },
    ];
    const stages = funnelStages(statuses, { counts: { new: 1, in_progress: 2, waiting: 4, won: 8 } });
    expect(stages.map((stage) => stage.count)).to.deep.equal([15, 14, 10, 8]);
    expect(stages.map((stage) => stage.status)).to.deep.equal(['new', 'waiting', 'in_progress', 'won']);
  });

  it('ignores counts that are missing, negative or not finite, and prototype keys are ordinary ids', () => {
    const statuses: SummaryStatus[] = [
      { id: '__proto__', label: 'Proto', kind: 'new' },
      { id: 'constructor', label: 'Ctor', kind: 'open' },
      { id: 'x', label: 'X', kind: 'won' },
      { id: 'y', label: 'Y', kind: 'won' },
    ];
    const counts = Object.fromEntries([
      ['__proto__', 3],
      ['x', -4],
      ['y', NaN],
    ]);
    const stages = funnelStages(statuses, { counts });
    expect(stages.map((stage) => stage.count)).to.deep.equal([3, 0, 0, 0]);
    for (const stage of stages) {
      expect([stage.stepRate, stage.cumulativeRate].every((rate) => rate === null || Number.isFinite(rate))).to.equal(true);
    }
  });
});

describe('funnelStages: invariants over random status sets and counts', () => {
  const kinds: (StatusKind | 'unknown')[] = ['new', 'open', 'won', 'lost', 'paused', 'duplicate', 'unknown'];
  const statusSet = fc
    .uniqueArray(
      fc.record({
        id: fc.oneof(fc.constantFrom('new', 'assigned', 'in_progress', 'customer', 'a', 'b', 'c', 'd', '__proto__')),
        kind: fc.constantFrom(...kinds),
      }),
      { minLength: 1, maxLength: 9, selector: (status) => status.id },
    )
    // a custom `in_progress` keeps the default kind here: the KPI strip counts that id whatever its kind
    .map((list) =>
      list.map((status): SummaryStatus => ({ ...status, kind: status.id === 'in_progress' ? 'open' : status.kind, label: status.id })),
    );
  const input = statusSet.chain((statuses) =>
    fc.tuple(fc.constant(statuses), fc.array(fc.nat({ max: 50 }), { minLength: statuses.length, maxLength: statuses.length })),
  );
  const countsOf = (statuses: SummaryStatus[], values: number[]) =>
    Object.fromEntries(statuses.map((status, k) => [status.id, values[k]!]));
  const sumOf = (statuses: SummaryStatus[], values: number[], kind: string[]) =>
    statuses.reduce((sum, status, k) => (kind.includes(status.kind) ? sum + values[k]! : sum), 0);

  it('never lets a stage exceed the one before, and the first stage is every lead', () => {
    fc.assert(
      fc.property(input, ([statuses, values]) => {
        const stages = funnelStages(statuses, { counts: countsOf(statuses, values) });
        expect(stages.map((stage) => stage.id)).to.deep.equal([...FUNNEL_STAGES]);
        expect(stages[0]!.count).to.equal(values.reduce((a, b) => a + b, 0));
        for (let k = 1; k < stages.length; k++) expect(stages[k]!.count).to.be.at.most(stages[k - 1]!.count);
      }),
    );
  });

  it('makes each cumulative rate the product of the step rates when they are defined', () => {
    fc.assert(
      fc.property(input, ([statuses, values]) => {
        const stages = funnelStages(statuses, { counts: countsOf(statuses, values) });
        let product = 1;
        for (let k = 1; k < stages.length; k++) {
          const step = stages[k]!.stepRate;
          if (step === null) break;
          product *= step;
          expect(stages[k]!.cumulativeRate).to.be.closeTo(product, 1e-12);
        }
      }),
    );
  });

  it('gives rates in 0..1, null exactly over a zero base', () => {
    fc.assert(
      fc.property(input, ([statuses, values]) => {
        const stages = funnelStages(statuses, { counts: countsOf(statuses, values) });
        stages.forEach((stage, k) => {
          const previous = k === 0 ? 0 : stages[k - 1]!.count;
          expect(stage.stepRate === null).to.equal(k === 0 || previous === 0);
          expect(stage.cumulativeRate === null).to.equal(stages[0]!.count === 0);
          for (const rate of [stage.stepRate, stage.cumulativeRate]) {
            if (rate !== null) expect(rate).to.be.within(0, 1);
          }
        });
      }),
    );
  });

  it('agrees with the KPI strip: Assigned is the total minus kind new, In progress adds won, lost and paused to its in progress, Customer is kind won', () => {
    fc.assert(
      fc.property(input, ([statuses, values]) => {
        const counts = countsOf(statuses, values);
        const total = values.reduce((a, b) => a + b, 0);
        const won = sumOf(statuses, values, ['won']);
        const summary: LeadSummary = {
          range: { from: null, to: null, timeZone: 'UTC' },
          groupBy: 'owner',
          conversionBasis: 'assigned',
          statuses,
          groups: [],
          totals: { key: '*', label: 'Total', counts, total, won, base: 0, conversionRate: null },
          excluded: { invalid: 0, duplicateId: 0 },
        };
        const kpis = kpiValues(summary);
        const stages = summaryFunnel(summary).stages;
        expect(stages.map((stage) => stage.count)).to.deep.equal([
          total,
          kpis.assigned,
          kpis.inProgress + sumOf(statuses, values, ['won', 'lost', 'paused']),
          won,
        ]);
      }),
    );
  });
});
