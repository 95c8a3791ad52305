import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { ActionItem } from './ActionItem.js';
import { Award } from './Award.js';
import { CollaborativeProject } from './CollaborativeProject.js';
import { District } from './District.js';
import { Evaluation, EvaluationSubject } from './Evaluation.js';
import { Facility } from './Facility.js';
import { Indicator } from './Indicator.js';
import { Mutation } from './Mutation.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { DateTimeScalar, auditEntryResolvers } from '@kyodo/service-kit';

export const resolvers: Resolvers<Context> = {
  DateTime: DateTimeScalar,
  Query,
  ...auditEntryResolvers,
  Mutation,
  Indicator,
  ActionItem,
  Evaluation,
  EvaluationSubject,
  District,
  Facility,
  Organization,
  Award,
  CollaborativeProject,
};
