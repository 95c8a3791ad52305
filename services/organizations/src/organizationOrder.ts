import type { SortOrder } from '@kyodo/service-kit';
import type { OrganizationOrder } from './generated/graphql.js';
import { ORGANIZATION_ORDER } from './organizationFilter.js';

/** Japanese collation (ICU `ja`): 五十音 order, hiragana and katakana together, voiced kana next to plain ones. */
export const JAPANESE = { locale: 'ja' } as const;

const PATHS = {
  NAME: 'name',
  NAME_KANA: 'nameKana',
  FOUNDED_ON: 'foundedOn',
  MEMBER_COUNT: 'memberCount',
} as const;

/** Fields whose strings compare under Japanese collation; the others are dates (YYYY-MM-DD) or numbers. */
const COLLATED = new Set<keyof typeof PATHS>(['NAME', 'NAME_KANA']);

export interface OrganizationSort {
  sort: Record<string, SortOrder>;
  collation: typeof JAPANESE | null;
}

/**
 * The sort of organizations(orderBy): the field, then _id in the same direction (so one index serves the page in
 * either direction). Without orderBy: the reading in code-point order, the indexed default lists have always had.
 */
export function organizationSort(orderBy: OrganizationOrder | null | undefined): OrganizationSort {
  if (!orderBy) return { sort: { ...ORGANIZATION_ORDER }, collation: null };
  const direction: SortOrder = orderBy.direction === 'DESC' ? -1 : 1;
  return {
    sort: { [PATHS[orderBy.field]]: direction, _id: direction },
    collation: COLLATED.has(orderBy.field) ? JAPANESE : null,
  };
}
