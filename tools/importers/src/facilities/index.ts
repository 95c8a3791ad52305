export { decodeCsvBuffer, type CsvEncoding, type DecodedText } from './encoding.js';
export { HEADER_ALIASES, mapHeader, HeaderError, type FacilityField, type HeaderMapping } from './header.js';
export {
  WEEKDAYS,
  parseOpeningHours,
  parseHoursColumns,
  parseDaySpec,
  normaliseHoursText,
  type Weekday,
  type TimeRange,
  type DayHours,
  type ClosedDay,
  type ClosedDayRule,
  type ParsedOpeningHours,
  type OpeningHoursParse,
} from './hours.js';
export {
  FACILITY_KINDS,
  CLASSIFICATION_RULES,
  classifyFacility,
  type FacilityKind,
  type Classification,
  type ClassificationRule,
} from './classify.js';
export { parseAccessibility, type Accessibility } from './accessibility.js';
export { normaliseFacilityNo, facilityKey } from './identity.js';
export {
  parseFacilityFile,
  FacilityFileError,
  type FacilityRecord,
  type FacilityFileImport,
  type OpeningHoursRecord,
  type RejectedRow,
  type DuplicateRow,
  type ParseFacilityOptions,
} from './parse.js';
export {
  mergeFacilityImports,
  type MergedFacilities,
  type MergedFacilityRecord,
  type ReplacedFacility,
} from './merge.js';
export { loadYaizuFacilities, YAIZU_FACILITY_FILES, type YaizuFacilities } from './yaizu.js';
export { scheduleOf } from './schedule.js';
export { importedFacilityFields, type ImportedFacilityFields } from './document.js';
export {
  upsertFacilities,
  ImportRolledBackError,
  FACILITIES_COLLECTION,
  type UpsertResult,
} from './upsert.js';
export { formatImportReport } from './report.js';
