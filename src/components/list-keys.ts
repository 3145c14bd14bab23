/**
 * Where an arrow key, Home or End moves the focus in a list of `count` items laid out along `axis`
 * (`x`: Left / Right, `y`: Up / Down, `both`), clamped to its ends; `null` for any other key.
 */
export function listKey(key: string, index: number, count: number, axis: 'x' | 'y' | 'both'): number | null {
  const last = count - 1;
  if ((axis !== 'y' && key === 'ArrowRight') || (axis !== 'x' && key === 'ArrowDown')) return Math.min(last, index + 1);
  if ((axis !== 'y' && key === 'ArrowLeft') || (axis !== 'x' && key === 'ArrowUp')) return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return null;
}
