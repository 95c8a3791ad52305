/**
 * References to entities other subgraphs own: evaluation stores only their keys and hands these to the gateway,
 * which resolves the rest in the owning subgraph. They are also the parents of the fields evaluation contributes.
 */
export interface OrganizationReference {
  __typename?: 'Organization';
  id: string;
}
export interface FacilityReference {
  __typename?: 'Facility';
  id: string;
}
export interface AwardReference {
  __typename?: 'Award';
  id: string;
}
export interface CollaborativeProjectReference {
  __typename?: 'CollaborativeProject';
  id: string;
}
export interface DistrictReference {
  __typename?: 'District';
  code: string;
}
export type SubjectReference =
  | Required<OrganizationReference>
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
