import escapeHtml from 'escape-html';
import type { Cell, Column, Report } from '../model.js';
import { CJK_FONT, chartSvg } from './charts.js';

const STYLE = `
  body { font-family: ${CJK_FONT}; margin: 2rem; color: #1a1a1a; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  .subtitle { color: #555; margin-top: 0; }
  section { margin: 2rem 0; break-inside: avoid; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
  th { background: #f0f3f7; text-align: left; }
  td.number { text-align: right; font-variant-numeric: tabular-nums; }
  .chart svg { max-width: 100%; height: auto; }
  footer { color: #777; font-size: 0.8rem; }
  @media print {
    body { margin: 10mm; }
    section { page-break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
  }
  @page { size: A4; margin: 12mm; }
`;

/** How a cell reads in the HTML table (Japanese number formats). */
export function formatCell(value: Cell, column: Column): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (column.type) {
    case 'yen':
    case 'integer':
      return value.toLocaleString('ja-JP');
    case 'percent':
      return `${value.toFixed(1)}%`;
    case 'decimal':
      return value.toLocaleString('ja-JP', { maximumFractionDigits: 3 });
    default:
      return String(value);
  }
}

/** One self-contained HTML page: inline CSS and inline SVG charts, no script, no CDN, printable. */
export async function renderHtml(report: Report, generatedAt: Date): Promise<string> {
  const sections = await Promise.all(
    report.sections.map(async (section) => {
      const svg = await chartSvg(section);
      const head = section.table.columns.map((c) => `<th>${escapeHtml(c.label)}</th>`).join('');
      const rows = section.table.rows
        .map(
          (row) =>
            `<tr>${section.table.columns
              .map((column) => {
                const value = row[column.key] ?? null;
                const numeric = typeof value === 'number';
                return `<td${numeric ? ' class="number"' : ''}>${escapeHtml(formatCell(value, column))}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('\n');
      return [
        `<section><h2>${escapeHtml(section.title)}</h2>`,
        section.note ? `<p>${escapeHtml(section.note)}</p>` : '',
        svg ? `<div class="chart">${svg}</div>` : '',
        section.table.rows.length > 0
          ? `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`
          : '<p>該当なし</p>',
        '</section>',
      ].join('\n');
    }),
  );
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p class="subtitle">${escapeHtml(report.subtitle)}</p>
${sections.join('\n')}
<footer>Kyodo Graph ${escapeHtml(generatedAt.toISOString())} 作成</footer>
</body>
</html>
`;
}
