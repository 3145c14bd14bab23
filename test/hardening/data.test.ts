import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';

/** Every attribute of every SVG element under a root, through nested shadow roots. */
function svgAttributes(root: ShadowRoot | null): string[] {
  if (!root) return [];
  const own = [...root.querySelectorAll('svg, svg *')].flatMap((node) =>
    [...node.attributes].map((a) => `${node.localName}[${a.name}=${a.value}]`),
  );
  const nested = [...root.querySelectorAll('*')].flatMap((node) => svgAttributes(node.shadowRoot));
  return [...own, ...nested];
}

const lead = (id: unknown, extra: Record<string, unknown> = {}) => ({ id, status: 'new', createdAt: '2026-01-02', ...extra });

const CASES: [string, unknown, { total?: number; invalid?: number; duplicateId?: number; error?: boolean }][] = [
  ['a wrong top-level shape: a string', 'leads', { error: true }],
  ['a wrong top-level shape: a number', 42, { error: true }],
  ['a wrong top-level shape: null', null, { error: true }],
  ['a wrong top-level shape: leads as an object', { leads: { 0: lead(1) } }, { error: true }],
  ['no leads at all', { leads: [] }, { total: 0 }],
  ['a single lead', [lead(1, { owner: 'a', status: 'customer' })], { total: 1 }],
  [
    'null, blank and whitespace owners',
    [lead(1, { owner: null }), lead(2, { owner: '' }), lead(3, { owner: '   ' }), lead(4)],
    { total: 4 },
  ],
  ['unknown statuses', [lead(1, { status: 'Đã hủy' }), lead(2, { status: 'lost?' }), lead(3)], { total: 3 }],
  ['numbers as strings and strings as numbers', [lead('7'), lead(7), lead('07'), lead(8.5)], { total: 3, duplicateId: 1 }],
  [
    'NaN and Infinity',
    [lead(NaN), lead(Infinity), lead(1, { createdAt: NaN }), lead(2, { createdAt: Infinity }), lead(3, { createdAt: -Infinity }), lead(4)],
    { total: 1, invalid: 5 },
  ],
  [
    'all zeros: rows of count 0',
    {
      rows: [
        { date: '2026-01-02', status: 'new', count: 0 },
        { date: '2026-01-02', status: 'customer', count: 0, owner: 'a' },
      ],
    },
    { total: 0 },
  ],
  [
    'owners with no leads',
    {
      owners: [
        { id: 'a', label: 'An' },
        { id: 'b', label: 'Bình' },
      ],
      leads: [],
    },
    { total: 0 },
  ],
  [
    'repeated ids',
    [lead(1, { status: 'new' }), lead(1, { status: 'customer' }), lead(1, { status: 'stopped' })],
    { total: 1, duplicateId: 2 },
  ],
  [
    'invalid dates',
    [
      lead(1, { createdAt: '2021-02-30' }),
      lead(2, { createdAt: '06/30/2017' }),
      lead(3, { createdAt: '15 Apr, 2021' }),
      lead(4, { createdAt: '2026-13-01' }),
      lead(5),
    ],
    { total: 1, invalid: 4 },
  ],
  ['records that are not objects', [null, 'lead', 3, [], lead(1)], { total: 1, invalid: 4 }],
];

describe('hostile datasets', () => {
  for (const [name, data, expected] of CASES) {
    it(`handles ${name}: counted, no NaN or Infinity drawn, no error thrown`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone="UTC"></lead-dashboard>`);
        el.data = data;
        await el.updateComplete;
        for (const mode of ['count', 'percent']) {
          const chart = el.shadowRoot!.querySelector('lead-status-chart');
          if (chart) {
            chart.setAttribute('mode', mode);
            await el.updateComplete;
          }
          expect(svgAttributes(el.shadowRoot).filter((a) => /NaN|Infinity/.test(a.replace(/aria-label=.*$/, '')))).to.deep.equal([]);
        }
        if (expected.error) {
          expect(el.summary).to.equal(undefined);
          expect(el.shadowRoot!.querySelector('[part~=error]')).not.to.equal(null);
        } else {
          const summary = el.summary!;
          expect(summary.totals.total).to.equal(expected.total);
          expect(summary.excluded).to.deep.equal({ invalid: expected.invalid ?? 0, duplicateId: expected.duplicateId ?? 0 });
          // the columns always add up to the total, and no rate is NaN
          for (const group of [...summary.groups, summary.totals]) {
            expect(Object.values(group.counts).reduce((a, b) => a + b, 0)).to.equal(group.total);
            expect(group.conversionRate === null || Number.isFinite(group.conversionRate)).to.equal(true);
          }
          expect(el.toCSV()).not.to.match(/NaN|Infinity/);
        }
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }

  it('swaps from after to, and treats unusable from / to as absent', async () => {
    const el = await fixture<LeadDashboard>(
      html`<lead-dashboard lang="en" from="2026-01-31" to="2026-01-01" time-zone="UTC"></lead-dashboard>`,
    );
    el.data = [lead(1, { createdAt: '2026-01-15' }), lead(2, { createdAt: '2026-02-15' })];
    await el.updateComplete;
    expect(el.summary!.range).to.deep.equal({ from: '2026-01-01', to: '2026-01-31', timeZone: 'UTC' });
    expect(el.summary!.totals.total).to.equal(1);
    el.from = '2026-02-30';
    el.to = 'soon';
    el.range = 'all';
    await el.updateComplete;
    expect(el.summary!.totals.total).to.equal(2);
  });
});
