import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/components/lead-status-chart/lead-status-chart.js';
import '../../src/components/lead-conversion-chart/lead-conversion-chart.js';
import '../../src/components/lead-trend-chart/lead-trend-chart.js';
import '../../src/components/lead-funnel/lead-funnel.js';
import type { LeadChartElement } from '../../src/components/chart/chart-element.js';
import type { LeadStatusChart } from '../../src/components/lead-status-chart/lead-status-chart.js';
import type { LeadConversionChart } from '../../src/components/lead-conversion-chart/lead-conversion-chart.js';
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { trendOf } from '../../src/data/trend.js';
import { canExportPng, ChartExportError, download, fileName, pngBlob, svgBlob, svgText } from '../../src/export/chart-export.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { summaryOf } from '../helpers/summaries.js';
import { settled } from '../helpers/wait.js';

declare global {
  interface Window {
    __xss: number;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

async function statusChart(summary = summaryOf(), style = 'width: 640px') {
  const el = await fixture<LeadStatusChart>(html`<lead-status-chart lang="en" style=${style}></lead-status-chart>`);
  el.summary = summary;
  await settled(el);
  return el;
}

const chartSvg = (el: Element) => el.shadowRoot!.querySelector<SVGSVGElement>('svg[part=chart]')!;

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'parses as XML').to.equal(null);
  return doc;
}

/** Every element and attribute an exported file may hold. */
const SAFE_ELEMENTS = new Set(['svg', 'g', 'rect', 'line', 'path', 'text', 'tspan', 'title', 'desc']);

function expectInert(doc: Document) {
  for (const element of doc.querySelectorAll('*')) {
    expect(element.namespaceURI, element.localName).to.equal(SVG_NS);
    expect(SAFE_ELEMENTS.has(element.localName), `<${element.localName}>`).to.equal(true);
    for (const attribute of element.attributes) {
      expect(attribute.name, `${element.localName}[${attribute.name}]`).not.to.match(/^on|^style$|^class$|href$/i);
      // accessible names are text (escaped by the serialiser); every other value is geometry or paint
      if (attribute.name !== 'aria-label')
        expect(attribute.value, `${element.localName}[${attribute.name}]`).not.to.match(/javascript:|var\(|url\(|[<>]/i);
    }
  }
}

/** Records object URLs made and revoked while `run` runs. */
async function trackObjectUrls<T>(
  run: (log: { created: string[]; revoked: string[] }) => Promise<T>,
): Promise<{ result: T; created: string[]; revoked: string[] }> {
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const created: string[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = create.call(URL, object);
    created.push(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revoke.call(URL, url);
  };
  try {
    return { result: await run({ created, revoked }), created, revoked };
  } finally {
    URL.createObjectURL = create;
    URL.revokeObjectURL = revoke;
  }
}

/** Replaces link clicks (downloads) with a record of them while `run` runs. */
async function captureClicks<T>(
  run: () => Promise<T>,
): Promise<{ result: T; clicks: { href: string; download: string; connected: boolean }[] }> {
  const click = HTMLAnchorElement.prototype.click;
  const clicks: { href: string; download: string; connected: boolean }[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download, connected: this.isConnected });
  };
  try {
    return { result: await run(), clicks };
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}

describe('chart export', () => {
  describe('svgText', () => {
    it('gives a standalone SVG document with its namespace, size, viewBox and an accessible name', async () => {
      const el = await statusChart();
      const live = chartSvg(el);
      const text = svgText(live);
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
      const root = parse(text).documentElement;
      expect(root.namespaceURI).to.equal(SVG_NS);
      expect(root.localName).to.equal('svg');
      expect(Number(root.getAttribute('width'))).to.be.at.least(Number(live.getAttribute('width')));
      expect(Number(root.getAttribute('height'))).to.be.at.least(Number(live.getAttribute('height')));
      const [, , vbWidth, vbHeight] = root.getAttribute('viewBox')!.split(' ').map(Number);
      expect(vbWidth).to.equal(Number(root.getAttribute('width')));
      expect(vbHeight).to.equal(Number(root.getAttribute('height')));
      expect(root.getAttribute('role')).to.equal('img');
      expect(root.getAttribute('aria-label')).to.equal('Lead status by salesperson');
      expect(root.firstElementChild!.localName).to.equal('title');
      expect(root.firstElementChild!.textContent).to.equal('Lead status by salesperson');
      expect(root.querySelector('desc')!.textContent).to.equal(live.querySelector('desc')!.textContent);
    });

    it('writes concrete colours as presentation attributes: no var(), currentColor, style or class', async () => {
      const el = await statusChart();
      el.style.setProperty('--lead-status-customer-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--lead-text-color', 'oklch(0.4 0.1 250)');
      const text = svgText(chartSvg(el));
      expect(text).not.to.match(/var\(|currentcolor| style=| class=| part=|color-mix|oklch/i);
      const doc = parse(text);
      const customer = doc.querySelector('rect[aria-label^="An, Customer"]')!;
      expect(customer.getAttribute('fill')).to.equal('#010203');
      for (const rect of doc.querySelectorAll('rect[aria-label]')) expect(rect.getAttribute('fill')).to.match(/^#[0-9a-f]{6}$/);
      const ink = doc.documentElement.getAttribute('fill') ?? doc.querySelector('text')!.getAttribute('fill');
      expect(ink).to.match(/^#[0-9a-f]{6}$/);
    });

    it('looks the same without any stylesheet: computed paint and type match the live chart', async () => {
      const el = await statusChart();
      const live = chartSvg(el);
      const copy = document.importNode(parse(svgText(live)).documentElement, true);
      document.body.append(copy);
      try {
        const probe = (element: Element) => {
          const style = getComputedStyle(element);
          return {
            fill: style.fill,
            stroke: style.stroke,
            fontSize: style.fontSize,
            fontWeight: style.fontWeight,
            textAnchor: style.textAnchor,
            dominantBaseline: style.dominantBaseline,
          };
        };
        const liveSegments = [...live.querySelectorAll('rect[aria-label]')];
        expect(liveSegments.length).to.be.greaterThan(5);
        for (const rect of liveSegments) {
          const twin = copy.querySelector(`rect[aria-label="${CSS.escape(rect.getAttribute('aria-label')!)}"]`)!;
          expect(probe(twin), rect.getAttribute('aria-label')!).to.deep.equal(probe(rect));
        }
        const liveTexts = [...live.querySelectorAll('text')];
        const copyTexts = [...copy.querySelectorAll('text')];
        expect(copyTexts.map((t) => t.textContent)).to.deep.equal(liveTexts.map((t) => t.textContent));
        for (const [k, text] of liveTexts.entries()) expect(probe(copyTexts[k]!), text.textContent!).to.deep.equal(probe(text));
        // the grid's translucent currentColor mix becomes a colour and an opacity
        const line = copy.querySelector('line')!;
        expect(line.getAttribute('stroke')).to.match(/^#[0-9a-f]{6}$/);
        expect(Number(line.getAttribute('stroke-opacity'))).to.be.within(0.1, 0.3);
      } finally {
        copy.remove();
      }
    });

    it('contains the group labels and the axis as text', async () => {
      const doc = parse(svgText(chartSvg(await statusChart())));
      const texts = [...doc.querySelectorAll('text')].map((text) => text.textContent);
      for (const label of ['An', 'Bình', 'Chi'])
        expect(
          texts.some((text) => text!.includes(label)),
          label,
        ).to.equal(true);
      expect(texts).to.include('0');
    });

    it('drops interactive-only attributes and the tooltip, and keeps accessible names', async () => {
      const el = await statusChart();
      const quiet = parse(svgText(chartSvg(el))).documentElement.getAttribute('viewBox');
      const segment = chartSvg(el).querySelector<SVGRectElement>('rect[tabindex="0"]')!;
      segment.focus();
      await el.updateComplete;
      expect(chartSvg(el).querySelector('.tooltip'), 'the tooltip shows').not.to.equal(null);
      const doc = parse(svgText(chartSvg(el)));
      expect(doc.documentElement.getAttribute('viewBox'), 'the tooltip does not grow the picture').to.equal(quiet);
      expect(doc.querySelector('[tabindex], [role=button], [role=group], [aria-disabled], [aria-pressed], [data-bar], [part]')).to.equal(
        null,
      );
      expect([...doc.querySelectorAll('text')].some((text) => text.lastChild!.textContent === 'An')).to.equal(true);
      const tooltipLines = [...chartSvg(el).querySelectorAll('.tooltip text')].map((text) => text.textContent);
      expect([...doc.querySelectorAll('text')].map((text) => text.textContent)).not.to.include(tooltipLines[1]);
      expect(doc.querySelectorAll('rect[aria-label]').length).to.equal(chartSvg(el).querySelectorAll('rect[aria-label]').length);
      expect(doc.querySelector('text title')!.textContent).to.equal('An');
    });

    it('paints the computed surface colour behind the chart, a given one, or none', async () => {
      const el = await statusChart();
      el.style.setProperty('--lead-surface-color', '#123456');
      const background = (doc: Document) => doc.querySelector('svg > rect');
      expect(background(parse(svgText(chartSvg(el))))!.getAttribute('fill')).to.equal('#123456');
      expect(background(parse(svgText(chartSvg(el), { background: 'white' })))!.getAttribute('fill')).to.equal('#ffffff');
      const transparent = parse(svgText(chartSvg(el), { background: null }));
      expect(background(transparent)).to.equal(null);
      el.style.removeProperty('--lead-surface-color');
      expect(background(parse(svgText(chartSvg(el))))!.getAttribute('fill'), 'Canvas of a light page').to.equal('#ffffff');
    });

    it('leaves the live chart untouched', async () => {
      const el = await statusChart();
      const before = chartSvg(el).outerHTML;
      svgText(chartSvg(el));
      await pngBlob(chartSvg(el), { scale: 1 });
      expect(chartSvg(el).outerHTML).to.equal(before);
    });

    it('exports the conversion chart too, its dashed reference line included', async () => {
      const el = await fixture<LeadConversionChart>(html`<lead-conversion-chart lang="en" style="width: 480px"></lead-conversion-chart>`);
      el.summary = summaryOf();
      await settled(el);
      const doc = parse(svgText(chartSvg(el)));
      expectInert(doc);
      const dashed = doc.querySelector('line[stroke-dasharray]')!;
      expect(dashed.getAttribute('stroke-dasharray')).to.equal('4 3');
      expect(doc.querySelector('rect[fill="none"][aria-label], [role]:not(svg)')).to.equal(null);
      expect(svgBlob(chartSvg(el)).type).to.equal('image/svg+xml');
    });

    it('keeps hostile labels as text: no element, handler or URL comes from data', async () => {
      window.__xss = 0;
      const payloads = [
        '<img src=x onerror="window.__xss++">',
        '"><svg onload="window.__xss++">',
        "'><script>window.__xss++</script>",
        '</title><img src=x onerror=window.__xss++>',
        ']]><foreignObject><iframe src="javascript:window.__xss++"></iframe></foreignObject>',
        '<!-- --><style>*{fill:url(javascript:window.__xss++)}</style>',
      ];
      const dataset = {
        owners: payloads.map((label, k) => ({ id: `o${k}`, label })),
        statuses: [
          { id: 'new', kind: 'new', label: payloads[0] },
          { id: 'won', kind: 'won', label: payloads[1], color: 'red;background:url(javascript:window.__xss++)' },
        ],
        leads: payloads.map((_, k) => ({ id: k, status: k % 2 ? 'won' : 'new', createdAt: '2026-01-02', owner: `o${k}` })),
      };
      const el = await statusChart(summaryOf({ data: dataset }), 'width: 900px');
      const text = svgText(chartSvg(el));
      expect(text).not.to.match(/<(img|script|iframe|style|foreignObject|svg:)\b|<svg\b[^>]*\bonload/i);
      expect(text.match(/<svg\b/g)).to.have.length(1);
      const doc = parse(text);
      expectInert(doc);
      const written = [...doc.querySelectorAll('title, text')].map((node) => node.textContent).join('\n');
      for (const payload of payloads) expect(written, payload).to.include(payload);
      document.body.append(document.importNode(doc.documentElement, true));
      await nextFrame();
      document.body.lastElementChild!.remove();
      expect(window.__xss).to.equal(0);
    });
  });

  describe('pngBlob', () => {
    it('renders a PNG of scale × the SVG size that decodes back', async () => {
      const el = await statusChart();
      const root = parse(svgText(chartSvg(el))).documentElement;
      const width = Number(root.getAttribute('width'));
      const height = Number(root.getAttribute('height'));
      for (const scale of [1, 2]) {
        const blob = await pngBlob(chartSvg(el), { scale });
        expect(blob.type).to.equal('image/png');
        expect(blob.size).to.be.greaterThan(0);
        const bitmap = await createImageBitmap(blob);
        expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(width * scale), Math.round(height * scale)]);
        bitmap.close();
      }
      const twice = await createImageBitmap(await pngBlob(chartSvg(el)));
      expect(twice.width).to.equal(Math.round(width * 2));
    });

    it('draws the chart: the customer colour is in the picture', async () => {
      const el = await statusChart();
      el.style.setProperty('--lead-status-customer-color', 'rgb(200, 10, 190)');
      const bitmap = await createImageBitmap(await pngBlob(chartSvg(el), { scale: 1 }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let found = 0;
      for (let k = 0; k < data.length; k += 4) if (data[k] === 200 && data[k + 1] === 10 && data[k + 2] === 190) found++;
      expect(found).to.be.greaterThan(50);
      expect([...data.slice(0, 4)], 'the opaque surface').to.deep.equal([255, 255, 255, 255]);
    });

    it('rejects a non-positive scale and an image too large for a canvas', async () => {
      const el = await statusChart();
      let error: unknown;
      try {
        await pngBlob(chartSvg(el), { scale: 0 });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(RangeError);
      error = undefined;
      try {
        await pngBlob(chartSvg(el), { scale: 100 });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ChartExportError);
      expect((error as ChartExportError).code).to.equal('too-large');
    });

    it('under a CSP whose img-src refuses blob: images, rejects with image-blocked and revokes its URL', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="img-src 'self'"><body></body>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      try {
        const doc = frame.contentDocument!;
        const svg = doc.createElementNS(SVG_NS, 'svg');
        svg.setAttribute('width', '40');
        svg.setAttribute('height', '20');
        svg.setAttribute('viewBox', '0 0 40 20');
        const rect = doc.createElementNS(SVG_NS, 'rect');
        rect.setAttribute('width', '20');
        rect.setAttribute('height', '10');
        rect.setAttribute('fill', 'rgb(200, 0, 0)');
        svg.append(rect);
        doc.body.append(svg);
        // SVG export needs no image load: it works under that policy
        expect(parse(svgText(svg)).querySelector('rect[width="20"]')!.getAttribute('fill')).to.equal('#c80000');
        const {
          result: error,
          created,
          revoked,
        } = await trackObjectUrls(() =>
          pngBlob(svg).then(
            () => undefined,
            (e: unknown) => e,
          ),
        );
        expect(error).to.be.instanceOf(ChartExportError);
        expect((error as ChartExportError).code).to.equal('image-blocked');
        expect((error as Error).message).to.match(/SVG/);
        expect(revoked).to.deep.equal(created);
        expect(await canExportPng(doc)).to.equal(false);
        expect(await canExportPng(document)).to.equal(true);
      } finally {
        frame.remove();
      }
    });

    it('leaves no object URL alive', async () => {
      const el = await statusChart();
      const { created, revoked } = await trackObjectUrls(() => pngBlob(chartSvg(el)));
      expect(created).to.have.length(1);
      expect(revoked).to.deep.equal(created);
    });
  });

  describe('exportSvg() and exportPng() of each chart', () => {
    /** Each chart with its data, drawn and settled. */
    async function charts(): Promise<[string, LeadChartElement][]> {
      const summary = summaryOf();
      const store = ingestLeads(readDataset(managerData)!, { timeZone: 'Asia/Ho_Chi_Minh' });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 640px">
        <lead-status-chart .summary=${summary}></lead-status-chart>
        <lead-conversion-chart .summary=${summary}></lead-conversion-chart>
        <lead-trend-chart .trend=${trendOf(store, { range: { from: null, to: null }, lang: 'en' })}></lead-trend-chart>
        <lead-funnel .summary=${summary}></lead-funnel>
      </div>`);
      const elements = [...wrapper.children] as LeadChartElement[];
      for (const el of elements) await settled(el);
      return elements.map((el) => [el.localName, el]);
    }

    it('gives the text of the SVG file of the chart as drawn, the same as svgText of its chart part', async () => {
      for (const [tag, el] of await charts()) {
        const text = await el.exportSvg();
        expect(text, tag).to.equal(svgText(chartSvg(el)));
        const doc = parse(text);
        expect(doc.documentElement.getAttribute('aria-label'), tag).to.equal(chartSvg(el).getAttribute('aria-label'));
        expectInert(doc);
        // options reach svgText: no background
        expect(await el.exportSvg({ background: null }), tag).to.equal(svgText(chartSvg(el), { background: null }));
      }
    });

    it('names an export file after the chart’s title', async () => {
      const names = [];
      for (const [, el] of await charts()) names.push(await el.exportFileName('svg'), await el.exportFileName('png'));
      expect(names).to.deep.equal([
        'Lead-status-by-salesperson.svg',
        'Lead-status-by-salesperson.png',
        'Conversion-rate-by-salesperson.svg',
        'Conversion-rate-by-salesperson.png',
        'Leads-over-time.svg',
        'Leads-over-time.png',
        'Conversion-funnel.svg',
        'Conversion-funnel.png',
      ]);
    });

    it('gives a PNG of the chart as drawn, scale × its size', async () => {
      for (const [tag, el] of await charts()) {
        const root = parse(await el.exportSvg()).documentElement;
        const [width, height] = [Number(root.getAttribute('width')), Number(root.getAttribute('height'))];
        const blob = await el.exportPng({ scale: 1 });
        expect(blob.type, tag).to.equal('image/png');
        const bitmap = await createImageBitmap(blob);
        expect([bitmap.width, bitmap.height], tag).to.deep.equal([Math.round(width), Math.round(height)]);
        bitmap.close();
        const twice = await createImageBitmap(await el.exportPng());
        expect(twice.width, tag).to.equal(Math.round(width * 2));
        twice.close();
      }
    });

    it('draws every change made before the call', async () => {
      const el = await statusChart();
      el.summary = summaryOf({ lang: 'vi' });
      el.lang = 'vi';
      // no await updateComplete: the export waits for it
      const doc = parse(await el.exportSvg());
      expect(doc.documentElement.getAttribute('aria-label')).to.equal('Trạng thái cơ hội theo nhân viên');
    });

    it('rejects with an InvalidStateError while the chart has no data, and leaves the page untouched', async () => {
      for (const tag of ['lead-status-chart', 'lead-conversion-chart', 'lead-trend-chart', 'lead-funnel']) {
        const el = document.createElement(tag) as LeadChartElement;
        document.body.append(el);
        try {
          for (const run of [() => el.exportSvg(), () => el.exportPng()]) {
            const error = await run().then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error, tag).to.be.instanceOf(DOMException);
            expect((error as DOMException).name, tag).to.equal('InvalidStateError');
          }
        } finally {
          el.remove();
        }
      }
    });

    it('passes on the PNG errors of pngBlob', async () => {
      const el = await statusChart();
      const error = await el.exportPng({ scale: 100 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(ChartExportError);
      expect((error as ChartExportError).code).to.equal('too-large');
    });
  });

  describe('download', () => {
    it('clicks a detached link named by fileName and revokes its object URL in the next task, not before', async () => {
      const blob = svgBlob(chartSvg(await statusChart()));
      const { result: tracked, clicks } = await captureClicks(() =>
        trackObjectUrls(async (log) => {
          const done = download(blob, fileName('Trạng thái cơ hội', 'svg'));
          const revokedAtOnce = log.revoked.length;
          await done;
          return revokedAtOnce;
        }),
      );
      expect(clicks).to.have.length(1);
      expect(clicks[0]!.download).to.equal('Trạng-thái-cơ-hội.svg');
      expect(clicks[0]!.href.startsWith('blob:')).to.equal(true);
      expect(clicks[0]!.connected, 'the link is never put in the page').to.equal(false);
      expect(tracked.result, 'not revoked during the click').to.equal(0);
      expect(tracked.created).to.deep.equal([clicks[0]!.href]);
      expect(tracked.revoked).to.deep.equal(tracked.created);
      expect(document.querySelector('a[download]')).to.equal(null);
    });
  });

  describe('fileName', () => {
    it('keeps Vietnamese letters, digits, - and _, and turns every other run into one -', () => {
      expect(fileName('Trạng thái cơ hội theo nhân viên', 'svg')).to.equal('Trạng-thái-cơ-hội-theo-nhân-viên.svg');
      expect(fileName('Tỷ lệ chuyển đổi — 2026/11', 'PNG')).to.equal('Tỷ-lệ-chuyển-đổi-2026-11.png');
      expect(fileName('leads_2026-11-01', 'csv')).to.equal('leads_2026-11-01.csv');
    });

    it('normalises to NFC, so decomposed and composed text give one name', () => {
      expect(fileName('Nguyê\u0303n', 'svg')).to.equal(fileName('Nguyễn', 'svg'));
      expect(fileName('Nguyê\u0303n', 'svg')).to.equal('Nguy\u1ec5n.svg');
    });

    it('strips path separators, dots, reserved characters, controls and bidi overrides', () => {
      expect(fileName('../../etc/passwd', 'svg')).to.equal('etc-passwd.svg');
      expect(fileName('C:\\Windows\\system32', 'svg')).to.equal('C-Windows-system32.svg');
      expect(fileName('<img src=x onerror=alert(1)>', 'svg')).to.equal('img-src-x-onerror-alert-1.svg');
      expect(fileName('invoice\u202Egpj.exe', 'png')).to.equal('invoice-gpj-exe.png');
      expect(fileName('a\u0000b\nc\td', 'svg')).to.equal('a-b-c-d.svg');
      expect(fileName('report.svg.exe', 'svg')).to.equal('report-svg-exe.svg');
      expect(fileName('q\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301', 'svg'), 'combining marks stacked').to.equal(
        'q\u0301\u0301\u0301.svg',
      );
    });

    it('falls back to "chart", cuts long names, and defuses Windows device names', () => {
      expect(fileName('', 'svg')).to.equal('chart.svg');
      expect(fileName('///...', 'svg')).to.equal('chart.svg');
      expect(fileName('😀😀', 'png')).to.equal('chart.png');
      expect([...fileName('ạ'.repeat(200), 'svg')]).to.have.length(84);
      expect(fileName('CON', 'svg')).to.equal('CON_.svg');
      expect(fileName('com1', 'png')).to.equal('com1_.png');
      expect(fileName('console', 'png')).to.equal('console.png');
    });

    it('keeps only a-z and digits in the extension', () => {
      expect(fileName('chart', '.S/V\\G')).to.equal('chart.svg');
      expect(fileName('chart', '')).to.equal('chart');
    });
  });
});
