import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RANGE_PRESETS } from '../../src/data/ranges.js';
import {
  decodeFilterValue,
  encodeFilterValue,
  filterFromUrlState,
  filterToParams,
  isFilterParam,
  paramsToFilter,
  syncedUrl,
  urlStateFromFilter,
  type FilterUrlState,
  type FilterUrlValue,
} from '../../src/url/filter-url.js';

const BUILT_IN_LISTS = ['owners', 'sources', 'priorities', 'steps', 'statuses'];

/** Tricky texts: Vietnamese, URL syntax, prototype keys, the null token and its escape. */
const TRICKY = [
  'Nguyễn Văn An',
  'Giới thiệu',
  'a&b=c#d?e',
  '__proto__',
  'constructor',
  'toString',
  'null',
  '',
  ' ',
  '-',
  '--',
  '-5',
  '!',
  '!-',
  '!!x',
  '~',
  '+',
  '%20',
  '%E0%A4%A',
  'lead.owner=x',
  '\u0000',
  '😀',
];

const value: fc.Arbitrary<FilterUrlValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...TRICKY),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const dimensionKey = fc
  .oneof(
    fc.constantFrom('__proto__', 'constructor', 'tình trạng', 'a&b=c#d', 'd.x', 'owner', 'Nhóm kinh doanh'),
    fc.string({ minLength: 1, maxLength: 10 }),
  )
  .filter((key) => key.trim() !== '' && !BUILT_IN_LISTS.includes(key));
const day = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A random valid state; lists are built with defineProperty so `__proto__` is an own key. */
const state: fc.Arbitrary<FilterUrlState> = fc
  .record(
    {
      range: fc.constantFrom(...RANGE_PRESETS),
      from: day,
      to: day,
      groupBy: fc.oneof(fc.constantFrom('owner', 'source', 'priority', 'step'), dimensionKey),
      conversionBasis: fc.constantFrom('assigned', 'qualified', 'closed' as const),
      dateField: fc.constantFrom('createdAt', 'assignedAt', 'updatedAt' as const),
      lists: fc.uniqueArray(
        fc.tuple(fc.oneof(fc.constantFrom(...BUILT_IN_LISTS), dimensionKey), fc.array(value, { minLength: 1, maxLength: 5 })),
        {
          selector: ([key]) => key,
          maxLength: 6,
        },
      ),
    },
    { requiredKeys: ['lists'] },
  )
  .map(({ lists, ...scalars }) => {
    const out: FilterUrlState = { ...scalars, lists: {} };
    for (const [key, list] of lists)
      Object.defineProperty(out.lists, key, { value: list, enumerable: true, writable: true, configurable: true });
    return out;
  });

describe('filter-url', () => {
  describe('parameter names', () => {
    it('writes every field under stable lead.* names, lists as repeated parameters in order', () => {
      const params = filterToParams({
        range: 'last-month',
        from: '2026-11-01',
        to: '2026-11-30',
        groupBy: 'source',
        conversionBasis: 'qualified',
        dateField: 'assignedAt',
        lists: {
          owners: ['u1', null, 'u2'],
          sources: ['fb'],
          priorities: ['high'],
          steps: ['call'],
          statuses: ['customer', 'unknown'],
          tinhTrang: ['hot'],
        },
      });
      expect([...params]).to.deep.equal([
        ['lead.range', 'last-month'],
        ['lead.from', '2026-11-01'],
        ['lead.to', '2026-11-30'],
        ['lead.groupBy', 'source'],
        ['lead.basis', 'qualified'],
        ['lead.dateField', 'assignedAt'],
        ['lead.owner', 'u1'],
        ['lead.owner', '-'],
        ['lead.owner', 'u2'],
        ['lead.source', 'fb'],
        ['lead.priority', 'high'],
        ['lead.step', 'call'],
        ['lead.status', 'customer'],
        ['lead.status', 'unknown'],
        ['lead.d.tinhTrang', 'hot'],
      ]);
      expect(params.toString()).to.equal(
        'lead.range=last-month&lead.from=2026-11-01&lead.to=2026-11-30&lead.groupBy=source&lead.basis=qualified&lead.dateField=assignedAt' +
          '&lead.owner=u1&lead.owner=-&lead.owner=u2&lead.source=fb&lead.priority=high&lead.step=call&lead.status=customer&lead.status=unknown&lead.d.tinhTrang=hot',
      );
    });

    it('uses the given prefix, or none when it is empty', () => {
      expect(filterToParams({ range: 'today', lists: { owners: ['a'], dim: ['b'] } }, 'crm').toString()).to.equal(
        'crm.range=today&crm.owner=a&crm.d.dim=b',
      );
      expect(filterToParams({ range: 'today', lists: { owners: ['a'], dim: ['b'] } }, '').toString()).to.equal(
        'range=today&owner=a&d.dim=b',
      );
      expect(paramsToFilter('range=today&owner=a&d.dim=b', '')).to.deep.equal({ range: 'today', lists: { owners: ['a'], dim: ['b'] } });
    });

    it('tells its own parameter names from the page’s', () => {
      for (const name of [
        'lead.range',
        'lead.from',
        'lead.to',
        'lead.groupBy',
        'lead.basis',
        'lead.dateField',
        'lead.owner',
        'lead.status',
        'lead.d.x',
      ])
        expect(isFilterParam(name), name).to.equal(true);
      for (const name of ['lead', 'lead.', 'lead.d.', 'lead.owners', 'lead.foo', 'range', 'leads.range', 'crm.range', 'q'])
        expect(isFilterParam(name), name).to.equal(false);
      expect(isFilterParam('crm.range', 'crm')).to.equal(true);
    });
  });

  describe('null and the string "null"', () => {
    it('writes null as "-" and escapes only "-" and values starting with "!"', () => {
      expect(encodeFilterValue(null)).to.equal('-');
      expect(encodeFilterValue('null')).to.equal('null');
      expect(encodeFilterValue('')).to.equal('');
      expect(encodeFilterValue('-')).to.equal('!-');
      expect(encodeFilterValue('-5')).to.equal('-5');
      expect(encodeFilterValue('!x')).to.equal('!!x');
      expect(encodeFilterValue('~')).to.equal('~');
      expect(encodeFilterValue(4563)).to.equal('4563');
    });

    it('reads "-" as null, drops one leading "!", and takes anything else literally', () => {
      expect(decodeFilterValue('-')).to.equal(null);
      expect(decodeFilterValue('null')).to.equal('null');
      expect(decodeFilterValue('!-')).to.equal('-');
      expect(decodeFilterValue('!!x')).to.equal('!x');
      expect(decodeFilterValue('-5')).to.equal('-5');
      expect(decodeFilterValue('')).to.equal('');
    });

    it('keeps null, "null", "", "-" and "!" apart through a URL', () => {
      const lists = { owners: [null, 'null', '', '-', '!', '!-', 'u1'] };
      const href = syncedUrl('https://crm.example/leads', { lists });
      expect(paramsToFilter(new URL(href))).to.deep.equal({ lists });
    });

    it('reads numeric ids back as strings', () => {
      expect(paramsToFilter(filterToParams({ lists: { sources: [1, '2', null] } }))).to.deep.equal({
        lists: { sources: ['1', '2', null] },
      });
    });
  });

  describe('round trip', () => {
    it('reads back exactly the state it wrote, for random states', () => {
      fc.assert(
        fc.property(state, (x) => {
          expect(paramsToFilter(filterToParams(x))).to.deep.equal(x);
        }),
        { numRuns: 300 },
      );
    });

    it('survives serialisation into a page URL and back, next to the page’s own parameters and hash', () => {
      fc.assert(
        fc.property(state, fc.constantFrom('lead', 'crm', 'a.b', ''), (x, prefix) => {
          const href = syncedUrl('https://crm.example/app/leads?tab=2&q=a%20b#section', x, prefix);
          const url = new URL(href);
          expect(url.hash).to.equal('#section');
          expect(paramsToFilter(url.searchParams, prefix)).to.deep.equal(x);
          if (prefix !== '') expect(url.search.startsWith('?tab=2&q=a%20b')).to.equal(true);
        }),
        { numRuns: 200 },
      );
    });

    it('keeps a prototype-named dimension as an own key without touching any prototype', () => {
      const read = paramsToFilter('lead.d.__proto__=x&lead.d.constructor=y&lead.d.toString=-');
      expect(Object.keys(read.lists)).to.deep.equal(['__proto__', 'constructor', 'toString']);
      expect(Object.getPrototypeOf(read.lists)).to.equal(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(read.lists, '__proto__')!.value).to.deep.equal(['x']);
      expect(read.lists.toString).to.deep.equal([null]);
      expect(({} as Record<string, unknown>).x).to.equal(undefined);
    });

    it('leaves empty lists out: they mean "all", as an absent list does', () => {
      expect(filterToParams({ range: 'all', lists: { owners: [], sources: ['fb'] } }).toString()).to.equal('lead.range=all&lead.source=fb');
      expect(paramsToFilter('lead.range=all')).to.deep.equal({ range: 'all', lists: {} });
    });
  });

  describe('tolerance', () => {
    it('drops an unknown preset, impossible or malformed dates, an unknown basis and date field', () => {
      const read = paramsToFilter(
        'lead.range=forever&lead.from=2021-02-30&lead.to=06/30/2017&lead.basis=won&lead.dateField=closedAt&lead.groupBy=%20',
      );
      expect(read).to.deep.equal({ lists: {} });
      for (const bad of ['2021-2-3', '2021-13-01', '20210101', '2021-01-01T00:00', '', ' 2021-01-01'])
        expect(paramsToFilter(`lead.from=${encodeURIComponent(bad)}`).from, bad).to.equal(undefined);
      expect(paramsToFilter('lead.from=2024-02-29&lead.to=2023-02-29')).to.deep.equal({ from: '2024-02-29', lists: {} });
    });

    it('drops a group-by and dimension lists the dataset does not declare, when told its dimensions', () => {
      const query = 'lead.groupBy=bogus&lead.d.bogus=x&lead.d.tinhTrang=hot';
      expect(paramsToFilter(query, 'lead', { dimensions: ['tinhTrang'] })).to.deep.equal({ lists: { tinhTrang: ['hot'] } });
      expect(paramsToFilter('lead.groupBy=tinhTrang', 'lead', { dimensions: ['tinhTrang'] }).groupBy).to.equal('tinhTrang');
      expect(paramsToFilter('lead.groupBy=step', 'lead', { dimensions: [] }).groupBy).to.equal('step');
      expect(paramsToFilter(query)).to.deep.equal({ groupBy: 'bogus', lists: { bogus: ['x'], tinhTrang: ['hot'] } });
    });

    it('keeps the last valid value of a repeated single-valued parameter', () => {
      expect(paramsToFilter('lead.range=today&lead.range=this-year&lead.range=nonsense').range).to.equal('this-year');
    });

    it('ignores unknown and foreign parameters, and reads a malformed escape as URLSearchParams does', () => {
      expect(
        paramsToFilter('lead.foo=1&lead.owners=x&lead.d.=y&lead.d.owners=z&range=today&crm.owner=a&lead.owner=%E0%A4%A&lead'),
      ).to.deep.equal({
        lists: { owners: [new URLSearchParams('x=%E0%A4%A').get('x')] },
      });
    });

    it('never throws on random query strings and only returns valid values', () => {
      const names = fc.oneof(
        fc.constantFrom(
          'lead.range',
          'lead.from',
          'lead.to',
          'lead.groupBy',
          'lead.basis',
          'lead.dateField',
          'lead.owner',
          'lead.d.__proto__',
          'lead.d.',
        ),
        fc.string(),
      );
      fc.assert(
        fc.property(
          fc.array(fc.tuple(names, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 12 }),
          fc.string(),
          (pairs, raw) => {
            for (const input of [new URLSearchParams(pairs), raw]) {
              const read = paramsToFilter(input, 'lead', { dimensions: ['__proto__'] });
              if (read.range !== undefined) expect(RANGE_PRESETS).to.include(read.range);
              for (const date of [read.from, read.to]) if (date !== undefined) expect(date).to.match(/^\d{4}-\d{2}-\d{2}$/);
              if (read.conversionBasis !== undefined) expect(['assigned', 'qualified', 'closed']).to.include(read.conversionBasis);
              if (read.dateField !== undefined) expect(['createdAt', 'assignedAt', 'updatedAt']).to.include(read.dateField);
              for (const key of Object.keys(read.lists)) expect([...BUILT_IN_LISTS, '__proto__']).to.include(key);
              // what was read writes back to itself
              expect(paramsToFilter(filterToParams(read), 'lead', { dimensions: ['__proto__'] })).to.deep.equal(read);
            }
          },
        ),
        { numRuns: 300 },
      );
    });

    it('skips invalid values when writing, so what is written is what is read', () => {
      const params = filterToParams({
        range: 'forever',
        from: '2021-02-30',
        to: null,
        groupBy: '  ',
        conversionBasis: 'won',
        dateField: undefined,
        lists: { owners: ['a', NaN as unknown as string, { x: 1 } as unknown as string, null], '  ': ['z'], steps: null },
      });
      expect(params.toString()).to.equal('lead.owner=a&lead.owner=-');
    });
  });

  describe('syncedUrl', () => {
    it('keeps the page’s other parameters byte for byte, in place, and the hash', () => {
      const href = 'https://crm.example/leads?q=a%20b&flag&x=1+2&lead.owner=old#top';
      expect(syncedUrl(href, { range: 'today', lists: { owners: ['Nguyễn Văn An'] } })).to.equal(
        'https://crm.example/leads?q=a%20b&flag&x=1+2&lead.range=today&lead.owner=Nguy%E1%BB%85n+V%C4%83n+An#top',
      );
    });

    it('removes its parameters when the state is empty, and only its own', () => {
      const href = 'https://crm.example/leads?lead.range=today&lead.foo=keep&lead.owner=a&crm.owner=b&lead%2Eto=2026-01-01#h';
      expect(syncedUrl(href, { lists: {} })).to.equal('https://crm.example/leads?lead.foo=keep&crm.owner=b#h');
      expect(syncedUrl('https://crm.example/leads?lead.range=today', { lists: {} })).to.equal('https://crm.example/leads');
    });

    it('leaves another prefix’s state alone, so two dashboards share one URL', () => {
      let href = 'https://crm.example/?x=1';
      href = syncedUrl(href, { range: 'today', lists: { owners: ['a'] } }, 'left');
      href = syncedUrl(href, { range: 'this-year', lists: { owners: [null] } }, 'right');
      href = syncedUrl(href, { range: 'yesterday', lists: {} }, 'left');
      const url = new URL(href);
      expect(paramsToFilter(url, 'left')).to.deep.equal({ range: 'yesterday', lists: {} });
      expect(paramsToFilter(url, 'right')).to.deep.equal({ range: 'this-year', lists: { owners: [null] } });
      expect(url.searchParams.get('x')).to.equal('1');
    });

    it('is idempotent', () => {
      fc.assert(
        fc.property(state, (x) => {
          const once = syncedUrl('https://crm.example/p?a=1#h', x);
          expect(syncedUrl(once, x)).to.equal(once);
        }),
        { numRuns: 100 },
      );
    });

    it('throws a TypeError for a relative href only', () => {
      expect(() => syncedUrl('/leads?x=1', { lists: {} })).to.throw(TypeError);
      expect(syncedUrl(new URL('/leads?x=1', 'https://crm.example').href, { lists: {} })).to.equal('https://crm.example/leads?x=1');
    });
  });

  describe('a dashboard’s .filter', () => {
    it('becomes a URL state with its group-by, basis and date field, and comes back as a .filter', () => {
      const filter = { range: 'this-month' as const, owners: ['u1', null], tinhTrang: ['hot'], statuses: [] };
      const state = urlStateFromFilter(filter, { groupBy: 'tinhTrang', conversionBasis: 'closed', dateField: 'updatedAt' });
      const href = syncedUrl('https://crm.example/leads#x', state);
      expect(href).to.equal(
        'https://crm.example/leads?lead.range=this-month&lead.groupBy=tinhTrang&lead.basis=closed&lead.dateField=updatedAt&lead.owner=u1&lead.owner=-&lead.d.tinhTrang=hot#x',
      );
      const read = paramsToFilter(new URL(href), 'lead', { dimensions: ['tinhTrang'] });
      expect(filterFromUrlState(read)).to.deep.equal({ range: 'this-month', owners: ['u1', null], tinhTrang: ['hot'] });
      expect(read.groupBy).to.equal('tinhTrang');
    });

    it('gives from and to together, so they replace the preset, and a range alone clears them', () => {
      expect(filterFromUrlState(paramsToFilter('lead.range=today&lead.from=2026-01-01'))).to.deep.equal({
        range: 'today',
        from: '2026-01-01',
        to: null,
      });
      expect(filterFromUrlState(paramsToFilter('lead.range=today'))).to.deep.equal({ range: 'today' });
      expect(filterFromUrlState(paramsToFilter(''))).to.deep.equal({});
    });

    it('keeps a __proto__ dimension as an own list of the .filter', () => {
      const filter = filterFromUrlState(paramsToFilter('lead.d.__proto__=x&lead.d.range=y'));
      expect(Object.keys(filter)).to.deep.equal(['__proto__']);
      expect(Object.getPrototypeOf(filter)).to.equal(Object.prototype);
      const back = urlStateFromFilter(filter);
      expect(Object.getOwnPropertyDescriptor(back.lists, '__proto__')!.value).to.deep.equal(['x']);
    });
  });
});
