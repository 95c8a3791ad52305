import { cursorList, encodeCursor, pageSize, type Connection } from '@kyodo/service-kit';
import type { PipelineStage } from 'mongoose';
import type { ActivityField, OrganizationKind } from '@kyodo/domain';
import {
  OrganizationModel,
  type OrganizationDocument,
  type OrganizationFields,
} from './models/Organization.js';
import { organizationFilter } from './organizationFilter.js';

export interface DistrictOrganizationsArgs {
  kinds: readonly OrganizationKind[] | null;
  activityFields: readonly ActivityField[] | null;
  certified: boolean | null;
  first: number | null;
}

/**
 * The first page of District.organizations for many districts in one aggregate: organizations of all the districts
 * in kana order, grouped by district with the total, each group cut to first + 1 (one more tells hasNextPage).
 * Cursors are the ones paginate() writes for the same order, so `after` continues through paginate.
 */
// The list paginate() names for organizations in kana order, so its cursors continue there.
const KANA_ORDER = cursorList(OrganizationModel.modelName, [
  ['nameKana', 1],
  ['_id', 1],
]);

export async function districtOrganizationPages(
  codes: readonly string[],
  args: DistrictOrganizationsArgs,
): Promise<Connection<OrganizationDocument>[]> {
  const first = pageSize(args.first);
  const match = { ...organizationFilter(args), districtCode: { $in: [...new Set(codes)] } };
  const pipeline: PipelineStage[] = [
    { $match: match },
    { $sort: { nameKana: 1, _id: 1 } },
    { $group: { _id: '$districtCode', docs: { $push: '$$ROOT' }, totalCount: { $sum: 1 } } },
    { $project: { docs: { $slice: ['$docs', first + 1] }, totalCount: 1 } },
  ];
  const groups = await OrganizationModel.aggregate<{
    _id: string;
    docs: OrganizationFields[];
    totalCount: number;
  }>(pipeline).exec();
  const byCode = new Map(groups.map((group) => [group._id, group]));
  return codes.map((code) => {
    const group = byCode.get(code);
    const docs = (group?.docs ?? []).map((doc) => OrganizationModel.hydrate(doc));
    const page = docs.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor(KANA_ORDER, [node.nameKana, node._id]), node }));
    return {
      edges,
      pageInfo: { hasNextPage: docs.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: group?.totalCount ?? 0,
    };
  });
}
