import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { LeadSummary } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { basisText, messages } from '../../i18n/messages.js';
import { countChangeText, kpiValues, rateChangeText, type ChangeText, type KpiComparison } from './kpi-values.js';
import { styles } from './lead-kpi-strip.styles.js';

/**
 * Five headline numbers of a SPEC §5 summary: total leads, assigned, in progress, customers and the
 * conversion rate with its basis; given a `comparison`, each tile also shows its change against
 * another period (an arrow and a signed value) and the strip names that period once.
 *
 * @tag lead-kpi-strip
 * @csspart kpi - One tile: a label and its value.
 * @csspart label - The label of a tile.
 * @csspart value - The number of a tile.
 * @csspart delta - The change of a tile's number against the other period.
 * @csspart rule - The line naming the period compared with.
 * @cssprop --lead-surface-color - Background of a tile.
 * @cssprop --lead-border-color - Border of a tile.
 * @cssprop --lead-radius - Corner radius of a tile.
 * @cssprop --lead-text-color - Ink of the numbers.
 * @cssprop --lead-muted-color - Ink of the labels and the conversion basis.
 * @cssprop --lead-font-family - Font of the strip.
 * @cssprop --lead-increase-color - Arrow of an increase; defaults to the customer status colour.
 * @cssprop --lead-decrease-color - Arrow of a decrease; defaults to the not-potential status colour.
 */
export class LeadKpiStrip extends LitElement {
  static override styles = styles;

  /** The summary whose totals are shown (SPEC §5 `LeadSummary`). */
  @property({ attribute: false }) summary: LeadSummary | undefined;

  /** The change of each number against another period (`compareSummaries(...).kpis` plus the `rule` naming that period); none shown when undefined. */
  @property({ attribute: false }) comparison: KpiComparison | undefined;

  /** Interface language, `vi` or `en`; otherwise the nearest `lang` ancestor, then `vi`. */
  @property({ reflect: true }) override lang = '';

  override render() {
    const summary = this.summary;
    if (!summary) return nothing;
    // The property first: Lit reflects it to the attribute only after render().
    const lang = resolveElementLang(this);
    const text = messages(lang);
    const values = kpiValues(summary);
    const comparison = this.comparison;
    const tile = (label: string, value: string, change: ChangeText | undefined, basis?: string) =>
      html`<div class="kpi" part="kpi">
        <dt part="label">${label}</dt>
        <dd class="value" part="value">${value}</dd>
        ${
          change === undefined
            ? nothing
            : html`<dd class="delta ${change.direction}" part="delta">${
                change.arrow ? html`<span class="arrow" aria-hidden="true">${change.arrow}</span> ` : nothing
              }${change.text}</dd>`
        }
        ${basis === undefined ? nothing : html`<dd class="basis">${basis}</dd>`}
      </div>`;
    const count = (key: 'total' | 'assigned' | 'inProgress' | 'customers') =>
      comparison ? countChangeText(lang, comparison[key]) : undefined;
    return html`<dl>
        ${tile(text.kpiTotal, formatCount(lang, values.total), count('total'))}
        ${tile(text.kpiAssigned, formatCount(lang, values.assigned), count('assigned'))}
        ${tile(text.kpiInProgress, formatCount(lang, values.inProgress), count('inProgress'))}
        ${tile(text.kpiCustomers, formatCount(lang, values.customers), count('customers'))}
        ${tile(
          text.kpiConversion,
          formatPercent(lang, values.conversionRate),
          comparison ? rateChangeText(lang, comparison.conversionRate) : undefined,
          basisText(text, summary.conversionBasis),
        )}
      </dl>
      ${comparison?.rule ? html`<p class="rule" part="rule">${comparison.rule}</p>` : nothing}`;
  }
}

defineElement('lead-kpi-strip', LeadKpiStrip);

declare global {
  interface HTMLElementTagNameMap {
    'lead-kpi-strip': LeadKpiStrip;
  }
}
