import type { QueryFilter } from 'mongoose';
import type { ActivityField, OrganizationKind } from '@kyodo/domain';
import type { OrganizationFields } from './models/Organization.js';
import { nameSearchFilter } from './search.js';

export interface OrganizationFilterArgs {
  kinds?: readonly OrganizationKind[] | null;
  districtCode?: string | null;
  activityFields?: readonly ActivityField[] | null;
  search?: string | null;
  certified?: boolean | null;
  includeArchived?: boolean | null;
}

/** Lists sort by reading (五十音 order); _id breaks ties (paginate appends it). */
export const ORGANIZATION_ORDER = { nameKana: 1 } as const;

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** The MongoDB filter for OrganizationFilter / DistrictOrganizationFilter; empty lists mean "no restriction". */
export function organizationFilter(
  filter: OrganizationFilterArgs | null | undefined,
  argumentPrefix = 'filter',
): QueryFilter<OrganizationFields> {
  const query: QueryFilter<OrganizationFields> = {};
  if (!filter?.includeArchived) query.active = true;
  if (given(filter?.kinds) && filter.kinds.length > 0) query.kind = { $in: [...filter.kinds] };
  if (given(filter?.districtCode)) query.districtCode = filter.districtCode;
  if (given(filter?.activityFields) && filter.activityFields.length > 0) {
    query.activityFields = { $in: [...filter.activityFields] };
  }
  if (given(filter?.certified)) query.certified = filter.certified;
  const search = nameSearchFilter(filter?.search, `${argumentPrefix}.search`);
  if (search) Object.assign(query, search);
  return query;
}
