/** Entities owned by the organizations subgraph, as funding holds them: by key only. */
export interface OrganizationReference {
  __typename?: 'Organization';
  id: string;
}

export interface DistrictReference {
  __typename?: 'District';
  code: string;
}
