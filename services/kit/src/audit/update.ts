import type { GraphQLError } from 'graphql';
import type { HydratedDocument, QueryFilter, Types, UpdateQuery } from 'mongoose';
import { conflict, notFound } from '../errors.js';
import { parseObjectId } from '../ids.js';
import type { ModelOf } from '../modelTypes.js';
import { newEntry, type AuditContext } from './actor.js';
import { normalizeUpdate, updateChanges } from './changes.js';
import { checkIdempotencyKey, inputHash, reusedIdempotencyKey } from './idempotency.js';
import { moveToLog } from './outbox.js';
import { auditOptionsOf } from './plugin.js';

/**
 * How often a write without expectedVersion is re-read and re-applied when others write in between. Each retry means
 * another write to the document succeeded, so racing writers always make progress; the request deadline bounds the
 * time, this only the work (25 racing payments of one award need up to 25 rounds).
 */
export const MAX_WRITE_ATTEMPTS = 50;

export interface AuditedUpdateArgs<T, H> {
  /** The document's id (hex string or ObjectId); a malformed string is BAD_USER_INPUT naming `idArgument`. */
  id: string | Types.ObjectId;
  /** The mutation argument the id came in (default "id"). */
  idArgument?: string;
  /**
   * The version the editor read. Given: the write applies only at that version, else CONFLICT with
   * extensions.currentVersion. Absent (status transitions, whose filter is the guard): the write is pinned to the
   * version it was computed from, and re-applied to a newer one when someone else wrote in between.
   */
  expectedVersion?: number | null;
  /** Conditions the document must also meet (e.g. `{ active: true }`, `{ status: 'DRAFT' }`). */
  filter?: QueryFilter<T>;
  /** The change: $set, $unset, $inc, $push... (bare fields count as $set). */
  update: UpdateQuery<T> | ((current: H) => UpdateQuery<T>);
  operation: string;
  ctx: AuditContext;
  /** The error when the document exists at the expected version but `filter` does not match it. */
  filterProblem?: (current: H) => GraphQLError;
  /** Defaults to the plugin's entityType. */
  entityType?: string;
  /** Mongoose validators on the update (default true). */
  runValidators?: boolean;
  /**
   * The client's key for this change (8-128 printable ASCII characters), per caller and document: a retry with it
   * and the same `input` returns the document as it is, writing nothing; with another input it is CONFLICT naming
   * idempotencyKey. Racing retries meet in the conditional write, so only one of them applies the change.
   */
  idempotencyKey?: string | null;
  /** The mutation's arguments as received: a retry must send the same ones. */
  input?: unknown;
}

interface AppliedKey {
  sub: string;
  key: string;
  inputHash: string;
}

/**
 * The document when the update keyed `applied` was already made on it; CONFLICT when the key came with another input.
 * Keys are only ever added, so asking first whether the key is there and then for the document with this input
 * cannot mistake a retry racing in between for a reused key.
 */
async function alreadyApplied<T, H>(
  model: ModelOf<T, H>,
  id: Types.ObjectId,
  applied: AppliedKey,
): Promise<H | null> {
  const { sub, key } = applied;
  const used = await model
    .exists({ _id: id, _appliedKeys: { $elemMatch: { sub, key } } } as QueryFilter<T>)
    .exec();
  if (used === null) return null;
  const same = await model
    .findOne({ _id: id, _appliedKeys: { $elemMatch: applied } } as QueryFilter<T>)
    .exec();
  if (same === null) throw reusedIdempotencyKey();
  return same;
}

export function staleVersion(entityType: string, id: string, currentVersion: number): GraphQLError {
  return conflict(
    `${entityType} ${id} was changed by someone else (version ${currentVersion}); reload and apply your change again`,
    { currentVersion, typename: entityType, id },
  );
}

type Versioned = { get(path: string): unknown; toObject(): Record<string, unknown> };

function versionOfDoc(doc: Versioned): number {
  const value = doc.get('__v');
  return typeof value === 'number' ? value : 0;
}

/** Matches version `version`; documents written before versioning have no __v and count as version 0. */
function atVersion(version: number): QueryFilter<unknown> {
  return version === 0 ? { __v: { $in: [0, null] } } : { __v: version };
}

/**
 * Applies one change to one document together with its audit entry, in a single findOneAndUpdate on
 * `{ _id, __v: version, ...filter }` that sets the change, increments __v and pushes the entry into the document's
 * outbox; the entry then moves to the log. The entry's changes are worked out from the document at that version, so
 * they are exactly what the write did. A change that changes nothing writes nothing and returns the document.
 * With an idempotency key the same write also requires that the key is not yet among the document's applied keys,
 * and adds it.
 */
export async function auditedUpdate<T, H = HydratedDocument<T>>(
  model: ModelOf<T, H>,
  args: AuditedUpdateArgs<T, H>,
): Promise<H> {
  const plugin = auditOptionsOf(model);
  const entityType = args.entityType ?? plugin.entityType;
  const objectId = typeof args.id === 'string' ? parseObjectId(args.id, args.idArgument ?? 'id') : args.id;
  const id = String(objectId);
  const expected = args.expectedVersion ?? null;
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const key = checkIdempotencyKey(args.idempotencyKey);
  const applied: AppliedKey | null =
    key === null ? null : { sub: args.ctx.viewer.sub ?? '', key, inputHash: inputHash(args.input ?? null) };
  const notYetApplied =
    applied === null ? {} : { _appliedKeys: { $not: { $elemMatch: { sub: applied.sub, key } } } };
  if (applied !== null) {
    const earlier = await alreadyApplied(model, objectId, applied);
    if (earlier !== null) return earlier;
  }

  for (let attempt = 1; ; attempt++) {
    const current = (await model.findById(objectId).exec()) as (H & Versioned) | null;
    if (current === null) throw notFound(entityType, id);
    const version = versionOfDoc(current);
    if (expected !== null && version !== expected) throw staleVersion(entityType, id, version);

    const update = normalizeUpdate(typeof args.update === 'function' ? args.update(current) : args.update);
    const changes = updateChanges(current.toObject(), update, plugin.personalFields);
    const pinned = { _id: objectId, ...atVersion(version), ...filter, ...notYetApplied } as QueryFilter<T>;

    let written: H | null;
    if (changes.length === 0) {
      // Nothing to write, but the answer must still respect the filter (an archived record stays refused).
      written = await model.findOne(pinned).exec();
    } else {
      const entry = newEntry(args.ctx, args.operation, entityType, id, changes);
      written = await model
        .findOneAndUpdate(
          pinned,
          {
            ...update,
            $inc: { ...(update.$inc ?? {}), __v: 1 },
            $push: {
              ...(update.$push ?? {}),
              _pendingAudit: entry,
              ...(applied === null ? {} : { _appliedKeys: applied }),
            },
          },
          { returnDocument: 'after', runValidators: args.runValidators ?? true },
        )
        .exec();
      if (written !== null) await moveToLog(model, objectId, [entry]);
    }
    if (written !== null) return written;
    // A retry with the same key that raced this one made the change first: its result is this one's.
    if (applied !== null) {
      const winner = await alreadyApplied(model, objectId, applied);
      if (winner !== null) return winner;
    }

    // Nothing matched: gone, moved on to another version, or the filter refuses it.
    const now = (await model.findById(objectId).exec()) as (H & Versioned) | null;
    if (now === null) throw notFound(entityType, id);
    const nowVersion = versionOfDoc(now);
    if (nowVersion !== version) {
      if (expected !== null) throw staleVersion(entityType, id, nowVersion);
      if (attempt < MAX_WRITE_ATTEMPTS) continue;
      throw conflict(`${entityType} ${id} is being changed by others right now; try again`, {
        currentVersion: nowVersion,
      });
    }
    throw args.filterProblem?.(now) ?? conflict(`${entityType} ${id} cannot be changed in its current state`);
  }
}
