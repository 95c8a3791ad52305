import type { OrganizationKind } from '@kyodo/domain';

/** Entities owned by the organizations subgraph, as funding holds them: by key only. */
export interface OrganizationReference {
  __typename?: 'Organization';
  id: string;
  /** Present when the gateway resolved it from the organizations subgraph for a field that @requires it. */
  kind?: OrganizationKind;
  /** Likewise: the organization's district (null for a city-wide organization). */
  district?: { code: string } | null;
}

export interface DistrictReference {
  __typename?: 'District';
  code: string;
}
