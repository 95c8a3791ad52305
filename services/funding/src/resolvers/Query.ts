import { internalAuditLog } from '../auditLog.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { notFound, optionalFiscalYear, paginate, parseObjectId, requireFiscalYear } from '@kyodo/service-kit';
import type { QueryFilter } from 'mongoose';
import { canSeeApplication, visibleApplicationsFilter } from '../access.js';
import type { Context } from '../context.js';
import { computeFundingSummary } from '../fundingSummary.js';
import { applicationSort } from '../ordering.js';
import { ApplicationModel, type ApplicationFields } from '../models/Application.js';
import { AwardModel } from '../models/Award.js';
import {
  CollaborativeProjectModel,
  type CollaborativeProjectFields,
} from '../models/CollaborativeProject.js';
import { GrantProgramModel, type GrantProgramFields } from '../models/GrantProgram.js';

export const Query: QueryResolvers<Context> = {
  _auditLog: internalAuditLog,
  grantPrograms(_, args) {
    const filter: QueryFilter<GrantProgramFields> = {};
    const fiscalYear = optionalFiscalYear(args.fiscalYear);
    if (fiscalYear !== null) filter.fiscalYear = fiscalYear;
    if (args.kind) filter.kind = args.kind;
    return GrantProgramModel.find(filter).sort({ fiscalYear: -1, name: 1, _id: 1 }).exec();
  },

  async grantProgram(_, args, { loaders }) {
    parseObjectId(args.id, 'id');
    const program = await loaders.program.load(args.id);
    if (!program) throw notFound('GrantProgram', args.id);
    return program;
  },

  applications(_, args, { viewer }) {
    const input = args.filter ?? {};
    const filter: QueryFilter<ApplicationFields> = { ...visibleApplicationsFilter(viewer) };
    if (input.programId) filter.programId = parseObjectId(input.programId, 'filter.programId');
    if (input.organizationId)
      filter.organizationId = parseObjectId(input.organizationId, 'filter.organizationId');
    if (input.status) filter.status = input.status;
    const fiscalYear = optionalFiscalYear(input.fiscalYear, 'filter.fiscalYear');
    if (fiscalYear !== null) filter.fiscalYear = fiscalYear;
    return paginate(ApplicationModel, {
      filter,
      sort: applicationSort(args.orderBy),
      first: args.first,
      after: args.after,
    });
  },

  async application(_, args, { loaders, viewer }) {
    parseObjectId(args.id, 'id');
    const application = await loaders.application.load(args.id);
    // Another organization's draft does not exist as far as this viewer can tell.
    if (!application || !canSeeApplication(viewer, application)) throw notFound('Application', args.id);
    return application;
  },

  async award(_, args, { loaders }) {
    parseObjectId(args.id, 'id');
    const award = await loaders.award.load(args.id);
    if (!award) throw notFound('Award', args.id);
    return award;
  },

  collaborativeProjects(_, args) {
    const input = args.filter ?? {};
    const filter: QueryFilter<CollaborativeProjectFields> = {};
    const fiscalYear = optionalFiscalYear(input.fiscalYear, 'filter.fiscalYear');
    if (fiscalYear !== null) filter.fiscalYear = fiscalYear;
    if (input.origin) filter.origin = input.origin;
    if (input.form) filter.form = input.form;
    if (input.status) filter.status = input.status;
    if (input.partnerId) filter.partnerIds = parseObjectId(input.partnerId, 'filter.partnerId');
    return paginate(CollaborativeProjectModel, {
      filter,
      sort: { fiscalYear: -1, _id: -1 },
      first: args.first,
      after: args.after,
    });
  },

  async collaborativeProject(_, args, { loaders }) {
    parseObjectId(args.id, 'id');
    const project = await loaders.collaborativeProject.load(args.id);
    if (!project) throw notFound('CollaborativeProject', args.id);
    return project;
  },

  async grants360(_, args) {
    const fiscalYear = requireFiscalYear(args.fiscalYear);
    const page = await paginate(AwardModel, {
      filter: { fiscalYear },
      sort: { awardedOn: 1, _id: 1 },
      first: args.first,
      after: args.after,
    });
    return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: { award: node } })) };
  },

  fundingSummary(_, args) {
    return computeFundingSummary(requireFiscalYear(args.fiscalYear), args.groupBy);
  },
};
