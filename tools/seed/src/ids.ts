import { createHash } from 'node:crypto';

/**
 * A deterministic 24-hex-digit ObjectId string for a natural key, so that every service's seed refers to the
 * same organization, facility or award without reading another service's database.
 */
export function stableObjectIdHex(namespace: string, key: string): string {
  return createHash('sha1').update(`${namespace}\u0000${key}`).digest('hex').slice(0, 24);
}
