import { expect } from '@open-wc/testing';
import { parseDay } from '../../src/data/dates.js';
import { countLeads, rowRange, storeBytes } from '../../src/data/engine.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize, type SummaryOptions } from '../../src/data/summary.js';
import type { DateField, GroupSummary, LeadSummary, StatusDef } from '../../src/data/types.js';
import { referenceSummary } from '../reference.js';
import { fixture as managerFixture } from '../fixtures/manager.js';

interface Run extends Partial<Omit<SummaryOptions, 'range'>> {
  from?: string | null;
  to?: string | null;
  timeZone?: string;
  dateField?: DateField;
  statuses?: StatusDef[];
}

/** Summarises a dataset and checks the result against the naive reference on the way. */
function run(dataset: unknown, options: Run = {}): LeadSummary {
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  const from = options.from ?? null;
  const to = options.to ?? null;
  const store = ingestLeads(readDataset(dataset)!, { timeZone, dateField: options.dateField ?? 'createdAt', statuses: options.statuses });
  const summary = summarize(store, {
    range: { from: from === null ? null : parseDay(from), to: to === null ? null : parseDay(to) },
    groupBy: options.groupBy ?? 'owner',
    filter: options.filter ?? {},
    conversionBasis: options.conversionBasis ?? 'assigned',
    lang: options.lang ?? 'vi',
  });
  expect(summary).to.deep.equal(
    referenceSummary(dataset, {
      timeZone,
      from,
      to,
      dateField: options.dateField ?? 'createdAt',
      groupBy: options.groupBy ?? 'owner',
      filter: options.filter as Record<string, unknown>,
      conversionBasis: options.conversionBasis ?? 'assigned',
      lang: options.lang ?? 'vi',
      statuses: options.statuses,
    }),
    'engine and reference agree',
  );
  return summary;
}

const zeros = { new: 0, assigned: 0, in_progress: 0, customer: 0, not_potential: 0, stopped: 0, duplicate: 0 };
const byKey = (summary: LeadSummary) => new Map(summary.groups.map((g) => [g.key, g] as [string | null, GroupSummary]));

describe('summarize: the SPEC §5 numbers', () => {
  it('counts every status kind per owner with exact totals, won, base and rate (basis assigned)', () => {
    const summary = run(managerFixture);
    expect(summary.statuses.map((s) => [s.id, s.kind])).to.deep.equal([
      ['new', 'new'],
      ['assigned', 'open'],
      ['in_progress', 'open'],
      ['customer', 'won'],
      ['not_potential', 'lost'],
      ['stopped', 'paused'],
      ['duplicate', 'duplicate'],
      ['unknown', 'unknown'],
    ]);
    expect(summary.groups.map((g) => [g.key, g.label])).to.deep.equal([
      ['u1', 'An'],
      ['u2', 'Bình'],
      ['u9', 'u9'],
      ['u3', 'Chi'],
      [null, 'Chưa giao'],
    ]);
    const groups = byKey(summary);
    expect(groups.get('u1')).to.deep.equal({
      key: 'u1',
      label: 'An',
      counts: { ...zeros, new: 1, in_progress: 1, customer: 3, not_potential: 1, stopped: 1, duplicate: 1, unknown: 0 },
      total: 8,
      won: 3,
      base: 7,
      conversionRate: 3 / 7,
    });
    expect(groups.get('u2')).to.deep.equal({
      key: 'u2',
      label: 'Bình',
      counts: { ...zeros, customer: 1, not_potential: 1, unknown: 1 },
      total: 3,
      won: 1,
      base: 3,
      conversionRate: 1 / 3,
    });
    expect(groups.get('u3')).to.deep.equal({
      key: 'u3',
      label: 'Chi',
      counts: { ...zeros, unknown: 0 },
      total: 0,
      won: 0,
      base: 0,
      conversionRate: null,
    });
    expect(groups.get(null)).to.deep.equal({
      key: null,
      label: 'Chưa giao',
      counts: { ...zeros, new: 1, assigned: 1, unknown: 0 },
      total: 2,
      won: 0,
      base: 1,
      conversionRate: 0,
    });
    expect(summary.totals).to.deep.equal({
      key: '*',
      label: 'Tổng',
      counts: { new: 2, assigned: 1, in_progress: 2, customer: 4, not_potential: 2, stopped: 1, duplicate: 1, unknown: 1 },
      total: 14,
      won: 4,
      base: 12,
      conversionRate: 4 / 12,
    });
    expect(summary.excluded).to.deep.equal({ invalid: 7, duplicateId: 1 });
    expect(summary.range).to.deep.equal({ from: null, to: null, timeZone: 'Asia/Ho_Chi_Minh' });
  });

  it('uses total minus new and duplicate as the qualified base', () => {
    const summary = run(managerFixture, { conversionBasis: 'qualified' });
    const groups = byKey(summary);
    expect([groups.get('u1')!.base, groups.get('u1')!.conversionRate]).to.deep.equal([6, 0.5]);
    expect([groups.get('u2')!.base, groups.get('u2')!.conversionRate]).to.deep.equal([3, 1 / 3]);
    expect([summary.totals.base, summary.totals.conversionRate]).to.deep.equal([11, 4 / 11]);
    expect(summary.conversionBasis).to.equal('qualified');
  });

  it('uses won plus lost as the closed base, and null (not NaN) when nothing closed', () => {
    const summary = run(managerFixture, { conversionBasis: 'closed' });
    const groups = byKey(summary);
    expect([groups.get('u1')!.base, groups.get('u1')!.conversionRate]).to.deep.equal([4, 0.75]);
    expect([groups.get('u2')!.base, groups.get('u2')!.conversionRate]).to.deep.equal([2, 0.5]);
    expect([groups.get('u9')!.base, groups.get('u9')!.conversionRate]).to.deep.equal([0, null]);
    expect([groups.get(null)!.base, groups.get(null)!.conversionRate]).to.deep.equal([0, null]);
    expect([summary.totals.base, summary.totals.conversionRate]).to.deep.equal([6, 4 / 6]);
  });

  it('labels groups, statuses and totals in English', () => {
    const summary = run(managerFixture, { lang: 'en' });
    expect(summary.groups.at(-1)!.label).to.equal('Unassigned');
    expect(summary.totals.label).to.equal('Total');
    expect(summary.statuses.map((s) => s.label)).to.deep.equal([
      'New',
      'Assigned',
      'In progress',
      'Customer',
      'Not potential',
      'Stopped pursuing',
      'Duplicate contact',
      'Unknown',
    ]);
    expect(run(managerFixture).statuses.map((s) => s.label)).to.deep.equal([
      'Mới',
      'Đã giao',
      'Đang xử lý',
      'Khách hàng',
      'Không tiềm năng',
      'Dừng theo đuổi',
      'Trùng liên hệ',
      'Không xác định',
    ]);
  });

  it('includes both edges of a range and nothing past them', () => {
    const summary = run(managerFixture, { from: '2026-11-03', to: '2026-11-05' });
    expect(summary.range).to.deep.equal({ from: '2026-11-03', to: '2026-11-05', timeZone: 'Asia/Ho_Chi_Minh' });
    const u1 = byKey(summary).get('u1')!;
    expect(u1.counts).to.deep.equal({ ...zeros, in_progress: 1, customer: 2, not_potential: 1, stopped: 1, unknown: 0 });
    // 2026-11-05T16:59:59Z is 23:59:59 on the 5th in Ho Chi Minh City; 17:00:00Z is the 6th
    expect(byKey(summary).get('u2')!.total).to.equal(0);
    expect(summary.totals.total).to.equal(5);
  });

  it('keeps a date-only value on its calendar date seen from UTC−8, UTC+5:30 and UTC+14', () => {
    const leads = [
      { id: 'date-only', status: 'new', createdAt: '2026-11-10', owner: 'u1' },
      { id: 'wall-clock', status: 'new', createdAt: '2026-11-10T23:30', owner: 'u1' },
      { id: 'instant', status: 'customer', createdAt: '2026-11-10T20:00:00Z', owner: 'u1' },
    ];
    const day = (timeZone: string, date: string) => run(leads, { timeZone, from: date, to: date }).totals.counts;
    expect(day('Etc/GMT+8', '2026-11-10')).to.deep.equal({ ...zeros, new: 2, customer: 1 });
    expect(day('Asia/Kolkata', '2026-11-10')).to.deep.equal({ ...zeros, new: 2 });
    expect(day('Asia/Kolkata', '2026-11-11')).to.deep.equal({ ...zeros, customer: 1 });
    expect(day('Pacific/Kiritimati', '2026-11-10')).to.deep.equal({ ...zeros, new: 2 });
    expect(day('Pacific/Kiritimati', '2026-11-11')).to.deep.equal({ ...zeros, customer: 1 });
  });

  it('counts a DST day as one calendar day', () => {
    const leads = [
      { id: 1, status: 'new', createdAt: '2026-03-08T04:59:59Z' },
      { id: 2, status: 'new', createdAt: '2026-03-08T05:00:00Z' },
      { id: 3, status: 'new', createdAt: '2026-03-08T12:00:00-04:00' },
      { id: 4, status: 'new', createdAt: Date.parse('2026-03-09T03:59:59Z') },
      { id: 5, status: 'new', createdAt: '2026-03-09T04:00:00Z' },
    ];
    const summary = run(leads, { timeZone: 'America/New_York', from: '2026-03-08', to: '2026-03-08' });
    expect(summary.totals.total).to.equal(3);
  });

  it('puts leads lacking the chosen date field outside every bounded range and inside all', () => {
    const leads = [
      { id: 1, status: 'assigned', createdAt: '2026-01-01', assignedAt: '2026-02-01', owner: 'a' },
      { id: 2, status: 'assigned', createdAt: '2026-01-01', owner: 'a' },
      { id: 3, status: 'assigned', createdAt: '2026-01-01', assignedAt: 'not a date', owner: 'a' },
    ];
    expect(run(leads, { dateField: 'assignedAt', from: '2026-02-01', to: '2026-02-01' }).totals.total).to.equal(1);
    expect(run(leads, { dateField: 'assignedAt', from: '2026-01-01' }).totals.total).to.equal(1);
    expect(run(leads, { dateField: 'assignedAt', to: '2026-12-31' }).totals.total).to.equal(1);
    expect(run(leads, { dateField: 'assignedAt' }).totals.total).to.equal(3);
    expect(run(leads, { dateField: 'createdAt', from: '2026-01-01', to: '2026-01-01' }).totals.total).to.equal(3);
  });

  it('shows the unknown column whenever a valid lead of the dataset needs it, whatever the filter', () => {
    const summary = run(managerFixture, { from: '2026-11-02', to: '2026-11-02' });
    expect(summary.statuses.at(-1)!.id).to.equal('unknown');
    expect(summary.totals.counts.unknown).to.equal(0);
    const known = run(managerFixture.leads.filter((lead) => (lead as { status?: string } | null)?.status !== 'Lost forever'));
    expect(known.statuses.map((s) => s.id)).not.to.include('unknown');
  });

  it('filters by lists, with null for the unassigned group and unknown for the unknown status', () => {
    const byStatus = run(managerFixture, { filter: { statuses: ['customer', 'unknown'] } });
    expect(byStatus.totals.counts).to.deep.equal({ ...zeros, customer: 4, unknown: 1 });
    const byOwner = run(managerFixture, { filter: { owners: ['u2', null] } });
    expect(byOwner.groups.map((g) => g.key)).to.deep.equal(['u2', null]);
    expect(byOwner.totals.total).to.equal(5);
    const numbers = run(managerFixture, { groupBy: 'source', filter: { sources: [1] } });
    expect(numbers.groups.map((g) => [g.key, g.total])).to.deep.equal([['1', 3]]);
    const empty = run(managerFixture, { filter: { owners: [] } });
    expect(empty.totals.total).to.equal(14);
  });

  it('keeps declared priorities and steps in order, undeclared ones after by total, none last', () => {
    const summary = run(managerFixture, { groupBy: 'priority', lang: 'en' });
    expect(summary.groups.map((g) => [g.key, g.label, g.total])).to.deep.equal([
      ['high', 'High', 3],
      ['medium', 'Medium', 0],
      ['low', 'Low', 4],
      ['zz', 'zz', 2],
      ['aa', 'aa', 1],
      [null, 'None', 4],
    ]);
    const steps = run(managerFixture, { groupBy: 'step' });
    expect(steps.groups.map((g) => [g.key, g.total])).to.deep.equal([
      ['call', 3],
      ['quote', 2],
      ['meet', 1],
      [null, 8],
    ]);
  });

  it('orders sources by total, then label, and declared options stay even when empty', () => {
    const summary = run(managerFixture, { groupBy: 'source' });
    expect(summary.groups.map((g) => [g.key, g.label, g.total])).to.deep.equal([
      ['1', 'Facebook', 3],
      ['2', 'Zalo', 3],
      ['web', 'web', 2],
      ['3', 'Giới thiệu', 0],
      [null, 'Không có', 6],
    ]);
    const filtered = run(managerFixture, { groupBy: 'source', filter: { sources: ['2', 'web'] } });
    expect(filtered.groups.map((g) => g.key)).to.deep.equal(['2', 'web']);
  });

  it('groups by a declared dimension, with its options and ordinary keys like __proto__', () => {
    const summary = run(managerFixture, { groupBy: 'tinhTrang', lang: 'en' });
    expect(summary.groupBy).to.equal('tinhTrang');
    expect(summary.groups.map((g) => [g.key, g.label, g.total])).to.deep.equal([
      ['hot', 'Hot', 3],
      ['__proto__', '__proto__', 2],
      ['cold', 'Cold', 1],
      ['warm', 'Warm', 0],
      [null, 'None', 8],
    ]);
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).hot).to.equal(undefined);
  });

  it('falls back to owner for an unknown grouping', () => {
    expect(run(managerFixture, { groupBy: 'color' }).groupBy).to.equal('owner');
    expect(run(managerFixture, { groupBy: 'constructor' }).groupBy).to.equal('owner');
  });

  it('counts __proto__, constructor and toString as ordinary ids and statuses', () => {
    const leads = [
      { id: '__proto__', status: 'new', createdAt: '2026-01-01', owner: '__proto__' },
      { id: 'constructor', status: 'toString', createdAt: '2026-01-01', owner: 'constructor' },
      { id: 'toString', status: 'hasOwnProperty', createdAt: '2026-01-01', owner: 'toString' },
      { id: '__proto__', status: 'customer', createdAt: '2026-01-02', owner: '__proto__' },
    ];
    const summary = run(leads);
    expect(summary.groups.map((g) => [g.key, g.total])).to.deep.equal([
      ['__proto__', 1],
      ['constructor', 1],
      ['toString', 1],
    ]);
    expect(summary.totals.counts.unknown).to.equal(2);
    expect(summary.excluded).to.deep.equal({ invalid: 0, duplicateId: 1 });
    const custom = run(leads, {
      statuses: [
        { id: '__proto__', kind: 'won' },
        { id: 'new', kind: 'new' },
      ],
    });
    expect(Object.keys(custom.totals.counts)).to.deep.equal(['__proto__', 'new', 'unknown']);
    expect(Object.getPrototypeOf(custom.totals.counts)).to.equal(Object.prototype);
  });

  it('uses a replacement status set with its kinds, labels and colours', () => {
    const statuses = [
      { id: 'open', label: { vi: 'Mở', en: 'Open' }, kind: 'new' },
      { id: 'won', label: 'Thắng', kind: 'won', color: '#0a0' },
      { id: 'lost', kind: 'lost', color: 'expression(alert(1))' },
    ];
    const leads = [
      { id: 1, status: 'open', createdAt: '2026-01-01' },
      { id: 2, status: 'THẮNG', createdAt: '2026-01-01' },
      { id: 3, status: 'lost', createdAt: '2026-01-01' },
      { id: 4, status: 'customer', createdAt: '2026-01-01' },
    ];
    const summary = run({ statuses, leads }, { lang: 'en', conversionBasis: 'closed' });
    expect(summary.statuses).to.deep.equal([
      { id: 'open', label: 'Open', kind: 'new' },
      { id: 'won', label: 'Thắng', kind: 'won', color: '#0a0' },
      { id: 'lost', label: 'lost', kind: 'lost' },
      { id: 'unknown', label: 'Unknown', kind: 'unknown' },
    ]);
    expect(summary.totals).to.include({ total: 4, won: 1, base: 2, conversionRate: 0.5 });
    // the property replaces the dataset's set
    expect(run({ statuses, leads }, { statuses: [] }).totals.counts.customer).to.equal(1);
  });

  it('reads the current step from steps[] when step is blank, latest valid entry first', () => {
    const leads = [
      {
        id: 1,
        status: 'in_progress',
        createdAt: '2026-01-01',
        steps: [
          { step: 'quote', at: '2026-01-03' },
          { step: 'call', at: '2026-01-02T10:00:00Z' },
        ],
      },
      {
        id: 2,
        status: 'in_progress',
        createdAt: '2026-01-01',
        step: ' ',
        steps: [
          { step: 'call', at: '2026-01-02' },
          { step: 'meet', at: 'yesterday' },
        ],
      },
      { id: 3, status: 'in_progress', createdAt: '2026-01-01', step: 'meet', steps: [{ step: 'call', at: '2026-01-09' }] },
      {
        id: 4,
        status: 'in_progress',
        createdAt: '2026-01-01',
        steps: [
          { step: 'call', at: '2026-01-05T08:00' },
          { step: 'quote', at: '2026-01-05T09:00' },
        ],
      },
      {
        id: 5,
        status: 'in_progress',
        createdAt: '2026-01-01',
        steps: [
          { step: 'meet', at: '2026-01-05T02:00:00Z' },
          { step: 'quote', at: '2026-01-05T09:00+07:00' },
        ],
      },
    ];
    const summary = run(leads, { groupBy: 'step' });
    // lead 5: two entries at the same instant, the later in the array wins
    expect(summary.groups.map((g) => [g.key, g.total])).to.deep.equal([
      ['quote', 3],
      ['call', 1],
      ['meet', 1],
    ]);
  });

  it('accepts a bare array of leads and refuses other top-level shapes', () => {
    expect(readDataset([{ id: 1 }])).to.deep.equal({ leads: [{ id: 1 }], rows: [], columns: null });
    expect(readDataset({ rows: [] })).to.deep.equal({ rows: [], leads: [], columns: null });
    for (const shape of [null, 'leads', 42, {}, { leads: {} }, { data: [] }, { rows: 'x' }, { leads: [], rows: {} }])
      expect(readDataset(shape)).to.equal(null);
  });
});

describe('the columnar engine', () => {
  it('sorts rows by day, finds ranges by binary search and stores few bytes per lead', () => {
    const store = ingestLeads(readDataset(managerFixture)!, { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(store.size).to.equal(14);
    expect(Array.from(store.days, (d) => d - parseDay('2026-11-01')!)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rowRange(store, parseDay('2026-11-03'), parseDay('2026-11-05'))).to.deep.equal([2, 7]);
    expect(rowRange(store, parseDay('2030-01-01'), null)).to.deep.equal([14, 14]);
    expect(rowRange(store, null, parseDay('2000-01-01'))).to.deep.equal([0, 0]);
    expect(rowRange(store, null, null)).to.deep.equal([0, 14]);
    expect(store.status).to.be.instanceOf(Uint8Array);
    expect(storeBytes(store) / store.size).to.be.below(16);
  });

  it('counts per group code and status in one pass', () => {
    const store = ingestLeads(readDataset(managerFixture)!, { timeZone: 'Asia/Ho_Chi_Minh' });
    const { field, stride, counts } = countLeads(store, { from: null, to: null, groupBy: 'owner' });
    const u1 = field.ids.indexOf('u1');
    expect(stride).to.equal(8);
    expect(Array.from(counts.subarray(u1 * stride, u1 * stride + stride))).to.deep.equal([1, 0, 1, 3, 1, 1, 1, 0]);
    expect(() => countLeads(store, { from: null, to: null, groupBy: 'nope' })).to.throw(RangeError);
  });

  it('widens code arrays past 255 and 65,535 distinct values', () => {
    const leads = Array.from({ length: 70_000 }, (_, i) => ({
      id: i,
      status: 'new',
      createdAt: '2026-01-01',
      owner: `o${i}`,
      source: `s${i % 300}`,
    }));
    const store = ingestLeads(readDataset({ leads })!, { timeZone: 'UTC' });
    expect(store.fields.get('owner')!.codes).to.be.instanceOf(Uint32Array);
    expect(store.fields.get('source')!.codes).to.be.instanceOf(Uint16Array);
    expect(store.fields.get('priority')!.codes).to.be.instanceOf(Uint8Array);
  });

  it('sorts days spread over millennia without a dense array', () => {
    const leads = [
      { id: 1, status: 'new', createdAt: '9999-12-31' },
      { id: 2, status: 'new', createdAt: '0001-01-01' },
      { id: 3, status: 'new', createdAt: '2026-01-01' },
    ];
    const store = ingestLeads(readDataset({ leads })!, { timeZone: 'UTC' });
    expect(Array.from(store.days)).to.deep.equal([parseDay('0001-01-01'), parseDay('2026-01-01'), parseDay('9999-12-31')]);
    expect(run(leads, { from: '2000-01-01', to: '9999-12-31' }).totals.total).to.equal(2);
  });
});
