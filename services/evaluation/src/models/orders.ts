import type { SortOrder } from '@kyodo/service-kit';
import type { EvaluationOrder, IndicatorOrder, OrderDirection } from '../generated/graphql.js';

/**
 * The sort of each `orderBy` field of the SDL in the field's default direction, with `_id` last as the keyset
 * tie-breaker. The models declare an index for each under each filter path; the other direction reverses every key,
 * so the same index serves it read backwards.
 */
export const EVALUATION_ORDERS = {
  /** Newest fiscal year first, then newest first (the list's default). */
  FISCAL_YEAR: { fiscalYear: -1, createdAt: -1, _id: -1 },
  /** Highest overall rating first, then newest first. */
  OVERALL_SCORE: { overall: -1, createdAt: -1, _id: -1 },
} as const satisfies Record<EvaluationOrder['field'], Record<string, SortOrder>>;

export const INDICATOR_ORDERS = {
  /** By English name, A to Z (the list's default). */
  NAME: { name: 1, _id: 1 },
  /** The most recently changed first. */
  UPDATED_AT: { updatedAt: -1, _id: -1 },
} as const satisfies Record<IndicatorOrder['field'], Record<string, SortOrder>>;

/** The direction each field sorts in when `direction` is omitted (the first key of its sort). */
function defaultDirection(sort: Record<string, SortOrder>): OrderDirection {
  return Object.values(sort)[0] === 1 ? 'ASC' : 'DESC';
}

/** `sort` in the asked direction: the field's default keeps it, the other reverses every key. */
function directed(
  sort: Record<string, SortOrder>,
  direction: OrderDirection | null | undefined,
): Record<string, SortOrder> {
  if (!direction || direction === defaultDirection(sort)) return sort;
  return Object.fromEntries(Object.entries(sort).map(([path, order]) => [path, -order as SortOrder]));
}

/** The sort of evaluations(orderBy); without orderBy, newest fiscal year first, then newest first. */
export function evaluationSort(orderBy: EvaluationOrder | null | undefined): Record<string, SortOrder> {
  return directed(EVALUATION_ORDERS[orderBy?.field ?? 'FISCAL_YEAR'], orderBy?.direction);
}

/** The sort of indicators(orderBy); without orderBy, by name A to Z. */
export function indicatorSort(orderBy: IndicatorOrder | null | undefined): Record<string, SortOrder> {
  return directed(INDICATOR_ORDERS[orderBy?.field ?? 'NAME'], orderBy?.direction);
}
