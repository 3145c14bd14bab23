/**
 * Computed CSS colours as SVG 1.1 presentation values: `#rrggbb` plus a separate opacity, which
 * every SVG renderer reads (`color(srgb …)`, `oklch()` or `color-mix()` are not understood by
 * most of them).
 */

/** An sRGB colour: channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const LEGACY_RGB = new RegExp(String.raw`^rgba?\(\s*(${NUMBER})\s*,\s*(${NUMBER})\s*,\s*(${NUMBER})\s*(?:,\s*(${NUMBER})(%?)\s*)?\)$`, 'i');
const MODERN_RGB = new RegExp(String.raw`^rgba?\(\s*(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})\s*(?:/\s*(${NUMBER})(%?)\s*)?\)$`, 'i');
const SRGB = new RegExp(String.raw`^color\(\s*srgb\s+(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})\s*(?:/\s*(${NUMBER})(%?)\s*)?\)$`, 'i');
const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Number.isFinite(value) ? value : 0));

function alphaOf(value: string | undefined, percent: string | undefined): number {
  if (value === undefined) return 1;
  return clamp(percent ? Number(value) / 100 : Number(value), 1);
}

/**
 * Parses the colour forms `getComputedStyle` gives (`rgb()`, `rgba()`, `color(srgb …)`) and hex;
 * `null` for anything else (other colour spaces, keywords), which the caller resolves otherwise.
 */
export function parseColor(text: string): Rgba | null {
  const value = text.trim();
  if (value.toLowerCase() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let match = LEGACY_RGB.exec(value) ?? MODERN_RGB.exec(value);
  if (match) {
    return {
      r: clamp(Number(match[1]), 255),
      g: clamp(Number(match[2]), 255),
      b: clamp(Number(match[3]), 255),
      a: alphaOf(match[4], match[5]),
    };
  }
  match = SRGB.exec(value);
  if (match) {
    return {
      r: clamp(Number(match[1]) * 255, 255),
      g: clamp(Number(match[2]) * 255, 255),
      b: clamp(Number(match[3]) * 255, 255),
      a: alphaOf(match[4], match[5]),
    };
  }
  match = HEX.exec(value);
  if (match) {
    let hex = match[1]!;
    if (hex.length <= 4) hex = [...hex].map((c) => c + c).join('');
    const n = (k: number) => parseInt(hex.slice(k, k + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: hex.length === 8 ? n(6) / 255 : 1 };
  }
  return null;
}

/** `#rrggbb` of a colour (alpha left out). */
export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Resolves any colour the browser understands (`oklch()`, `lab()`, named colours) by painting one
 * pixel: the browser converts it to sRGB. Exact for opaque colours; a translucent one comes back
 * within rounding of 8-bit premultiplied alpha.
 */
export function paintedColor(text: string, doc: Document): Rgba | null {
  const canvas = doc.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.fillStyle = '#000';
  context.fillStyle = text;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}

/** A computed colour in sRGB: parsed when it is in a known form, painted otherwise. */
export function resolveColor(text: string, doc: Document): Rgba | null {
  return parseColor(text) ?? paintedColor(text, doc);
}
