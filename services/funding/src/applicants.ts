import { badUserInput, parseObjectId } from '@kyodo/service-kit';
import type { RegisterApplicantInput } from './generated/graphql.js';
import { ApplicantModel } from './models/Applicant.js';

// District codes are the organizations subgraph's stable slugs, e.g. "yaizu-07".
const DISTRICT_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Staff enter (or correct) an organization's kind and district in the applicant register. Only staff write it: a
 * member's own claim of its kind would decide its eligibility. Applications already made keep their copy.
 */
export async function registerApplicant(input: RegisterApplicantInput) {
  const _id = parseObjectId(input.organizationId, 'input.organizationId');
  const districtCode = input.districtCode?.trim() || null;
  if (districtCode !== null && !DISTRICT_CODE.test(districtCode)) {
    throw badUserInput(
      `Argument "input.districtCode" is not a district code: ${JSON.stringify(districtCode)}`,
      {
        argumentName: 'input.districtCode',
      },
    );
  }
  return ApplicantModel.findOneAndUpdate(
    { _id },
    { $set: { kind: input.kind, districtCode } },
    { upsert: true, returnDocument: 'after', setDefaultsOnInsert: true },
  ).exec();
}
