/** <lead-dashboard> fixtures, set up as a host page would before the element first renders (the test defines the element). */
import { fixture } from '@open-wc/testing';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import { FIXTURE_ZONE } from './summaries.js';

/** A connected <lead-dashboard> given `attributes` (time-zone Asia/Ho_Chi_Minh unless set) and `.data` before it first renders. */
export async function dashboardFixture(attributes: Record<string, string> = {}, data?: unknown): Promise<LeadDashboard> {
  const el = document.createElement('lead-dashboard');
  for (const [name, value] of Object.entries({ 'time-zone': FIXTURE_ZONE, ...attributes })) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  return fixture<LeadDashboard>(el);
}
