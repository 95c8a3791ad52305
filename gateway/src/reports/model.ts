/**
 * What a report is, independent of its format: a title and sections, each a table with typed columns and, where a
 * picture helps, a Vega-Lite chart of that table. The HTML, XLSX and CSV renderers read only this.
 */
export type ColumnType = 'text' | 'integer' | 'yen' | 'percent' | 'decimal';

export interface Column {
  key: string;
  /** The header people read (Japanese). */
  label: string;
  type: ColumnType;
}

export type Cell = string | number | null;

export interface Table {
  columns: Column[];
  rows: Record<string, Cell>[];
}

export interface Section {
  /** Also the sheet name in XLSX (at most 31 characters there). */
  title: string;
  table: Table;
  /** A Vega-Lite unit spec without data: the renderer feeds it the table's rows. */
  chart?: Record<string, unknown>;
  note?: string;
}

export interface Report {
  /** e.g. district-profile; also the file name. */
  name: string;
  title: string;
  /** Who and what the figures cover, e.g. 焼津第16自治会区域 / 2025年度. */
  subtitle: string;
  sections: Section[];
}

/** A fraction (0.5757) as the percentage people read (57.6), or null. */
export function percent(fraction: number | null | undefined): number | null {
  return fraction === null || fraction === undefined ? null : Math.round(fraction * 1000) / 10;
}

/** Counts of `keys`, in the order of `order` (every value listed, zeros included). */
export function countBy(keys: string[], order: readonly string[]): Map<string, number> {
  const counts = new Map(order.map((key) => [key, 0]));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * A horizontal bar chart of a section's table: one bar per row, labelled by `category`, as long as `value`. Rows
 * keep the table's order, or are sorted longest first with `longestFirst`.
 */
export function barChart(
  category: string,
  value: string,
  valueTitle: string,
  order: 'table' | 'longestFirst' = 'longestFirst',
): Record<string, unknown> {
  return {
    mark: 'bar',
    encoding: {
      y: { field: category, type: 'nominal', sort: order === 'table' ? null : '-x', title: null },
      x: { field: value, type: 'quantitative', title: valueTitle },
    },
  };
}
