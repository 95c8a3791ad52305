import { type Report, barChart } from '../model.js';
import type { ReportDefinition } from './definition.js';
import { INDICATOR_FIELDS, type IndicatorRow, indicatorTable } from './districtProfile.js';

interface Data {
  indicators: {
    totalCount: number;
    edges: { node: IndicatorRow & { measurements: { year: number; value: number }[] } }[];
  };
}

/** 指標の進捗: every city indicator (or a district's) against its baseline and targets, each measurement. */
export const indicatorProgress: ReportDefinition<Data> = {
  name: 'indicator-progress',
  description: '指標の進捗: baseline, each measurement, targets and whether each indicator is on track',
  needsDistrict: false,
  query: `query IndicatorProgressReport($filter: IndicatorFilter) {
    indicators(filter: $filter, first: 100) { totalCount edges { node { ${INDICATOR_FIELDS} measurements { year value } } } }
  }`,
  variables: (params) => ({
    filter: params.district ? { scope: 'DISTRICT', districtCode: params.district } : { scope: 'CITY' },
  }),
  build(data, params): Report {
    const indicators = data.indicators.edges.map((edge) => edge.node);
    const onTrack = indicators.filter((i) => i.onTrack === true).length;
    const measurements = indicators.flatMap((indicator) =>
      indicator.measurements.map((m) => ({
        name: indicator.nameJa,
        unit: indicator.unit,
        year: m.year,
        value: m.value,
      })),
    );
    return {
      name: 'indicator-progress',
      title: params.district ? `指標の進捗（地区 ${params.district}）` : '指標の進捗（市全体）',
      subtitle: `指標 ${indicators.length}、うち計画どおり ${onTrack}`,
      sections: [
        {
          title: '進捗',
          table: indicatorTable(indicators),
          chart: barChart('name', 'progress', '進捗（%）', 'table'),
        },
        {
          title: '実績値',
          table: {
            columns: [
              { key: 'name', label: '指標', type: 'text' },
              { key: 'unit', label: '単位', type: 'text' },
              { key: 'year', label: '年度', type: 'integer' },
              { key: 'value', label: '実績値', type: 'decimal' },
            ],
            rows: measurements,
          },
        },
      ],
    };
  },
};
