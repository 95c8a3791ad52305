import { requireActsFor } from '@kyodo/service-kit';
import type { OrganizationResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { assertPeriod } from '../ranges.js';

const MAX_BOOKING_PERIOD_DAYS = 366;

export const Organization: OrganizationResolvers<Context> = {
  __resolveReference: (reference) => ({ __typename: 'Organization', id: reference.id }),
  managedFacilities: (organization, _args, { loaders }) => loaders.facilitiesByOperator.load(organization.id),
  bookings: (organization, { from, to }, { loaders, viewer }) => {
    requireActsFor(viewer, organization.id, "read the organization's bookings");
    assertPeriod(from, to, MAX_BOOKING_PERIOD_DAYS);
    return loaders.bookingsByOrganization({ from, to }).load(organization.id);
  },
};
