/**
 * How a React host uses `lead-dashboard/react`, checked by `tsc --noEmit` (never run). Every
 * wrapper gets realistic props and typed handlers; each `@ts-expect-error` line is a mistake the
 * types must reject, so this file stops compiling the moment the wrappers' types turn loose.
 */
import { useRef, useState } from 'react';
import {
  LeadConversionChart,
  LeadDashboard,
  LeadFilterBar,
  LeadKpiStrip,
  LeadMultiSelect,
  LeadStatusChart,
  LeadTable,
} from '../../src/react/index.js';
import type {
  LeadDashboard as LeadDashboardElement,
  LeadDataErrorDetail,
  LeadDataset,
  LeadFilter,
  LeadSelectDetail,
  LeadSummary,
} from '../../src/index.js';

const dataset: LeadDataset = {
  owners: [
    { id: 'u1', label: 'Nguyễn Văn An' },
    { id: 'u2', label: 'Trần Thị Bình' },
  ],
  sources: [{ id: 'fb', label: 'Facebook' }],
  priorities: [{ id: 'high', label: { vi: 'Cao', en: 'High' } }],
  leads: [
    { id: 1, status: 'customer', createdAt: '2026-11-02T09:30:00+07:00', owner: 'u1', source: 'fb' },
    { id: 2, status: 'in_progress', createdAt: '2026-11-03', owner: null },
  ],
};

declare function getToken(): Promise<string>;
declare function openLeadList(query: {
  owner: string | null | undefined;
  status: string | undefined;
  from: string | null;
  to: string | null;
}): void;

/** The drop-in, loading from the CRM's API with a token per request and a drill-down. */
export function LeadsPage() {
  const dashboard = useRef<LeadDashboardElement>(null);
  const [filter, setFilter] = useState<LeadFilter>({ owners: ['u1', null] });
  const [error, setError] = useState<LeadDataErrorDetail | null>(null);
  const [loaded, setLoaded] = useState(0);

  return (
    <>
      <LeadDashboard
        ref={dashboard}
        api="/crm/api/leads"
        range="this-month"
        timeZone="Asia/Ho_Chi_Minh"
        groupBy="owner"
        dateField="assignedAt"
        conversionBasis="qualified"
        serverFilter
        refreshInterval={60}
        timeout={15_000}
        credentials="include"
        lang="vi"
        headers={async () => ({ Authorization: `Bearer ${await getToken()}` })}
        filter={filter}
        onLeadSelect={(event) =>
          openLeadList({ owner: event.detail.group, status: event.detail.status, from: event.detail.from, to: event.detail.to })
        }
        onLeadFilterChange={(event) => setFilter({ owners: event.detail.owners, from: event.detail.from, to: event.detail.to })}
        onLeadDataLoad={(event) => setLoaded(event.detail.leads - event.detail.excluded.invalid)}
        onLeadDataError={(event) => setError(event.detail.status === 401 ? { ...event.detail, kind: 'auth' } : event.detail)}
      />
      <p>
        {loaded} leads; {error?.message}
      </p>
      <button type="button" onClick={() => dashboard.current?.refresh()}>
        Refresh
      </button>
      <button type="button" onClick={() => console.log(dashboard.current?.toCSV(), dashboard.current?.summary?.totals.total)}>
        CSV
      </button>
    </>
  );
}

/** The dashboard fed with data the host already has, in English, grouped by a declared dimension. */
export function PreloadedDashboard({ data }: { data: LeadDataset }) {
  return (
    <LeadDashboard
      data={data}
      statuses={[{ id: 'won', kind: 'won', color: '#1a7f37' }]}
      groupBy="tinhTrang"
      from="2026-01-01"
      to="2026-03-31"
      lang="en"
    />
  );
}

/** The parts on their own, fed one summary, with a multi-select as a standalone control. */
export function Parts({ summary }: { summary: LeadSummary }) {
  const [picked, setPicked] = useState<LeadSelectDetail | null>(null);
  const [owners, setOwners] = useState<(string | null)[]>([]);
  const select = (event: { detail: LeadSelectDetail }) => setPicked(event.detail);

  return (
    <section>
      <LeadFilterBar
        value={{ range: 'last-30-days', statuses: ['customer'] }}
        choices={{
          owners: [
            { id: 'u1', label: 'Nguyễn Văn An' },
            { id: null, label: 'Chưa giao' },
          ],
        }}
        dimensions={[{ key: 'tinhTrang', label: 'Tình trạng' }]}
        groupBy="source"
        conversionBasis="closed"
        timeZone="Asia/Ho_Chi_Minh"
        onLeadFilterChange={(event) => console.log(event.detail.from, event.detail.groupBy, event.detail.conversionBasis)}
      />
      <LeadKpiStrip summary={summary} lang="en" />
      <LeadStatusChart summary={summary} mode="percent" limit={20} groupLabel="Salesperson" onLeadSelect={select} />
      <LeadConversionChart summary={summary} limit={10} onLeadSelect={(event) => console.log(event.detail.groupBy, event.detail.group)} />
      <LeadTable summary={summary} groupLabel="Salesperson" onLeadSelect={(event) => setPicked(event.detail)} />
      <LeadMultiSelect
        label="Salesperson"
        options={[
          { id: 'u1', label: 'Nguyễn Văn An' },
          { id: null, label: 'Chưa giao' },
        ]}
        value={owners}
        searchThreshold={5}
        onChange={(event) => setOwners([...(event.currentTarget as HTMLElement & { value: (string | null)[] }).value])}
      />
      {picked && <output>{picked.status ?? 'all'}</output>}
    </section>
  );
}

/** Mistakes the wrappers' types reject, one per element so that no error hides another. */
export function Mistakes({ summary }: { summary: LeadSummary }) {
  return (
    <>
      {/* @ts-expect-error: `api` is a URL string, not a number */}
      <LeadDashboard api={42} />
      {/* @ts-expect-error: a misspelt property is no prop (the attribute `group-by` is the property `groupBy`) */}
      <LeadDashboard groupby="owner" />
      {/* @ts-expect-error: `range` is one of the presets */}
      <LeadDashboard range="last-year" />
      {/* @ts-expect-error: `headers` answers headers, not a number */}
      <LeadDashboard headers={() => 42} />
      {/* @ts-expect-error: `timeZone` is a string */}
      <LeadDashboard timeZone={7} />
      {/* @ts-expect-error: a `lead-select` detail has `group`, no `owner` */}
      <LeadDashboard onLeadSelect={(event) => console.log(event.detail.owner)} />
      {/* @ts-expect-error: a `lead-data-error` detail has `kind`, no `code` */}
      <LeadDashboard onLeadDataError={(event) => console.log(event.detail.code)} />
      {/* @ts-expect-error: a `lead-data-load` handler gets a load event, not a selection */}
      <LeadDashboard onLeadDataLoad={(event: { detail: LeadSelectDetail }) => console.log(event.detail.group)} />
      {/* @ts-expect-error: a `lead-filter-change` detail's `from` is `null` for an open start */}
      <LeadFilterBar onLeadFilterChange={(event) => console.log(event.detail.from.slice(0, 7))} />
      {/* @ts-expect-error: the KPI strip fires no `lead-select` */}
      <LeadKpiStrip summary={summary} onLeadSelect={() => undefined} />
      {/* @ts-expect-error: a chart takes a summary, not a dataset */}
      <LeadStatusChart summary={dataset} />
      {/* @ts-expect-error: `mode` is `count` or `percent` */}
      <LeadStatusChart summary={summary} mode="share" />
      {/* @ts-expect-error: the table has no `limit` */}
      <LeadTable summary={summary} limit={10} />
      {/* @ts-expect-error: the multi-select's `change` is a plain Event without `detail` */}
      <LeadMultiSelect onChange={(event) => console.log(event.detail)} />
    </>
  );
}
