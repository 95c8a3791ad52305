/**
 * Catalog commands (collections, databases, indexes).
 */
import { BSON, type Document } from 'bson';
import { MongoCommandError } from './errors.js';
import { collationDocument, parseCollation } from '../query/collation.js';
import { compileFilter } from '../query/query.js';
import { ID_INDEX_SPEC, type Collection } from '../storage/collection.js';
import {
  collectionName,
  documentArray,
  optionalDocument,
  type CommandContext,
  type CommandHandler,
  GENERIC_COMMAND_FIELDS,
  UNSUPPORTED_COLLECTION_OPTIONS,
} from './context.js';
import { isPlainObject } from '../storage/values.js';
import { parseCappedOptions } from '../storage/capped.js';
import { parseValidationSettings } from '../storage/validator.js';
import { collMod } from './collMod.js';

function create(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  for (const option of UNSUPPORTED_COLLECTION_OPTIONS) {
    if (ctx.command[option] !== undefined && ctx.command[option] !== false) {
      throw new MongoCommandError(
        'NotImplemented',
        `create option '${option}' is not supported by the embedded engine`,
      );
    }
  }
  const options: Document = {};
  for (const [key, value] of Object.entries<unknown>(ctx.command))
    if (key !== 'create' && !GENERIC_COMMAND_FIELDS.has(key)) options[key] = value;
  // Checked here so a bad validator or cap fails the create, as in MongoDB, instead of the first write.
  delete options.capped;
  delete options.size;
  delete options.max;
  Object.assign(options, parseCappedOptions(ctx.command), parseValidationSettings(ctx.command));
  // A default collation is validated and stored with MongoDB's defaults filled in; 'simple' is no collation.
  if (options.collation !== undefined) {
    const collation = parseCollation(options.collation);
    if (collation) options.collation = collationDocument(collation);
    else delete options.collation;
  }
  ctx.store.create(ctx.db, name, options);
  return { ok: 1 };
}

function drop(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const collection = ctx.store.get(ctx.db, name);
  const nIndexesWas = collection ? collection.indexSpecs().length : 0;
  ctx.store.drop(ctx.db, name);
  return collection ? { nIndexesWas, ns: `${ctx.db}.${name}`, ok: 1 } : { ok: 1 };
}

function dropDatabase(ctx: CommandContext): Document {
  ctx.store.dropDatabase(ctx.db);
  return { dropped: ctx.db, ok: 1 };
}

function listCollections(ctx: CommandContext): Document {
  const infos = ctx.store.collections(ctx.db).map((collection) => ({
    name: collection.name,
    type: 'collection',
    options: collection.options,
    info: { readOnly: false },
    idIndex: ID_INDEX_SPEC,
  }));
  const docs = filterDocuments(infos, optionalDocument(ctx.command, 'filter'));
  const shown =
    ctx.command.nameOnly === true
      ? docs.map((info) => ({ name: info.name as unknown, type: info.type as unknown }))
      : docs;
  const cursor = optionalDocument(ctx.command, 'cursor');
  return ctx.cursors.start(`${ctx.db}.$cmd.listCollections`, shown, cursor?.batchSize as number | undefined);
}

/** Filters catalog entries (listCollections, listDatabases) with a MongoDB filter. */
function filterDocuments(docs: Document[], filter: Document | undefined): Document[] {
  const matcher = compileFilter(filter);
  return docs.filter((doc) => matcher.test(doc));
}

/** BSON bytes of a collection's documents: the engine's "data size" (it has no separate storage size). */
function dataSize(collection: Collection): number {
  return collection.all().reduce((sum, doc) => sum + BSON.calculateObjectSize(doc), 0);
}

function listDatabases(ctx: CommandContext): Document {
  const databases = ctx.store.databaseNames().map((name) => {
    const sizeOnDisk = ctx.store
      .collections(name)
      .reduce((total, collection) => total + dataSize(collection), 0);
    return { name, sizeOnDisk, empty: sizeOnDisk === 0 };
  });
  const shown = filterDocuments(databases, optionalDocument(ctx.command, 'filter'));
  if (ctx.command.nameOnly === true)
    return { databases: shown.map((db) => ({ name: db.name as unknown })), ok: 1 };
  return {
    databases: shown,
    totalSize: shown.reduce((sum, db) => sum + (db.sizeOnDisk as number), 0),
    ok: 1,
  };
}

/** Compass and mongosh show these figures; sizes are the documents' BSON size, indexes are not measured. */
function dbStats(ctx: CommandContext): Document {
  const collections = ctx.store.collections(ctx.db);
  const objects = collections.reduce((sum, collection) => sum + collection.size, 0);
  const size = collections.reduce((sum, collection) => sum + dataSize(collection), 0);
  return {
    db: ctx.db,
    collections: collections.length,
    views: 0,
    objects,
    avgObjSize: objects === 0 ? 0 : size / objects,
    dataSize: size,
    storageSize: size,
    indexes: collections.reduce((sum, collection) => sum + collection.indexSpecs().length, 0),
    indexSize: 0,
    totalSize: size,
    scaleFactor: 1,
    ok: 1,
  };
}

function createIndexes(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const specs = documentArray(ctx.command, 'indexes');
  if (specs.length === 0)
    throw new MongoCommandError('BadValue', 'Must specify at least one index to create');
  const existed = ctx.store.get(ctx.db, name) !== undefined;
  const collection = ctx.store.getOrCreate(ctx.db, name);
  const numIndexesBefore = collection.indexSpecs().length;
  if (collection.options.capped && specs.some((spec) => spec.expireAfterSeconds !== undefined)) {
    throw new MongoCommandError('CannotCreateIndex', 'Cannot create TTL index on a capped collection');
  }
  // All or nothing, as in MongoDB: a failing spec undoes the ones built before it in this command.
  const created: string[] = [];
  try {
    for (const spec of specs) {
      const name = collection.createIndex(spec);
      if (name) created.push(name);
    }
  } catch (error) {
    for (const name of created) collection.dropIndex(name);
    throw error;
  }
  const reply: Document = {
    numIndexesBefore,
    numIndexesAfter: collection.indexSpecs().length,
    createdCollectionAutomatically: !existed,
  };
  if (created.length === 0) reply.note = 'all indexes already exist';
  return { ...reply, ok: 1 };
}

function listIndexes(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const collection = ctx.store.get(ctx.db, name);
  if (!collection) throw new MongoCommandError('NamespaceNotFound', `ns does not exist: ${ctx.db}.${name}`);
  const cursor = optionalDocument(ctx.command, 'cursor');
  return ctx.cursors.start(
    `${ctx.db}.${name}`,
    collection.indexSpecs(),
    cursor?.batchSize as number | undefined,
  );
}

function dropIndexes(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const collection = ctx.store.get(ctx.db, name);
  if (!collection) throw new MongoCommandError('NamespaceNotFound', `ns not found ${ctx.db}.${name}`);
  const nIndexesWas = collection.indexSpecs().length;
  const target = ctx.command.index as unknown;
  if (Array.isArray(target)) {
    // All named indexes must exist before any is dropped, as in MongoDB.
    const names = new Set(collection.indexSpecs().map((spec) => spec.name));
    for (const item of target) {
      if (typeof item !== 'string') {
        throw new MongoCommandError(
          'TypeMismatch',
          "BSON field 'dropIndexes.index' must contain only strings",
        );
      }
      if (item === '_id_') throw new MongoCommandError('InvalidOptions', 'cannot drop _id index');
      if (!names.has(item))
        throw new MongoCommandError('IndexNotFound', `index not found with name [${item}]`);
    }
    for (const item of target as string[]) collection.dropIndex(item);
  } else if (typeof target === 'string' || isPlainObject(target)) {
    collection.dropIndex(target);
  } else {
    throw new MongoCommandError(
      'TypeMismatch',
      "BSON field 'dropIndexes.index' must be a string, object or array",
    );
  }
  return { nIndexesWas, ok: 1 };
}

export const catalogCommands: Record<string, CommandHandler> = {
  create,
  collMod,
  drop,
  dropDatabase,
  listCollections,
  listDatabases,
  dbStats,
  createIndexes,
  listIndexes,
  dropIndexes,
};
