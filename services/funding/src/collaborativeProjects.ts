import {
  badUserInput,
  parseObjectId,
  requireFiscalYear,
  requireInteger,
  requireText,
} from '@kyodo/service-kit';
import type { CreateCollaborativeProjectInput } from './generated/graphql.js';
import { CollaborativeProjectModel } from './models/CollaborativeProject.js';
import { MAX_YEN } from './amounts.js';

export async function createCollaborativeProject(input: CreateCollaborativeProjectInput) {
  const partnerIds = input.partnerIds.map((id, i) => parseObjectId(id, `input.partnerIds[${i}]`));
  if (partnerIds.length === 0) {
    throw badUserInput('Argument "input.partnerIds" must name at least one partner organization', {
      argumentName: 'input.partnerIds',
    });
  }
  const unique = [...new Map(partnerIds.map((id) => [id.toHexString(), id])).values()];
  return CollaborativeProjectModel.create({
    title: requireText(input.title, 'input.title', { max: 200 }),
    description: input.description.trim(),
    origin: input.origin,
    form: input.form,
    partnerIds: unique,
    department: requireText(input.department, 'input.department', { max: 100 }),
    fiscalYear: requireFiscalYear(input.fiscalYear, 'input.fiscalYear'),
    budget: requireInteger(input.budget, 'input.budget', 0, MAX_YEN),
    status: input.status ?? 'PROPOSED',
  });
}
