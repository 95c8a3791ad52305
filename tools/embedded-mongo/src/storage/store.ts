/**
 * The catalog of databases and collections. Collections are created implicitly on first write, as in
 * MongoDB. Changes made while a command runs are collected so the server can journal them before replying.
 */
import type { Document } from 'bson';
import { Collection, type ChangeRecord } from './collection.js';
import { MongoCommandError } from '../commands/errors.js';

export class Store {
  private readonly databases = new Map<string, Map<string, Collection>>();
  private pending: ChangeRecord[] = [];
  /** Set while replaying the journal so replayed changes are not journaled again. */
  private recording = true;

  /** Changes since the last call (one command's worth when called after each command). */
  takeChanges(): ChangeRecord[] {
    const changes = this.pending;
    this.pending = [];
    return changes;
  }

  withoutRecording<T>(fn: () => T): T {
    this.recording = false;
    try {
      return fn();
    } finally {
      this.recording = true;
    }
  }

  private readonly emit = (record: ChangeRecord): void => {
    if (this.recording) this.pending.push(record);
  };

  databaseNames(): string[] {
    return [...this.databases.keys()];
  }

  collections(db: string): Collection[] {
    return [...(this.databases.get(db)?.values() ?? [])];
  }

  get(db: string, name: string): Collection | undefined {
    return this.databases.get(db)?.get(name);
  }

  /** Returns the collection, creating it (and its database) when missing. */
  getOrCreate(db: string, name: string, options: Document = {}): Collection {
    return this.get(db, name) ?? this.create(db, name, options);
  }

  create(db: string, name: string, options: Document = {}): Collection {
    validateNamespace(db, name);
    if (this.get(db, name)) {
      throw new MongoCommandError('NamespaceExists', `Collection ${db}.${name} already exists.`);
    }
    let collections = this.databases.get(db);
    if (!collections) {
      collections = new Map();
      this.databases.set(db, collections);
    }
    const collection = new Collection(db, name, options, this.emit);
    collections.set(name, collection);
    this.emit({ op: 'createCollection', db, coll: name, options });
    return collection;
  }

  /** collMod: replaces the given option fields (undefined removes one) and journals the resulting options. */
  modifyOptions(collection: Collection, changes: Document): void {
    for (const [key, value] of Object.entries<unknown>(changes)) {
      if (value === undefined) delete collection.options[key];
      else collection.options[key] = value;
    }
    this.emit({ op: 'setOptions', db: collection.db, coll: collection.name, options: collection.options });
  }

  /** collMod index hiding; returns the previous setting. */
  setIndexHidden(collection: Collection, name: string, hidden: boolean): boolean {
    const index = collection.indexes().find((candidate) => candidate.name === name);
    if (!index)
      throw new MongoCommandError(
        'IndexNotFound',
        `cannot find index ${name} for ns ${collection.namespace}`,
      );
    const was = index.spec.hidden === true;
    if (hidden) index.spec.hidden = true;
    else delete index.spec.hidden;
    this.emit({ op: 'setIndexHidden', db: collection.db, coll: collection.name, name, hidden });
    return was;
  }

  drop(db: string, name: string): boolean {
    const collections = this.databases.get(db);
    if (!collections?.delete(name)) return false;
    if (collections.size === 0) this.databases.delete(db);
    this.emit({ op: 'dropCollection', db, coll: name });
    return true;
  }

  dropDatabase(db: string): void {
    if (!this.databases.delete(db)) return;
    this.emit({ op: 'dropDatabase', db });
  }
}

function validateNamespace(db: string, name: string): void {
  if (!db || /[/\\. "$\0]/.test(db))
    throw new MongoCommandError('InvalidNamespace', `Invalid database name: '${db}'`);
  if (!name || name.includes('$') || name.includes('\0') || name.startsWith('.')) {
    throw new MongoCommandError('InvalidNamespace', `Invalid collection name: ${name}`);
  }
}
