import { auditLog, internalAuditLog } from '../auditLog.js';
import { badUserInput, notFound, paginate, parseObjectId } from '@kyodo/service-kit';
import type { QueryFilter } from 'mongoose';
import type { Context } from '../context.js';
import { districtProjection } from '../districtProjection.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { DistrictModel } from '../models/District.js';
import { OrganizationModel } from '../models/Organization.js';
import { PersonModel, type PersonFields } from '../models/Person.js';
import { organizationFilter } from '../organizationFilter.js';
import { organizationSort } from '../organizationOrder.js';
import { nameSearchFilter } from '../search.js';

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function checkCoordinate(value: number, limit: number, argumentName: string): number {
  if (!Number.isFinite(value) || value < -limit || value > limit) {
    throw badUserInput(`Argument "${argumentName}" must be between -${limit} and ${limit}, got ${value}`, {
      argumentName,
    });
  }
  return value;
}

export const Query: QueryResolvers<Context> = {
  auditLog,
  _auditLog: internalAuditLog,
  organization: async (_, { id }, { loaders }) => {
    parseObjectId(id, 'id');
    const organization = await loaders.organization.load(id);
    if (!organization) throw notFound('Organization', id);
    return organization;
  },

  organizations: (_, { filter, orderBy, first, after }) =>
    paginate(OrganizationModel, {
      filter: organizationFilter(filter),
      ...organizationSort(orderBy),
      first,
      after,
    }),

  district: async (_, { code }, { loaders }, info) => {
    const district = await loaders.district(districtProjection(info)).load(code);
    if (!district) throw notFound('District', code);
    return district;
  },

  districts: () => DistrictModel.find().sort({ code: 1 }).exec(),

  districtAt: (_, { lat, lng }) => {
    const point = {
      type: 'Point',
      coordinates: [checkCoordinate(lng, 180, 'lng'), checkCoordinate(lat, 90, 'lat')],
    };
    return DistrictModel.findOne({ boundary: { $geoIntersects: { $geometry: point } } }).exec();
  },

  people: (_, { filter, first, after }) => {
    const query: QueryFilter<PersonFields> = { removed: filter?.removed ?? false };
    if (given(filter?.roles) && filter.roles.length > 0) query.roles = { $in: filter.roles };
    if (given(filter?.skill)) query.skills = filter.skill;
    if (given(filter?.organizationId)) {
      query.organizationIds = parseObjectId(filter.organizationId, 'filter.organizationId');
    }
    if (given(filter?.districtCode)) query.districtCode = filter.districtCode;
    const search = nameSearchFilter(filter?.search, 'filter.search');
    if (search) Object.assign(query, search);
    return paginate(PersonModel, { filter: query, sort: { nameKana: 1 }, first, after });
  },

  person: async (_, { id }, { loaders }) => {
    parseObjectId(id, 'id');
    const person = await loaders.person.load(id);
    if (!person) throw notFound('Person', id);
    return person;
  },
};
