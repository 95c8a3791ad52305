import { createGroupLoader, createIdLoader, type Connection } from '@kyodo/service-kit';
import DataLoader from 'dataloader';
import { DistrictModel, type DistrictDocument } from './models/District.js';
import { OrganizationModel, type OrganizationDocument } from './models/Organization.js';
import { PersonModel, type PersonDocument } from './models/Person.js';
import { districtOrganizationPages, type DistrictOrganizationsArgs } from './districtOrganizations.js';

export interface Loaders {
  organization: DataLoader<string, OrganizationDocument | null>;
  person: DataLoader<string, PersonDocument | null>;
  /** Districts by code, null for unknown codes. */
  district: DataLoader<string, DistrictDocument | null>;
  /** Organization.members: active members of each council, in kana order. */
  councilMembers: DataLoader<string, OrganizationDocument[]>;
  /**
   * District.organizations(filter, first): the first page of each district, one loader per distinct arguments so
   * the same field on all 35 districts is one batch.
   */
  districtOrganizations(
    args: DistrictOrganizationsArgs,
  ): DataLoader<string, Connection<OrganizationDocument>>;
}

export function createLoaders(): Loaders {
  const pageLoaders = new Map<string, DataLoader<string, Connection<OrganizationDocument>>>();
  return {
    organization: createIdLoader(OrganizationModel) as DataLoader<string, OrganizationDocument | null>,
    person: createIdLoader(PersonModel) as DataLoader<string, PersonDocument | null>,
    district: new DataLoader<string, DistrictDocument | null>(async (codes) => {
      const districts = await DistrictModel.find({ code: { $in: [...new Set(codes)] } }).exec();
      const byCode = new Map(districts.map((district) => [district.code, district]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    councilMembers: createGroupLoader(
      OrganizationModel,
      'councilId',
      { active: true },
      {
        nameKana: 1,
        _id: 1,
      },
    ) as DataLoader<string, OrganizationDocument[]>,
    districtOrganizations(args) {
      const key = JSON.stringify(args);
      let loader = pageLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((codes: readonly string[]) => districtOrganizationPages(codes, args));
        pageLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
