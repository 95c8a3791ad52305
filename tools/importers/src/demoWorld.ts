import { demoFunding, demoOrganizations, type DemoFunding, type DemoOrganization } from '@kyodo/seed';
import { readDistricts, type DistrictArea } from './districts/index.js';
import { demoFacilities, type DemoFacility } from './facilities/index.js';

export interface DemoWorld {
  districts: DistrictArea[];
  organizations: DemoOrganization[];
  facilities: DemoFacility[];
  funding: DemoFunding;
}

/**
 * The demo world every service seeds from, built in one place from Yaizu's open data and the deterministic
 * generators (never from another service's database), so every cross-service id matches.
 */
export async function loadDemoWorld(): Promise<DemoWorld> {
  const districts = await readDistricts();
  const organizations = demoOrganizations(districts);
  const facilities = await demoFacilities({ districts, organizations });
  const funding = demoFunding(organizations);
  return { districts, organizations, facilities, funding };
}
