import type { SortOrder } from '@kyodo/service-kit';
import type { FacilityOrder } from './generated/graphql.js';

/**
 * The sort of each Query.facilities order, _id last so every position is unique (a cursor names one). Each has its
 * index on the facilities collection (see models/Facility.ts); DESC reverses every key, so the same index serves
 * it read backwards.
 */
const ORDERS: Record<FacilityOrder['field'], Record<string, SortOrder>> = {
  NAME: { name: 1, _id: 1 },
  KANA: { nameKana: 1, _id: 1 },
  KIND: { kind: 1, nameKana: 1, _id: 1 },
  CREATED_AT: { createdAt: 1, _id: 1 },
};

export function facilitySort(order: FacilityOrder | null | undefined): Record<string, SortOrder> {
  const sort = ORDERS[order?.field ?? 'KANA'];
  if (order?.direction !== 'DESC') return sort;
  return Object.fromEntries(Object.entries(sort).map(([path, direction]) => [path, -direction as SortOrder]));
}
