import type { Lang, LocalizedLabel } from './types.js';

/**
 * A label in a language: a plain string as it is; `{vi, en}` in the language asked for, else the
 * other one. Only strings come out: a label of any other shape is `undefined`, so that nothing but
 * text ever reaches a template.
 */
export function resolveLabel(label: LocalizedLabel | undefined | unknown, lang: Lang): string | undefined {
  if (typeof label === 'string') return label;
  if (label === null || typeof label !== 'object') return undefined;
  const { vi, en } = label as { vi?: unknown; en?: unknown };
  const first = lang === 'vi' ? vi : en;
  const second = lang === 'vi' ? en : vi;
  if (typeof first === 'string') return first;
  return typeof second === 'string' ? second : undefined;
}
