/** Summaries of test datasets, made the way the dashboard makes them for its charts. */
import { ingestLeads, readDataset } from '../../src/data/ingest.js';
import { summarize } from '../../src/data/summary.js';
import type { ConversionBasis, Lang, LeadSummary } from '../../src/data/types.js';
import { fixture as managerData } from '../fixtures/manager.js';

/** The time zone the manager fixture's dates are read in. */
export const FIXTURE_ZONE = 'Asia/Ho_Chi_Minh';

/** What {@link summaryOf} summarises, and in which language and conversion basis. */
export interface SummaryOfOptions {
  /** A raw dataset; the manager fixture unless given. */
  data?: unknown;
  lang?: Lang;
  conversionBasis?: ConversionBasis;
}

/** The all-time summary of a dataset (the manager fixture, in English, unless told), its dates read in {@link FIXTURE_ZONE}. */
export function summaryOf({ data = managerData, lang = 'en', conversionBasis = 'assigned' }: SummaryOfOptions = {}): LeadSummary {
  const dataset = readDataset(data);
  if (!dataset) throw new Error('summaryOf: not a lead dataset');
  return summarize(ingestLeads(dataset, { timeZone: FIXTURE_ZONE }), { range: { from: null, to: null }, lang, conversionBasis });
}
