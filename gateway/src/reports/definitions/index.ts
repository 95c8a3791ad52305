import type { ReportDefinition } from './definition.js';
import { districtProfile } from './districtProfile.js';
import { facilityUtilisation } from './facilityUtilisation.js';
import { fundingReport } from './fundingReport.js';
import { indicatorProgress } from './indicatorProgress.js';

export type { ReportDefinition, ReportParams } from './definition.js';

/** Every report, by the name in its URL (/reports/<name>.<format>). */
export const REPORTS: ReadonlyMap<string, ReportDefinition> = new Map(
  [districtProfile, fundingReport, indicatorProgress, facilityUtilisation].map(
    (definition) => [definition.name, definition as ReportDefinition] as const,
  ),
);
