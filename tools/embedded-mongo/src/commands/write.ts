/**
 * Insert, update and delete. Each statement runs synchronously from match to swap-in, so every
 * document write is atomic and concurrent $inc never lose an update; unique-index violations are reported in
 * writeErrors with the statement's index, stopping at the first error when the batch is ordered.
 */
import { ObjectId, type Document } from 'bson';
import type { Collection } from '../storage/collection.js';
import { MongoCommandError, toMongoError } from './errors.js';
import { selectDocuments } from '../query/select.js';
import { applyUpdate, buildUpsert, parseUpdate, sameDocument } from '../update/update.js';
import { parseCollation } from '../query/collation.js';
import { copyNumberKinds } from '../storage/numberTypes.js';
import { isPlainObject } from '../storage/values.js';
import {
  collectionName,
  documentArray,
  optionalDocument,
  type CommandContext,
  type CommandHandler,
} from './context.js';

interface WriteError {
  index: number;
  code: number;
  errmsg: string;
  [key: string]: unknown;
}

function writeError(index: number, error: unknown): WriteError {
  const mongoError = toMongoError(error);
  const { ok: _ok, ...rest } = mongoError.toDocument();
  return { index, ...(rest as { code: number; errmsg: string }) };
}

/** Runs statements in order; returns the write errors (stops at the first one when ordered). */
function runStatements<T>(
  statements: T[],
  ordered: boolean,
  run: (statement: T, index: number) => void,
): WriteError[] {
  const errors: WriteError[] = [];
  statements.forEach((statement, index) => {
    if (ordered && errors.length > 0) return;
    try {
      run(statement, index);
    } catch (error) {
      errors.push(writeError(index, error));
    }
  });
  return errors;
}

function withErrors(reply: Document, errors: WriteError[]): Document {
  if (errors.length > 0) reply.writeErrors = errors;
  return { ...reply, ok: 1 };
}

function insert(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const documents = documentArray(ctx.command, 'documents');
  const collection = ctx.store.getOrCreate(ctx.db, name);
  let n = 0;
  const errors = collection.insertBatch(() =>
    runStatements(documents, ctx.command.ordered !== false, (doc) => {
      // MongoDB stores _id as the first field.
      const id: unknown = doc._id;
      const stored = { _id: id === undefined ? new ObjectId() : id, ...doc };
      copyNumberKinds(doc, stored);
      if (Array.isArray(stored._id) || stored._id instanceof RegExp) {
        throw new MongoCommandError('BadValue', `can't use an array for _id`);
      }
      collection.insert(stored);
      n += 1;
    }),
  );
  return withErrors({ n }, errors);
}

export interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
}

/** One update statement; used by update and (with a single document) by findAndModify. */
export function updateStatement(
  collection: Collection,
  statement: Document,
  variables?: Document,
): UpdateOutcome {
  const filter = optionalDocument(statement, 'q') ?? {};
  const spec = parseUpdate(statement.u);
  const arrayFilters = statement.arrayFilters as Document[] | undefined;
  const multi = statement.multi === true;
  if (multi && spec.kind === 'replacement') {
    throw new MongoCommandError(
      'FailedToParse',
      'multi update is not supported for replacement-style update',
    );
  }
  const matches = selectDocuments(collection, filter, {
    limit: multi ? undefined : 1,
    sort: optionalDocument(statement, 'sort'),
    collation: optionalDocument(statement, 'collation'),
    variables,
    hint: statement.hint,
  });
  // The statement's collation, else the collection's default (MongoDB's rule), for the update itself too.
  const collation = parseCollation(optionalDocument(statement, 'collation') ?? collection.options.collation);
  if (matches.length === 0) {
    if (statement.upsert !== true) return { matched: 0, modified: 0 };
    const doc = buildUpsert(filter, spec, arrayFilters, collation);
    collection.insert(doc, 'upsert');
    return { matched: 0, modified: 0, upsertedId: doc._id };
  }
  // Validate every new version before storing any, so a multi-update that fails leaves nothing half-done.
  const changes: [Document, Document][] = [];
  for (const doc of matches) {
    const next = applyUpdate(doc, spec, { arrayFilters, filter, collation });
    if (!sameDocument(doc, next)) changes.push([doc, next]);
  }
  for (const [doc, next] of changes) collection.replace(doc, next);
  return { matched: matches.length, modified: changes.length };
}

function update(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const statements = documentArray(ctx.command, 'updates');
  const collection = ctx.store.getOrCreate(ctx.db, name);
  let n = 0;
  let nModified = 0;
  const upserted: Document[] = [];
  const errors = runStatements(statements, ctx.command.ordered !== false, (statement, index) => {
    const outcome = updateStatement(collection, statement, optionalDocument(ctx.command, 'let'));
    if (outcome.upsertedId !== undefined) {
      upserted.push({ index, _id: outcome.upsertedId });
      n += 1;
    } else {
      n += outcome.matched;
      nModified += outcome.modified;
    }
  });
  const reply: Document = { n, nModified };
  if (upserted.length > 0) reply.upserted = upserted;
  return withErrors(reply, errors);
}

function deleteCommand(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const statements = documentArray(ctx.command, 'deletes');
  const collection = ctx.store.get(ctx.db, name);
  let n = 0;
  const errors = runStatements(statements, ctx.command.ordered !== false, (statement) => {
    const filter = statement.q as unknown;
    if (!isPlainObject(filter))
      throw new MongoCommandError(
        'TypeMismatch',
        "BSON field 'delete.deletes.q' is missing or not an object",
      );
    const limit = statement.limit as unknown;
    if (limit !== 0 && limit !== 1) {
      throw new MongoCommandError(
        'FailedToParse',
        'The limit field in delete objects must be 0 or 1. Got ' + String(limit),
      );
    }
    if (!collection) return;
    const matches = selectDocuments(collection, filter, {
      limit: limit === 1 ? 1 : undefined,
      collation: optionalDocument(statement, 'collation'),
      variables: optionalDocument(ctx.command, 'let'),
      hint: statement.hint,
    });
    for (const doc of matches) collection.delete(doc);
    n += matches.length;
  });
  return withErrors({ n }, errors);
}

export const writeCommands: Record<string, CommandHandler> = { insert, update, delete: deleteCommand };
