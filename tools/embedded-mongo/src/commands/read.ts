/**
 * Read commands (find, getMore, killCursors, count, distinct) on top of the shared read path.
 */
import type { Document } from 'bson';
import { MongoCommandError } from './errors.js';
import { selectDocuments } from '../query/select.js';
import { distinctValues } from '../query/distinct.js';
import {
  collectionName,
  nonNegative,
  optionalDocument,
  optionalNumber,
  type CommandContext,
  type CommandHandler,
} from './context.js';

/** find options that change results and that the engine does not implement. */
const UNSUPPORTED_FIND_OPTIONS = [
  'min',
  'max',
  'returnKey',
  'showRecordId',
  'tailable',
  'awaitData',
  'oplogReplay',
];

function find(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const { command } = ctx;
  for (const option of UNSUPPORTED_FIND_OPTIONS) {
    if (command[option] !== undefined && command[option] !== false) {
      throw new MongoCommandError(
        'NotImplemented',
        `find option '${option}' is not supported by the embedded engine`,
      );
    }
  }
  const limit = optionalNumber(command, 'limit');
  const batchSize = nonNegative(command, 'batchSize');
  const docs = selectDocuments(ctx.store.get(ctx.db, name), optionalDocument(command, 'filter'), {
    sort: optionalDocument(command, 'sort'),
    projection: optionalDocument(command, 'projection'),
    skip: nonNegative(command, 'skip'),
    limit,
    collation: optionalDocument(command, 'collation'),
    variables: optionalDocument(command, 'let'),
    hint: command.hint,
  });
  // A negative limit (legacy) or singleBatch means: one batch, no cursor left open.
  const singleBatch = command.singleBatch === true || (limit !== undefined && limit < 0);
  const firstBatchSize = singleBatch && limit ? Math.abs(limit) : batchSize;
  return ctx.cursors.start(`${ctx.db}.${name}`, docs, firstBatchSize, singleBatch);
}

function getMore(ctx: CommandContext): Document {
  const collection = ctx.command.collection as unknown;
  if (typeof collection !== 'string') {
    throw new MongoCommandError(
      'TypeMismatch',
      "BSON field 'getMore.collection' is missing but a required field",
    );
  }
  if (ctx.command.maxTimeMS !== undefined) {
    // What MongoDB answers: a getMore's own maxTimeMS is only for awaitData cursors (which the engine does not
    // have); the find's maxTimeMS covers the query's work, which the engine does entirely before the first batch.
    throw new MongoCommandError(
      'BadValue',
      'cannot set maxTimeMS on getMore command for a non-awaitData cursor',
    );
  }
  return ctx.cursors.more(
    ctx.command.getMore,
    `${ctx.db}.${collection}`,
    nonNegative(ctx.command, 'batchSize'),
  );
}

function killCursors(ctx: CommandContext): Document {
  const ids = ctx.command.cursors as unknown;
  if (!Array.isArray(ids))
    throw new MongoCommandError('TypeMismatch', "BSON field 'killCursors.cursors' must be an array");
  const { cursorsKilled, cursorsNotFound } = ctx.cursors.kill(ids);
  return { cursorsKilled, cursorsNotFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
}

function count(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const docs = selectDocuments(ctx.store.get(ctx.db, name), optionalDocument(ctx.command, 'query'), {
    skip: nonNegative(ctx.command, 'skip'),
    limit: optionalNumber(ctx.command, 'limit'),
    collation: optionalDocument(ctx.command, 'collation'),
    hint: ctx.command.hint,
  });
  return { n: docs.length, ok: 1 };
}

function distinct(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const key = ctx.command.key as unknown;
  if (typeof key !== 'string')
    throw new MongoCommandError('TypeMismatch', "BSON field 'distinct.key' is missing or not a string");
  const collection = ctx.store.get(ctx.db, name);
  const collation = optionalDocument(ctx.command, 'collation');
  const docs = selectDocuments(collection, optionalDocument(ctx.command, 'query'), { collation });
  return { values: distinctValues(collection, docs, key, collation), ok: 1 };
}

export const readCommands: Record<string, CommandHandler> = { find, getMore, killCursors, count, distinct };
