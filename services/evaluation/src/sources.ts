import { demoFacilities, readDistricts } from '@kyodo/importers';
import { demoFunding, demoOrganizations, type EvaluationSources } from '@kyodo/seed';

/**
 * The demo world evaluation's seed refers to, built from the same deterministic generators the other services seed
 * from (never from their databases), with the same arguments, so every id matches: Yaizu's districts, the demo
 * organizations, the imported facilities, and funding's awards and collaborative projects.
 */
export async function loadEvaluationSources(): Promise<EvaluationSources> {
  const districts = await readDistricts();
  const organizations = demoOrganizations(districts);
  const facilities = await demoFacilities({ districts, organizations });
  // Funding seeds from the organizations' id, kind, district and whether they are active.
  const funding = demoFunding(
    organizations.map(({ id, kind, districtCode, active }) => ({ id, kind, districtCode, active })),
  );
  return {
    districts: districts.map(({ code, nameJa }) => ({ code, nameJa })),
    organizations: organizations.map(({ id, name, kind, districtCode }) => ({
      id,
      nameJa: name,
      kind,
      districtCode,
    })),
    facilities: facilities.map(({ id, nameJa, kind }) => ({ id, nameJa, kind })),
    awards: funding.awards.map(({ id, organizationId, fiscalYear }) => ({ id, organizationId, fiscalYear })),
    collaborativeProjects: funding.collaborativeProjects.map(({ id, title, fiscalYear, status }) => ({
      id,
      title,
      fiscalYear,
      status,
    })),
  };
}
