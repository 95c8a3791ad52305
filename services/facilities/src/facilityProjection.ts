import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '@kyodo/service-kit';

/**
 * The stored fields each Facility field reads (resolvers/Facility.ts, FacilitySource.ts); `_id` is always read.
 * A field missing here (a new one) makes the projection read the whole document, so it can never be starved.
 */
const STORED_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  name: ['name'],
  nameJa: ['nameJa'],
  nameKana: ['nameKana'],
  kind: ['kind'],
  bookable: ['bookable'],
  location: ['location'],
  address: ['address'],
  district: ['districtCode'],
  openingHours: ['openingHours'],
  accessibility: ['accessibility'],
  builtYear: ['builtYear'],
  disasterBase: ['disasterBase'],
  operator: ['operatorId'],
  managingBody: ['managingBody'],
  description: ['description'],
  phone: ['phone'],
  url: ['url'],
  rooms: [],
  usage: [],
  utilization: ['schedule'],
  source: ['municipalityCode', 'no', 'classificationRule', 'classificationReason'],
};

/**
 * The $project of the stored fields the Facility fields selected at `path` below the resolved field need (e.g.
 * ['edges', 'node'] of a connection), or null to read whole documents.
 */
export function facilityProjection(
  info: GraphQLResolveInfo | undefined,
  path: readonly string[],
): Record<string, 1> | null {
  if (!info) return null;
  const projection: Record<string, 1> = { _id: 1 };
  for (const name of selectedFieldNames(info, 'Facility', path)) {
    const stored = STORED_FIELDS[name];
    if (!stored) return null;
    for (const field of stored) projection[field] = 1;
  }
  return projection;
}
