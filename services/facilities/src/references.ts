/** Entities owned by the organizations subgraph, returned as references for the router to resolve. */
export interface OrganizationReference {
  __typename?: 'Organization';
  id: string;
}

export interface DistrictReference {
  __typename?: 'District';
  code: string;
}

export function organizationReference(id: unknown): OrganizationReference {
  return { __typename: 'Organization', id: String(id) };
}

export function districtReference(code: string): DistrictReference {
  return { __typename: 'District', code };
}
