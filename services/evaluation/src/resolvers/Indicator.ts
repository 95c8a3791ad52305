import { auditHistory, districtReference, entityReference, versionOf } from '@kyodo/service-kit';
import { roundTo } from '@kyodo/domain';
import { auditedModels } from '../auditLog.js';
import type { Context } from '../context.js';
import type { IndicatorResolvers } from '../generated/graphql.js';
import { isAscending, latestMeasurement, onTrack, progress } from '../indicatorMath.js';
import type { IndicatorDocument } from '../models/Indicator.js';

function figures(indicator: IndicatorDocument) {
  return {
    baseline: indicator.baseline,
    targets: indicator.targets,
    measurements: indicator.measurements,
    direction: indicator.direction ?? null,
  };
}

export const Indicator: IndicatorResolvers<Context> = {
  __resolveReference: (reference, { loaders }) => loaders.indicator.load(reference.id),
  id: (indicator) => indicator._id.toHexString(),
  version: (indicator) => versionOf(indicator),
  history: auditHistory('Indicator', auditedModels),
  direction: (indicator) => indicator.direction ?? null,
  district: (indicator) => (indicator.districtCode ? districtReference(indicator.districtCode) : null),
  facility: (indicator) =>
    indicator.facilityId ? entityReference('Facility', indicator.facilityId.toHexString()) : null,
  // An undated target is the plan's only one, so sorting it last changes nothing but keeps the order total.
  targets: (indicator) => [...indicator.targets].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity)),
  measurements: (indicator) => [...indicator.measurements].sort((a, b) => a.year - b.year),
  latest: (indicator) => latestMeasurement(indicator.measurements),
  ascending: (indicator) => isAscending(indicator.baseline, indicator.targets, indicator.direction ?? null),
  // Rounded where people read it: 0.3799999999999983 is served as 0.38.
  progress: (indicator) => {
    const share = progress(figures(indicator));
    return share === null ? null : roundTo(share, 3);
  },
  onTrack: (indicator) => onTrack(figures(indicator)),
};
