/** Enum values shared by several models; they match the GraphQL enums of the same names exactly. */
export const ORGANIZATION_KINDS = [
  'NEIGHBORHOOD_ASSOCIATION',
  'DISTRICT_COUNCIL',
  'COMMUNITY_GROUP',
  'NPO_CORPORATION',
  'CIVIC_GROUP',
  'BUSINESS',
  'EDUCATIONAL_INSTITUTION',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
