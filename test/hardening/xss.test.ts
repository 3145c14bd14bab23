import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import { deepElements } from '../helpers/dom.js';
import { nextTask } from '../helpers/wait.js';

declare global {
  interface Window {
    __xss: number;
  }
}

/** Every payload increments the canary if it ever runs. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss++">',
  '"><svg onload="window.__xss++">',
  "'><script>window.__xss++</script>",
  '</title><img src=x onerror=window.__xss++>',
  '<a href="javascript:window.__xss++">x</a>',
  '{{constructor.constructor("window.__xss++")()}}',
  '${window.__xss++}',
  'javascript:window.__xss++',
  '<style>*{background:url("javascript:window.__xss++")}</style>',
];
/** An object shaped like a Lit template result: it must never be rendered as a template. */
const TEMPLATE_SHAPED = { _$litType$: 1, strings: ['<img src=x onerror="window.__xss++">'], values: [] };

function hostileDataset() {
  const label = (k: number) => PAYLOADS[k % PAYLOADS.length]!;
  return {
    owners: [
      ...PAYLOADS.map((payload, k) => ({ id: `o${k}`, label: payload })),
      { id: 'tpl', label: TEMPLATE_SHAPED },
      { id: 'tpl2', label: { vi: TEMPLATE_SHAPED, en: TEMPLATE_SHAPED } },
    ],
    statuses: [
      { id: 'new', kind: 'new', label: label(0) },
      { id: 'won', kind: 'won', label: { vi: label(1), en: label(2) }, color: 'red;background:url(javascript:window.__xss++)' },
      { id: 'lost', kind: 'lost', label: TEMPLATE_SHAPED },
      { id: 'unknown', label: label(3) },
    ],
    sources: PAYLOADS.map((payload, k) => ({ id: `s${k}`, label: payload })),
    priorities: [{ id: 'p', label: label(4) }],
    steps: [{ id: 'st', label: label(5) }],
    dimensions: [{ key: 'dim', label: label(6), options: [{ id: 'd', label: label(7) }] }],
    leads: [
      ...PAYLOADS.map((payload, k) => ({
        id: k,
        status: k % 2 ? 'won' : 'new',
        createdAt: '2026-01-02',
        owner: `o${k}`,
        source: payload,
        priority: 'p',
        step: 'st',
        dim: payload,
      })),
      { id: 'x1', status: label(8), createdAt: '2026-01-02', owner: PAYLOADS[0] },
      { id: 'x2', status: 'won', createdAt: '2026-01-02', owner: 'tpl' },
      { id: 'x3', status: 'lost', createdAt: '2026-01-02', owner: TEMPLATE_SHAPED },
      { id: TEMPLATE_SHAPED, status: 'won', createdAt: '2026-01-02' },
    ],
  };
}

/**
 * Resolves when every image in the dashboard has loaded or failed, and a task has passed: the
 * `onerror` of an image from data (registered before ours) would have run by then.
 */
async function settle(el: Element) {
  const images = deepElements(el.shadowRoot!).filter((node) => node instanceof HTMLImageElement);
  const done = (image: HTMLImageElement) =>
    new Promise((resolve) => {
      image.addEventListener('load', resolve, { once: true });
      image.addEventListener('error', resolve, { once: true });
    });
  // a complete image has fired its load or error event already
  await Promise.all(images.filter((image) => !image.complete).map(done));
  await nextTask();
}

/** The SVG attributes that draw (accessible names and data-* hold text, which may be anything). */
function drawingAttributes(root: ParentNode): string[] {
  return [...root.querySelectorAll('svg, svg *')].flatMap((node) =>
    [...node.attributes].filter((a) => a.name !== 'aria-label' && !a.name.startsWith('data-')).map((a) => `${a.name}=${a.value}`),
  );
}

describe('hostile labels and values', () => {
  beforeEach(() => {
    window.__xss = 0;
  });

  for (const lang of ['vi', 'en']) {
    for (const groupBy of ['owner', 'source', 'priority', 'step', 'dim']) {
      it(`never executes markup from data (${lang}, grouped by ${groupBy}) and shows it as text`, async () => {
        // a comparison too, so the table's Δ column and the KPI rule render beside the labels
        const el = await fixture<LeadDashboard>(
          html`<lead-dashboard lang=${lang} from="2025-12-01" to="2026-01-31" compare="previous-period" time-zone="UTC" group-by=${groupBy}></lead-dashboard>`,
        );
        el.data = hostileDataset();
        await el.updateComplete;
        const chart = el.shadowRoot!.querySelector('lead-status-chart')!;
        const trend = el.shadowRoot!.querySelector('lead-trend-chart')!;
        const funnel = el.shadowRoot!.querySelector('lead-funnel')!;
        expect(trend.shadowRoot!.querySelectorAll('rect[role=option]').length).to.be.greaterThan(0);
        expect(el.shadowRoot!.querySelector('lead-table')!.shadowRoot!.querySelectorAll('td.delta').length).to.be.greaterThan(0);
        // hover every segment and every trend bucket so every tooltip renders once
        for (const [host, selector] of [
          [chart, 'rect[role=button]'],
          [trend, 'rect[role=option]'],
        ] as const) {
          for (const rect of host.shadowRoot!.querySelectorAll(selector)) {
            rect.scrollIntoView({ block: 'center' });
            const box = rect.getBoundingClientRect();
            if (box.width < 1) continue;
            await sendMouse({
              type: 'move',
              position: [Math.round(box.x + box.width / 2), Math.round(box.y + Math.max(1, box.height - 2))],
            });
            await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          }
        }
        // open every multi-select so option labels render
        const bar = el.shadowRoot!.querySelector('lead-filter-bar')!;
        for (const select of bar.shadowRoot!.querySelectorAll('lead-multi-select')) {
          select.shadowRoot!.querySelector<HTMLButtonElement>('[part=control]')!.click();
          await (select as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        }
        await settle(el);
        expect(window.__xss).to.equal(0);
        const everything = [
          el,
          chart,
          bar,
          trend,
          funnel,
          el.shadowRoot!.querySelector('lead-kpi-strip')!,
          el.shadowRoot!.querySelector('lead-table')!,
          el.shadowRoot!.querySelector('lead-conversion-chart')!,
        ];
        for (const node of everything) {
          for (const script of node.shadowRoot!.querySelectorAll('script, img, iframe, object, embed, style:not([data-lit])')) {
            expect.fail(`a ${script.localName} element came from data`);
          }
          for (const attribute of drawingAttributes(node.shadowRoot!))
            expect(attribute).not.to.match(/javascript:|onerror|onload|NaN|Infinity/i);
        }
        const text = el.shadowRoot!.querySelector('lead-table')!.shadowRoot!.textContent!;
        if (groupBy === 'owner') expect(text).to.include('<img src=x onerror="window.__xss++">');
        expect(el.toCSV()).not.to.match(/^[=+\-@]/m);
      });
    }
  }

  it('never takes a colour from data other than #rgb or #rrggbb', async () => {
    const el = await fixture<LeadDashboard>(html`<lead-dashboard range="all" time-zone="UTC"></lead-dashboard>`);
    el.data = hostileDataset();
    await el.updateComplete;
    for (const name of ['lead-status-chart', 'lead-trend-chart', 'lead-funnel']) {
      const chart = el.shadowRoot!.querySelector(name)!;
      // the trend chart's brush is d3-brush's own drawing: no data in it
      const drawn = (selector: string) => [...chart.shadowRoot!.querySelectorAll(selector)].filter((node) => !node.closest('g.brush'));
      const fills = drawn('rect[fill]').map((r) => r.getAttribute('fill'));
      for (const fill of fills) expect(fill).to.match(/^#[0-9a-f]{3}([0-9a-f]{3})?$/i);
      expect(drawn('[style]'), name).to.have.length(0);
    }
  });

  it('neither pollutes prototypes nor misreads __proto__, constructor, toString and hasOwnProperty', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    // JSON text, as a server sends it: an object literal's __proto__ would set the prototype instead
    const data = JSON.parse(
      JSON.stringify({
        owners: names.map((id) => ({ id, label: id })),
        statuses: [
          { id: 'new', kind: 'new' },
          { id: '__proto__', kind: 'won', label: 'Proto' },
        ],
        dimensions: [{ key: '__proto__', label: 'Proto dim', options: [{ id: 'constructor' }] }],
        leads: names.flatMap((id, k) => [
          { id, status: '__proto__', createdAt: '2026-01-02', owner: id, PROTO_KEY: 'constructor' },
          { id: `${id}-2`, status: 'new', createdAt: '2026-01-02', owner: names[(k + 1) % names.length] },
        ]),
      }).replaceAll('"PROTO_KEY"', '"__proto__"'),
    );
    expect(Object.hasOwn(data.leads[0], '__proto__')).to.equal(true);
    const el = await fixture<LeadDashboard>(html`<lead-dashboard lang="en" range="all" time-zone="UTC"></lead-dashboard>`);
    el.data = data;
    await el.updateComplete;
    expect(el.summary!.groups.map((g) => [g.key, g.total, g.won])).to.deep.equal(
      names.map((id) => [id, 2, 1]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(el.summary!.totals.counts).to.deep.equal(
      Object.fromEntries([
        ['new', 5],
        ['__proto__', 5],
      ]),
    );
    // a declared dimension may be called __proto__: it groups like any other
    el.groupBy = '__proto__';
    expect(el.summary!.groups.map((g) => [g.key, g.label, g.total])).to.deep.equal([
      ['constructor', 'constructor', 5],
      [null, 'None', 5],
    ]);
    const probe = {} as Record<string, unknown>;
    expect(probe.constructor).to.equal(Object);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
    expect(Object.getPrototypeOf(el.summary!.totals.counts)).to.equal(Object.prototype);
  });
});
