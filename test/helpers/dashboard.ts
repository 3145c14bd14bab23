/** <lead-dashboard> fixtures, set up as a host page would before the element first renders. */
import { fixture } from '@open-wc/testing';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import { FIXTURE_ZONE } from './summaries.js';

/**
 * A connected <lead-dashboard> (the test has defined it) with `attributes` (time-zone Asia/Ho_Chi_Minh unless
 * given) and, when given, `data` as `.data`, both set before it first renders; resolves once it has updated.
 */
export async function dashboardFixture(attributes: Record<string, string> = {}, data?: unknown): Promise<LeadDashboard> {
  const el = document.createElement('lead-dashboard');
  for (const [name, value] of Object.entries({ 'time-zone': FIXTURE_ZONE, ...attributes })) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  return fixture<LeadDashboard>(el);
}
