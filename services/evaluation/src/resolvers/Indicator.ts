import type { Context } from '../context.js';
import type { IndicatorResolvers } from '../generated/graphql.js';
import { isAscending, latestMeasurement, onTrack, progress } from '../indicatorMath.js';
import type { IndicatorDocument } from '../models/Indicator.js';

function figures(indicator: IndicatorDocument) {
  return { baseline: indicator.baseline, targets: indicator.targets, measurements: indicator.measurements };
}

export const Indicator: IndicatorResolvers<Context> = {
  __resolveReference: (reference, { loaders }) => loaders.indicator.load(reference.id),
  id: (indicator) => indicator._id.toHexString(),
  district: (indicator) =>
    indicator.districtCode ? { __typename: 'District', code: indicator.districtCode } : null,
  facility: (indicator) =>
    indicator.facilityId ? { __typename: 'Facility', id: indicator.facilityId.toHexString() } : null,
  // An undated target is the plan's only one, so sorting it last changes nothing but keeps the order total.
  targets: (indicator) => [...indicator.targets].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity)),
  measurements: (indicator) => [...indicator.measurements].sort((a, b) => a.year - b.year),
  latest: (indicator) => latestMeasurement(indicator.measurements),
  ascending: (indicator) => isAscending(indicator.baseline, indicator.targets),
  progress: (indicator) => progress(figures(indicator)),
  onTrack: (indicator) => onTrack(figures(indicator)),
};
