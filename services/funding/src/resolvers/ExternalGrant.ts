import type { Context } from '../context.js';
import type { ExternalGrantResolvers } from '../generated/graphql.js';

/** The published grant's fields as stored (models/ExternalGrant.ts); the funder and programme from the keys. */
export const ExternalGrant: ExternalGrantResolvers<Context> = {
  id: (grant) => grant.grantId,
  title: (grant) => grant.grant.title,
  description: (grant) => grant.grant.description,
  currency: (grant) => grant.grant.currency,
  amountAwarded: (grant) => grant.grant.amountAwarded,
  amountAppliedFor: (grant) => grant.grant.amountAppliedFor ?? null,
  amountDisbursed: (grant) => grant.grant.amountDisbursed ?? null,
  awardDate: (grant) => grant.grant.awardDate,
  fromOpenCall: (grant) => grant.grant.fromOpenCall ?? null,
  plannedDates: (grant) => grant.grant.plannedDates,
  grantProgramme: (grant) => grant.grant.grantProgramme,
  fundingOrganization: (grant) => grant.grant.fundingOrganization,
  recipientOrganization: (grant) => grant.grant.recipientOrganization,
  beneficiaryLocation: (grant) => grant.grant.beneficiaryLocation,
  dateModified: (grant) => grant.grant.dateModified ?? null,
  dataSource: (grant) => grant.grant.dataSource ?? null,
  funder: (grant) => ({ id: grant.funderId, name: grant.funderName }),
  async program(grant, _args, { loaders }) {
    if (grant.programTitle === null || grant.programTitle === undefined) return null;
    const { programs } = await loaders.externalFunderTotals.load(grant.funderId);
    return (
      programs.find(
        (program) => program.title === grant.programTitle && program.code === grant.programCode,
      ) ?? null
    );
  },
  importedAt: (grant) => grant.importedAt,
};
