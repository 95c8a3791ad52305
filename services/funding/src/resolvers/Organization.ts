import { badUserInput, canActFor, optionalFiscalYear, pageSize, requireFiscalYear } from '@kyodo/service-kit';
import { awardSort } from '../ordering.js';
import { nextAwardsPage } from '../organizationAwards.js';
import type { Context } from '../context.js';
import type { OrganizationResolvers } from '../generated/graphql.js';

/** Funding's fields on the organizations subgraph's entity; each batches across all organizations in a response. */
export const Organization: OrganizationResolvers<Context> = {
  // Funding stores nothing about the organization itself: the reference (with `kind` when a field @requires it) is
  // all its fields need.
  __resolveReference(reference) {
    return reference;
  },
  eligibleGrantPrograms(organization, args, { loaders }) {
    // The gateway always sends `kind` (the field @requires it); only a hand-made representation can lack it.
    if (!organization.kind) {
      throw badUserInput('An Organization representation for eligibleGrantPrograms must include its kind');
    }
    return loaders
      .programsByEligibleKind({ fiscalYear: requireFiscalYear(args.fiscalYear) })
      .load(organization.kind);
  },
  async applications(organization, args, { loaders, viewer }) {
    const fiscalYear = optionalFiscalYear(args.fiscalYear);
    const applications = await loaders
      .applicationsByOrganization({ fiscalYear, status: args.status ?? null })
      .load(organization.id);
    return canActFor(viewer, organization.id)
      ? applications
      : applications.filter((a) => a.status !== 'DRAFT');
  },
  awards(organization, args, { loaders }) {
    return loaders
      .awardsByOrganization({ fiscalYear: optionalFiscalYear(args.fiscalYear) })
      .load(organization.id);
  },
  awardsConnection(organization, args, { loaders }) {
    const pageArgs = {
      fiscalYear: optionalFiscalYear(args.fiscalYear),
      sort: awardSort(args.orderBy),
      first: pageSize(args.first),
    };
    if (args.after !== null && args.after !== undefined) {
      return nextAwardsPage(organization.id, pageArgs, args.after);
    }
    return loaders.awardPages(pageArgs).load(organization.id);
  },
  fundingSummary(organization, args, { loaders }) {
    return loaders
      .totalsByOrganization({ fiscalYear: optionalFiscalYear(args.fiscalYear) })
      .load(organization.id);
  },
  applicantRegistration(organization, _args, { loaders }) {
    return loaders.applicant.load(organization.id);
  },
  async applicantRegistrationCurrent(organization, _args, { loaders }) {
    if (!organization.kind || organization.district === undefined) {
      throw badUserInput(
        'An Organization representation for applicantRegistrationCurrent must include its kind and district',
      );
    }
    const registration = await loaders.applicant.load(organization.id);
    if (!registration) return null;
    return (
      registration.kind === organization.kind &&
      (registration.districtCode ?? null) === (organization.district?.code ?? null)
    );
  },
};
