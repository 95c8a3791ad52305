/**
 * Picks the server the conformance suite runs against: MONGODB_URI when set (so expectations are checked against a
 * real MongoDB), otherwise a fresh embedded engine. Each suite uses its own database and drops it afterwards.
 */
import { MongoClient, type Db } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../src/index.js';

export interface Target {
  uri: string;
  /** True when running against the embedded engine (engine-only tests use this). */
  embedded: boolean;
  client: MongoClient;
  db: Db;
  dbName: string;
  close(): Promise<void>;
}

let counter = 0;

/** For behaviour only the embedded engine has (MongoDB would accept what the engine refuses): skipped on MONGODB_URI. */
export const describeEngineOnly = process.env.MONGODB_URI ? describe.skip : describe;

export async function openTarget(label: string): Promise<Target> {
  const external = process.env.MONGODB_URI;
  let engine: EmbeddedMongo | undefined;
  const uri = external ?? (engine = await startEmbeddedMongo()).uri;
  counter += 1;
  const dbName = `conformance_${label}_${process.pid}_${counter}`;
  const client = await MongoClient.connect(uri);
  const db = client.db(dbName);
  return {
    uri,
    embedded: engine !== undefined,
    client,
    db,
    dbName,
    async close() {
      await db.dropDatabase();
      await client.close();
      await engine?.stop();
    },
  };
}
