import { readDistricts } from '@kyodo/importers';
import { demoOrganizations, type FundingApplicantSource } from '@kyodo/seed';

/**
 * The demo organizations funding's seed refers to, from the same deterministic generator the organizations service
 * seeds from (never from its database): Yaizu's districts, then @kyodo/seed's demoOrganizations.
 */
export async function loadFundingApplicants(): Promise<FundingApplicantSource[]> {
  const organizations = demoOrganizations(await readDistricts());
  return organizations.map(({ id, kind, districtCode, active }) => ({ id, kind, districtCode, active }));
}
