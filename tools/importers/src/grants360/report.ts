import type { GrantsPackageImport } from './parse.js';
import type { GrantUpsertResult } from './upsert.js';

function counted(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value, count]) => `${value} ${count}`)
      .join(', ') || 'none'
  );
}

/** The human-readable report of one 360Giving import: what was read, refused and why, and what was written. */
export function formatGrantsReport(
  file: string,
  result: GrantsPackageImport,
  written: GrantUpsertResult | null,
): string[] {
  const lines = [
    `${file}: 360Giving package${result.version ? ` version ${result.version}` : ''}`,
    `  grants read: ${result.grantCount}, valid grants: ${result.grants.length}, rejected grants: ${result.rejected.length}`,
    `  funders: ${counted(result.grants.map((grant) => `${grant.funderName} (${grant.funderId})`))}`,
    `  programmes: ${counted(result.grants.map((grant) => grant.programTitle ?? '(none)'))}`,
    `  currencies: ${counted(result.grants.map((grant) => grant.grant.currency as string))}`,
  ];
  if (result.ignoredFields.size > 0) {
    lines.push(
      `  fields not imported: ${[...result.ignoredFields].map(([field, count]) => `${field} (${count} grants)`).join(', ')}`,
    );
  }
  for (const rejected of result.rejected) {
    lines.push(
      `  rejected grant #${rejected.index}${rejected.id ? ` (${rejected.id})` : ''}: ${rejected.reasons.join('; ')}`,
    );
  }
  if (written) {
    lines.push(
      `  written: ${written.inserted} new, ${written.updated} updated, ${written.unchanged} unchanged`,
    );
  }
  return lines;
}
