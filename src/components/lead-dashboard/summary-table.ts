/**
 * The SPEC §5 table as a template: a row per group (label, each status's count and share, total,
 * conversion rate) and a totals row. Every label is rendered as text.
 */
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { GroupSummary, Lang, LeadSummary } from '../../data/types.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { messages } from '../../i18n/messages.js';

function cells(group: GroupSummary, summary: LeadSummary, lang: Lang) {
  return html`${summary.statuses.map((status) => {
      const count = group.counts[status.id]!;
      return html`<td>
        <span class="count">${formatCount(lang, count)}</span>
        <span class="share">${formatPercent(lang, group.total === 0 ? null : count / group.total)}</span>
      </td>`;
    })}
    <td class="total">${formatCount(lang, group.total)}</td>
    <td class="rate">${formatPercent(lang, group.conversionRate)}</td>`;
}

/** The table of a summary; `groupHeading` names the first column, `caption` the table. */
export function summaryTable(summary: LeadSummary, lang: Lang, groupHeading: string, caption: string) {
  const text = messages(lang);
  return html`<table part="table">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${groupHeading}</th>
        ${summary.statuses.map((status) => html`<th scope="col">${status.label}</th>`)}
        <th scope="col">${text.total}</th>
        <th scope="col">${text.conversionRate}</th>
      </tr>
    </thead>
    <tbody>
      ${repeat(
        summary.groups,
        (group) => group.key ?? '\u0000null',
        (group) => html`<tr><th scope="row">${group.label}</th>${cells(group, summary, lang)}</tr>`,
      )}
    </tbody>
    <tfoot>
      <tr><th scope="row">${summary.totals.label}</th>${cells(summary.totals, summary, lang)}</tr>
    </tfoot>
  </table>`;
}
