import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { LeadSummary } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { basisText, messages } from '../../i18n/messages.js';
import { kpiValues } from './kpi-values.js';
import { styles } from './lead-kpi-strip.styles.js';

/**
 * Five headline numbers of a SPEC §5 summary: total leads, assigned, in progress, customers and the
 * conversion rate with its basis.
 *
 * @tag lead-kpi-strip
 * @csspart kpi - One tile: a label and its value.
 * @csspart label - The label of a tile.
 * @csspart value - The number of a tile.
 * @cssprop --lead-surface-color - Background of a tile.
 * @cssprop --lead-border-color - Border of a tile.
 * @cssprop --lead-radius - Corner radius of a tile.
 * @cssprop --lead-text-color - Ink of the numbers.
 * @cssprop --lead-muted-color - Ink of the labels and the conversion basis.
 * @cssprop --lead-font-family - Font of the strip.
 */
export class LeadKpiStrip extends LitElement {
  static override styles = styles;

  /** The summary whose totals are shown (SPEC §5 `LeadSummary`). */
  @property({ attribute: false }) summary: LeadSummary | undefined;

  /** Interface language, `vi` or `en`; otherwise the nearest `lang` ancestor, then `vi`. */
  @property({ reflect: true }) override lang = '';

  override render() {
    const summary = this.summary;
    if (!summary) return nothing;
    // The property first: Lit reflects it to the attribute only after render().
    const lang = resolveElementLang(this);
    const text = messages(lang);
    const values = kpiValues(summary);
    const tile = (label: string, value: string, basis?: string) =>
      html`<div class="kpi" part="kpi">
        <dt part="label">${label}</dt>
        <dd class="value" part="value">${value}</dd>
        ${basis === undefined ? nothing : html`<dd class="basis">${basis}</dd>`}
      </div>`;
    return html`<dl>
      ${tile(text.kpiTotal, formatCount(lang, values.total))}
      ${tile(text.kpiAssigned, formatCount(lang, values.assigned))}
      ${tile(text.kpiInProgress, formatCount(lang, values.inProgress))}
      ${tile(text.kpiCustomers, formatCount(lang, values.customers))}
      ${tile(text.kpiConversion, formatPercent(lang, values.conversionRate), basisText(text, summary.conversionBasis))}
    </dl>`;
  }
}

defineElement('lead-kpi-strip', LeadKpiStrip);

declare global {
  interface HTMLElementTagNameMap {
    'lead-kpi-strip': LeadKpiStrip;
  }
}
