/** Who takes part in civic cooperation: the kinds of organization, their basis and the NPO Act's activity fields. */

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

/** 地縁型 (rooted in a place) or テーマ型 (formed around a cause). */
export const ORGANIZATION_BASES = ['TERRITORIAL', 'THEMATIC'] as const;
export type OrganizationBasis = (typeof ORGANIZATION_BASES)[number];

const TERRITORIAL_KINDS: ReadonlySet<OrganizationKind> = new Set<OrganizationKind>([
  'NEIGHBORHOOD_ASSOCIATION',
  'DISTRICT_COUNCIL',
  'COMMUNITY_GROUP',
  'EDUCATIONAL_INSTITUTION',
]);

/** The basis follows from the kind, so the two can never disagree. */
export function basisOf(kind: OrganizationKind): OrganizationBasis {
  return TERRITORIAL_KINDS.has(kind) ? 'TERRITORIAL' : 'THEMATIC';
}

/** The 20 activity fields of the NPO Act (特定非営利活動促進法 別表), in the Act's order. */
export const ACTIVITY_FIELDS = [
  'HEALTH_WELFARE',
  'SOCIAL_EDUCATION',
  'COMMUNITY_DEVELOPMENT',
  'TOURISM',
  'RURAL_DEVELOPMENT',
  'CULTURE_ARTS_SPORTS',
  'ENVIRONMENT',
  'DISASTER_RELIEF',
  'COMMUNITY_SAFETY',
  'HUMAN_RIGHTS_PEACE',
  'INTERNATIONAL_COOPERATION',
  'GENDER_EQUALITY',
  'CHILDREN',
  'INFORMATION_SOCIETY',
  'SCIENCE_TECHNOLOGY',
  'ECONOMIC_ACTIVITY',
  'EMPLOYMENT',
  'CONSUMER_PROTECTION',
  'NPO_SUPPORT',
  'ORDINANCE_DESIGNATED',
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

export interface Subcommittee {
  key: string;
  name: string;
  nameJa: string;
}

/** The 専門部会 every district council (地域づくり協議会) runs. */
export const COUNCIL_SUBCOMMITTEES: readonly Subcommittee[] = [
  { key: 'GENERAL_AFFAIRS', name: 'General affairs', nameJa: '総務部会' },
  { key: 'HEALTH_WELFARE', name: 'Health and welfare', nameJa: '保健福祉部会' },
  { key: 'SAFETY', name: 'Safety and security', nameJa: '安心・安全部会' },
  { key: 'LIVING_ENVIRONMENT', name: 'Living environment', nameJa: '生活環境部会' },
  { key: 'CULTURE_SPORTS', name: 'Culture and sports', nameJa: '文化・体育部会' },
];

/** What a person of the talent register (人材バンク) can do for organizations. */
export const PERSON_ROLES = ['LEADER', 'COORDINATOR', 'ADVISOR'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
