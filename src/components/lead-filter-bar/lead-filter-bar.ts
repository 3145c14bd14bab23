import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localTimeZone, isValidTimeZone } from '../../data/dates.js';
import { formatDayRange, isRangePreset, RANGE_PRESETS, resolveDayRange } from '../../data/ranges.js';
import { CONVERSION_BASES } from '../../data/summary.js';
import type { ConversionBasis, Lang, LeadFilter } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { LeadFilterChangeEvent } from '../../events/lead-filter-change.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { basisText, messages, type Messages } from '../../i18n/messages.js';
import type { LeadMultiSelect } from '../lead-multi-select/lead-multi-select.js';
import { styles } from './lead-filter-bar.styles.js';

/** A field the user can group by. */
export interface GroupByChoice {
  key: string;
  label: string;
}

/** The options offered for each list filter; a key with no (or an empty) list gets no control. */
export type FilterChoices = Partial<
  Record<'owners' | 'sources' | 'priorities' | 'steps' | 'statuses', { id: string | null; label: string }[]>
>;

type ListField = keyof FilterChoices;

/** The list filters in the order they are shown, with the catalog key of their name. */
const LIST_FIELDS: readonly [ListField, keyof Messages][] = [
  ['owners', 'owner'],
  ['sources', 'source'],
  ['priorities', 'priority'],
  ['steps', 'step'],
  ['statuses', 'status'],
];

/**
 * The filter controls: a range preset, a custom date range, a multi-select per list filter (owner,
 * source, priority, step, status; searchable when long), the grouping and the conversion basis.
 * Usable alone: set `.value` and `.choices`, listen for `lead-filter-change`.
 *
 * @tag lead-filter-bar
 * @fires lead-filter-change - The user changed the filter; detail: the new filter with resolved `from` / `to`, `groupBy` and `conversionBasis`.
 * @csspart form - The row of controls.
 * @csspart control - Each select and date input, and the button of each multi-select.
 * @csspart panel - The open panel of a multi-select.
 * @cssprop --lead-font-family - Font of the controls.
 * @cssprop --lead-text-color - Ink of the controls.
 * @cssprop --lead-surface-color - Background of the controls and panels.
 * @cssprop --lead-border-color - Border of the controls and panels.
 * @cssprop --lead-radius - Corner radius of the controls and panels.
 * @cssprop --lead-focus-color - Focus ring.
 */
export class LeadFilterBar extends LitElement {
  static override styles = styles;

  /** The filter shown (list filters, and `range` or `from` / `to`). */
  @property({ attribute: false }) value: LeadFilter = {};

  /** The grouping shown. */
  @property({ attribute: 'group-by' }) groupBy = 'owner';

  /** The conversion basis shown. */
  @property({ attribute: 'conversion-basis' }) conversionBasis: ConversionBasis = 'assigned';

  /** The options of the list filters (owners, sources, priorities, steps, statuses); a field without options is not shown. */
  @property({ attribute: false }) choices: FilterChoices = {};

  /** Declared dimensions offered besides the built-in fields. */
  @property({ attribute: false }) dimensions: GroupByChoice[] = [];

  /** IANA zone in which presets resolve to dates (for the event detail); the browser's by default. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** Interface language, `vi` or `en`; otherwise the nearest `lang` ancestor, then `vi`. */
  @property({ reflect: true }) override lang = '';

  /** Settles once the multi-select element is defined (loaded on demand: most of its weight is its panel). */
  private static _multiSelect: Promise<unknown> | undefined;

  protected override willUpdate(): void {
    if (!LeadFilterBar._multiSelect && Object.values(this.choices ?? {}).some((list) => list && list.length > 0)) {
      LeadFilterBar._multiSelect = import('../lead-multi-select/lead-multi-select.js');
    }
  }

  /** Resolves once the bar and its multi-selects (defined on demand) have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (LeadFilterBar._multiSelect) {
      await LeadFilterBar._multiSelect;
      await Promise.all([...this.renderRoot.querySelectorAll<LeadMultiSelect>('lead-multi-select')].map((select) => select.updateComplete));
    }
    return result;
  }

  override render() {
    const lang: Lang = resolveElementLang(this);
    const text = messages(lang);
    const value = this.value ?? {};
    const custom = !!(value.from || value.to);
    const preset = custom ? 'custom' : isRangePreset(value.range) ? value.range : 'this-month';
    const choices: GroupByChoice[] = [
      { key: 'owner', label: text.owner },
      { key: 'source', label: text.source },
      { key: 'priority', label: text.priority },
      { key: 'step', label: text.step },
      ...(this.dimensions ?? []),
    ];
    return html`
      <form part="form" @submit=${(event: Event) => event.preventDefault()} aria-label=${text.filters}>
        <label>
          <span>${text.range}</span>
          <select part="control" name="range" @change=${this._onPreset}>
            ${RANGE_PRESETS.map((p) => html`<option value=${p} ?selected=${p === preset}>${text.presets[p]}</option>`)}
            ${custom ? html`<option value="custom" selected>${value.from ?? '…'} – ${value.to ?? '…'}</option>` : null}
          </select>
        </label>
        <label>
          <span>${text.from}</span>
          <input part="control" type="date" name="from" .value=${value.from ?? ''} @change=${this._onDate} />
        </label>
        <label>
          <span>${text.to}</span>
          <input part="control" type="date" name="to" .value=${value.to ?? ''} @change=${this._onDate} />
        </label>
        ${LIST_FIELDS.map(([field, name]) => this._renderList(field, text[name] as string, value, lang))}
        <label>
          <span>${text.groupBy}</span>
          <select part="control" name="groupBy" @change=${this._onGroupBy}>
            ${choices.map((c) => html`<option value=${c.key} ?selected=${c.key === this.groupBy}>${c.label}</option>`)}
          </select>
        </label>
        <label>
          <span>${text.conversionBasis}</span>
          <select part="control" name="conversionBasis" @change=${this._onBasis}>
            ${CONVERSION_BASES.map((b) => html`<option value=${b} ?selected=${b === this.conversionBasis}>${basisText(text, b)}</option>`)}
          </select>
        </label>
      </form>
    `;
  }

  private _renderList(field: ListField, label: string, value: LeadFilter, lang: Lang) {
    const options = this.choices?.[field];
    if (!options?.length) return nothing;
    const selected = selectedIds(value[field]);
    return html`<lead-multi-select
      name=${field}
      exportparts="control, panel"
      lang=${lang}
      label=${label}
      .options=${options}
      .value=${selected}
      @change=${(event: Event) => this._onList(field, event)}
    ></lead-multi-select>`;
  }

  private _onList(field: ListField, event: Event) {
    const selected = (event.target as LeadMultiSelect).value;
    const { [field]: _previous, ...rest } = this.value ?? {};
    this._change(selected.length ? { ...this.value, [field]: selected } : rest);
  }

  private _onPreset(event: Event) {
    const range = (event.target as HTMLSelectElement).value;
    if (!isRangePreset(range)) return;
    const { from: _from, to: _to, ...rest } = this.value ?? {};
    this._change({ ...rest, range });
  }

  private _onDate(event: Event) {
    const input = event.target as HTMLInputElement;
    const { range: _range, ...rest } = this.value ?? {};
    this._change({ ...rest, [input.name]: input.value || null });
  }

  private _onGroupBy(event: Event) {
    this.groupBy = (event.target as HTMLSelectElement).value;
    this._change(this.value ?? {});
  }

  private _onBasis(event: Event) {
    this.conversionBasis = (event.target as HTMLSelectElement).value as ConversionBasis;
    this._change(this.value ?? {});
  }

  private _change(value: LeadFilter) {
    this.value = value;
    const timeZone = isValidTimeZone(this.timeZone) ? this.timeZone : localTimeZone();
    const resolved = formatDayRange(resolveDayRange(value, timeZone));
    this.dispatchEvent(
      new LeadFilterChangeEvent({
        ...value,
        ...resolved,
        groupBy: this.groupBy,
        conversionBasis: this.conversionBasis,
      }),
    );
  }
}

const NONE: (string | null)[] = [];
const mapped = new WeakMap<readonly unknown[], (string | null)[]>();

/**
 * The ids of a list filter as the multi-select takes them: the same array for the same list, so a
 * new range (a new `.value`) does not redraw every multi-select and its options.
 */
function selectedIds(list: LeadFilter[string]): (string | null)[] {
  if (!Array.isArray(list) || list.length === 0) return NONE;
  let ids = mapped.get(list);
  if (!ids) mapped.set(list, (ids = list.map((id) => (id === null ? null : String(id)))));
  return ids;
}

defineElement('lead-filter-bar', LeadFilterBar);

declare global {
  interface HTMLElementTagNameMap {
    'lead-filter-bar': LeadFilterBar;
  }
}
