import {
  cursorList,
  isObjectIdHex,
  parseObjectId,
  encodeCursor,
  pageSize,
  paginate,
  type Connection,
  type SortOrder,
} from '@kyodo/service-kit';
import { Types, type PipelineStage, type QueryFilter } from 'mongoose';
import { AwardModel, type AwardDocument, type AwardFields } from './models/Award.js';

export interface OrganizationAwardsArgs {
  fiscalYear: number | null;
  sort: Record<string, SortOrder>;
  first: number | null;
}

function awardsFilter(fiscalYear: number | null): QueryFilter<AwardFields> {
  return fiscalYear === null ? {} : { fiscalYear };
}

/**
 * The first page of Organization.awardsConnection for many organizations in one aggregate: their awards in the
 * page's order, grouped by organization with the total, each group cut to first + 1 (one more tells hasNextPage).
 * The cursors are the ones paginate() writes for the same order, so `after` continues through nextAwardsPage.
 */
export async function firstAwardsPages(
  organizationIds: readonly string[],
  args: OrganizationAwardsArgs,
): Promise<Connection<AwardDocument>[]> {
  const first = pageSize(args.first);
  const keys = Object.entries<SortOrder>(args.sort);
  const list = cursorList(AwardModel.modelName, keys);
  // A hand-made representation with a malformed id simply has no awards.
  const ids = [...new Set(organizationIds.filter(isObjectIdHex))].map((id) => new Types.ObjectId(id));
  const pipeline: PipelineStage[] = [
    { $match: { ...awardsFilter(args.fiscalYear), organizationId: { $in: ids } } },
    { $sort: args.sort },
    { $group: { _id: '$organizationId', docs: { $push: '$$ROOT' }, totalCount: { $sum: 1 } } },
    { $project: { docs: { $slice: ['$docs', first + 1] }, totalCount: 1 } },
  ];
  const groups = await AwardModel.aggregate<{
    _id: Types.ObjectId;
    docs: AwardFields[];
    totalCount: number;
  }>(pipeline).exec();
  const byOrganization = new Map(groups.map((group) => [group._id.toHexString(), group]));
  return organizationIds.map((id) => {
    const group = byOrganization.get(id.toLowerCase());
    const docs = (group?.docs ?? []).map((doc) => AwardModel.hydrate(doc));
    const page = docs.slice(0, first);
    const edges = page.map((node) => ({
      cursor: encodeCursor(
        list,
        keys.map(([path]) => node.get(path) ?? null),
      ),
      node,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: docs.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: group?.totalCount ?? 0,
    };
  });
}

/** A page after a cursor: one organization's, so a plain keyset page (the cursor names the order it came from). */
export function nextAwardsPage(
  organizationId: string,
  args: OrganizationAwardsArgs,
  after: string,
): Promise<Connection<AwardDocument>> {
  return paginate(AwardModel, {
    filter: { ...awardsFilter(args.fiscalYear), organizationId: parseObjectId(organizationId, 'id') },
    sort: args.sort,
    first: args.first,
    after,
  });
}
