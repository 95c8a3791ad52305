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
