/**
 * Chart export: a chart's SVG as a standalone file (SVG or PNG), as it looks now.
 *
 * The SVG is a clone whose look no longer depends on the page: every computed presentation value
 * (tokens, `currentColor`, `color-mix()`, the status palette) is written as an SVG presentation
 * attribute in SVG 1.1 syntax (`#rrggbb` plus opacities), so the file renders the same in any
 * viewer without a stylesheet. Only allow-listed SVG elements and attributes survive: no script,
 * no `foreignObject`, no event handler, no `style` or `class`, no external reference. Labels from
 * data stay text nodes, which `XMLSerializer` escapes.
 *
 * PNG goes through an `<img>` loading the SVG from a `blob:` URL, drawn into a canvas. A strict
 * Content-Security-Policy whose `img-src` does not list `blob:` blocks that load: `pngBlob` then
 * rejects with a {@link ChartExportError} of code `image-blocked`, and the caller offers SVG only
 * ({@link canExportPng} tells beforehand). No `data:` URL is ever made.
 */
import { resolveColor, toHex, type Rgba } from './colors.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Elements kept in an export; anything else is dropped with its subtree. */
const ELEMENTS = new Set([
  'svg',
  'g',
  'rect',
  'line',
  'path',
  'circle',
  'ellipse',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'clipPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'mask',
  'pattern',
  'marker',
  'symbol',
  'use',
]);

/** Elements that draw nothing themselves: kept, but no paint is written on them. */
const NON_RENDERING = new Set([
  'title',
  'desc',
  'defs',
  'clipPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'mask',
  'pattern',
  'marker',
  'symbol',
]);

/** Attributes kept (geometry, references inside the file, accessible names); the rest is dropped. */
const ATTRIBUTES = new Set([
  'id',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox',
  'preserveAspectRatio',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'offset',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  'clip-path',
  'clip-rule',
  'fill-rule',
  'mask',
  'marker-start',
  'marker-mid',
  'marker-end',
  'stop-color',
  'stop-opacity',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'aria-hidden',
  'lang',
]);

/** Attributes that may only point inside the file (`#id` or `url(#id)`). */
const REFERENCES = new Set(['href', 'clip-path', 'mask', 'marker-start', 'marker-mid', 'marker-end', 'fill', 'stroke']);

/** Presentation properties written from the computed style, in the order they are written. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
] as const;
/** Not inherited: written where they differ from the initial value. */
const OWN = ['opacity', 'dominant-baseline'] as const;
type Property = (typeof INHERITED)[number] | (typeof OWN)[number];
const INITIAL: Partial<Record<Property, string>> = { opacity: '1', 'dominant-baseline': 'auto' };
/** SVG's initial values: the root leaves these out (fonts are always written: viewers differ). */
const ROOT_INITIAL = new Map<Property, string>([
  ['fill', '#000000'],
  ['fill-opacity', '1'],
  ['stroke', 'none'],
  ['stroke-opacity', '1'],
  ['stroke-width', '1'],
  ['stroke-dasharray', 'none'],
  ['stroke-linecap', 'butt'],
  ['stroke-linejoin', 'miter'],
  ['font-weight', '400'],
  ['font-style', 'normal'],
  ['text-anchor', 'start'],
  ['visibility', 'visible'],
]);

/** What went wrong in an export. */
export type ChartExportErrorCode = 'image-blocked' | 'canvas-unavailable' | 'too-large' | 'encode-failed';

/** A failed PNG export; `code` says which step failed (`image-blocked`: offer SVG only). */
export class ChartExportError extends Error {
  override readonly name = 'ChartExportError';
  /** Which step failed. */
  readonly code: ChartExportErrorCode;
  constructor(code: ChartExportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Options of {@link svgText} and {@link svgBlob}. */
export interface SvgExportOptions {
  /**
   * The background painted under the chart: a CSS colour, `null` for none (transparent); by
   * default the computed surface colour (`--lead-surface-color`, else the page's `Canvas`).
   */
  background?: string | null;
}

/** Options of {@link pngBlob}. */
export interface PngExportOptions extends SvgExportOptions {
  /** Device pixels per CSS pixel of the chart; default 2. */
  scale?: number;
}

/** The largest canvas drawn, in pixels per side and in total (browsers refuse larger ones). */
const MAX_SIDE = 16_384;
const MAX_AREA = 1 << 26;

/** A standalone SVG element and its size in CSS pixels. */
interface Exported {
  root: SVGSVGElement;
  width: number;
  height: number;
}

/** A number as short text: no exponent, at most 4 decimals. */
function num(value: number): string {
  const rounded = Math.round(value * 1e4) / 1e4;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** `12px` → `12`; other units and keywords as they are. */
function length(value: string): string {
  const match = /^(-?[\d.]+(?:e[+-]?\d+)?)px$/i.exec(value.trim());
  return match ? num(Number(match[1])) : value.trim();
}

/** Context of one export. */
interface Context {
  doc: Document;
  view: Window;
  colors: Map<string, Rgba | null>;
  ids: Set<string>;
}

function color(text: string, context: Context): Rgba | null {
  let resolved = context.colors.get(text);
  if (resolved === undefined) {
    resolved = resolveColor(text, context.doc);
    context.colors.set(text, resolved);
  }
  return resolved;
}

/** A computed paint as an SVG 1.1 paint and the alpha to fold into its opacity. */
function paint(value: string, context: Context): [string, number] {
  const text = value.trim();
  if (text === '' || text === 'none') return ['none', 1];
  if (text.startsWith('url(')) {
    const id = /#([^"')\s]+)/.exec(text)?.[1];
    return id && context.ids.has(id) ? [`url(#${id})`, 1] : ['none', 1];
  }
  const rgba = color(text, context);
  if (!rgba || rgba.a === 0) return ['none', 1];
  return [toHex(rgba), rgba.a];
}

/** The presentation values of an element, as they will be written. */
function presentation(style: CSSStyleDeclaration, context: Context): Map<Property, string> {
  const values = new Map<Property, string>();
  const [fill, fillAlpha] = paint(style.getPropertyValue('fill'), context);
  const [stroke, strokeAlpha] = paint(style.getPropertyValue('stroke'), context);
  const opacity = (name: string, alpha: number) => num((Number.parseFloat(style.getPropertyValue(name)) || 0) * alpha);
  values.set('fill', fill);
  values.set('fill-opacity', opacity('fill-opacity', fillAlpha));
  values.set('stroke', stroke);
  values.set('stroke-opacity', opacity('stroke-opacity', strokeAlpha));
  values.set('stroke-width', length(style.getPropertyValue('stroke-width')));
  const dashes = style.getPropertyValue('stroke-dasharray').trim();
  values.set(
    'stroke-dasharray',
    dashes === '' || dashes === 'none'
      ? 'none'
      : dashes
          .split(/[\s,]+/)
          .map(length)
          .join(' '),
  );
  values.set('stroke-linecap', style.getPropertyValue('stroke-linecap').trim() || 'butt');
  values.set('stroke-linejoin', style.getPropertyValue('stroke-linejoin').trim() || 'miter');
  values.set('font-family', style.getPropertyValue('font-family').trim());
  values.set('font-size', length(style.getPropertyValue('font-size')));
  values.set('font-weight', style.getPropertyValue('font-weight').trim());
  values.set('font-style', style.getPropertyValue('font-style').trim());
  values.set('text-anchor', style.getPropertyValue('text-anchor').trim() || 'start');
  values.set('visibility', style.getPropertyValue('visibility').trim() === 'hidden' ? 'hidden' : 'visible');
  values.set('opacity', num(Number.parseFloat(style.getPropertyValue('opacity')) || 0));
  values.set('dominant-baseline', style.getPropertyValue('dominant-baseline').trim() || 'auto');
  return values;
}

/** Whether an element of the live chart is interactive-only and left out (tooltips). */
function isInteractiveOnly(element: Element): boolean {
  const part = element.getAttribute('part')?.split(/\s+/) ?? [];
  return part.includes('tooltip') || element.classList.contains('tooltip');
}

/** Whether a reference attribute points inside the file. */
function isLocalReference(value: string, context: Context): boolean {
  const match = /^\s*(?:url\(\s*["']?)?#([^"')\s]+)["']?\s*\)?\s*$/.exec(value);
  return match !== null && context.ids.has(match[1]!);
}

/** Drops every attribute outside the allow-list, and references leaving the file. */
function cleanAttributes(copy: Element, context: Context): void {
  for (const attribute of [...copy.attributes]) {
    const name = attribute.localName;
    const namespace = attribute.namespaceURI;
    const known = namespace === null ? ATTRIBUTES.has(name) || name === 'href' : namespace === XML_NS && name === 'lang';
    const local = !REFERENCES.has(name) || !/url\(|#/.test(attribute.value) || isLocalReference(attribute.value, context);
    const href = name !== 'href' || (copy.localName === 'use' && isLocalReference(attribute.value, context));
    if (!known || !local || !href || /^on/i.test(name)) copy.removeAttributeNode(attribute);
  }
  // xlink:href (namespaced) is never kept; a `<use>` left without a local href draws nothing
}

/** Copies the look of `original` onto `copy` and recurses; removes `copy` when it is not kept. */
function inline(original: Element, copy: Element, parent: Map<Property, string> | undefined, context: Context): void {
  const name = original.localName;
  if (original.namespaceURI !== SVG_NS || !ELEMENTS.has(name) || isInteractiveOnly(original)) {
    copy.remove();
    return;
  }
  let values = parent;
  if (!NON_RENDERING.has(name)) {
    const style = context.view.getComputedStyle(original);
    if (style.display === 'none') {
      copy.remove();
      return;
    }
    values = presentation(style, context);
  }
  cleanAttributes(copy, context);
  if (!NON_RENDERING.has(name) && values) {
    for (const property of INHERITED) {
      copy.removeAttribute(property);
      const value = values.get(property)!;
      if (value !== '' && (parent ?? ROOT_INITIAL).get(property) !== value) copy.setAttribute(property, value);
    }
    for (const property of OWN) {
      copy.removeAttribute(property);
      const value = values.get(property)!;
      if (property === 'dominant-baseline' && name !== 'text' && name !== 'tspan') continue;
      if (value !== INITIAL[property]) copy.setAttribute(property, value);
    }
  } else if (name === 'stop') {
    const style = context.view.getComputedStyle(original);
    const stop = color(style.getPropertyValue('stop-color'), context);
    copy.setAttribute('stop-color', stop ? toHex(stop) : '#000000');
    copy.setAttribute('stop-opacity', num((Number.parseFloat(style.getPropertyValue('stop-opacity')) || 0) * (stop?.a ?? 1)));
  }
  const originals = [...original.childNodes];
  const copies = [...copy.childNodes];
  const holdsText = name === 'text' || name === 'tspan' || name === 'title' || name === 'desc';
  originals.forEach((node, k) => {
    const twin = copies[k]!;
    if (node.nodeType === Node.ELEMENT_NODE) inline(node as Element, twin as Element, values, context);
    else if (node.nodeType === Node.TEXT_NODE) {
      if (!holdsText && (node.nodeValue ?? '').trim() === '') twin.remove();
    } else twin.remove(); // comments (Lit's markers), processing instructions
  });
}

/** A numeric attribute of the chart, or `undefined`. */
function numericAttribute(svg: SVGSVGElement, name: string): number | undefined {
  const value = Number(svg.getAttribute(name));
  return svg.hasAttribute(name) && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The surface colour behind the chart, resolved in the chart's own context (its tokens). */
function surfaceColor(svg: SVGSVGElement, background: string | undefined, context: Context): Rgba | null {
  // A hidden probe inside the chart resolves custom properties, `currentColor` and system colours
  // where the chart's own styles apply; CSSOM writes like this one are allowed under a strict CSP.
  const probe = context.doc.createElementNS(SVG_NS, 'rect');
  probe.style.setProperty('display', 'none');
  const resolve = (value: string) => {
    probe.style.setProperty('fill', value);
    return context.view.getComputedStyle(probe).getPropertyValue('fill');
  };
  svg.append(probe);
  try {
    if (background !== undefined) return color(resolve(background), context);
    const surface = color(resolve('var(--_surface, var(--lead-surface-color, Canvas))'), context);
    if (surface && surface.a > 0) return surface;
    // a transparent surface: what shows through is the nearest opaque background around the chart
    for (let node: Node | null = svg; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const behind = color(context.view.getComputedStyle(node as Element).backgroundColor, context);
      if (behind && behind.a > 0) return behind;
    }
    return color(resolve('Canvas'), context);
  } finally {
    probe.remove();
  }
}

/**
 * The box of what the chart draws, in its user units, without the parts an export leaves out (a
 * tooltip showing now); `null` when nothing is rendered.
 */
function contentBox(svg: SVGSVGElement, context: Context): { x0: number; y0: number; x1: number; y1: number } | null {
  const toRoot = svg.getScreenCTM()?.inverse();
  if (!toRoot) return null;
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (const child of svg.children) {
    if (!('getBBox' in child) || isInteractiveOnly(child) || NON_RENDERING.has(child.localName)) continue;
    if (context.view.getComputedStyle(child).display === 'none') continue;
    const graphic = child as SVGGraphicsElement;
    const local = graphic.getBBox();
    const matrix = graphic.getScreenCTM();
    if (!matrix || (local.width === 0 && local.height === 0)) continue;
    const toUser = toRoot.multiply(matrix);
    for (const [x, y] of [
      [local.x, local.y],
      [local.x + local.width, local.y],
      [local.x, local.y + local.height],
      [local.x + local.width, local.y + local.height],
    ] as const) {
      const point = new DOMPoint(x, y).matrixTransform(toUser);
      box = box
        ? { x0: Math.min(box.x0, point.x), y0: Math.min(box.y0, point.y), x1: Math.max(box.x1, point.x), y1: Math.max(box.y1, point.y) }
        : { x0: point.x, y0: point.y, x1: point.x, y1: point.y };
    }
  }
  return box;
}

/** Builds the standalone clone of a chart. */
function exportSvg(svg: SVGSVGElement, options: SvgExportOptions, scale = 1): Exported {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  if (!view) throw new TypeError('The chart is not in a document with a window.');
  const context: Context = { doc, view, colors: new Map(), ids: new Set() };
  for (const element of svg.querySelectorAll('[id]')) context.ids.add(element.id);

  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const hasViewBox = svg.hasAttribute('viewBox') && viewBox && viewBox.width > 0 && viewBox.height > 0;
  let width = numericAttribute(svg, 'width') ?? (box.width || (hasViewBox ? viewBox.width : 300));
  let height = numericAttribute(svg, 'height') ?? (box.height || (hasViewBox ? viewBox.height : 150));
  let vb = hasViewBox ? { x: viewBox.x, y: viewBox.y, width: viewBox.width, height: viewBox.height } : { x: 0, y: 0, width, height };
  // Charts draw with `overflow: visible`; a standalone file clips to its viewBox, so it grows to
  // hold whatever is drawn outside it (a long label, the last tick's text).
  const content = contentBox(svg, context);
  if (content) {
    const x0 = Math.min(vb.x, Math.floor(content.x0));
    const y0 = Math.min(vb.y, Math.floor(content.y0));
    const x1 = Math.max(vb.x + vb.width, Math.ceil(content.x1));
    const y1 = Math.max(vb.y + vb.height, Math.ceil(content.y1));
    width = (x1 - x0) * (width / vb.width);
    height = (y1 - y0) * (height / vb.height);
    vb = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  }

  const background = options.background === null ? null : surfaceColor(svg, options.background, context);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, copy, undefined, context);
  // a fresh root, so the namespace, size and role come first in the file
  const root = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.setAttribute('width', num(width * scale));
  root.setAttribute('height', num(height * scale));
  root.setAttribute('viewBox', [vb.x, vb.y, vb.width, vb.height].map(num).join(' '));
  root.setAttribute('role', 'img');
  for (const attribute of [...copy.attributes])
    if (!root.hasAttribute(attribute.name)) root.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
  root.append(...copy.childNodes);

  const label = svg.getAttribute('aria-label');
  if (label !== null && ![...root.children].some((child) => child.localName === 'title')) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    root.prepend(title);
  }
  if (background && background.a > 0) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    for (const [name, value] of [
      ['x', vb.x],
      ['y', vb.y],
      ['width', vb.width],
      ['height', vb.height],
    ] as const)
      rect.setAttribute(name, num(value));
    rect.setAttribute('fill', toHex(background));
    if (background.a < 1) rect.setAttribute('fill-opacity', num(background.a));
    rect.setAttribute('stroke', 'none');
    rect.setAttribute('aria-hidden', 'true');
    const first = [...root.children].find((child) => child.localName !== 'title' && child.localName !== 'desc');
    root.insertBefore(rect, first ?? null);
  }
  return { root, width, height };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * A chart as a standalone SVG document, as it looks now: computed colours and fonts written as
 * presentation attributes, the surface colour as a background, interactive-only parts (tooltip,
 * `tabindex`, `role`, event handlers) and anything outside a small SVG allow-list dropped.
 */
export function svgText(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  const { root } = exportSvg(svg, options);
  return XML_DECLARATION + new XMLSerializer().serializeToString(root);
}

/** {@link svgText} as an `image/svg+xml` Blob. */
export function svgBlob(svg: SVGSVGElement, options: SvgExportOptions = {}): Blob {
  return new Blob([svgText(svg, options)], { type: 'image/svg+xml' });
}

/** Loads `url` into `image`; rejects with `image-blocked` when the page refuses it. */
function loadImage(image: HTMLImageElement, url: string, doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    let violated = false;
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI.startsWith('blob')) violated = true;
    };
    doc.addEventListener('securitypolicyviolation', onViolation);
    const done = () => {
      doc.removeEventListener('securitypolicyviolation', onViolation);
      image.onload = image.onerror = null;
    };
    image.onload = () => {
      done();
      resolve();
    };
    image.onerror = () => {
      // the violation report is queued as a task of its own: give it one turn to arrive
      setTimeout(() => {
        done();
        reject(
          new ChartExportError(
            'image-blocked',
            violated
              ? "The page's Content-Security-Policy does not allow blob: images (img-src), so the chart cannot be drawn as PNG; export it as SVG instead."
              : 'The chart could not be loaded as an image (a Content-Security-Policy img-src without blob: does this), so it cannot be drawn as PNG; export it as SVG instead.',
          ),
        );
      }, 0);
    };
    image.src = url;
  });
}

/**
 * A chart as a PNG image, `scale` device pixels per CSS pixel (default 2). The SVG of
 * {@link svgText} is loaded into an image from a `blob:` URL and drawn into a canvas. Rejects with a
 * {@link ChartExportError}: `image-blocked` when the page (its CSP `img-src`) refuses `blob:`
 * images — offer SVG only then —, `too-large`, `canvas-unavailable` or `encode-failed`.
 */
export async function pngBlob(svg: SVGSVGElement, options: PngExportOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale must be a positive number, not ${scale}`);
  const doc = svg.ownerDocument;
  const { root, width, height } = exportSvg(svg, options, scale);
  const pixelWidth = Math.max(1, Math.round(width * scale));
  const pixelHeight = Math.max(1, Math.round(height * scale));
  if (pixelWidth > MAX_SIDE || pixelHeight > MAX_SIDE || pixelWidth * pixelHeight > MAX_AREA)
    throw new ChartExportError(
      'too-large',
      `A ${pixelWidth} × ${pixelHeight} image is larger than a canvas can hold; use a smaller scale.`,
    );
  // the file itself is drawn at the pixel size, so the vector is rasterised once, sharp
  root.setAttribute('width', String(pixelWidth));
  root.setAttribute('height', String(pixelHeight));
  const text = XML_DECLARATION + new XMLSerializer().serializeToString(root);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    // an image of the chart's own document, so that document's policy is the one that applies
    const image = doc.createElement('img');
    await loadImage(image, url, doc);
    const canvas = doc.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new ChartExportError('canvas-unavailable', 'This browser gives no 2D canvas to draw the chart into.');
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    return await new Promise<Blob>((resolve, reject) => {
      try {
        canvas.toBlob((blob) => {
          if (blob) resolve(blob);
          else reject(new ChartExportError('encode-failed', 'The browser could not encode the chart as PNG.'));
        }, 'image/png');
      } catch (error) {
        reject(new ChartExportError('encode-failed', 'The browser refused to encode the chart as PNG.', { cause: error }));
      }
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

const pngSupport = new WeakMap<Document, Promise<boolean>>();

/**
 * Whether {@link pngBlob} can work in `doc`: loads a one-pixel SVG from a `blob:` URL once per
 * document (a CSP `img-src` without `blob:` refuses it). Use it to offer SVG only.
 */
export function canExportPng(doc: Document = document): Promise<boolean> {
  let known = pngSupport.get(doc);
  if (!known) {
    const url = URL.createObjectURL(
      new Blob([`<svg xmlns="${SVG_NS}" width="1" height="1"><rect width="1" height="1"/></svg>`], { type: 'image/svg+xml' }),
    );
    known = loadImage(doc.createElement('img'), url, doc).then(
      () => true,
      () => false,
    );
    void known.finally(() => URL.revokeObjectURL(url));
    pngSupport.set(doc, known);
  }
  return known;
}

/**
 * Saves `blob` as a file named `name` (make it with {@link fileName}) through a temporary, detached
 * `<a download>`; its object URL is revoked in the task after the click (the browser has taken
 * the download by then). Resolves once it is revoked.
 */
export function download(blob: Blob, name: string, doc: Document = document): Promise<void> {
  const url = URL.createObjectURL(blob);
  try {
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.click();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  return new Promise((resolve) =>
    setTimeout(() => {
      URL.revokeObjectURL(url);
      resolve();
    }, 0),
  );
}

/** Windows device names, reserved whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
const MAX_STEM = 80;

/**
 * A safe file name `<stem>.<extension>`. The stem keeps Unicode letters (NFC: Vietnamese
 * diacritics stay, `Trạng thái` → `Trạng-thái`), up to three combining marks after a letter,
 * decimal digits, `-` and `_`; every other run of characters (spaces, dots, slashes, backslashes,
 * colons, quotes, `<>`, controls, bidi overrides, emoji) becomes one `-`. Leading and trailing
 * `-` / `_` are trimmed, the stem is cut to 80 characters, an empty one is `chart`, and a Windows
 * device name (`CON`, `nul`, `COM1`…) gets a trailing `_`. The extension keeps `a-z0-9` only.
 */
export function fileName(base: string, extension: string): string {
  const source = String(base ?? '').normalize('NFC');
  let stem = '';
  for (const match of source.matchAll(/(\p{L}\p{M}{0,3})\p{M}*|(\p{Nd}|[-_])|[^]/gu)) stem += match[1] ?? match[2] ?? '-';
  const trim = (text: string) => text.replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '');
  stem = trim(stem);
  const characters = [...stem];
  if (characters.length > MAX_STEM) stem = trim(characters.slice(0, MAX_STEM).join(''));
  if (stem === '') stem = 'chart';
  if (RESERVED.test(stem)) stem += '_';
  const ext = String(extension ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 10);
  return ext === '' ? stem : `${stem}.${ext}`;
}
