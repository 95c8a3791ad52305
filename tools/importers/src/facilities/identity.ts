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

/** The identity of a facility across files and imports. */
export function facilityKey(municipalityCode: string, normalisedNo: string): string {
  return `${municipalityCode}:${normalisedNo}`;
}
