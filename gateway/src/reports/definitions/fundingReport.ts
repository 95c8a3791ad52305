import { labelOf } from '../labels.js';
import { type Report, type Section, barChart } from '../model.js';
import type { ReportDefinition } from './definition.js';

interface Group {
  key: string;
  program: { nameJa: string; budget: number } | null;
  district: { nameJa: string } | null;
  organizationKind: string | null;
  awardedTotal: number;
  awardCount: number;
  disbursedTotal: number;
}
interface Summary {
  groups: Group[];
  totals: { awardedTotal: number; awardCount: number; disbursedTotal: number };
}
type Data = Record<
  'program' | 'district' | 'kind' | 'programBefore' | 'districtBefore' | 'kindBefore',
  Summary
>;

const SUMMARY =
  'groups { key program { nameJa budget } district { nameJa } organizationKind awardedTotal awardCount disbursedTotal } totals { awardedTotal awardCount disbursedTotal }';

/** 助成の実績: per program, district and organization kind, with the year before beside each figure. */
export const fundingReport: ReportDefinition<Data> = {
  name: 'funding',
  description:
    '助成の実績: budget, awarded and disbursed per program, district and organization kind, with the year before',
  needsDistrict: false,
  query: `query FundingReport($fiscalYear: Int!, $before: Int!) {
    program: fundingSummary(fiscalYear: $fiscalYear, groupBy: PROGRAM) { ${SUMMARY} }
    district: fundingSummary(fiscalYear: $fiscalYear, groupBy: DISTRICT) { ${SUMMARY} }
    kind: fundingSummary(fiscalYear: $fiscalYear, groupBy: ORGANIZATION_KIND) { ${SUMMARY} }
    programBefore: fundingSummary(fiscalYear: $before, groupBy: PROGRAM) { ${SUMMARY} }
    districtBefore: fundingSummary(fiscalYear: $before, groupBy: DISTRICT) { ${SUMMARY} }
    kindBefore: fundingSummary(fiscalYear: $before, groupBy: ORGANIZATION_KIND) { ${SUMMARY} }
  }`,
  variables: (params) => ({ fiscalYear: params.fiscalYear, before: params.fiscalYear - 1 }),
  build(data, params, labels): Report {
    const year = params.fiscalYear;
    const section = (
      title: string,
      label: string,
      current: Summary,
      before: Summary,
      name: (group: Group) => string,
      withBudget: boolean,
    ): Section => {
      const previous = new Map(before.groups.map((group) => [name(group), group.awardedTotal]));
      return {
        title,
        table: {
          columns: [
            { key: 'name', label, type: 'text' },
            ...(withBudget ? [{ key: 'budget', label: '予算額（円）', type: 'yen' as const }] : []),
            { key: 'count', label: '件数', type: 'integer' },
            { key: 'awarded', label: `交付決定額 ${year}年度（円）`, type: 'yen' },
            { key: 'disbursed', label: '交付済額（円）', type: 'yen' },
            { key: 'before', label: `交付決定額 ${year - 1}年度（円）`, type: 'yen' },
          ],
          rows: current.groups.map((group) => ({
            name: name(group),
            ...(withBudget ? { budget: group.program?.budget ?? null } : {}),
            count: group.awardCount,
            awarded: group.awardedTotal,
            disbursed: group.disbursedTotal,
            before: previous.get(name(group)) ?? null,
          })),
        },
        chart: barChart('name', 'awarded', '交付決定額（円）'),
      };
    };
    return {
      name: 'funding',
      title: `助成の実績 ${year}年度`,
      subtitle: `交付決定 ${data.program.totals.awardCount} 件 ${data.program.totals.awardedTotal.toLocaleString('ja-JP')} 円（前年度 ${data.programBefore.totals.awardedTotal.toLocaleString('ja-JP')} 円）`,
      sections: [
        section('制度別', '制度', data.program, data.programBefore, (g) => g.program?.nameJa ?? g.key, true),
        section(
          '地区別',
          '地区',
          data.district,
          data.districtBefore,
          (g) => g.district?.nameJa ?? '市内全域',
          false,
        ),
        section(
          '団体の種類別',
          '種類',
          data.kind,
          data.kindBefore,
          (g) => labelOf(labels, 'OrganizationKind', g.organizationKind ?? g.key),
          false,
        ),
      ],
    };
  },
};
