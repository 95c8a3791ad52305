import { labelOf } from '../labels.js';
import { type Report, percent, barChart } from '../model.js';
import type { ReportDefinition } from './definition.js';

interface Data {
  facilities: {
    totalCount: number;
    edges: {
      node: {
        nameJa: string;
        kind: string;
        utilization: number | null;
        usage: { totalVisitors: number; months: { month: string; visitors: number | null }[] };
        rooms: { name: string; capacity: number }[];
      };
    }[];
  };
}

/** 施設の稼働: bookable facilities with their yearly utilisation, rooms and visitors per month. */
export const facilityUtilisation: ReportDefinition<Data> = {
  name: 'facility-utilisation',
  description: '施設の稼働: utilisation and rooms of each bookable facility, visitors per month',
  needsDistrict: false,
  query: `query FacilityUtilisationReport($filter: FacilityFilter!, $fiscalYear: Int!) {
    facilities(filter: $filter, first: 100) {
      totalCount
      edges { node {
        nameJa kind utilization(fiscalYear: $fiscalYear)
        usage(fiscalYear: $fiscalYear) { totalVisitors months { month visitors } }
        rooms { name capacity }
      } }
    }
  }`,
  variables: (params) => ({
    filter: { bookable: true, ...(params.district ? { districtCode: params.district } : {}) },
    fiscalYear: params.fiscalYear,
  }),
  build(data, params, labels): Report {
    const facilities = data.facilities.edges.map((edge) => edge.node);
    const months = facilities[0]?.usage.months.map((m) => m.month) ?? [];
    return {
      name: 'facility-utilisation',
      title: `施設の稼働 ${params.fiscalYear}年度`,
      subtitle: `予約できる施設 ${data.facilities.totalCount}${params.district ? `（地区 ${params.district}）` : ''}`,
      sections: [
        {
          title: '施設別',
          table: {
            columns: [
              { key: 'name', label: '施設', type: 'text' },
              { key: 'kind', label: '種類', type: 'text' },
              { key: 'rooms', label: '部屋数', type: 'integer' },
              { key: 'capacity', label: '定員計', type: 'integer' },
              { key: 'utilization', label: '稼働率（%）', type: 'percent' },
              { key: 'visitors', label: '利用者数（年間）', type: 'integer' },
            ],
            rows: facilities.map((f) => ({
              name: f.nameJa,
              kind: labelOf(labels, 'FacilityKind', f.kind),
              rooms: f.rooms.length,
              capacity: f.rooms.reduce((sum, room) => sum + room.capacity, 0),
              utilization: percent(f.utilization),
              visitors: f.usage.totalVisitors,
            })),
          },
          chart: barChart('name', 'utilization', '稼働率（%）'),
        },
        {
          title: '月別利用者数',
          table: {
            columns: [
              { key: 'name', label: '施設', type: 'text' },
              ...months.map((month) => ({ key: month, label: month, type: 'integer' as const })),
            ],
            rows: facilities.map((f) => ({
              name: f.nameJa,
              ...Object.fromEntries(f.usage.months.map((m) => [m.month, m.visitors])),
            })),
          },
        },
      ],
    };
  },
};
