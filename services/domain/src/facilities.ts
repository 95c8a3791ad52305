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

/**
 * NO as an identity: publishers pad it ('0000010947') or not ('10947'), so a numeric NO is compared without
 * leading zeros. The written NO is kept separately; only the key is normalised. Non-numeric NOs are kept as they
 * are (after NFKC, so full-width digits and letters compare equal to ASCII).
 */
export function normaliseFacilityNo(no: string): string {
  const text = no.normalize('NFKC').trim();
  if (/^\d+$/.test(text)) return text.replace(/^0+(?=\d)/, '');
  return /^[0-9A-Za-z_-]+$/.test(text) ? text : '';
}
