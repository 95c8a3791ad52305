// The normalisation lives in @kyodo/domain: staff registering a facility get the same identity.
export { normaliseFacilityNo } from '@kyodo/domain';

/** The identity of a facility across files and imports. */
export function facilityKey(municipalityCode: string, normalisedNo: string): string {
  return `${municipalityCode}:${normalisedNo}`;
}
