import type { HydratedDocument, PipelineStage, QueryFilter } from 'mongoose';
import type { ModelOf } from './modelTypes.js';
import { cursorList, encodeCursor, pageSize, type Connection, type SortOrder } from './pagination.js';

export interface GroupPagesArgs<T> {
  /** What every child must match besides belonging to its parent. */
  filter: QueryFilter<T>;
  /** The order of each page; `_id` is appended as the tie-breaker, as paginate() does. */
  sort: Record<string, SortOrder>;
  first?: number | null;
}

/**
 * The first page of a nested connection (e.g. Organization.evaluationsConnection) for many parents in one
 * aggregate: the children of all `keys` in the page's order, grouped by `field` with their total, each group cut to
 * first + 1 (one more tells hasNextPage). Cursors are the ones paginate() writes for the same model and order, so a
 * later page (`after`) is one paginate() over the parent's children. `keys` are the stored values of `field` (cast
 * them: an aggregate does not); the result follows their order, an empty page for a parent with no children.
 */
export async function groupFirstPages<T, H = HydratedDocument<T>>(
  model: ModelOf<T, H>,
  field: string,
  keys: readonly unknown[],
  args: GroupPagesArgs<T>,
): Promise<Connection<H>[]> {
  const first = pageSize(args.first);
  const order: [string, SortOrder][] = Object.entries(args.sort);
  if (!('_id' in args.sort)) order.push(['_id', 1]);
  const list = cursorList(model.modelName, order);
  const unique = [...new Map(keys.map((key) => [String(key), key])).values()];
  const pipeline: PipelineStage[] = [
    { $match: { ...(args.filter as Record<string, unknown>), [field]: { $in: unique } } },
    { $sort: Object.fromEntries(order) },
    { $group: { _id: `$${field}`, docs: { $push: '$$ROOT' }, totalCount: { $sum: 1 } } },
    { $project: { docs: { $slice: ['$docs', first + 1] }, totalCount: 1 } },
  ];
  const groups = await model.aggregate<{ _id: unknown; docs: T[]; totalCount: number }>(pipeline).exec();
  const byKey = new Map(groups.map((group) => [String(group._id), group]));
  return keys.map((key) => {
    const group = byKey.get(String(key));
    const docs = (group?.docs ?? []).map((doc) => model.hydrate(doc));
    const edges = docs.slice(0, first).map((node) => {
      const get = (path: string) => (node as { get(path: string): unknown }).get(path) ?? null;
      return {
        cursor: encodeCursor(
          list,
          order.map(([path]) => get(path)),
        ),
        node,
      };
    });
    return {
      edges,
      pageInfo: { hasNextPage: docs.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: group?.totalCount ?? 0,
    };
  });
}
