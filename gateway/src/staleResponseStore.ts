import { LRUCache } from 'lru-cache';

/** Milliseconds on some monotonic clock (performance.now by default; tests pass their own). */
export type MonotonicClock = () => number;

/** How a stored answer stands now: fresh within its max-age, stale within its grace, else absent. */
export type Freshness = 'fresh' | 'stale' | 'absent';

/** A whole anonymous PUBLIC answer, kept as the bytes Apollo Server sent, so a hit is sent without a re-parse. */
export interface CachedAnswer {
  /** The serialized response (`{"data":...}` and a newline, as Apollo Server writes it). */
  body: Buffer;
  /** Seconds, from the response's cache policy. */
  maxAge: number;
  /** When it was stored, on the store's clock (for the `Age` header). */
  storedAt: number;
  /** The operation's resolved name (the request log line names it). */
  operationName: string | null;
  /** The operation's text, for the refresh of an answer asked for by a persisted query's hash alone. */
  source: string;
  /** The HTTP entity tag, computed the first time the answer is sent (express's own generator). */
  etag?: string;
}

/** A stored answer and how it stands. */
export interface Lookup {
  answer: CachedAnswer;
  freshness: 'fresh' | 'stale';
  /** Whole seconds since it was stored. */
  ageSeconds: number;
}

/**
 * The response cache's store: a bounded LRU (lru-cache, by serialized size) whose entries are fresh for their
 * max-age and then stale for a grace of the same length, during which get() still returns them so an answer can be
 * served while one refresh runs in the background (see plugins/responseCache.ts). Past max-age + grace an entry is
 * gone: an answer is never older than twice its max-age.
 */
export class StaleResponseStore {
  private readonly lru: LRUCache<string, CachedAnswer>;
  readonly now: MonotonicClock;

  constructor(maxBytes: number, now: MonotonicClock = () => performance.now()) {
    this.now = now;
    this.lru = new LRUCache<string, CachedAnswer>({
      maxSize: maxBytes,
      // The text counts too: a long query with a short answer must not slip past the bound.
      sizeCalculation: (answer, key) => answer.body.length + answer.source.length + key.length,
      // Stale entries are read on purpose (allowStale) and kept (noDeleteOnStaleGet) until their grace is over.
      allowStale: true,
      noDeleteOnStaleGet: true,
      ttlResolution: 0,
      perf: { now },
    });
  }

  /** The answer under `key` while fresh or stale; undefined when absent (and then it is dropped). */
  get(key: string): Lookup | undefined {
    const answer = this.lru.get(key);
    if (answer === undefined) return undefined;
    const remaining = this.lru.getRemainingTTL(key);
    const maxAgeMs = answer.maxAge * 1000;
    if (remaining <= 0 && -remaining >= maxAgeMs) {
      this.lru.delete(key);
      return undefined;
    }
    const ageSeconds = Math.max(0, Math.round((this.now() - answer.storedAt) / 1000));
    return { answer, freshness: remaining > 0 ? 'fresh' : 'stale', ageSeconds };
  }

  /** Stores an answer for its max-age (then its grace); an answer with no max-age is not kept. */
  set(key: string, answer: Omit<CachedAnswer, 'storedAt'>): void {
    if (!(answer.maxAge > 0)) return;
    this.lru.set(key, { ...answer, storedAt: this.now() }, { ttl: answer.maxAge * 1000 });
  }

  /** Whether `key` is fresh, stale (past its max-age by no more than that max-age again) or absent. */
  freshness(key: string): Freshness {
    return this.get(key)?.freshness ?? 'absent';
  }

  /** Drops every answer (a new supergraph: answers were validated and planned against the old one). */
  clear(): void {
    this.lru.clear();
  }
}
