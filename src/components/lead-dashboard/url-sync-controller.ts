/**
 * `sync-url` for `<lead-dashboard>`: on connection it starts from the `lead.*` parameters of the
 * page's URL (no event: no user changed anything here), and after each change a user makes it
 * mirrors the state there with `history.replaceState`, keeping the page's own parameters. The URL
 * code is loaded only when the attribute is on.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FilterUrlSettings, FilterUrlState } from '../../url/filter-url.js';
import type { LeadFilter } from '../../data/types.js';

/** The parameters' prefix: `lead.from`, `lead.owner`, … */
const PREFIX = 'lead';

/** What the controller reads and sets on its host. */
export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
  syncUrl: boolean;
  filter: LeadFilter;
  groupBy: string;
  conversionBasis: string;
  dateField: string;
}

export class UrlSyncController implements ReactiveController {
  /** While the URL is being read after a connection: settles when it has (`updateComplete` waits for it). */
  ready: Promise<void> | undefined;

  constructor(private readonly host: UrlSyncHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.syncUrl) return;
    const ready: Promise<void> = this._read().finally(() => {
      if (this.ready === ready) this.ready = undefined;
    });
    this.ready = ready;
  }

  /** Mirrors the host's state in the page's URL (after a user's change). */
  async write(): Promise<void> {
    if (!this.host.syncUrl) return;
    const { syncedUrl, urlStateFromFilter } = await import('../../url/filter-url.js');
    const { filter, groupBy, conversionBasis, dateField } = this.host;
    const settings: FilterUrlSettings = { groupBy, conversionBasis, dateField };
    history.replaceState(history.state, '', syncedUrl(location.href, urlStateFromFilter(filter, settings), PREFIX));
  }

  private async _read(): Promise<void> {
    const { filterFromUrlState, paramsToFilter } = await import('../../url/filter-url.js');
    const state: FilterUrlState = paramsToFilter(location.href, PREFIX);
    const found =
      state.range || state.from || state.to || state.groupBy || state.conversionBasis || state.dateField || Object.keys(state.lists).length;
    if (!found) return;
    const host = this.host;
    host.filter = filterFromUrlState(state);
    if (state.groupBy) host.groupBy = state.groupBy;
    if (state.conversionBasis) host.conversionBasis = state.conversionBasis;
    if (state.dateField) host.dateField = state.dateField;
  }
}
