import { stringify } from 'csv-stringify/sync';
import type { Report } from '../model.js';

/**
 * The report as one CSV for Excel: UTF-8 with a BOM, CRLF; each section is its title, its header and rows, then a
 * blank line. Numbers are plain (no thousands separators) so Excel reads them as numbers.
 */
export function renderCsv(report: Report): string {
  const records: (string | number)[][] = [[report.title], [report.subtitle], []];
  for (const section of report.sections) {
    records.push([section.title]);
    records.push(section.table.columns.map((column) => column.label));
    for (const row of section.table.rows) {
      records.push(section.table.columns.map((column) => row[column.key] ?? ''));
    }
    records.push([]);
  }
  return stringify(records, { bom: true, record_delimiter: 'windows' });
}
