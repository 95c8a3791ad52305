import mongoose from 'mongoose';
import { requireStaff } from '../access.js';
import type { InternalClient } from '../internalClient.js';
import type { AnyModel } from '../modelTypes.js';
import { pageSize } from '../pagination.js';
import type { Viewer } from '../viewer.js';
import type { AuditEntryRecord } from './entries.js';
import { auditCursor, auditLogResolver, auditQuery, type AuditEntryPage, type AuditPageArgs } from './log.js';

export interface AuditLogFanOutOptions {
  /** This subgraph's name: its own entries are read locally. */
  self: string;
  /** The subgraphs whose `_auditLog` the log merges, this one included. */
  subgraphs: readonly string[];
  /** Which subgraph owns each entity type; a filter on a listed type asks its owner only, any other asks all. */
  owners: Readonly<Record<string, string>>;
  /** This subgraph's models, for flushing its pending entries before reading. */
  models: readonly AnyModel[];
}

const REMOTE_QUERY = /* GraphQL */ `
  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {
    _auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          at
          actor {
            sub
            role
            organizationIds
          }
          operation
          entityType
          entityId
          changes {
            field
            before
            after
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`;

interface RemoteEntry extends Omit<AuditEntryRecord, '_id' | 'at' | 'requestId'> {
  id: string;
  at: string;
}
interface RemotePage {
  _auditLog: { edges: { node: RemoteEntry }[]; pageInfo: { hasNextPage: boolean } };
}

function fromRemote(node: RemoteEntry): AuditEntryRecord {
  const { id, at, ...rest } = node;
  return { ...rest, _id: new mongoose.Types.ObjectId(id), at: new Date(at), requestId: '' };
}

/** Newest first; ties on `at` by _id, descending: the order of every audit list. */
function newestFirst(a: AuditEntryRecord, b: AuditEntryRecord): number {
  const byTime = b.at.getTime() - a.at.getTime();
  if (byTime !== 0) return byTime;
  const x = a._id.toHexString();
  const y = b._id.toHexString();
  return x < y ? 1 : x > y ? -1 : 0;
}

/**
 * The resolver of Query.auditLog, owned by one subgraph (a root field has one owner in federation): one page from
 * each subgraph that can hold matching entries, asked in parallel with the same filter and cursor (all audit lists
 * share one order, so one cursor positions every one of them), merged by (at, id) descending. Each page has `first`
 * entries at most, so the merge is bounded by subgraphs × first.
 */
export function auditLogFanOut(options: AuditLogFanOutOptions) {
  const local = auditLogResolver(options.models);
  return async (
    _: unknown,
    args: AuditPageArgs,
    context: { viewer: Viewer; internal: InternalClient; requestId: string },
  ): Promise<AuditEntryPage> => {
    requireStaff(context.viewer, 'read the audit log');
    const first = pageSize(args.first);
    auditQuery(args.filter); // refuse a bad filter here, once, rather than in every subgraph's answer
    const entityType = args.filter?.entityType ?? null;
    const owner = entityType !== null ? options.owners[entityType] : undefined;
    const targets = owner !== undefined ? [owner] : options.subgraphs;
    const pages = await Promise.all(
      targets.map(async (subgraph) => {
        if (subgraph === options.self) {
          const page = await local(_, { ...args, first }, context);
          return { entries: page.edges.map((edge) => edge.node), hasNextPage: page.pageInfo.hasNextPage };
        }
        const data = await context.internal.request<RemotePage>(
          subgraph,
          REMOTE_QUERY,
          { filter: args.filter ?? null, first, after: args.after ?? null },
          context.viewer,
          context.requestId,
        );
        return {
          entries: data._auditLog.edges.map((edge) => fromRemote(edge.node)),
          hasNextPage: data._auditLog.pageInfo.hasNextPage,
        };
      }),
    );
    const merged = pages.flatMap((page) => page.entries).sort(newestFirst);
    const edges = merged.slice(0, first).map((node) => ({ cursor: auditCursor(node), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: merged.length > first || pages.some((page) => page.hasNextPage),
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  };
}
