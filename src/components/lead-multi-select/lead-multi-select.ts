import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang } from '../../data/types.js';
import { defineElement } from '../../define.js';
import { formatCount } from '../../i18n/format.js';
import { resolveElementLang } from '../../i18n/lang.js';
import { fill, messages, type Messages } from '../../i18n/messages.js';
import { styles } from './lead-multi-select.styles.js';

/** One choice of a multi-select; `id: null` stands for the unassigned / none group. */
export interface MultiSelectOption {
  id: string | null;
  label: string;
}

/**
 * Folds a text for searching: no diacritics, no case, so "nguyen" finds "Nguyễn". `đ` is a letter
 * of its own in Unicode (NFD does not split it), yet Vietnamese users type it as `d`.
 */
function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * A compact multi-select: a button that shows the selection and discloses a panel of checkboxes,
 * with a search box when the list is long. An empty selection means "all".
 *
 * @tag lead-multi-select
 * @fires change - The user changed the selection (not composed: it stays in the enclosing shadow root).
 * @csspart control - The button that opens the panel.
 * @csspart panel - The panel with the search box and the checkboxes.
 * @cssprop --lead-font-family - Font of the control and the panel.
 * @cssprop --lead-text-color - Ink of the control and the panel.
 * @cssprop --lead-surface-color - Background of the control and the panel.
 * @cssprop --lead-border-color - Border of the control and the panel.
 * @cssprop --lead-radius - Corner radius of the control and the panel.
 * @cssprop --lead-focus-color - Focus ring.
 */
export class LeadMultiSelect extends LitElement {
  static override styles = styles;

  /** The name of the field, shown on the button and as the group's legend. */
  @property() label = '';

  /** The choices, in the order shown. */
  @property({ attribute: false }) options: MultiSelectOption[] = [];

  /** The selected ids in the options' order; empty means all. */
  @property({ attribute: false }) value: (string | null)[] = [];

  /** Interface language, `vi` or `en`; otherwise the nearest `lang` ancestor, then `vi`. */
  @property({ reflect: true }) override lang = '';

  /** A search box is shown when there are more options than this. */
  @property({ type: Number, attribute: 'search-threshold' }) searchThreshold = 8;

  /** Whether the panel is open. */
  @state() private _open = false;

  /** The search text. */
  @state() private _query = '';

  @query('[part=control]') private _trigger!: HTMLButtonElement;
  @query('[part=panel]') private _panel!: HTMLElement;

  private _selected = new Set<string | null>();
  private _visible: MultiSelectOption[] = [];

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._setOpen(false);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('value')) this._selected = new Set(this.value ?? []);
    const query = foldForSearch(this._query.trim());
    const options = this.options ?? [];
    this._visible = query && this._searchable ? options.filter((o) => foldForSearch(o.label).includes(query)) : options;
  }

  override updated(changed: PropertyValues) {
    if (changed.has('_open') && this._open) {
      const rect = this._panel.getBoundingClientRect();
      const start = this._trigger.getBoundingClientRect();
      const viewport = document.documentElement.clientWidth;
      // near the right edge of a narrow screen the panel would overflow: align it to the button's end instead
      this._panel.classList.toggle('end', rect.right > viewport && start.right - rect.width >= 0);
    }
  }

  override render() {
    const lang: Lang = resolveElementLang(this);
    const text = messages(lang);
    const open = this._open;
    return html`
      <button
        part="control"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this._onTriggerClick}
        @keydown=${this._onTriggerKeydown}
        @focusout=${this._onFocusOut}
      >
        <span class="text">${this.label}: ${this._summary(text, lang)}</span>
        <svg class="chevron" viewBox="0 0 10 10" aria-hidden="true"><path d="M1.5 3.5 5 7l3.5-3.5"></path></svg>
      </button>
      <div
        id="panel"
        part="panel"
        tabindex="-1"
        ?hidden=${!open}
        @keydown=${this._onPanelKeydown}
        @focusout=${this._onFocusOut}
      >
        ${open ? this._renderPanel(text) : nothing}
      </div>
    `;
  }

  /** The panel's content, rendered only while open: a long list of owners costs nothing when closed. */
  private _renderPanel(text: Messages) {
    return html`
        ${
          this._searchable
            ? html`<input
              type="search"
              aria-label=${`${text.search}: ${this.label}`}
              placeholder=${text.search}
              autocomplete="off"
              spellcheck="false"
              .value=${live(this._query)}
              @input=${this._onSearch}
            />`
            : nothing
        }
        <div class="actions">
          <button type="button" @click=${this._selectVisible}>${text.selectAll}</button>
          <button type="button" @click=${this._clearVisible}>${text.clearSelection}</button>
        </div>
        <fieldset>
          <legend class="visually-hidden">${this.label}</legend>
          ${repeat(
            this._visible,
            (option) => option.id ?? '\u0000null',
            (option) => html`<label>
              <input type="checkbox" .checked=${live(this._selected.has(option.id))} @change=${(event: Event) => this._onToggle(option.id, event)} />
              <span>${option.label}</span>
            </label>`,
          )}
        </fieldset>
        <p class="status" role="status">${this._visible.length === 0 && (this.options ?? []).length > 0 ? text.noMatches : ''}</p>
    `;
  }

  private get _searchable() {
    return (this.options ?? []).length > this.searchThreshold;
  }

  private _summary(text: Messages, lang: Lang): string {
    const value = this.value ?? [];
    if (value.length === 0) return text.all;
    if (value.length === 1) {
      const id = value[0]!;
      return (this.options ?? []).find((o) => o.id === id)?.label ?? id ?? text.none;
    }
    return fill(text.selectedCount, { count: formatCount(lang, value.length) });
  }

  /** The checkboxes shown, and before them the search box when there is one: the stops of the arrow keys. */
  private _stops(): HTMLInputElement[] {
    return [...this.renderRoot.querySelectorAll('input')];
  }

  private async _openAndFocus() {
    this._setOpen(true);
    await this.updateComplete;
    this._stops()[0]?.focus();
  }

  private _close(restoreFocus: boolean) {
    this._setOpen(false);
    if (restoreFocus) this._trigger.focus();
  }

  private _setOpen(open: boolean) {
    if (open === this._open) return;
    this._open = open;
    if (open) {
      document.addEventListener('pointerdown', this._onDocumentPointerDown, true);
    } else {
      document.removeEventListener('pointerdown', this._onDocumentPointerDown, true);
      this._query = '';
      this._panel?.classList.remove('end');
    }
  }

  private _commit(selected: Set<string | null>) {
    const listed = (this.options ?? []).map((o) => o.id);
    const known = new Set(listed);
    // ids the host selected that are not (yet) among the options stay selected, after the listed ones
    const next = [...listed.filter((id) => selected.has(id)), ...(this.value ?? []).filter((id) => !known.has(id) && selected.has(id))];
    const previous = this.value ?? [];
    if (next.length === previous.length && next.every((id, i) => id === previous[i])) return;
    this.value = next;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: false }));
  }

  private _onTriggerClick() {
    if (this._open) this._close(false);
    else void this._openAndFocus();
  }

  private _onTriggerKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') return this._onEscape(event);
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    void this._openAndFocus();
  }

  private _onEscape(event: KeyboardEvent) {
    if (!this._open) return;
    // keep an enclosing dialog open: this Escape was for the panel (and not for clearing the search box)
    event.preventDefault();
    event.stopPropagation();
    this._close(true);
  }

  private _onPanelKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') return this._onEscape(event);
    const stops = this._stops();
    const current = stops.indexOf(this.shadowRoot!.activeElement as HTMLInputElement);
    const boxes = stops.filter((stop) => stop.type === 'checkbox');
    let target: HTMLInputElement | undefined;
    if (event.key === 'ArrowDown') target = current < 0 ? boxes[0] : stops[Math.min(current + 1, stops.length - 1)];
    else if (event.key === 'ArrowUp') target = current < 0 ? boxes[boxes.length - 1] : stops[Math.max(current - 1, 0)];
    else if ((event.key === 'Home' || event.key === 'End') && (event.target as HTMLInputElement).type === 'checkbox')
      target = event.key === 'Home' ? boxes[0] : boxes[boxes.length - 1];
    else return;
    event.preventDefault();
    target?.focus();
  }

  private async _onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    if (next && (this.renderRoot.contains(next) || next === this)) return;
    if (next) return this._close(false);
    // Focus went nowhere: a click on nothing focusable, the window losing focus, or a render of ours
    // removing the focused node (Chrome fires focusout then, in the middle of the update); decide after it.
    const left = event.target as Element;
    await this.updateComplete;
    if (!this._open || this.shadowRoot!.activeElement) return;
    if (!left.isConnected) return this._panel.focus();
    // the window losing focus is no reason to close: the panel is still there when the user returns
    if (document.hasFocus()) this._close(false);
  }

  private _onDocumentPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this._close(false);
  };

  private _onSearch(event: Event) {
    this._query = (event.target as HTMLInputElement).value;
  }

  private _onToggle(id: string | null, event: Event) {
    const selected = new Set(this.value ?? []);
    if ((event.target as HTMLInputElement).checked) selected.add(id);
    else selected.delete(id);
    this._commit(selected);
  }

  /** Adds every option the search shows (all of them without a search). */
  private _selectVisible() {
    const selected = new Set(this.value ?? []);
    for (const option of this._visible) selected.add(option.id);
    this._commit(selected);
  }

  /** Removes every option the search shows (all of them without a search). */
  private _clearVisible() {
    const selected = new Set(this.value ?? []);
    for (const option of this._visible) selected.delete(option.id);
    if (!this._query.trim()) selected.clear();
    this._commit(selected);
  }
}

defineElement('lead-multi-select', LeadMultiSelect);

declare global {
  interface HTMLElementTagNameMap {
    'lead-multi-select': LeadMultiSelect;
  }
}
