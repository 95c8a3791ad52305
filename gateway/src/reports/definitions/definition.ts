import type { EnumLabels } from '../labels.js';
import type { Report } from '../model.js';

/** What a report asks for: every report takes at most a district and a fiscal year. */
export interface ReportParams {
  district: string | null;
  fiscalYear: number;
}

/**
 * One report: a single GraphQL operation (so it obeys the same authorization and limits as any staff tool) and how
 * its answer becomes a Report.
 */
export interface ReportDefinition<Data = unknown> {
  name: string;
  /** Shown in usage messages. */
  description: string;
  needsDistrict: boolean;
  query: string;
  variables(params: ReportParams): Record<string, unknown>;
  build(data: Data, params: ReportParams, labels: EnumLabels): Report;
}
