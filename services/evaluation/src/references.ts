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
