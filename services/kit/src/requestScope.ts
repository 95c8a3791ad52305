import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the kit knows about the request being served, reachable from any code it runs (mongoose middleware included)
 * without being passed down: resolvers cannot forget to hand it on.
 */
export interface RequestScope {
  /** Epoch milliseconds after which nobody waits for the answer any more. */
  deadline: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it starts, synchronously or not) inside `scope`. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The scope of the request being served; undefined outside one (startup, seeding, tests calling models directly). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
