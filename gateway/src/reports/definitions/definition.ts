import type { EnumLabels } from '../labels.js';
import type { Report } from '../model.js';

/** What a report asks for: every report takes at most a district and a fiscal year. */
export interface ReportParams {
  district: string | null;
  fiscalYear: number;
}

/**
 * One report: a single GraphQL operation (so it obeys the same authorization and limits as any staff tool) and how
 * its answer becomes a Report. A report too large for one answer within the cost limit names the connection it
 * pages through (`pagedConnection`): the same operation is then run page after page ($after), each page under the
 * same limits, and the edges are joined into one answer before build.
 */
export interface ReportDefinition<Data = unknown> {
  name: string;
  /** Shown in usage messages. */
  description: string;
  needsDistrict: boolean;
  query: string;
  /** A root field of the answer that is a connection with pageInfo, read to the end with `$after`. */
  pagedConnection?: string;
  variables(params: ReportParams): Record<string, unknown>;
  build(data: Data, params: ReportParams, labels: EnumLabels): Report;
}
