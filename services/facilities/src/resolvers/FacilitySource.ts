import type { FacilitySourceResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';

/** The parent is the facility document itself. */
export const FacilitySource: FacilitySourceResolvers<Context> = {
  municipalityCode: (facility) => facility.municipalityCode,
  no: (facility) => facility.no,
  classificationRule: (facility) => facility.classificationRule ?? null,
  classificationReason: (facility) => facility.classificationReason,
};
