import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { DateScalar } from './Date.js';
import { DateTime } from './DateTime.js';
import { District } from './District.js';
import { Mutation } from './Mutation.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { Query } from './Query.js';

export const resolvers: Resolvers<Context> = {
  Date: DateScalar,
  DateTime,
  Query,
  Mutation,
  Organization,
  District,
  Person,
};
