/**
 * The cross-domain query the landing page opens with and `npm start` prints: one district's organizations
 * (organizations), what they manage and its facilities' use (facilities), their awards and the district's totals
 * (funding), and evaluations and indicators (evaluation).
 */
export const EXAMPLE_QUERY = `query DistrictDashboard {
  district(code: "yaizu-16") {
    nameJa
    organizations(first: 50) {
      totalCount
      edges {
        node {
          name
          kind
          managedFacilities { nameJa }
          awards(fiscalYear: 2024) { amount program { nameJa } }
          evaluations(fiscalYear: 2024) { type overall findings }
        }
      }
    }
    facilities { nameJa kind utilization(fiscalYear: 2024) }
    funding(fiscalYear: 2024) { awardedTotal awardCount }
    indicators { nameJa unit latest { year value } progress onTrack }
  }
}
`;
