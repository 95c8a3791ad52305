/** The kinds of public facility (identical in every subgraph's SDL that names them). */
export const FACILITY_KINDS = [
  'COMMUNITY_CENTER',
  'DISTRICT_HALL',
  'CIVIC_HALL',
  'COMMUNITY_EXCHANGE_CENTER',
  'CIVIC_ACTIVITY_CENTER',
  'SCHOOL_FACILITY',
  'CHILDREN_CULTURE_CENTER',
  'MEETING_FACILITY',
  'SPORTS_FACILITY',
  'LIBRARY',
  'OTHER',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];
