export type { DistrictArea } from './District.js';
export { readDistricts, type ReadDistrictsOptions } from './readDistricts.js';
export { districtContaining } from './districtContaining.js';
export { EPSG_2450, planeToLngLat } from './projection.js';
export { readAssociationName, type AssociationReading } from './readings.js';
