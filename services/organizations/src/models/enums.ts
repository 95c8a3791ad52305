import type { OrganizationBasis, OrganizationKind } from '@kyodo/seed';

/** Enum values shared by the models and the resolvers; each list matches its GraphQL enum exactly. */
export { ACTIVITY_FIELDS, ORGANIZATION_KINDS, type ActivityField, type OrganizationKind } from '@kyodo/seed';

export const ORGANIZATION_BASES = ['TERRITORIAL', 'THEMATIC'] as const satisfies readonly OrganizationBasis[];

export const PERSON_ROLES = ['LEADER', 'COORDINATOR', 'ADVISOR'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

const TERRITORIAL_KINDS: ReadonlySet<OrganizationKind> = new Set<OrganizationKind>([
  'NEIGHBORHOOD_ASSOCIATION',
  'DISTRICT_COUNCIL',
  'COMMUNITY_GROUP',
  'EDUCATIONAL_INSTITUTION',
]);

/** 地縁型 or テーマ型 follows from the kind, so the two can never disagree. */
export function basisOf(kind: OrganizationKind): OrganizationBasis {
  return TERRITORIAL_KINDS.has(kind) ? 'TERRITORIAL' : 'THEMATIC';
}
