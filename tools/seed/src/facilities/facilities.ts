import { type FacilityKind, type OpeningHoursRecord, type Schedule } from '@kyodo/domain';
import { districtContaining, loadYaizuFacilities, scheduleOf, type DistrictArea } from '@kyodo/importers';
import type { DemoOrganization } from '../organizations.js';
import { demoFacilityDetails, demoFacilityId, type DemoAccessibility, type DemoRoom } from './details.js';

/** A facility of the demo city: a real row of Yaizu's 公共施設一覧 plus the synthetic details no city publishes. */
export interface DemoFacility {
  /** stableObjectIdHex('facility', key). */
  id: string;
  /** `${municipalityCode}:${normalisedNo}`. */
  key: string;
  municipalityCode: string;
  no: string;
  normalisedNo: string;
  /** 名称_英語 when published, else 名称. */
  name: string;
  nameJa: string;
  nameKana: string;
  kind: FacilityKind;
  bookable: boolean;
  classification: { rule: string | null; reason: string };
  location: { lat: number; lng: number };
  address: string;
  addressDetail: string | null;
  /** The 自治会区域 containing the facility, or null outside every area. */
  districtCode: string | null;
  managingBody: string | null;
  phone: string | null;
  url: string | null;
  description: string | null;
  openingHours: OpeningHoursRecord | null;
  /** The parsed hours in queryable form (see scheduleOf); null when unknown. */
  schedule: Schedule | null;
  accessibility: DemoAccessibility | null;
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
    return {
      id: demoFacilityId(record.key),
      key: record.key,
      municipalityCode: record.municipalityCode,
      no: record.no,
      normalisedNo: record.normalisedNo,
      name: record.nameEn ?? record.name,
      nameJa: record.name,
      nameKana: record.nameKana,
      kind: record.kind,
      bookable: record.bookable,
      classification: record.classification,
      location: record.location,
      address: record.address,
      addressDetail: record.addressDetail,
      districtCode,
      managingBody: record.managingBody,
      phone: record.phone,
      url: record.url,
      description: record.description,
      openingHours: record.openingHours,
      schedule: scheduleOf(record.openingHours?.parsed ?? null),
      // Published barrier-free information always wins over the synthetic values.
      accessibility: record.accessibility ?? details.accessibility,
      builtYear: details.builtYear,
      disasterBase: details.disasterBase,
      operatorId: details.operatorId,
      rooms: details.rooms,
      source: { file: files[record.file]?.file ?? '', line: record.line },
    };
  });
}
