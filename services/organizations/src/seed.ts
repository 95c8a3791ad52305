import { readDistricts, type DistrictArea } from '@kyodo/importers';
import { demoOrganizations } from '@kyodo/seed';
import { demoPeople } from './demoPeople.js';
import { DistrictModel } from './models/District.js';
import { OrganizationModel } from './models/Organization.js';
import { PersonModel } from './models/Person.js';

/** Every boundary is stored as a MultiPolygon, the one shape the API serves. */
function asMultiPolygon(boundary: DistrictArea['boundary']) {
  return {
    type: 'MultiPolygon' as const,
    coordinates: boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates,
  };
}

/**
 * Loads the demo city into an empty database: Yaizu's 35 自治会区域 from the city's shapefile, the demo
 * organizations built on them (the same ids every other subgraph's seed uses) and the talent register.
 */
export async function seed(): Promise<void> {
  const districts = await readDistricts();
  await DistrictModel.insertMany(
    districts.map((district) => ({
      code: district.code,
      name: district.name,
      nameJa: district.nameJa,
      boundary: asMultiPolygon(district.boundary),
    })),
  );
  const organizations = demoOrganizations(districts);
  await OrganizationModel.insertMany(
    organizations.map(({ id, key: _key, ...organization }) => ({ _id: id, ...organization })),
  );
  await PersonModel.insertMany(
    demoPeople(organizations).map(({ id, ...person }) => ({ _id: id, ...person })),
  );
}
