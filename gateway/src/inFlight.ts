/**
 * Shares one pending promise among identical concurrent calls: while a call for `key` is in flight, another call
 * with the same key waits for the same result instead of starting its own. Nothing is kept once it settles, so
 * this is never a cache: a later call always starts afresh. (Hand-written: a Map of promises is all it takes.)
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  run(key: string, start: () => Promise<T>): Promise<T> {
    const existing = this.pending.get(key);
    if (existing) return existing;
    const promise = start().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.pending.size;
  }
}
