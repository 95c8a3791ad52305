import { fiscalYearOf } from '@kyodo/domain';

/** The district the example shows: the demo world fills every part of its dashboard (checked by the e2e tests). */
export const EXAMPLE_DISTRICT = 'yaizu-01';

/**
 * The cross-domain query the landing page opens with and `npm start` prints: one district's organizations
 * (organizations), what they manage and its facilities' use (facilities), their awards and the district's totals
 * (funding), and evaluations and indicators (evaluation), for the last complete fiscal year before `now`.
 */
export function exampleQuery(now: Date): string {
  const fiscalYear = fiscalYearOf(now) - 1;
  return `query DistrictDashboard {
  district(code: "${EXAMPLE_DISTRICT}") {
    nameJa
    organizations(first: 50) {
      totalCount
      edges {
        node {
          name
          kind
          managedFacilities { nameJa }
          awards(fiscalYear: ${fiscalYear}) { amount program { nameJa } }
          evaluationsConnection(fiscalYear: ${fiscalYear}, first: 5) { totalCount edges { node { type overall findings } } }
        }
      }
    }
    facilities { nameJa kind utilization(fiscalYear: ${fiscalYear}) }
    funding(fiscalYear: ${fiscalYear}) { awardedTotal awardCount }
    indicatorsConnection(first: 20) { edges { node { nameJa unit latest { year value } progress onTrack } } }
  }
}
`;
}
