import {
  emptyConnection,
  groupFirstPages,
  isObjectIdHex,
  paginate,
  parseObjectId,
  type Connection,
  type SortOrder,
} from '@kyodo/service-kit';
import { Types, type QueryFilter } from 'mongoose';
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
 * The first page of Organization.awardsConnection for many organizations in one aggregate (the kit's
 * groupFirstPages); its cursors are paginate()'s for the same order, so `after` continues through nextAwardsPage.
 */
export async function firstAwardsPages(
  organizationIds: readonly string[],
  args: OrganizationAwardsArgs,
): Promise<Connection<AwardDocument>[]> {
  // A hand-made representation with a malformed id simply has no awards.
  const ids = organizationIds.filter(isObjectIdHex).map((id) => new Types.ObjectId(id));
  const pages = await groupFirstPages(AwardModel, 'organizationId', ids, {
    filter: awardsFilter(args.fiscalYear),
    sort: args.sort,
    first: args.first,
  });
  const byId = new Map(ids.map((id, i) => [id.toHexString(), pages[i]!]));
  return organizationIds.map((id) => byId.get(id.toLowerCase()) ?? emptyConnection<AwardDocument>());
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
