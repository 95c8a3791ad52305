import type { ApplicantRegistrationResolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';

export const ApplicantRegistration: ApplicantRegistrationResolvers<Context> = {
  organization(registration) {
    return { __typename: 'Organization', id: String(registration._id) };
  },
};
