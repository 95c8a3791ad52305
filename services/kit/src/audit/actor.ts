import type { RequestContext } from '../context.js';
import type { AuditActor, AuditEntryRecord, AuditChange } from './entries.js';
import { newEntryId } from './outbox.js';

/** What an audited write needs from the request: who, when, and the id its logs carry. */
export type AuditContext = Pick<RequestContext, 'viewer' | 'now' | 'requestId'>;

export function actorOf(ctx: AuditContext): AuditActor {
  return {
    // Writes need a signed-in viewer; an anonymous one (never let through by the guards) is named as such.
    sub: ctx.viewer.sub ?? 'anonymous',
    role: ctx.viewer.role,
    organizationIds: [...ctx.viewer.organizationIds],
  };
}

export function newEntry(
  ctx: AuditContext,
  operation: string,
  entityType: string,
  entityId: string,
  changes: AuditChange[],
): AuditEntryRecord {
  return {
    _id: newEntryId(),
    at: ctx.now,
    actor: actorOf(ctx),
    operation,
    entityType,
    entityId,
    changes,
    requestId: ctx.requestId,
  };
}
