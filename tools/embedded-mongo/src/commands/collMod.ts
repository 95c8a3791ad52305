/**
 * CollMod. Changes a collection's validator, validationLevel and validationAction, hides or unhides
 * an index (the planner skips hidden indexes; they are still maintained and enforced), changes an index's
 * expireAfterSeconds, and a capped collection's cappedSize / cappedMax.
 */
import type { Document } from 'bson';
import { checkCappedMax, checkCappedSize, resetCapped } from '../storage/capped.js';
import { MongoCommandError } from './errors.js';
import { parseValidationSettings } from '../storage/validator.js';
import { isPlainObject } from '../storage/values.js';
import {
  collectionName,
  GENERIC_COMMAND_FIELDS,
  UNSUPPORTED_COLLECTION_OPTIONS,
  type CommandContext,
} from './context.js';

/** collMod's own options; everything else but the generic command fields is refused. */
const COLLMOD_FIELDS = new Set([
  'collMod',
  'validator',
  'validationLevel',
  'validationAction',
  'index',
  'cappedSize',
  'cappedMax',
]);

export function collMod(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const { command } = ctx;
  for (const field of Object.keys(command)) {
    if (!COLLMOD_FIELDS.has(field) && !GENERIC_COMMAND_FIELDS.has(field)) {
      const reason =
        UNSUPPORTED_COLLECTION_OPTIONS.includes(field) || field === 'expireAfterSeconds'
          ? 'NotImplemented'
          : 'Location40415';
      throw new MongoCommandError(
        reason,
        reason === 'NotImplemented'
          ? `collMod option '${field}' is not supported by the embedded engine`
          : `BSON field 'collMod.${field}' is an unknown field.`,
      );
    }
  }
  const collection = ctx.store.get(ctx.db, name);
  if (!collection) throw new MongoCommandError('NamespaceNotFound', `ns does not exist: ${ctx.db}.${name}`);

  // Parse everything before changing anything, so a refused collMod changes nothing.
  const changes: Document = { ...parseValidationSettings(command) };
  if (command.cappedSize !== undefined || command.cappedMax !== undefined) {
    if (!collection.options.capped) {
      throw new MongoCommandError('InvalidOptions', `collection ${collection.namespace} is not capped`);
    }
    if (command.cappedSize !== undefined) changes.size = checkCappedSize(command.cappedSize);
    if (command.cappedMax !== undefined) changes.max = checkCappedMax(command.cappedMax);
  }
  const reply: Document = {};
  let indexChange: { name: string; hidden?: boolean; expireAfterSeconds?: number } | undefined;
  if (command.index !== undefined) {
    const target = command.index as unknown;
    if (!isPlainObject(target)) {
      throw new MongoCommandError(
        'TypeMismatch',
        "BSON field 'collMod.index' is the wrong type, expected type 'object'",
      );
    }
    const index = collection
      .indexes()
      .find((candidate) =>
        typeof target.name === 'string'
          ? candidate.name === target.name
          : isPlainObject(target.keyPattern) &&
            JSON.stringify(candidate.spec.key) === JSON.stringify(target.keyPattern),
      );
    if (target.name === '_id_' || JSON.stringify(target.keyPattern) === JSON.stringify({ _id: 1 })) {
      throw new MongoCommandError('BadValue', "can't hide _id index");
    }
    if (!index) {
      const shown = typeof target.name === 'string' ? target.name : JSON.stringify(target.keyPattern);
      throw new MongoCommandError(
        'IndexNotFound',
        `cannot find index ${shown} for ns ${collection.namespace}`,
      );
    }
    if (target.hidden !== undefined && typeof target.hidden !== 'boolean') {
      throw new MongoCommandError(
        'TypeMismatch',
        "BSON field 'collMod.index.hidden' is the wrong type, expected type 'bool'",
      );
    }
    if (target.hidden === undefined && target.expireAfterSeconds === undefined) {
      throw new MongoCommandError('InvalidOptions', 'no expireAfterSeconds or hidden field');
    }
    if (target.expireAfterSeconds !== undefined) {
      throw new MongoCommandError(
        'NotImplemented',
        'collMod index expireAfterSeconds is not supported by the embedded engine',
      );
    }
    indexChange = { name: index.name, hidden: target.hidden };
  }

  if (Object.keys(changes).length > 0) {
    ctx.store.modifyOptions(collection, changes);
    resetCapped(collection);
  }
  if (indexChange?.hidden !== undefined) {
    const was = ctx.store.setIndexHidden(collection, indexChange.name, indexChange.hidden);
    reply.hidden_old = was;
    reply.hidden_new = indexChange.hidden;
  }
  return { ...reply, ok: 1 };
}
