import { type Connection, type RunPublicOperation, allPages } from './operations.js';

const GRANTS_PAGE = `query Grants360Export($fiscalYear: Int!, $first: Int!, $after: String) {
  grants360(fiscalYear: $fiscalYear, first: $first, after: $after) {
    edges { node {
      id title description currency amountAppliedFor amountAwarded amountDisbursed awardDate fromOpenCall
      plannedDates { startDate endDate duration }
      grantProgramme { code title }
      fundingOrganization { id name }
      recipientOrganization { id organization { name } }
      beneficiaryLocation { geoCode district { nameJa } }
      disbursementTransaction { transactionDate value currency }
      dateModified
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface GrantNode {
  id: string;
  title: string;
  description: string;
  currency: string;
  amountAppliedFor: number;
  amountAwarded: number;
  amountDisbursed: number;
  awardDate: string;
  fromOpenCall: string;
  plannedDates: { startDate: string; endDate: string; duration: number }[];
  grantProgramme: { code: string; title: string }[];
  fundingOrganization: { id: string; name: string }[];
  recipientOrganization: { id: string; organization: { name: string } }[];
  beneficiaryLocation: { geoCode: string; district: { nameJa: string } | null }[];
  disbursementTransaction: { transactionDate: string; value: number; currency: string }[];
  dateModified: string;
}

/** A 360Giving 1.4 grant: the API already uses the standard's field names; names come from their owners. */
function grantOf(node: GrantNode): Record<string, unknown> {
  return {
    id: node.id,
    title: node.title,
    description: node.description,
    currency: node.currency,
    amountAppliedFor: node.amountAppliedFor,
    amountAwarded: node.amountAwarded,
    amountDisbursed: node.amountDisbursed,
    awardDate: node.awardDate,
    fromOpenCall: node.fromOpenCall,
    plannedDates: node.plannedDates,
    grantProgramme: node.grantProgramme,
    fundingOrganization: node.fundingOrganization,
    recipientOrganization: node.recipientOrganization.map((recipient) => ({
      id: recipient.id,
      name: recipient.organization.name,
    })),
    beneficiaryLocation: node.beneficiaryLocation.map((location) => ({
      geoCode: location.geoCode,
      ...(location.district ? { name: location.district.nameJa } : {}),
      countryCode: 'JP',
    })),
    disbursementTransaction: node.disbursementTransaction.map((transaction, index) => ({
      id: `${node.id}-D${index + 1}`,
      transactionDate: transaction.transactionDate,
      value: transaction.value,
      currency: transaction.currency,
    })),
    dateModified: node.dateModified,
  };
}

export interface Grants360Package {
  version: string;
  title: string;
  grants: Record<string, unknown>[];
}

/** The fiscal year's awards as a 360Giving 1.4 data package; null when the year has no awards (a package needs one). */
export async function grants360Package(
  run: RunPublicOperation,
  fiscalYear: number,
): Promise<Grants360Package | null> {
  const nodes = await allPages(
    async (page) =>
      (await run<{ grants360: Connection<GrantNode> }>(GRANTS_PAGE, { fiscalYear, ...page })).grants360,
  );
  if (nodes.length === 0) return null;
  const funder = nodes[0]?.fundingOrganization[0]?.name ?? '';
  return {
    version: '1.4',
    title: `${funder} ${fiscalYear}年度 助成金等の交付 (360Giving)`,
    grants: nodes.map(grantOf),
  };
}
