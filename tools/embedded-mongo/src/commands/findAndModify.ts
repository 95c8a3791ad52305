/**
 * FindAndModify (findOneAndUpdate / findOneAndReplace / findOneAndDelete in the drivers). Selects one
 * document by filter and sort, then removes, updates or upserts it in the same synchronous step.
 */
import type { Document } from 'bson';
import { MongoCommandError } from './errors.js';
import { project } from '../query/projection.js';
import { selectDocuments } from '../query/select.js';
import { applyUpdate, buildUpsert, parseUpdate, sameDocument } from '../update/update.js';
import { parseCollation } from '../query/collation.js';
import { collectionName, optionalDocument, type CommandContext, type CommandHandler } from './context.js';

function projectOne(doc: Document | null, fields: Document | undefined, filter?: Document): Document | null {
  return doc ? (project([doc], fields, filter)[0] ?? null) : null;
}

function findAndModify(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const { command } = ctx;
  const filter = optionalDocument(command, 'query') ?? {};
  const sort = optionalDocument(command, 'sort');
  const fields = optionalDocument(command, 'fields');
  const remove = command.remove === true;
  const returnNew = command.new === true;
  const upsert = command.upsert === true;
  if (remove && command.update !== undefined) {
    throw new MongoCommandError('FailedToParse', 'Cannot specify both an update and remove=true');
  }
  if (!remove && command.update === undefined) {
    throw new MongoCommandError('FailedToParse', 'Either an update or remove=true must be specified');
  }
  if (remove && (upsert || returnNew)) {
    throw new MongoCommandError('FailedToParse', 'Cannot specify both upsert=true and remove=true');
  }
  const collection = remove ? ctx.store.get(ctx.db, name) : ctx.store.getOrCreate(ctx.db, name);
  const [found] = selectDocuments(collection, filter, {
    sort,
    limit: 1,
    collation: optionalDocument(command, 'collation'),
    variables: optionalDocument(command, 'let'),
    hint: command.hint,
  });

  if (remove) {
    if (!found || !collection) return { lastErrorObject: { n: 0 }, value: null, ok: 1 };
    collection.delete(found);
    return { lastErrorObject: { n: 1 }, value: projectOne(found, fields, filter), ok: 1 };
  }

  const spec = parseUpdate(command.update);
  const arrayFilters = command.arrayFilters as Document[] | undefined;
  if (!collection) throw new MongoCommandError('NamespaceNotFound', `ns ${ctx.db}.${name} does not exist`);
  // The command's collation, else the collection's default (MongoDB's rule), for the update itself too.
  const collation = parseCollation(optionalDocument(command, 'collation') ?? collection.options.collation);
  if (!found) {
    if (!upsert) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
    const doc = buildUpsert(filter, spec, arrayFilters, collation);
    collection.insert(doc, 'upsert');
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: doc._id as unknown },
      value: returnNew ? projectOne(doc, fields) : null,
      ok: 1,
    };
  }
  const next = applyUpdate(found, spec, { arrayFilters, filter, collation });
  if (!sameDocument(found, next)) collection.replace(found, next);
  return {
    lastErrorObject: { n: 1, updatedExisting: true },
    value: projectOne(returnNew ? next : found, fields, filter),
    ok: 1,
  };
}

export const findAndModifyCommands: Record<string, CommandHandler> = {
  findAndModify,
  findandmodify: findAndModify,
};
