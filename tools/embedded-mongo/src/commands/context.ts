/**
 * What every command handler receives, and small argument readers that reject bad input the way
 * MongoDB's IDL parser does (naming the field and the expected type).
 */
import type { Document } from 'bson';
import type { CursorRegistry } from './cursors.js';
import type { ServerParameters } from './parameters.js';
import type { ServerStats } from './serverStats.js';
import { MongoCommandError } from './errors.js';
import type { Store } from '../storage/store.js';
import { isPlainObject } from '../storage/values.js';

export interface ServerInfo {
  connectionId: number;
  host: string;
  port: number;
}

export interface CommandContext {
  store: Store;
  cursors: CursorRegistry;
  /** The command's $db. */
  db: string;
  command: Document;
  /** The command name as sent (first key). */
  name: string;
  server: ServerInfo;
  stats: ServerStats;
  parameters: ServerParameters;
}

export type CommandHandler = (ctx: CommandContext) => Document;

export function collectionName(ctx: CommandContext): string {
  const value = ctx.command[ctx.name] as unknown;
  if (typeof value !== 'string' || value.length === 0) {
    throw new MongoCommandError(
      'InvalidNamespace',
      `collection name has invalid type ${value === undefined ? 'missing' : typeof value}`,
    );
  }
  return value;
}

export function optionalDocument(command: Document, field: string): Document | undefined {
  const value = command[field] as unknown;
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    throw new MongoCommandError(
      'TypeMismatch',
      `BSON field '${field}' is the wrong type '${typeof value}', expected type 'object'`,
    );
  }
  return value;
}

export function optionalNumber(command: Document, field: string): number | undefined {
  const value = command[field] as unknown;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MongoCommandError(
      'TypeMismatch',
      `BSON field '${field}' is the wrong type '${typeof value}', expected a number`,
    );
  }
  return value;
}

export function nonNegative(command: Document, field: string): number | undefined {
  const value = optionalNumber(command, field);
  if (value !== undefined && value < 0) {
    throw new MongoCommandError('BadValue', `${field} value must be non-negative, but received: ${value}`);
  }
  return value;
}

export function documentArray(command: Document, field: string): Document[] {
  const value = command[field] as unknown;
  if (!Array.isArray(value)) {
    throw new MongoCommandError('TypeMismatch', `BSON field '${field}' is missing or is not an array`);
  }
  for (const item of value) {
    if (!isPlainObject(item)) {
      throw new MongoCommandError('TypeMismatch', `BSON field '${field}' must contain only objects`);
    }
  }
  return value as Document[];
}

/** Fields every command may carry (session, API version, routing) that are not options of the command itself. */
export const GENERIC_COMMAND_FIELDS: ReadonlySet<string> = new Set([
  'lsid',
  'txnNumber',
  '$db',
  '$readPreference',
  '$clusterTime',
  'writeConcern',
  'comment',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);

/** Collection options that need machinery the engine does not have (views, time series, clustered storage). */
export const UNSUPPORTED_COLLECTION_OPTIONS = [
  'viewOn',
  'pipeline',
  'timeseries',
  'clusteredIndex',
  'changeStreamPreAndPostImages',
  'encryptedFields',
];
