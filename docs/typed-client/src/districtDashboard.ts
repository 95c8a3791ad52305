// An example client operation: the district dashboard the gateway prints at start, typed end to end. After
// generation, `DistrictDashboardDocument`'s result and variables are TypeScript types (src/gql/graphql.ts).
import { graphql } from './gql';
import type { TypedDocumentString } from './gql/graphql';

export const DistrictDashboard = graphql(`
  query DistrictDashboard($code: ID!, $fiscalYear: Int!) {
    district(code: $code) {
      code
      nameJa
      organizations(first: 20) {
        totalCount
        edges {
          node {
            id
            name
            kind
            awards(fiscalYear: $fiscalYear) {
              id
              amount
            }
          }
        }
      }
      funding(fiscalYear: $fiscalYear) {
        awardedTotal
        awardCount
      }
    }
  }
`);

/** Posts a typed operation to the gateway: the variables are checked and the result typed by its document. */
export async function execute<Result, Variables>(
  endpoint: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<{ data?: Result; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await response.json()) as { data?: Result };
}

/** Usage: the names a dashboard shows, with the compiler knowing every field's type. */
export async function districtOrganizationNames(endpoint: string): Promise<string[]> {
  const { data } = await execute(endpoint, DistrictDashboard, { code: 'yaizu-16', fiscalYear: 2025 });
  return data?.district?.organizations.edges.map((edge) => edge.node.name) ?? [];
}
