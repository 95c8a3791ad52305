import { ACTIVITY_FIELDS } from '@kyodo/domain';
import { demoOrganizationId, demoOrganizations, schoolData, stableObjectIdHex } from '../src/index.js';
import type { DemoOrganization } from '../src/index.js';
import { YAIZU_DISTRICTS } from './fixtures/yaizuDistricts.js';

describe('demoOrganizations', () => {
  const organizations = demoOrganizations(YAIZU_DISTRICTS);
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const ofKind = (kind: DemoOrganization['kind']) =>
    organizations.filter((organization) => organization.kind === kind);

  it('is deterministic', () => {
    expect(demoOrganizations(YAIZU_DISTRICTS)).toEqual(organizations);
  });

  it('derives ids from keys and keeps ids, keys and names unique', () => {
    for (const organization of organizations) {
      expect(organization.id).toMatch(/^[0-9a-f]{24}$/);
      expect(organization.id).toBe(stableObjectIdHex('organization', organization.key));
    }
    expect(new Set(organizations.map((organization) => organization.id)).size).toBe(organizations.length);
    expect(new Set(organizations.map((organization) => organization.name)).size).toBe(organizations.length);
  });

  it('makes each district 自治会 a neighborhood association of that district', () => {
    const associations = ofKind('NEIGHBORHOOD_ASSOCIATION');
    expect(associations).toHaveLength(35);
    expect(associations.map((association) => association.districtCode)).toEqual(
      YAIZU_DISTRICTS.map((d) => d.code),
    );
    expect(associations[0]).toMatchObject({
      id: demoOrganizationId('na:yaizu-01'),
      name: '高新田自治会',
      nameKana: 'タカシンデンジチカイ',
      basis: 'TERRITORIAL',
    });
  });

  it('groups every association into its area council, which has the five 専門部会', () => {
    const councils = ofKind('DISTRICT_COUNCIL');
    expect(councils.map((council) => council.name)).toEqual([
      '焼津地区地域づくり協議会',
      '東益津地区地域づくり協議会',
      '豊田地区地域づくり協議会',
      '小川地区地域づくり協議会',
      '港地区地域づくり協議会',
      '和田地区地域づくり協議会',
      '大富地区地域づくり協議会',
      '大井川地区地域づくり協議会',
    ]);
    for (const council of councils) {
      expect(council.councilId).toBeNull();
      expect(council.subcommittees.map((subcommittee) => subcommittee.nameJa)).toEqual([
        '総務部会',
        '保健福祉部会',
        '安心・安全部会',
        '生活環境部会',
        '文化・体育部会',
      ]);
      const members = organizations.filter((organization) => organization.councilId === council.id);
      expect(council.memberCount).toBe(members.length);
      expect(members.map((member) => member.kind)).toEqual(
        expect.arrayContaining(['NEIGHBORHOOD_ASSOCIATION', 'COMMUNITY_GROUP']),
      );
    }
    const yaizu = byId.get(demoOrganizationId('council:yaizu')) as DemoOrganization;
    const yaizuAssociations = organizations
      .filter(
        (organization) =>
          organization.councilId === yaizu.id && organization.kind === 'NEIGHBORHOOD_ASSOCIATION',
      )
      .map((organization) => organization.name)
      .sort();
    expect(yaizuAssociations).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `焼津第${n}自治会`));
    for (const association of ofKind('NEIGHBORHOOD_ASSOCIATION')) {
      expect(byId.get(association.councilId as string)?.kind).toBe('DISTRICT_COUNCIL');
    }
  });

  it('has 婦人会, 子ども会, 老人クラブ and PTA in every area', () => {
    const groups = ofKind('COMMUNITY_GROUP').map((group) => group.name);
    for (const area of ['焼津', '東益津', '豊田', '小川', '港', '和田', '大富', '大井川']) {
      expect(groups).toEqual(
        expect.arrayContaining([
          `${area}地区婦人会`,
          `${area}地区子ども会育成連絡協議会`,
          `${area}地区老人クラブ連合会`,
          `${area}地区PTA連絡協議会`,
        ]),
      );
    }
  });

  it('has about 150 thematic NPOs and civic groups, only NPOs certified', () => {
    const npos = ofKind('NPO_CORPORATION');
    const civic = ofKind('CIVIC_GROUP');
    expect(npos.length + civic.length).toBe(150);
    for (const npo of npos) expect(npo.name).toMatch(/^特定非営利活動法人/);
    expect(npos.some((npo) => npo.certified)).toBe(true);
    expect(npos.some((npo) => !npo.certified)).toBe(true);
    expect(organizations.filter((o) => o.certified).every((o) => o.kind === 'NPO_CORPORATION')).toBe(true);
    for (const organization of [...npos, ...civic]) {
      expect(organization.basis).toBe('THEMATIC');
      expect(organization.activityFields.length).toBeGreaterThan(0);
    }
    expect(civic.filter((group) => group.registeredWithSupportCenter).length).toBeGreaterThan(
      civic.length / 2,
    );
  });

  it('includes businesses and schools', () => {
    expect(ofKind('BUSINESS').length).toBeGreaterThanOrEqual(10);
    expect(ofKind('EDUCATIONAL_INSTITUTION').map((school) => school.name)).toEqual(
      expect.arrayContaining(schoolData().map((school) => school.name)),
    );
  });

  it('fills every field validly', () => {
    const districtCodes = new Set(YAIZU_DISTRICTS.map((district) => district.code));
    for (const organization of organizations) {
      expect(districtCodes.has(organization.districtCode as string)).toBe(true);
      expect(organization.nameKana).toMatch(/^[\p{Script=Katakana}ー0-9]+$/u);
      expect(organization.address).toMatch(/^静岡県焼津市\S+\d+-\d+-\d+$/);
      expect(organization.foundedOn).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/);
      expect(organization.memberCount).toBeGreaterThan(0);
      expect(organization.contact.email).toMatch(/^[a-z0-9-]+@example\.org$/);
      expect(organization.contact.phone).toMatch(/^050-0000-\d{4}$/);
      const order = organization.activityFields.map((field) => ACTIVITY_FIELDS.indexOf(field));
      expect(order).toEqual([...new Set(order)].sort((a, b) => a - b));
      if (organization.kind !== 'DISTRICT_COUNCIL') expect(organization.subcommittees).toEqual([]);
    }
  });
});
