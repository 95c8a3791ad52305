import { readDistricts } from '@kyodo/importers';
import { demoOrganizations, type FundingApplicantSource } from '@kyodo/seed';

/**
 * The demo organizations funding's seed refers to, from the same deterministic generator the organizations service
 * seeds from (never from its database). demoFunding reads only their id, kind, district and whether they are active.
 */
export async function loadFundingApplicants(): Promise<FundingApplicantSource[]> {
  return demoOrganizations(await readDistricts());
}
