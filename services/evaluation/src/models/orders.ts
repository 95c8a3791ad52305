/**
 * The orders of the lists (each an `orderBy` value of the SDL), with `_id` last as the keyset tie-breaker. The
 * models declare an index for each order under each filter path; the resolvers sort by the same objects.
 */
export const EVALUATION_ORDERS = {
  /** Newest fiscal year first, then newest first. */
  NEWEST: { fiscalYear: -1, createdAt: -1, _id: -1 },
  /** The reverse of NEWEST (served by the same indexes read backwards). */
  OLDEST: { fiscalYear: 1, createdAt: 1, _id: 1 },
  /** Highest overall rating first, then newest first. */
  HIGHEST_OVERALL: { overall: -1, createdAt: -1, _id: -1 },
  /** The reverse of HIGHEST_OVERALL: lowest first, then oldest first. */
  LOWEST_OVERALL: { overall: 1, createdAt: 1, _id: 1 },
} as const satisfies Record<string, Record<string, 1 | -1>>;
export type EvaluationOrder = keyof typeof EVALUATION_ORDERS;

export const INDICATOR_ORDERS = {
  /** By English name, A to Z. */
  NAME: { name: 1, _id: 1 },
  /** The most recently changed first. */
  RECENTLY_UPDATED: { updatedAt: -1, _id: -1 },
} as const satisfies Record<string, Record<string, 1 | -1>>;
export type IndicatorOrder = keyof typeof INDICATOR_ORDERS;
