/**
 * The conversion funnel of a summary: New → Assigned → In progress → Customer, each stage counting
 * the leads AT OR PAST it. The data holds only a lead's current status, so each status is given the
 * furthest stage it proves the lead reached, by its kind (SPEC §2) and, for open statuses, its id:
 *
 * | reach | statuses |
 * |---|---|
 * | New (0) | kind `new` |
 * | Assigned (1) | `open` statuses other than the "in progress" ones; kinds `duplicate` and `unknown` |
 * | In progress (2) | the "in progress" statuses (`in_progress` when the set has it, else every `open` status but `assigned`, as the KPI strip counts them); kinds `lost` and `paused` |
 * | Customer (3) | kind `won` |
 *
 * A lost or paused lead was contacted, so it went through "in progress"; a duplicate was merged
 * away and an unknown status proves only that the lead left `new`. So New is every lead, Assigned
 * is the total minus kind `new` (the KPI "assigned" and the `assigned` conversion base), In progress
 * is the KPI "in progress" plus won, lost and paused, and Customer is kind `won`. Every count comes
 * from `counts` by status id and kind only, so stages never increase. Pure: no DOM.
 */
import { inProgressStatuses } from './compare.js';
import type { GroupSummary, LeadSummary, SummaryStatus } from './types.js';

/** The funnel's stages, in order. */
export const FUNNEL_STAGES = ['new', 'assigned', 'in-progress', 'customer'] as const;

/** A stage of the funnel. */
export type FunnelStageId = (typeof FUNNEL_STAGES)[number];

/** One stage: its count and rates. */
export interface FunnelStage {
  id: FunnelStageId;
  /** Leads at or past the stage. */
  count: number;
  /** `count` over the previous stage's count; `null` for the first stage or a previous count of 0. */
  stepRate: number | null;
  /** `count` over the first stage's count; `null` when that is 0. */
  cumulativeRate: number | null;
  /** The status ids whose leads are counted here (at or past the stage), in set order. */
  statuses: string[];
  /** The status the stage is named after: the first of the set whose furthest stage is this one and whose kind fits (`new`; `open`; `open`; `won`); `undefined` when there is none. */
  status: string | undefined;
}

/** The funnel of one group or of the totals. */
export interface Funnel {
  /** The group's key, `'*'` for the totals. */
  key: string | null;
  label: string;
  stages: FunnelStage[];
}

/** The furthest stage (0–3) a lead in a status is known to have reached. */
export function statusReach(status: SummaryStatus, inProgress: ReadonlySet<string>): number {
  switch (status.kind) {
    case 'new':
      return 0;
    case 'won':
      return 3;
    case 'lost':
    case 'paused':
      return 2;
    case 'duplicate':
    case 'unknown':
      return 1;
    default:
      // `open`, and any other kind, which SPEC §2 counts as open
      return inProgress.has(status.id) ? 2 : 1;
  }
}

/** The kind a stage's own status has. */
const STAGE_KIND = ['new', 'open', 'open', 'won'] as const;

const count = (value: number | undefined) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);

/** The stages of a group (its `counts`) under a status set. */
export function funnelStages(statuses: readonly SummaryStatus[], group: Pick<GroupSummary, 'counts'>): FunnelStage[] {
  const inProgress = new Set(inProgressStatuses(statuses));
  const reach = statuses.map((status) => statusReach(status, inProgress));
  const own = (id: string) => (Object.hasOwn(group.counts, id) ? group.counts[id] : 0);
  const counts = FUNNEL_STAGES.map((_, stage) =>
    statuses.reduce((sum, status, k) => (reach[k]! >= stage ? sum + count(own(status.id)) : sum), 0),
  );
  const first = counts[0]!;
  return FUNNEL_STAGES.map((id, stage) => {
    const value = counts[stage]!;
    const previous = stage === 0 ? 0 : counts[stage - 1]!;
    return {
      id,
      count: value,
      stepRate: stage === 0 || previous === 0 ? null : value / previous,
      cumulativeRate: first === 0 ? null : value / first,
      statuses: statuses.filter((_, k) => reach[k]! >= stage).map((status) => status.id),
      status: statuses.find((status, k) => reach[k] === stage && status.kind === STAGE_KIND[stage])?.id,
    };
  });
}

/**
 * The funnel of a summary's totals, or of the group with key `group` (`null` is the unassigned /
 * none group). A key that matches no group gives a funnel of zeros labelled with the key.
 */
export function summaryFunnel(summary: LeadSummary, group?: string | null): Funnel {
  const source =
    group === undefined
      ? summary.totals
      : (summary.groups.find((candidate) => candidate.key === group) ?? { key: group, label: group ?? '', counts: {} });
  return { key: source.key, label: source.label, stages: funnelStages(summary.statuses, source) };
}
