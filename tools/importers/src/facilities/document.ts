import type { Accessibility } from './accessibility.js';
import type { FacilityKind } from './classify.js';
import type { OpeningHoursRecord, FacilityRecord } from './parse.js';
import { searchKeys, type Schedule } from '@kyodo/domain';
import { scheduleOf } from './schedule.js';

/**
 * The fields of a facility document that come from the 公共施設一覧, as the facilities service stores them. The
 * importer CLI upserts exactly these (service-owned fields such as rooms, operator and year built are left alone),
 * and the demo seed writes them plus the synthetic ones, so both paths store the same shape.
 */
export interface ImportedFacilityFields {
  municipalityCode: string;
  no: string;
  normalisedNo: string;
  name: string;
  nameJa: string;
  nameKana: string;
  /** The names and reading in search form (@kyodo/domain's searchKeys): what facilities(filter: { search }) matches. */
  searchKeys: string[];
  kind: FacilityKind;
  bookable: boolean;
  classificationRule: string | null;
  classificationReason: string;
  /** GeoJSON, [lng, lat], for the 2dsphere index. */
  location: { type: 'Point'; coordinates: [number, number] };
  address: string;
  addressDetail: string | null;
  districtCode: string | null;
  managingBody: string | null;
  phone: string | null;
  url: string | null;
  description: string | null;
  openingHours: OpeningHoursRecord | null;
  schedule: Schedule | null;
  accessibility: Accessibility | null;
}

export function importedFacilityFields(
  record: FacilityRecord,
  districtCode: string | null,
): ImportedFacilityFields {
  return {
    municipalityCode: record.municipalityCode,
    no: record.no,
    normalisedNo: record.normalisedNo,
    name: record.nameEn ?? record.name,
    nameJa: record.name,
    nameKana: record.nameKana,
    searchKeys: searchKeys(record.name, record.nameEn ?? record.name, record.nameKana),
    kind: record.kind,
    bookable: record.bookable,
    classificationRule: record.classification.rule,
    classificationReason: record.classification.reason,
    location: { type: 'Point', coordinates: [record.location.lng, record.location.lat] },
    address: record.address,
    addressDetail: record.addressDetail,
    districtCode,
    managingBody: record.managingBody,
    phone: record.phone,
    url: record.url,
    description: record.description,
    openingHours: record.openingHours,
    schedule: scheduleOf(record.openingHours?.parsed ?? null),
    accessibility: record.accessibility,
  };
}
