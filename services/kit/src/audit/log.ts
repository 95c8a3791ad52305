import mongoose, { type QueryFilter, type Types } from 'mongoose';
import { requireStaff } from '../access.js';
import { invalidCursor, openCursor, sealCursor } from '../cursor.js';
import { badUserInput } from '../errors.js';
import { isObjectIdHex } from '../ids.js';
import type { AnyModel } from '../modelTypes.js';
import { pageSize } from '../pagination.js';
import type { Viewer } from '../viewer.js';
import { AuditEntryModel, type AuditEntryRecord } from './entries.js';
import { flushPendingAudit } from './outbox.js';

/** Query.auditLog's filter, as the GraphQL input type AuditLogFilter declares it. */
export interface AuditLogFilter {
  entityType?: string | null;
  entityId?: string | null;
  /** The actor's sub. */
  actor?: string | null;
  /** Entries at or after this instant. */
  from?: Date | null;
  /** Entries before this instant. */
  to?: Date | null;
}

export interface AuditPageArgs {
  filter?: AuditLogFilter | null;
  first?: number | null;
  after?: string | null;
}

export interface AuditEntryPageEdge {
  cursor: string;
  node: AuditEntryRecord;
}

export interface AuditEntryPage {
  edges: AuditEntryPageEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every audit list (history, auditLog, each subgraph's _auditLog) is one order, so their cursors are one kind. */
const CURSOR_LIST = 'auditEntries:at-,_id-';

const TYPE_NAME = /^[A-Z][A-Za-z0-9]{0,63}$/;
const MAX_FILTER_TEXT = 256;

export function auditCursor(entry: Pick<AuditEntryRecord, 'at' | '_id'>): string {
  return sealCursor(CURSOR_LIST, [entry.at, entry._id]);
}

/** The (at, _id) position a cursor names; BAD_USER_INPUT "invalid cursor" for anything else. */
export function openAuditCursor(after: string): { at: Date; id: Types.ObjectId } {
  const [at, id] = openCursor(after, CURSOR_LIST, 2);
  if (!(at instanceof Date) || !(id instanceof mongoose.Types.ObjectId)) throw invalidCursor();
  return { at, id };
}

function text(value: string | null | undefined, name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length === 0 || value.length > MAX_FILTER_TEXT) {
    throw badUserInput(`Argument "filter.${name}" must be 1 to ${MAX_FILTER_TEXT} characters`, {
      argumentName: `filter.${name}`,
    });
  }
  return value;
}

/** The checked filter as a query on auditEntries; every combination is led by one of its indexes. */
export function auditQuery(filter: AuditLogFilter | null | undefined): QueryFilter<AuditEntryRecord> {
  const query: Record<string, unknown> = {};
  const entityType = text(filter?.entityType, 'entityType');
  if (entityType !== undefined) {
    if (!TYPE_NAME.test(entityType)) {
      throw badUserInput(
        `Argument "filter.entityType" must be a GraphQL type name such as "Organization", got "${entityType}"`,
        { argumentName: 'filter.entityType' },
      );
    }
    query.entityType = entityType;
  }
  const entityId = text(filter?.entityId, 'entityId');
  if (entityId !== undefined) query.entityId = isObjectIdHex(entityId) ? entityId.toLowerCase() : entityId;
  const actor = text(filter?.actor, 'actor');
  if (actor !== undefined) query['actor.sub'] = actor;
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from !== null && to !== null && from.getTime() >= to.getTime()) {
    throw badUserInput('Argument "filter.from" must be before "filter.to"', { argumentName: 'filter.from' });
  }
  if (from !== null || to !== null) {
    query.at = { ...(from !== null ? { $gte: from } : {}), ...(to !== null ? { $lt: to } : {}) };
  }
  return query;
}

/** Strictly after (at, id) in newest-first order. */
function afterPosition(at: Date, id: Types.ObjectId): QueryFilter<AuditEntryRecord> {
  return { $or: [{ at: { $lt: at } }, { at, _id: { $lt: id } }] };
}

/** One page of this service's log, newest first (keyset: no skip, so deep pages cost what the first does). */
export async function auditPage(
  query: QueryFilter<AuditEntryRecord>,
  args: Pick<AuditPageArgs, 'first' | 'after'>,
): Promise<AuditEntryPage> {
  const first = pageSize(args.first);
  const filter =
    args.after === null || args.after === undefined
      ? query
      : (() => {
          const position = openAuditCursor(args.after);
          return { $and: [query, afterPosition(position.at, position.id)] } as QueryFilter<AuditEntryRecord>;
        })();
  const docs =
    first === 0
      ? []
      : await AuditEntryModel.find(filter)
          .sort({ at: -1, _id: -1 })
          .limit(first + 1)
          .lean<AuditEntryRecord[]>()
          .exec();
  const page = docs.slice(0, first);
  const edges = page.map((node) => ({ cursor: auditCursor(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: docs.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * The resolver of `history(first, after)` on an audited entity: its entries, newest first. Staff only (the
 * resolver checks it too, whatever the schema declares).
 */
export function auditHistory(entityType: string, models: readonly AnyModel[] = []) {
  return async (
    parent: { _id: unknown },
    args: { first?: number | null; after?: string | null },
    context: { viewer: Viewer },
  ): Promise<AuditEntryPage> => {
    requireStaff(context.viewer, `read the history of ${entityType} records`);
    const id = parent._id as Types.ObjectId;
    await flushPendingAudit(models, id);
    return auditPage({ entityType, entityId: String(id) }, args);
  };
}

/** The resolver of a subgraph's internal `_auditLog(filter, first, after)`: this service's entries. Staff only. */
export function auditLogResolver(models: readonly AnyModel[]) {
  return async (_: unknown, args: AuditPageArgs, context: { viewer: Viewer }) => {
    requireStaff(context.viewer, 'read the audit log');
    const query = auditQuery(args.filter);
    const entityId = args.filter?.entityId;
    await flushPendingAudit(
      models,
      entityId && isObjectIdHex(entityId) ? new mongoose.Types.ObjectId(entityId) : undefined,
    );
    return auditPage(query, args);
  };
}

/** AuditEntry's resolvers (the other fields are the stored ones). */
export const auditEntryResolvers = {
  AuditEntry: { id: (entry: { _id: unknown }) => String(entry._id) },
};
