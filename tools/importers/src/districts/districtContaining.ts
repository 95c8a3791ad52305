import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { DistrictArea } from './District.js';

/** The district whose boundary contains the point (boundary included), or null outside every district. */
export function districtContaining<D extends Pick<DistrictArea, 'boundary'>>(
  districts: readonly D[],
  lat: number,
  lng: number,
): D | null {
  return districts.find((district) => booleanPointInPolygon([lng, lat], district.boundary)) ?? null;
}
