import { readFileSync } from 'node:fs';
import { sharedDataPath } from '../paths.js';
import { mergeFacilityImports, type MergedFacilities } from './merge.js';
import { parseFacilityFile, type FacilityFileImport } from './parse.js';

/** The demo city's files, in import order: the 地域交流センター file corrects rows of the longer list. */
export const YAIZU_FACILITY_FILES = ['yaizu_public_facility.csv', 'yaizu_community_center.csv'] as const;

export interface YaizuFacilities extends MergedFacilities {
  files: { file: string; result: FacilityFileImport }[];
}

/**
 * Imports Yaizu's two published facility files from the shared data folder, in order. Throws when a file has
 * rejected rows: the published files are all valid, so a rejection means the data or the importer changed.
 */
export function loadYaizuFacilities(env: NodeJS.ProcessEnv = process.env): YaizuFacilities {
  const files = YAIZU_FACILITY_FILES.map((file) => ({
    file,
    result: parseFacilityFile(readFileSync(sharedDataPath(file, env))),
  }));
  for (const { file, result } of files) {
    const first = result.rejected[0];
    if (first) throw new Error(`${file} line ${first.line}: ${first.reasons.join('; ')}`);
  }
  return { ...mergeFacilityImports(files.map(({ result }) => result)), files };
}
