import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  isDuplicateKeyError,
  parseObjectId,
  type AuditContext,
} from '@kyodo/service-kit';
import type { RegisterApplicantInput } from './generated/graphql.js';
import { ApplicantModel } from './models/Applicant.js';

// District codes are the organizations subgraph's stable slugs, e.g. "yaizu-07".
const DISTRICT_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Staff enter (or correct) an organization's kind and district in the applicant register. Only staff write it: a
 * member's own claim of its kind would decide its eligibility. Applications already made keep their copy.
 */
export async function registerApplicant(input: RegisterApplicantInput, ctx: AuditContext) {
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
  const fields = { kind: input.kind, districtCode };
  const operation = 'registerApplicant';
  const correct = () => auditedUpdate(ApplicantModel, { id: _id, update: { $set: fields }, operation, ctx });
  if (await ApplicantModel.exists({ _id })) return correct();
  try {
    return await auditedCreate(ApplicantModel, { _id, ...fields }, ctx, { operation });
  } catch (error) {
    // Registered by someone else meanwhile: this registration is then a correction of theirs.
    if (isDuplicateKeyError(error)) return correct();
    throw error;
  }
}
