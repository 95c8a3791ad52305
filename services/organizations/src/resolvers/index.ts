import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { District } from './District.js';
import { Mutation } from './Mutation.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { DateScalar, DateTimeScalar, auditEntryResolvers } from '@kyodo/service-kit';

export const resolvers: Resolvers<Context> = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  ...auditEntryResolvers,
  Mutation,
  Organization,
  District,
  Person,
};
