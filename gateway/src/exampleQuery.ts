/** The cross-domain query the landing page opens with and the launcher prints. */
export const EXAMPLE_QUERY = `query DistrictOverview {
  districts {
    code
    nameJa
  }
}
`;
