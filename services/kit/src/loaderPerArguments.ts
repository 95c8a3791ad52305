/**
 * A loader per distinct argument set of a field (one per fiscal year, per filter, per projection), created on first
 * use within a request. Each argument set still batches: `District.organizations(first: 5)` on all 35 districts is
 * one query, and a second alias with other arguments is one more, not 35.
 *
 * `keyOf` says when two argument sets are the same; by default their canonical JSON (object keys sorted, a null or
 * undefined argument left out, dates as ISO strings), so `{ fiscalYear: 2025 }` and `{ fiscalYear: 2025, type: null }`
 * share one.
 */
export function loaderPerArguments<A, L>(
  create: (args: A) => L,
  keyOf: (args: A) => string = canonicalKey,
): (args: A) => L {
  const loaders = new Map<string, L>();
  return (args) => {
    const key = keyOf(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/**
 * Canonical JSON of arguments: the same for the same values whatever the key order, and an argument given as null
 * the same as one left out (as GraphQL resolvers see nullable arguments).
 */
export function canonicalKey(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, nested: unknown) => {
    if (nested === null || typeof nested !== 'object' || Array.isArray(nested)) return nested;
    return Object.fromEntries(
      Object.entries(nested as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}
