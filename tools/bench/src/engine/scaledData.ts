/**
 * Demo data at 1x, 10x and 100x, deterministic: the services' own seeds fill one set of databases (1x), and copy k
 * of every document is a neighbouring town: its ObjectIds remapped (references stay consistent inside the copy),
 * district codes and unique string keys suffixed with `~k`, and every GeoJSON coordinate shifted onto the k-th tile
 * of a 10 x 10 grid 0.6 degrees apart. A query about Yaizu therefore finds the same answer at every scale, while the
 * collections it reads grow: what grows with them is the engine's cost, not the result.
 */
import { createHash } from 'node:crypto';
import { ObjectId, type Db, type Document, type IndexDescriptionInfo } from 'mongodb';

const TILE_DEGREES = 0.6;

/** Per copy (1..; copy 0 is the original itself), the 12 bytes its ObjectIds are XORed with. */
const copyMasks = new Map<number, Uint8Array>();

function maskOf(copy: number): Uint8Array {
  let mask = copyMasks.get(copy);
  if (!mask) {
    mask = createHash('sha256').update(`kyodo bench copy ${copy}`).digest().subarray(0, 12);
    copyMasks.set(copy, mask);
  }
  return mask;
}

/**
 * An id's image in copy `copy`: the id XOR a pseudo-random mask of the copy. XOR by one mask is one-to-one, so ids
 * stay distinct inside a copy and references stay consistent; two copies collide only if two ids differ by exactly
 * the XOR of their masks (96 pseudo-random bits). A hash per id (sha256 before) cost more than the engine's insert.
 */
function remapId(id: ObjectId, copy: number): ObjectId {
  const mask = maskOf(copy);
  const bytes = new Uint8Array(12);
  const source = id.id;
  for (let i = 0; i < 12; i++) bytes[i] = (source[i] as number) ^ (mask[i] as number);
  return new ObjectId(bytes);
}

function isGeometry(value: Record<string, unknown>): boolean {
  return typeof value.type === 'string' && Array.isArray(value.coordinates);
}

function shiftCoordinates(coordinates: unknown, dx: number, dy: number): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    return [coordinates[0] + dx, (coordinates[1] as number) + dy, ...(coordinates.slice(2) as unknown[])];
  }
  return Array.isArray(coordinates) ? coordinates.map((c) => shiftCoordinates(c, dx, dy)) : coordinates;
}

/** Copy `copy` (1..) of a value: see the file comment for what changes. */
export function copyValue(value: unknown, copy: number, suffixed: ReadonlySet<string>, key = ''): unknown {
  if (value instanceof ObjectId) return remapId(value, copy);
  if (typeof value === 'string' && suffixed.has(key)) return `${value}~${copy}`;
  if (Array.isArray(value)) return value.map((item) => copyValue(item, copy, suffixed, key));
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (isGeometry(object)) {
    const dx = (copy % 10) * TILE_DEGREES;
    const dy = Math.floor(copy / 10) * TILE_DEGREES;
    return { ...object, coordinates: shiftCoordinates(object.coordinates, dx, dy) };
  }
  if (object.constructor !== Object) return value; // other BSON values (Decimal128, Long, Binary) as they are
  const out: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(object)) out[field] = copyValue(item, copy, suffixed, field);
  return out;
}

/** A collection's indexes, typed: the driver's ListIndexesCursor is an AbstractCursor of any. */
async function indexesOf(db: Db, collection: string): Promise<IndexDescriptionInfo[]> {
  const indexes: unknown[] = await db.collection(collection).listIndexes().toArray();
  return indexes as IndexDescriptionInfo[];
}

/** Fields to suffix in a collection: district codes and the string fields of its unique indexes. */
async function suffixedFields(db: Db, collection: string): Promise<Set<string>> {
  const fields = new Set(['districtCode', 'code']);
  for (const index of await indexesOf(db, collection)) {
    if (index.unique && index.name !== '_id_') for (const field of Object.keys(index.key)) fields.add(field);
  }
  return fields;
}

/** Fills `target` with `factor` copies of every collection of `source` (indexes first, so inserts maintain them). */
export async function scaleDatabase(source: Db, target: Db, factor: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name } of await source.listCollections({}, { nameOnly: true }).toArray()) {
    const indexes = (await indexesOf(source, name)).filter((i) => i.name !== '_id_');
    await target.createCollection(name);
    if (indexes.length > 0) {
      await target
        .collection(name)
        .createIndexes(indexes.map(({ v: _v, ns: _ns, ...spec }) => spec as never));
    }
    const docs = await source.collection(name).find({}).toArray();
    const suffixed = await suffixedFields(source, name);
    const batch: Document[] = [];
    for (let copy = 0; copy < factor; copy++) {
      for (const doc of docs) {
        batch.push(copy === 0 ? doc : (copyValue(doc, copy, suffixed) as Document));
        if (batch.length === 1000) await target.collection(name).insertMany(batch.splice(0));
      }
    }
    if (batch.length > 0) await target.collection(name).insertMany(batch.splice(0));
    counts[name] = docs.length * factor;
  }
  return counts;
}
