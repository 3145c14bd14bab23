/**
 * CSV of a summary's table: RFC 4180 (CRLF, fields quoted when they hold a quote, comma or line
 * break), a UTF-8 byte order mark so spreadsheet apps read Vietnamese correctly, and text cells that
 * a spreadsheet would run as a formula neutralised with a leading apostrophe (OWASP's advice).
 */
import { messages } from '../i18n/messages.js';
import type { GroupSummary, Lang, LeadSummary } from './types.js';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: neutralised against formula injection, then quoted as RFC 4180 requires. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell: plain digits with a dot, fractions to at most 4 places; empty when absent. */
function csvNumber(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(Math.round(value * 10_000) / 10_000);
}

/** The heading of the group column for a grouping field. */
export function groupHeading(groupBy: string, lang: Lang, dimensionLabel?: string): string {
  const text = messages(lang);
  switch (groupBy) {
    case 'owner':
    case 'source':
    case 'priority':
    case 'step':
      return text[groupBy];
    default:
      return dimensionLabel ?? groupBy;
  }
}

/**
 * The summary as CSV text: a header row, a row per group, the totals row. Per status a count and
 * its share of the group (a fraction), then the total and the conversion rate (a fraction, empty
 * when there is no base).
 */
export function summaryToCSV(summary: LeadSummary, lang: Lang = 'vi', groupLabel?: string): string {
  const text = messages(lang);
  const header = [
    groupLabel ?? groupHeading(summary.groupBy, lang),
    ...summary.statuses.flatMap((status) => [status.label, `${status.label} (${text.share})`]),
    text.total,
    text.conversionRate,
  ];
  const line = (group: GroupSummary) => [
    csvText(group.label),
    ...summary.statuses.flatMap((status) => {
      const count = group.counts[status.id]!;
      return [csvNumber(count), csvNumber(group.total === 0 ? null : count / group.total)];
    }),
    csvNumber(group.total),
    csvNumber(group.conversionRate),
  ];
  const lines = [header.map(csvText), ...summary.groups.map(line), line(summary.totals)];
  return BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
