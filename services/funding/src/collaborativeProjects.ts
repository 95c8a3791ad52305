import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  conflict,
  notFound,
  parseObjectId,
  requireFiscalYear,
  requireInteger,
  requireText,
} from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import type { Context } from './context.js';
import type {
  CollaborativeProjectStatus,
  CreateCollaborativeProjectInput,
  UpdateCollaborativeProjectInput,
} from './generated/graphql.js';
import {
  CollaborativeProjectModel,
  type CollaborativeProjectDocument,
} from './models/CollaborativeProject.js';
import { MAX_YEN } from './amounts.js';

const ENTITY = 'CollaborativeProject';
const TITLE = { max: 200 } as const;
const DEPARTMENT = { max: 100 } as const;
const DESCRIPTION_MAX = 4000;

/**
 * The status machine of 提案型協働事業, as a table: for each status, the statuses it may move to. COMPLETED and
 * CANCELLED are final: a finished project is the record its evaluation reads.
 */
export const NEXT_STATUSES: Record<CollaborativeProjectStatus, readonly CollaborativeProjectStatus[]> = {
  PROPOSED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** The statuses a project may be edited in (its content is settled once it is final). */
export const EDITABLE_STATUSES: readonly CollaborativeProjectStatus[] = ['PROPOSED', 'ACTIVE'];

/** The statuses `status` can be reached from. */
export function statusesLeadingTo(status: CollaborativeProjectStatus): CollaborativeProjectStatus[] {
  return (Object.keys(NEXT_STATUSES) as CollaborativeProjectStatus[]).filter((from) =>
    NEXT_STATUSES[from].includes(status),
  );
}

function invalidTransition(
  id: string,
  current: CollaborativeProjectStatus,
  status: CollaborativeProjectStatus,
) {
  const from = statusesLeadingTo(status);
  return conflict(
    `Cannot move collaborative project ${id} to ${status}: it is ${current}; ${status} is reached from ${
      from.length > 0 ? from.join(' or ') : 'no status'
    }`,
    { currentStatus: current },
  );
}

function checkPartnerIds(ids: readonly string[], argumentName: string): Types.ObjectId[] {
  const partnerIds = ids.map((id, i) => parseObjectId(id, `${argumentName}[${i}]`));
  if (partnerIds.length === 0) {
    throw badUserInput(`Argument "${argumentName}" must name at least one partner organization`, {
      argumentName,
    });
  }
  return [...new Map(partnerIds.map((id) => [id.toHexString(), id])).values()];
}

function checkDescription(value: string, argumentName: string): string {
  const description = value.trim();
  if ([...description].length > DESCRIPTION_MAX) {
    throw badUserInput(`Argument "${argumentName}" must be at most ${DESCRIPTION_MAX} characters`, {
      argumentName,
    });
  }
  return description;
}

/** Partners are the organizations subgraph's: a typo must not become a partner (last, as it costs a call). */
async function requirePartnersExist(partnerIds: Types.ObjectId[], ctx: Context, argumentName: string) {
  const hex = partnerIds.map((id) => id.toHexString());
  const found = await ctx.entities.existing('organizations', 'Organization', hex);
  const missing = hex.findIndex((id) => !found.has(id));
  if (missing >= 0)
    throw notFound('Organization', hex[missing]!, { argumentName: `${argumentName}[${missing}]` });
}

export async function createCollaborativeProject(
  input: CreateCollaborativeProjectInput,
  idempotencyKey: string | null | undefined,
  ctx: Context,
): Promise<CollaborativeProjectDocument> {
  const fields = {
    title: requireText(input.title, 'input.title', TITLE),
    description: checkDescription(input.description, 'input.description'),
    origin: input.origin,
    form: input.form,
    partnerIds: checkPartnerIds(input.partnerIds, 'input.partnerIds'),
    department: requireText(input.department, 'input.department', DEPARTMENT),
    fiscalYear: requireFiscalYear(input.fiscalYear, 'input.fiscalYear'),
    budget: requireInteger(input.budget, 'input.budget', 0, MAX_YEN),
    status: input.status ?? 'PROPOSED',
  };
  return auditedCreate(CollaborativeProjectModel, fields, ctx, {
    entityType: ENTITY,
    operation: 'createCollaborativeProject',
    idempotencyKey,
    input,
  });
}

export async function updateCollaborativeProject(
  id: string,
  expectedVersion: number,
  input: UpdateCollaborativeProjectInput,
  ctx: Context,
): Promise<CollaborativeProjectDocument> {
  const objectId = parseObjectId(id, 'id');
  const set: Record<string, unknown> = {};
  if (input.title != null) set.title = requireText(input.title, 'input.title', TITLE);
  if (input.description != null) set.description = checkDescription(input.description, 'input.description');
  if (input.origin != null) set.origin = input.origin;
  if (input.form != null) set.form = input.form;
  if (input.department != null)
    set.department = requireText(input.department, 'input.department', DEPARTMENT);
  if (input.fiscalYear != null) set.fiscalYear = requireFiscalYear(input.fiscalYear, 'input.fiscalYear');
  if (input.budget != null) set.budget = requireInteger(input.budget, 'input.budget', 0, MAX_YEN);
  let partnerIds: Types.ObjectId[] | null = null;
  if (input.partnerIds != null)
    set.partnerIds = partnerIds = checkPartnerIds(input.partnerIds, 'input.partnerIds');
  if (Object.keys(set).length === 0) {
    throw badUserInput('Argument "input" changes nothing', { argumentName: 'input' });
  }
  if (partnerIds) await requirePartnersExist(partnerIds, ctx, 'input.partnerIds');
  return auditedUpdate(CollaborativeProjectModel, {
    id: objectId,
    expectedVersion,
    filter: { status: { $in: [...EDITABLE_STATUSES] } },
    filterProblem: (current) =>
      conflict(`Collaborative project ${id} is ${current.status} and can no longer be changed`, {
        currentStatus: current.status,
      }),
    update: { $set: set },
    operation: 'updateCollaborativeProject',
    ctx,
  });
}

/**
 * Moves a project along NEXT_STATUSES. The allowed previous statuses are the write's filter, so two racing requests
 * cannot both move it; the loser gets CONFLICT with the status it is in now. Without expectedVersion the status alone
 * decides (the kit re-applies the transition when an unrelated edit landed in between).
 */
export async function setCollaborativeProjectStatus(
  id: string,
  status: CollaborativeProjectStatus,
  expectedVersion: number | null | undefined,
  ctx: Context,
): Promise<CollaborativeProjectDocument> {
  const objectId = parseObjectId(id, 'id');
  return auditedUpdate(CollaborativeProjectModel, {
    id: objectId,
    expectedVersion,
    filter: { status: { $in: statusesLeadingTo(status) } },
    filterProblem: (current) => invalidTransition(id, current.status, status),
    update: { $set: { status } },
    operation: 'setCollaborativeProjectStatus',
    ctx,
  });
}
