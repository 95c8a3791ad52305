import { labelOf, valuesOf } from '../labels.js';
import { type Report, countBy, percent, barChart } from '../model.js';
import type { ReportDefinition } from './definition.js';

interface Data {
  district: {
    code: string;
    nameJa: string;
    organizations: {
      totalCount: number;
      edges: {
        node: {
          kind: string;
          activityFields: string[];
          awardsConnection: Page<{ amount: number; program: { id: string; nameJa: string } }> | null;
        };
      }[];
    };
    facilities:
      | {
          nameJa: string;
          kind: string;
          bookable: boolean;
          utilization: number | null;
          usage: { totalVisitors: number; months: { month: string; visitors: number | null }[] };
        }[]
      | null;
    funding: { awardedTotal: number; awardCount: number; disbursedTotal: number } | null;
    indicatorsConnection: Page<IndicatorRow>;
  } | null;
}

interface Page<Node> {
  pageInfo: { hasNextPage: boolean };
  edges: { node: Node }[];
}

/**
 * The nested lists are read in one page each (the report's $after follows only a root connection). The sizes keep the
 * operation's estimated cost (10,182) under both the default limit (12,000) and what the unpaginated lists were
 * estimated at (11,563); the demo city has at most 2 awards per organization and year and 1 indicator per district.
 */
const AWARDS_PER_ORGANIZATION = 5;
const DISTRICT_INDICATORS = 50;

/** The nodes of a page that must be the whole list: a longer one is an error, never a profile that leaves part out. */
function wholeList<Node>(page: Page<Node>, what: string, limit: number): Node[] {
  if (page.pageInfo.hasNextPage) {
    throw new Error(`the district profile shows at most ${limit} ${what}, and there are more`);
  }
  return page.edges.map((edge) => edge.node);
}

export interface IndicatorRow {
  nameJa: string;
  unit: string;
  baseline: { year: number; value: number };
  targets: { year: number | null; value: number }[];
  latest: { year: number; value: number } | null;
  progress: number | null;
  onTrack: boolean | null;
}

/** The indicator table every report that shows indicators uses: baseline, latest, final target, progress. */
export function indicatorTable(indicators: IndicatorRow[]) {
  return {
    columns: [
      { key: 'name', label: '指標', type: 'text' as const },
      { key: 'unit', label: '単位', type: 'text' as const },
      { key: 'baseline', label: '基準値', type: 'decimal' as const },
      { key: 'baselineYear', label: '基準年度', type: 'integer' as const },
      { key: 'latest', label: '実績値（最新）', type: 'decimal' as const },
      { key: 'latestYear', label: '実績年度', type: 'integer' as const },
      { key: 'target', label: '目標値', type: 'decimal' as const },
      { key: 'progress', label: '進捗（%）', type: 'percent' as const },
      { key: 'onTrack', label: '計画どおり', type: 'text' as const },
    ],
    rows: indicators.map((indicator) => {
      const target = indicator.targets.at(-1) ?? null;
      return {
        name: indicator.nameJa,
        unit: indicator.unit,
        baseline: indicator.baseline.value,
        baselineYear: indicator.baseline.year,
        latest: indicator.latest?.value ?? null,
        latestYear: indicator.latest?.year ?? null,
        target: target?.value ?? null,
        progress: percent(indicator.progress),
        onTrack: indicator.onTrack === null ? '—' : indicator.onTrack ? '○' : '×',
      };
    }),
  };
}

export const INDICATOR_FIELDS =
  'nameJa unit baseline { year value } targets { year value } latest { year value } progress onTrack';

/** 地区カルテ: what a district has and how it is doing, for the district council and staff. */
export const districtProfile: ReportDefinition<Data> = {
  name: 'district-profile',
  description: '地区カルテ: organizations, facilities with monthly visitors, funding by program, indicators',
  needsDistrict: true,
  query: `query DistrictProfileReport($code: ID!, $fiscalYear: Int!) {
    district(code: $code) {
      code nameJa
      organizations(first: 100) {
        totalCount
        edges {
          node {
            kind activityFields
            awardsConnection(fiscalYear: $fiscalYear, first: ${AWARDS_PER_ORGANIZATION}) {
              pageInfo { hasNextPage } edges { node { amount program { id nameJa } } }
            }
          }
        }
      }
      facilities {
        nameJa kind bookable utilization(fiscalYear: $fiscalYear)
        usage(fiscalYear: $fiscalYear) { totalVisitors months { month visitors } }
      }
      funding(fiscalYear: $fiscalYear) { awardedTotal awardCount disbursedTotal }
      indicatorsConnection(first: ${DISTRICT_INDICATORS}) {
        pageInfo { hasNextPage } edges { node { ${INDICATOR_FIELDS} } }
      }
    }
  }`,
  variables: (params) => ({ code: params.district, fiscalYear: params.fiscalYear }),
  build(data, params, labels): Report {
    const district = data.district;
    if (!district) throw new RangeError(`no district has the code ${JSON.stringify(params.district)}`);
    const organizations = district.organizations.edges.map((edge) => edge.node);
    const kinds = countBy(
      organizations.map((o) => o.kind),
      valuesOf(labels, 'OrganizationKind'),
    );
    const fields = countBy(
      organizations.flatMap((o) => o.activityFields),
      valuesOf(labels, 'ActivityField'),
    );
    const byProgram = new Map<string, { program: string; amount: number; count: number }>();
    const awards = organizations.flatMap((o) =>
      o.awardsConnection
        ? wholeList(o.awardsConnection, 'awards per organization in a year', AWARDS_PER_ORGANIZATION)
        : [],
    );
    for (const award of awards) {
      const entry = byProgram.get(award.program.id) ?? { program: award.program.nameJa, amount: 0, count: 0 };
      entry.amount += award.amount;
      entry.count += 1;
      byProgram.set(award.program.id, entry);
    }
    const facilities = district.facilities ?? [];
    const months = facilities[0]?.usage.months.map((m) => m.month) ?? [];
    const monthlyVisitors = months.map((month, index) => ({
      month,
      visitors: facilities.reduce((sum, f) => sum + (f.usage.months[index]?.visitors ?? 0), 0),
    }));
    return {
      name: 'district-profile',
      title: `地区カルテ ${district.nameJa}`,
      subtitle: `${params.fiscalYear}年度（${params.fiscalYear}年4月〜${params.fiscalYear + 1}年3月） 団体 ${district.organizations.totalCount}`,
      sections: [
        {
          title: '団体の種類',
          table: {
            columns: [
              { key: 'kind', label: '種類', type: 'text' },
              { key: 'count', label: '団体数', type: 'integer' },
            ],
            rows: [...kinds].map(([kind, count]) => ({
              kind: labelOf(labels, 'OrganizationKind', kind),
              count,
            })),
          },
          chart: barChart('kind', 'count', '団体数', 'table'),
        },
        {
          title: '活動分野',
          table: {
            columns: [
              { key: 'field', label: '活動分野', type: 'text' },
              { key: 'count', label: '団体数', type: 'integer' },
            ],
            rows: [...fields]
              .filter(([, count]) => count > 0)
              .map(([field, count]) => ({ field: labelOf(labels, 'ActivityField', field), count })),
          },
        },
        {
          title: '施設',
          table: {
            columns: [
              { key: 'name', label: '施設', type: 'text' },
              { key: 'kind', label: '種類', type: 'text' },
              { key: 'bookable', label: '予約', type: 'text' },
              { key: 'utilization', label: '稼働率（%）', type: 'percent' },
              { key: 'visitors', label: '利用者数（年間）', type: 'integer' },
            ],
            rows: facilities.map((f) => ({
              name: f.nameJa,
              kind: labelOf(labels, 'FacilityKind', f.kind),
              bookable: f.bookable ? '可' : '—',
              utilization: percent(f.utilization),
              visitors: f.usage.totalVisitors,
            })),
          },
        },
        {
          title: '月別利用者数',
          table: {
            columns: [
              { key: 'month', label: '月', type: 'text' },
              { key: 'visitors', label: '利用者数', type: 'integer' },
            ],
            rows: monthlyVisitors,
          },
          chart: {
            mark: { type: 'line', point: true },
            encoding: {
              x: { field: 'month', type: 'ordinal', sort: null, title: '月' },
              y: { field: 'visitors', type: 'quantitative', title: '利用者数' },
            },
          },
        },
        {
          title: '助成（制度別）',
          table: {
            columns: [
              { key: 'program', label: '制度', type: 'text' },
              { key: 'count', label: '件数', type: 'integer' },
              { key: 'amount', label: '交付決定額（円）', type: 'yen' },
            ],
            rows: [...byProgram.values()].sort((a, b) => b.amount - a.amount),
          },
          chart: barChart('program', 'amount', '交付決定額（円）'),
          note: district.funding
            ? `地区の団体への交付決定 ${district.funding.awardCount} 件、${district.funding.awardedTotal.toLocaleString('ja-JP')} 円（うち交付済 ${district.funding.disbursedTotal.toLocaleString('ja-JP')} 円）`
            : undefined,
        },
        {
          title: '指標',
          table: indicatorTable(
            wholeList(district.indicatorsConnection, 'indicators of a district', DISTRICT_INDICATORS),
          ),
        },
      ],
    };
  },
};
