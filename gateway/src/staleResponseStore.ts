import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { LRUCache } from 'lru-cache';

/** Milliseconds on some monotonic clock (performance.now by default; tests pass their own). */
export type MonotonicClock = () => number;

/** How a stored answer stands now: fresh within its max-age, stale within its grace, else absent. */
export type Freshness = 'fresh' | 'stale' | 'absent';

interface Entry {
  body: string;
  maxAgeMs: number;
}

/**
 * The response cache's store: a bounded LRU (lru-cache, by serialized size) whose entries are fresh for their
 * max-age (the TTL the response cache plugin sets) and then stale for a grace of the same length, during which
 * get() still returns them so an answer can be served while one refresh runs in the background (see
 * plugins/responseCache.ts). Past max-age + grace an entry is gone: an answer is never older than twice its max-age.
 */
export class StaleResponseStore implements KeyValueCache<string> {
  private readonly lru: LRUCache<string, Entry>;

  constructor(maxBytes: number, now?: MonotonicClock) {
    this.lru = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length,
      // Stale entries are read on purpose (allowStale) and kept (noDeleteOnStaleGet) until their grace is over.
      allowStale: true,
      noDeleteOnStaleGet: true,
      ttlResolution: 0,
      ...(now ? { perf: { now } } : {}),
    });
  }

  async get(key: string): Promise<string | undefined> {
    return this.freshness(key) === 'absent' ? undefined : this.lru.get(key)?.body;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const maxAgeMs = (options?.ttl ?? 0) * 1000;
    // The plugin only stores cacheable answers (max-age > 0); an entry without a TTL would never go stale.
    if (!(maxAgeMs > 0)) return;
    this.lru.set(key, { body: value, maxAgeMs }, { ttl: maxAgeMs });
  }

  async delete(key: string): Promise<boolean> {
    return this.lru.delete(key);
  }

  /** Whether `key` is fresh, stale (past its max-age by no more than that max-age again) or absent. */
  freshness(key: string): Freshness {
    const entry = this.lru.peek(key);
    if (entry === undefined) return 'absent';
    const remaining = this.lru.getRemainingTTL(key);
    if (remaining > 0) return 'fresh';
    if (-remaining < entry.maxAgeMs) return 'stale';
    this.lru.delete(key);
    return 'absent';
  }
}
