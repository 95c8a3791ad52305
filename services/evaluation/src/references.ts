import type { EntityReference } from '@kyodo/service-kit';

/**
 * References to entities other subgraphs own: evaluation stores only their keys and hands these to the gateway,
 * which resolves the rest in the owning subgraph. They are also the parents of the fields evaluation contributes.
 */
export type { DistrictReference, OrganizationReference } from '@kyodo/service-kit';
export type FacilityReference = EntityReference<'Facility'>;
export type AwardReference = EntityReference<'Award'>;
export type CollaborativeProjectReference = EntityReference<'CollaborativeProject'>;
export type SubjectReference =
  | Required<EntityReference<'Organization'>>
  | Required<FacilityReference>
  | Required<AwardReference>
  | Required<CollaborativeProjectReference>;

/** Which subgraph owns each kind of subject, and its entity type there: where a new evaluation's subject is checked. */
export const SUBJECT_OWNERS = {
  ORGANIZATION: { subgraph: 'organizations', typename: 'Organization' },
  FACILITY: { subgraph: 'facilities', typename: 'Facility' },
  AWARD: { subgraph: 'funding', typename: 'Award' },
  COLLABORATIVE_PROJECT: { subgraph: 'funding', typename: 'CollaborativeProject' },
} as const satisfies Record<string, { subgraph: string; typename: SubjectReference['__typename'] }>;
