import type { FacilityFileImport, FacilityRecord } from './parse.js';

export interface ReplacedFacility {
  key: string;
  /** Index (in the list given to mergeFacilityImports) and line of the record that was replaced... */
  replaced: { file: number; line: number };
  /** ...and of the record that replaced it. */
  by: { file: number; line: number };
}

export interface MergedFacilityRecord extends FacilityRecord {
  /** Index of the file the record comes from. */
  file: number;
}

export interface MergedFacilities {
  facilities: MergedFacilityRecord[];
  replaced: ReplacedFacility[];
}

/**
 * Combines files imported in order: a facility (same municipality code and normalised NO) in a later file replaces
 * the earlier record, keeping its position, so nothing is duplicated and corrections published later win.
 */
export function mergeFacilityImports(imports: readonly FacilityFileImport[]): MergedFacilities {
  const byKey = new Map<string, MergedFacilityRecord>();
  const replaced: ReplacedFacility[] = [];
  imports.forEach((fileImport, file) => {
    for (const record of fileImport.facilities) {
      const previous = byKey.get(record.key);
      if (previous) {
        replaced.push({
          key: record.key,
          replaced: { file: previous.file, line: previous.line },
          by: { file, line: record.line },
        });
      }
      byKey.set(record.key, { ...record, file });
    }
  });
  return { facilities: [...byKey.values()], replaced };
}
