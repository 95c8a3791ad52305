import DataLoader from 'dataloader';
import {
  createGroupLoader,
  createIdLoader,
  isObjectIdHex,
  loaderPerArguments,
  type Connection,
} from '@kyodo/service-kit';
import type { QueryFilter } from 'mongoose';
import { Types } from 'mongoose';
import { ApplicantModel } from './models/Applicant.js';
import { ApplicationModel, type ApplicationFields, type ApplicationStatus } from './models/Application.js';
import { AwardModel, type AwardDocument, type AwardFields } from './models/Award.js';
import { firstAwardsPages, type OrganizationAwardsArgs } from './organizationAwards.js';
import { CollaborativeProjectModel } from './models/CollaborativeProject.js';
import { createExternalFunderTotalsLoader } from './externalGrants.js';
import type { OrganizationKind } from '@kyodo/domain';
import { GrantProgramModel, type GrantProgramDocument } from './models/GrantProgram.js';

export interface AwardTotals {
  awardedTotal: number;
  awardCount: number;
  disbursedTotal: number;
}

export const ZERO_TOTALS: AwardTotals = Object.freeze({ awardedTotal: 0, awardCount: 0, disbursedTotal: 0 });

/**
 * Award totals for many groups in one aggregation: every key asked for in a tick becomes one `$in` match and one
 * `$group`, so a page of organizations or districts costs one database command.
 */
function createTotalsLoader(
  field: 'organizationId' | 'districtCode',
  fiscalYear: number | null,
): DataLoader<string, AwardTotals> {
  return new DataLoader<string, AwardTotals>(async (keys) => {
    const values =
      field === 'organizationId'
        ? [...new Set(keys.filter(isObjectIdHex).map((k) => k.toLowerCase()))].map(
            (k) => new Types.ObjectId(k),
          )
        : [...new Set(keys)];
    const byKey = new Map<string, AwardTotals>();
    if (values.length > 0) {
      const match: QueryFilter<AwardFields> = { [field]: { $in: values } };
      if (fiscalYear !== null) match.fiscalYear = fiscalYear;
      const rows = await AwardModel.aggregate<{ _id: unknown } & AwardTotals>([
        { $match: match },
        {
          $group: {
            _id: `$${field}`,
            awardedTotal: { $sum: '$amount' },
            awardCount: { $sum: 1 },
            disbursedTotal: { $sum: '$disbursedTotal' },
          },
        },
      ]).exec();
      for (const { _id, awardedTotal, awardCount, disbursedTotal } of rows) {
        byKey.set(String(_id), { awardedTotal, awardCount, disbursedTotal });
      }
    }
    return keys.map((key) => byKey.get(field === 'organizationId' ? key.toLowerCase() : key) ?? ZERO_TOTALS);
  });
}

/** A fiscal year's programs open to each organization kind asked for: one query for every kind in the batch. */
function createEligibleProgramsLoader(
  fiscalYear: number,
): DataLoader<OrganizationKind, GrantProgramDocument[]> {
  return new DataLoader<OrganizationKind, GrantProgramDocument[]>(async (kinds) => {
    const programs = await GrantProgramModel.find({ fiscalYear, eligibleKinds: { $in: [...new Set(kinds)] } })
      .sort({ name: 1, _id: 1 })
      .exec();
    return kinds.map((kind) => programs.filter((program) => program.eligibleKinds.includes(kind)));
  });
}

export function createLoaders() {
  return {
    program: createIdLoader(GrantProgramModel),
    application: createIdLoader(ApplicationModel),
    award: createIdLoader(AwardModel),
    collaborativeProject: createIdLoader(CollaborativeProjectModel),
    applicant: createIdLoader(ApplicantModel),
    awardsByApplication: createGroupLoader(AwardModel, 'applicationId'),
    applicationsByOrganization: loaderPerArguments(
      ({ fiscalYear, status }: { fiscalYear: number | null; status: ApplicationStatus | null }) => {
        const filter: QueryFilter<ApplicationFields> = {};
        if (fiscalYear !== null) filter.fiscalYear = fiscalYear;
        if (status !== null) filter.status = status;
        return createGroupLoader(ApplicationModel, 'organizationId', filter, { createdAt: -1, _id: -1 });
      },
    ),
    awardsByOrganization: loaderPerArguments(({ fiscalYear }: { fiscalYear: number | null }) => {
      const filter: QueryFilter<AwardFields> = fiscalYear === null ? {} : { fiscalYear };
      return createGroupLoader(AwardModel, 'organizationId', filter, { awardedOn: -1, _id: -1 });
    }),
    /** Organization.awardsConnection without `after`: the first page of every organization in one aggregate. */
    awardPages: loaderPerArguments(
      (args: OrganizationAwardsArgs) =>
        new DataLoader<string, Connection<AwardDocument>>((ids) => firstAwardsPages(ids, args)),
    ),
    totalsByOrganization: loaderPerArguments(({ fiscalYear }: { fiscalYear: number | null }) =>
      createTotalsLoader('organizationId', fiscalYear),
    ),
    programsByEligibleKind: loaderPerArguments(({ fiscalYear }: { fiscalYear: number }) =>
      createEligibleProgramsLoader(fiscalYear),
    ),
    totalsByDistrict: loaderPerArguments(({ fiscalYear }: { fiscalYear: number }) =>
      createTotalsLoader('districtCode', fiscalYear),
    ),
    externalFunderTotals: createExternalFunderTotalsLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Loads an entity another stored document points at (an application's program, an award's application). Funding
 * never deletes these, so a miss is corrupt data: a server error, not a null in a non-null field.
 */
export async function loadReferenced<T>(
  loader: DataLoader<string, T | null>,
  typename: string,
  id: unknown,
): Promise<T> {
  const value = await loader.load(String(id));
  if (value === null) throw new Error(`${typename} ${String(id)} is referenced but missing`);
  return value;
}
