import type { SortOrder } from '@kyodo/service-kit';
import type { ApplicationOrder, AwardOrder } from './generated/graphql.js';

const APPLICATION_PATHS = {
  CREATED_AT: 'createdAt',
  SUBMITTED_AT: 'submittedAt',
  REQUESTED_AMOUNT: 'requestedAmount',
} as const;

const AWARD_PATHS = { AWARDED_ON: 'awardedOn', AMOUNT: 'amount' } as const;

function directionOf(order: { direction?: 'ASC' | 'DESC' | null } | null | undefined): SortOrder {
  return order?.direction === 'ASC' ? 1 : -1;
}

/**
 * The sort of applications(orderBy): the field, then _id in the same direction, so one index serves the list either
 * way. Without orderBy: newest first, as the list has always been.
 */
export function applicationSort(orderBy: ApplicationOrder | null | undefined): Record<string, SortOrder> {
  const direction = directionOf(orderBy);
  return { [APPLICATION_PATHS[orderBy?.field ?? 'CREATED_AT']]: direction, _id: direction };
}

/** The sort of Organization.awardsConnection(orderBy); without orderBy, the newest award first. */
export function awardSort(orderBy: AwardOrder | null | undefined): Record<string, SortOrder> {
  const direction = directionOf(orderBy);
  return { [AWARD_PATHS[orderBy?.field ?? 'AWARDED_ON']]: direction, _id: direction };
}
