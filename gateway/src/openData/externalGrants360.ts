import { type Connection, type RunPublicOperation, allPages } from './operations.js';

const ORGANIZATION = `id name organisationType charityNumber companyNumber streetAddress addressLocality addressRegion
  postalCode addressCountry url`;

const GRANTS_PAGE = `query ExternalGrants360Export($funderId: ID!, $first: Int!, $after: String) {
  externalGrants(filter: { funderId: $funderId }, first: $first, after: $after) {
    edges { node {
      id title description currency amountAwarded amountAppliedFor amountDisbursed awardDate fromOpenCall
      plannedDates { startDate endDate duration }
      grantProgramme { code title }
      fundingOrganization { ${ORGANIZATION} }
      recipientOrganization { ${ORGANIZATION} }
      beneficiaryLocation { name geoCode geoCodeType countryCode latitude longitude }
      dateModified dataSource
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Node = Record<string, unknown>;

/**
 * A value as 360Giving publishes it: null fields and empty lists left out (the API answers null for a field the
 * funder did not publish, and the standard has no use for an empty list), recursively.
 */
function published(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(published);
  if (value === null || typeof value !== 'object') return value;
  const out: Node = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || (Array.isArray(item) && item.length === 0)) continue;
    out[key] = published(item);
  }
  return out;
}

export interface ExternalGrants360Package {
  version: string;
  title: string;
  grants: Node[];
}

/**
 * An external funder's imported grants as a 360Giving 1.4 package, as the funder published them; null when the
 * funder has none (a package needs one grant).
 */
export async function externalGrants360Package(
  run: RunPublicOperation,
  funderId: string,
): Promise<ExternalGrants360Package | null> {
  const nodes = await allPages(
    async (page) =>
      (await run<{ externalGrants: Connection<Node> }>(GRANTS_PAGE, { funderId, ...page })).externalGrants,
  );
  if (nodes.length === 0) return null;
  const funder = (nodes[0]!.fundingOrganization as { name: string }[])[0]?.name ?? funderId;
  return {
    version: '1.4',
    title: `${funder} grants imported into Kyodo Graph (360Giving)`,
    grants: nodes.map((node) => published(node) as Node),
  };
}
