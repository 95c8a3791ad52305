import { labelOf } from '../labels.js';
import { type Report, type Section, percent, barChart } from '../model.js';
import type { ReportDefinition } from './definition.js';

interface Month {
  month: string;
  utilization: number | null;
}

/**
 * Facilities per page: each carries twelve months for itself and for each of its rooms, so a page of 10 stays well
 * inside the cost limit (about half of it at the assumed 10 rooms a facility); the report reads every page.
 */
const PAGE_SIZE = 10;

interface Data {
  facilities: {
    totalCount: number;
    edges: {
      node: {
        nameJa: string;
        kind: string;
        utilization: number | null;
        monthlyUtilization: Month[];
        usage: { totalVisitors: number; months: { month: string; visitors: number | null }[] };
        rooms: { name: string; capacity: number; monthlyUtilization: Month[] }[];
      };
    }[];
  };
}

/** A heat map of a wide table (one row per name, one column per month): the months folded into cells. */
function monthlyHeatmap(category: string, months: string[]): Record<string, unknown> {
  return {
    transform: [{ fold: months, as: ['月', '稼働率（%）'] }],
    mark: 'rect',
    encoding: {
      y: { field: category, type: 'nominal', sort: null, title: null },
      x: { field: '月', type: 'ordinal', sort: months, title: null },
      color: { field: '稼働率（%）', type: 'quantitative', scale: { scheme: 'blues' } },
    },
  };
}

function monthColumns(months: string[]) {
  return months.map((month) => ({ key: month, label: month, type: 'percent' as const }));
}

function monthCells(series: Month[]) {
  return Object.fromEntries(series.map((m) => [m.month, percent(m.utilization)]));
}

/**
 * 施設の稼働: bookable facilities with their yearly utilisation, their utilisation and each room's per month (from
 * bookings, by the facilities service's one rule), and visitors per month.
 */
export const facilityUtilisation: ReportDefinition<Data> = {
  name: 'facility-utilisation',
  description: '施設の稼働: utilisation of each bookable facility and room per month, visitors per month',
  needsDistrict: false,
  pagedConnection: 'facilities',
  query: `query FacilityUtilisationReport($filter: FacilityFilter!, $fiscalYear: Int!, $after: String) {
    facilities(filter: $filter, first: ${PAGE_SIZE}, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        nameJa kind utilization(fiscalYear: $fiscalYear)
        monthlyUtilization(fiscalYear: $fiscalYear) { month utilization }
        usage(fiscalYear: $fiscalYear) { totalVisitors months { month visitors } }
        rooms { name capacity monthlyUtilization(fiscalYear: $fiscalYear) { month utilization } }
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
    const byMonth: Section = {
      title: '施設別・月別稼働率',
      table: {
        columns: [{ key: 'name', label: '施設', type: 'text' }, ...monthColumns(months)],
        rows: facilities.map((f) => ({ name: f.nameJa, ...monthCells(f.monthlyUtilization) })),
      },
      chart: monthlyHeatmap('name', months),
      note: '稼働率 = 予約時間 ÷ 開館時間（部屋数分）。開館時間が分からない施設は空欄。',
    };
    const rooms: Section = {
      title: '部屋別・月別稼働率',
      table: {
        columns: [
          { key: 'facility', label: '施設', type: 'text' },
          { key: 'room', label: '部屋', type: 'text' },
          { key: 'capacity', label: '定員', type: 'integer' },
          ...monthColumns(months),
        ],
        rows: facilities.flatMap((f) =>
          f.rooms.map((room) => ({
            facility: f.nameJa,
            room: room.name,
            capacity: room.capacity,
            ...monthCells(room.monthlyUtilization),
          })),
        ),
      },
    };
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
        byMonth,
        rooms,
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
