import type { FacilityFileImport } from './parse.js';
import type { UpsertResult } from './upsert.js';

/** The human-readable report of one import: what was read, what was refused and why, and what was written. */
export function formatImportReport(
  file: string,
  result: FacilityFileImport,
  written: UpsertResult | null,
): string[] {
  const kinds = new Map<string, number>();
  for (const record of result.facilities) kinds.set(record.kind, (kinds.get(record.kind) ?? 0) + 1);
  const unmatched = result.facilities.filter((record) => record.classification.rule === null).length;
  const unparsed = result.facilities.filter(
    (record) => record.openingHours && !record.openingHours.parsed,
  ).length;
  const lines = [
    `${file}: ${result.encoding}, ${result.headerVersion === 'v1' ? 'version 1' : '2022+'} header`,
    `  rows read: ${result.rowCount}, valid facilities: ${result.facilities.length}, rejected rows: ${result.rejected.length}`,
    `  kinds: ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none'}`,
    `  classified by no rule (OTHER, not bookable): ${unmatched}; opening hours kept as text only: ${unparsed}`,
  ];
  if (result.unknownColumns.length > 0) lines.push(`  ignored columns: ${result.unknownColumns.join(', ')}`);
  for (const duplicate of result.duplicates) {
    lines.push(
      `  line ${duplicate.line} replaces line ${duplicate.replacedLine} (same facility ${duplicate.key})`,
    );
  }
  for (const rejected of result.rejected) {
    const what = [rejected.no && `NO ${rejected.no}`, rejected.name].filter(Boolean).join(' ');
    lines.push(`  rejected line ${rejected.line}${what ? ` (${what})` : ''}: ${rejected.reasons.join('; ')}`);
  }
  if (written) {
    lines.push(
      `  written: ${written.inserted} new, ${written.updated} updated, ${written.unchanged} unchanged`,
    );
  }
  return lines;
}
