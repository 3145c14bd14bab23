/**
 * Downloads a chart of the dashboard as an SVG or PNG file, through the chart's own `exportSvg()` /
 * `exportPng()`; the download code is loaded on first use.
 */

import type { Messages } from '../../i18n/messages.js';

/** A chart element that exports itself (every chart of the kit does). */
export interface ExportingChart extends HTMLElement {
  exportSvg(): Promise<string>;
  exportPng(): Promise<Blob>;
  exportFileName(format: 'svg' | 'png'): Promise<string>;
}

/** Why an export did not happen: the page forbids the PNG's image, or anything else failed. */
export type ExportFailure = 'png-blocked' | 'failed';

/** Downloads `chart` as a file; resolves with why it could not, or `null`. */
export async function downloadChart(chart: ExportingChart, format: 'svg' | 'png'): Promise<ExportFailure | null> {
  try {
    const { download } = await import('../../export/chart-export.js');
    const file = format === 'svg' ? new Blob([await chart.exportSvg()], { type: 'image/svg+xml' }) : await chart.exportPng();
    await download(file, await chart.exportFileName(format));
    return null;
  } catch (error) {
    return (error as { code?: string }).code === 'image-blocked' ? 'png-blocked' : 'failed';
  }
}

/**
 * Downloads the chart of a dashboard panel (`[data-panel=<name>]` in the dashboard's own shadow
 * root); resolves with the message to show when it could not, else an empty one.
 */
export async function exportPanel(root: ParentNode, name: string, format: 'svg' | 'png', text: Messages): Promise<string> {
  const chart = root.querySelector<ExportingChart>(`[data-panel="${name}"] > :last-child`);
  const failure = chart ? await downloadChart(chart, format) : 'failed';
  return failure === 'png-blocked' ? text.exportPngUnavailable : failure ? text.exportFailed : '';
}

/** Downloads the table as CSV. */
export async function downloadCsv(csv: string, name: string): Promise<void> {
  const { download } = await import('../../export/chart-export.js');
  await download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
}
