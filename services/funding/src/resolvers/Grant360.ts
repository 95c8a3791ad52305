import { districtReference, organizationReference } from '@kyodo/service-kit';
import { fiscalYearBounds } from '@kyodo/domain';
import type { Context } from '../context.js';
import type { Grant360Resolvers } from '../generated/graphql.js';
import { CURRENCY } from '../grants360.js';
import { loadReferenced } from '../loaders.js';
import { publisher } from '../publisher.js';

/** The mapping STANDARDS.md gives: 申請額 → amountAppliedFor, 交付決定 → amountAwarded + awardDate, 交付 → disbursements. */
export const Grant360: Grant360Resolvers<Context> = {
  id: ({ award }) => `${publisher().prefix}-${award.id}`,
  async title({ award }, _args, { loaders }) {
    return (await loadReferenced(loaders.application, 'Application', award.applicationId)).title;
  },
  async description({ award }, _args, { loaders }) {
    return (await loadReferenced(loaders.application, 'Application', award.applicationId)).plan;
  },
  currency: () => CURRENCY,
  async amountAppliedFor({ award }, _args, { loaders }) {
    return (await loadReferenced(loaders.application, 'Application', award.applicationId)).requestedAmount;
  },
  amountAwarded: ({ award }) => award.amount,
  amountDisbursed: ({ award }) => award.disbursedTotal,
  awardDate: ({ award }) => award.awardedOn,
  fromOpenCall: () => 'Yes',
  plannedDates({ award }) {
    const { start, end } = fiscalYearBounds(award.fiscalYear);
    return [{ startDate: start, endDate: end, duration: 12 }];
  },
  async grantProgramme({ award }, _args, { loaders }) {
    const program = await loadReferenced(loaders.program, 'GrantProgram', award.programId);
    return [{ code: program.id, title: program.nameJa }];
  },
  fundingOrganization: () => [{ id: publisher().funderId, name: publisher().funderName }],
  recipientOrganization({ award }) {
    const id = String(award.organizationId);
    return [{ id: `${publisher().prefix}-ORG-${id}`, organization: organizationReference(id) }];
  },
  beneficiaryLocation({ award }) {
    const code = award.districtCode;
    return code ? [{ geoCode: code, district: districtReference(code) }] : [];
  },
  disbursementTransaction({ award }) {
    return [...award.disbursements]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ date, amount }) => ({ transactionDate: date, value: amount, currency: CURRENCY }));
  },
  dateModified: ({ award }) => award.updatedAt,
  award: ({ award }) => award,
};
