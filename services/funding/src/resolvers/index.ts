import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { ApplicantRegistration } from './ApplicantRegistration.js';
import { Application } from './Application.js';
import { Award } from './Award.js';
import { CollaborativeProject } from './CollaborativeProject.js';
import { District } from './District.js';
import { FundingSummaryGroup } from './FundingSummaryGroup.js';
import { Grant360 } from './Grant360.js';
import { GrantProgram } from './GrantProgram.js';
import { Mutation } from './Mutation.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { DateScalar, DateTimeScalar, auditEntryResolvers } from '@kyodo/service-kit';

export const resolvers: Resolvers<Context> = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  ...auditEntryResolvers,
  Mutation,
  GrantProgram,
  Grant360,
  Application,
  Award,
  CollaborativeProject,
  ApplicantRegistration,
  FundingSummaryGroup,
  Organization,
  District,
};
