import { createGroupLoader, createIdLoader, loaderPerArguments, type Connection } from '@kyodo/service-kit';
import DataLoader from 'dataloader';
import { DistrictModel, type DistrictDocument } from './models/District.js';
import { OrganizationModel, type OrganizationDocument } from './models/Organization.js';
import { PersonModel, type PersonDocument } from './models/Person.js';
import { districtOrganizationPages, type DistrictOrganizationsArgs } from './districtOrganizations.js';

export interface Loaders {
  organization: DataLoader<string, OrganizationDocument | null>;
  person: DataLoader<string, PersonDocument | null>;
  /**
   * Districts by code, null for unknown codes, reading only the fields of `projection` (districtProjection); one
   * loader per projection, so the districts a query needs with the same fields are one batch.
   */
  district(projection: string): DataLoader<string, DistrictDocument | null>;
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
  return {
    organization: createIdLoader(OrganizationModel),
    person: createIdLoader(PersonModel),
    district: loaderPerArguments(
      (projection: string) =>
        new DataLoader<string, DistrictDocument | null>(async (codes) => {
          const districts = await DistrictModel.find({ code: { $in: [...new Set(codes)] } })
            .select(projection)
            .exec();
          const byCode = new Map(districts.map((district) => [district.code, district]));
          return codes.map((code) => byCode.get(code) ?? null);
        }),
    ),
    councilMembers: createGroupLoader(
      OrganizationModel,
      'councilId',
      { active: true },
      {
        nameKana: 1,
        _id: 1,
      },
    ),
    districtOrganizations: loaderPerArguments(
      (args: DistrictOrganizationsArgs) =>
        new DataLoader((codes: readonly string[]) => districtOrganizationPages(codes, args)),
    ),
  };
}
