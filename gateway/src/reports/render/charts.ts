import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Section } from '../model.js';

/** The fonts a browser or print shop has for Japanese; the SVG names them, it embeds no font. */
export const CJK_FONT = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif';

/**
 * A section's chart as SVG markup, rendered on the server by Vega (renderer 'none': no canvas, no browser), fed the
 * section's rows. Sections without a chart, or with no rows, have none.
 */
export async function chartSvg(section: Section): Promise<string | null> {
  if (!section.chart || section.table.rows.length === 0) return null;
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 560,
    data: { values: section.table.rows },
    // Without a canvas Vega estimates text widths, short for CJK glyphs: padding keeps long axis labels in view.
    padding: { left: 48, right: 8, top: 8, bottom: 8 },
    config: { font: CJK_FONT, axis: { labelLimit: 260 } },
    ...section.chart,
  } as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
