import { readDistricts, type DistrictArea } from '@kyodo/importers';
import { demoFacilities, demoOrganizations, stableObjectIdHex, type DemoFacility } from '../src/index.js';

describe('demoFacilities', () => {
  let districts: DistrictArea[];
  let facilities: DemoFacility[];

  beforeAll(async () => {
    districts = await readDistricts();
    facilities = demoFacilities(districts, demoOrganizations(districts));
  });

  it('is the 230 real facilities of Yaizu with stable ids derived from (municipality code, NO)', () => {
    expect(facilities).toHaveLength(230);
    for (const facility of facilities) {
      expect(facility.id).toBe(stableObjectIdHex('facility', `222127:${facility.normalisedNo}`));
    }
    expect(new Set(facilities.map((facility) => facility.id)).size).toBe(230);
  });

  it('takes the corrected rows of the community-center file', () => {
    const toyoda = facilities.find((facility) => facility.nameJa === '豊田地域交流センター');
    expect(toyoda).toMatchObject({
      no: '10989',
      address: '静岡県焼津市小土961-1',
      location: { type: 'Point', coordinates: [138.293089, 34.865244] },
      source: { file: 'yaizu_community_center.csv', line: 6 },
    });
  });

  it('places every facility in the 自治会区域 that contains it', () => {
    const codes = new Set(districts.map((district) => district.code));
    for (const facility of facilities) expect(codes.has(facility.districtCode ?? '')).toBe(true);
  });

  it('gives rooms to bookable facilities only, with unique ids', () => {
    for (const facility of facilities) {
      if (facility.bookable) expect(facility.rooms.length).toBeGreaterThan(0);
      else expect(facility.rooms).toEqual([]);
      for (const room of facility.rooms) expect(room.facilityId).toBe(facility.id);
    }
    const rooms = facilities.flatMap((facility) => facility.rooms);
    expect(new Set(rooms.map((room) => room.id)).size).toBe(rooms.length);
    expect(rooms).toHaveLength(170);
  });

  it('names designated managers from the demo organizations: the district association for local halls', () => {
    const organizations = new Map(
      demoOrganizations(districts).map((organization) => [organization.id, organization]),
    );
    const managed = facilities.filter((facility) => facility.operatorId !== null);
    expect(managed.length).toBeGreaterThan(0);
    for (const facility of managed) expect(organizations.has(facility.operatorId ?? '')).toBe(true);
    for (const facility of facilities.filter((candidate) => candidate.kind === 'COMMUNITY_CENTER')) {
      const operator = organizations.get(facility.operatorId ?? '');
      expect(operator).toMatchObject({
        kind: 'NEIGHBORHOOD_ASSOCIATION',
        districtCode: facility.districtCode,
      });
    }
    expect(
      facilities
        .filter((facility) => facility.kind === 'SCHOOL_FACILITY')
        .every((f) => f.operatorId === null),
    ).toBe(true);
  });

  it('is deterministic', () => {
    expect(demoFacilities(districts, demoOrganizations(districts))).toEqual(facilities);
  });
});
