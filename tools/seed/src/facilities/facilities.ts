import {
  districtContaining,
  importedFacilityFields,
  loadYaizuFacilities,
  type DistrictArea,
  type ImportedFacilityFields,
} from '@kyodo/importers';
import type { DemoOrganization } from '../organizations.js';
import { demoFacilityDetails, demoFacilityId, type DemoRoom } from './details.js';

/**
 * A facility of the demo city: a real row of Yaizu's 公共施設一覧, stored as the importer stores it
 * (importedFacilityFields: one owner for that field list), plus the synthetic details no city publishes.
 */
export interface DemoFacility extends ImportedFacilityFields {
  /** stableObjectIdHex('facility', key). */
  id: string;
  /** `${municipalityCode}:${normalisedNo}`. */
  key: string;
  builtYear: number | null;
  disasterBase: boolean;
  operatorId: string | null;
  rooms: DemoRoom[];
  /** Where the row came from (the later file wins for a facility listed twice). */
  source: { file: string; line: number };
}

/**
 * The demo city's facilities: Yaizu's two files imported in order (yaizu_community_center.csv corrects nine rows
 * of the longer list), each placed in its 自治会区域 by point-in-polygon, with deterministic rooms, year built,
 * barrier-free details and designated managers. Same input, same output: ids are stable across services.
 */
export function demoFacilities(
  districts: readonly DistrictArea[],
  organizations: readonly DemoOrganization[],
): DemoFacility[] {
  const { facilities, files } = loadYaizuFacilities();
  return facilities.map((record): DemoFacility => {
    const districtCode =
      districtContaining(districts, record.location.lat, record.location.lng)?.code ?? null;
    const details = demoFacilityDetails(
      { key: record.key, name: record.name, kind: record.kind, bookable: record.bookable, districtCode },
      organizations,
    );
    const imported = importedFacilityFields(record, districtCode);
    return {
      id: demoFacilityId(record.key),
      key: record.key,
      ...imported,
      // Published barrier-free information always wins over the synthetic values.
      accessibility: imported.accessibility ?? details.accessibility,
      builtYear: details.builtYear,
      disasterBase: details.disasterBase,
      operatorId: details.operatorId,
      rooms: details.rooms,
      source: { file: files[record.file]?.file ?? '', line: record.line },
    };
  });
}
