import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { ColumnType, Report } from '../model.js';

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  yen: '"¥"#,##0',
  percent: '0.0"%"',
  decimal: '#,##0.###',
};

/** Excel forbids these in sheet names and caps them at 31 characters; names must also be unique. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 28);
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base} ${n}`;
  taken.add(name);
  return name;
}

/**
 * The report as an XLSX workbook streamed to `out`: a sheet per section, numbers as numbers with their format (yen,
 * percent), so staff can sum and chart them in Excel; created and modified are `generatedAt`.
 */
export async function writeXlsx(report: Report, out: Writable, generatedAt: Date): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = 'Kyodo Graph';
  // Dated by the gateway's clock, as the HTML footer is (otherwise exceljs stamps the machine's time).
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  workbook.title = report.title;
  const taken = new Set<string>();
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.title, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = section.table.columns.map((column) => ({
      header: column.label,
      key: column.key,
      width: column.type === 'text' ? 28 : 16,
      style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of section.table.rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
}
