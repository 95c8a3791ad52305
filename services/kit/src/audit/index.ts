export { AuditEntryModel, type AuditActor, type AuditChange, type AuditEntryRecord } from './entries.js';
export { auditedPlugin, isAudited, versionOf, type AuditedOptions } from './plugin.js';
export { REDACTED } from './changes.js';
export { actorOf, type AuditContext } from './actor.js';
export { auditedCreate, type AuditedCreateOptions } from './create.js';
export { checkIdempotencyKey } from './idempotency.js';
export { MAX_WRITE_ATTEMPTS, auditedUpdate, staleVersion, type AuditedUpdateArgs } from './update.js';
export { FLUSH_BATCH, flushPendingAudit, moveToLog } from './outbox.js';
export {
  auditEntryResolvers,
  auditHistory,
  auditLogResolver,
  auditPage,
  auditQuery,
  type AuditEntryPage,
  type AuditEntryPageEdge,
  type AuditLogFilter,
  type AuditPageArgs,
} from './log.js';
export { auditLogFanOut, type AuditLogFanOutOptions } from './fanOut.js';
