/**
 * References to entities another subgraph owns. A service stores only their keys and returns these for the gateway
 * to resolve in the owning subgraph; they are also the parents of the fields a service contributes to them.
 */
export type EntityReference<Typename extends string, Key extends string = 'id'> = {
  __typename?: Typename;
} & { [K in Key]: string };

export type OrganizationReference = EntityReference<'Organization'>;
export type DistrictReference = EntityReference<'District', 'code'>;

/** `{ __typename, id }` for an entity keyed by id; the id may be an ObjectId, stored as the owner's hex string. */
export function entityReference<Typename extends string>(
  typename: Typename,
  id: unknown,
): Required<EntityReference<Typename>> {
  return { __typename: typename, id: String(id) };
}

export function organizationReference(id: unknown): Required<OrganizationReference> {
  return entityReference('Organization', id);
}

export function districtReference(code: string): Required<DistrictReference> {
  return { __typename: 'District', code };
}
