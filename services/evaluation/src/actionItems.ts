import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  conflict,
  isDuplicateKeyError,
  MAX_FISCAL_YEAR,
  notFound,
  parseObjectId,
  requireInteger,
  requireText,
} from '@kyodo/service-kit';
import type { Context } from './context.js';
import type {
  CreateActionItemInput,
  UpdateActionItemInput,
  YearlyPlanEntryInput,
} from './generated/graphql.js';
import { ActionItemModel, type ActionItemDocument } from './models/ActionItem.js';
import { ACTORS, type ActionItemStatus, type Actor } from './models/enums.js';

const CODE = { max: 30 };
const TITLE = { max: 200 };
const DEPARTMENT = { max: 100 };
const TEXT = { max: 4000 };
const PLAN_YEARS_MAX = 20;
const FIRST_PLAN_YEAR = 2000;

/** Actors once each, in the order the plan lists them. */
function inActorOrder(actors: readonly Actor[]): Actor[] {
  const given = new Set(actors);
  return ACTORS.filter((actor) => given.has(actor));
}

function checkPlan(plan: readonly YearlyPlanEntryInput[]) {
  if (plan.length === 0 || plan.length > PLAN_YEARS_MAX) {
    throw badUserInput(`Argument "input.yearlyPlan" must have between 1 and ${PLAN_YEARS_MAX} entries`, {
      argumentName: 'input.yearlyPlan',
    });
  }
  return plan.map((entry, i) => {
    const fiscalYear = requireInteger(
      entry.fiscalYear,
      `input.yearlyPlan[${i}].fiscalYear`,
      FIRST_PLAN_YEAR,
      MAX_FISCAL_YEAR,
    );
    if (i > 0 && fiscalYear <= plan[i - 1]!.fiscalYear) {
      throw badUserInput(
        `Argument "input.yearlyPlan" must list distinct fiscal years oldest first, got FY${fiscalYear} after FY${plan[i - 1]!.fiscalYear}`,
        { argumentName: 'input.yearlyPlan' },
      );
    }
    return { fiscalYear, status: entry.status };
  });
}

function codeTaken(code: string) {
  return conflict(`Another action item already has the code ${code}`, { argumentName: 'input.code' });
}

/** A unique-index refusal on the code (not on an idempotency key) means another item has it. */
async function guardCode<T>(code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (code !== undefined && isDuplicateKeyError(error) && (await ActionItemModel.exists({ code }))) {
      throw codeTaken(code);
    }
    throw error;
  }
}

function primed(updated: ActionItemDocument, { loaders }: Context): ActionItemDocument {
  const id = updated._id.toHexString();
  loaders.actionItem.clear(id).prime(id, updated);
  return updated;
}

async function loadItem(id: string, { loaders }: Context): Promise<ActionItemDocument> {
  const hex = parseObjectId(id, 'id').toHexString();
  const item = await loaders.actionItem.load(hex);
  if (!item) throw notFound('ActionItem', id);
  return item;
}

export async function createActionItem(
  input: CreateActionItemInput,
  idempotencyKey: string | null | undefined,
  ctx: Context,
): Promise<ActionItemDocument> {
  const yearlyPlan = checkPlan(input.yearlyPlan);
  const fields = {
    code: requireText(input.code, 'input.code', CODE),
    title: requireText(input.title, 'input.title', TITLE),
    purpose: requireText(input.purpose, 'input.purpose', TEXT),
    department: requireText(input.department, 'input.department', DEPARTMENT),
    implementers: inActorOrder(input.implementers ?? []),
    targets: inActorOrder(input.targets ?? []),
    yearlyPlan,
    completionCriterion: requireText(input.completionCriterion, 'input.completionCriterion', TEXT),
    status: yearlyPlan[yearlyPlan.length - 1]!.status,
  };
  const created = await guardCode(fields.code, () =>
    auditedCreate(ActionItemModel, fields, ctx, {
      entityType: 'ActionItem',
      operation: 'createActionItem',
      idempotencyKey,
      input,
    }),
  );
  return primed(created, ctx);
}

export async function updateActionItem(
  id: string,
  expectedVersion: number,
  input: UpdateActionItemInput,
  ctx: Context,
): Promise<ActionItemDocument> {
  const current = await loadItem(id, ctx);
  const set: Record<string, unknown> = {};
  if (input.code != null) set.code = requireText(input.code, 'input.code', CODE);
  if (input.title != null) set.title = requireText(input.title, 'input.title', TITLE);
  if (input.purpose != null) set.purpose = requireText(input.purpose, 'input.purpose', TEXT);
  if (input.department != null)
    set.department = requireText(input.department, 'input.department', DEPARTMENT);
  if (input.implementers != null) set.implementers = inActorOrder(input.implementers);
  if (input.targets != null) set.targets = inActorOrder(input.targets);
  if (input.completionCriterion != null) {
    set.completionCriterion = requireText(input.completionCriterion, 'input.completionCriterion', TEXT);
  }
  if (Object.keys(set).length === 0) {
    throw badUserInput('Argument "input" changes nothing', { argumentName: 'input' });
  }
  const code = set.code as string | undefined;
  const updated = await guardCode(code !== current.code ? code : undefined, () =>
    auditedUpdate(ActionItemModel, {
      id: current._id,
      expectedVersion,
      update: { $set: set },
      operation: 'updateActionItem',
      ctx,
    }),
  );
  return primed(updated, ctx);
}

export interface StatusArgs {
  id: string;
  fiscalYear: number;
  status: ActionItemStatus;
  expectedVersion?: number | null;
}

/**
 * The status of one plan year. A plan's years are fixed at creation, so checking them on the item as read cannot
 * race. With expectedVersion the write applies only at that version; without it, on whatever version is current.
 */
export async function setActionItemStatus(args: StatusArgs, ctx: Context): Promise<ActionItemDocument> {
  const item = await loadItem(args.id, ctx);
  const years = item.yearlyPlan.map((entry) => entry.fiscalYear);
  const lastYear = years[years.length - 1];
  if (!years.includes(args.fiscalYear)) {
    throw badUserInput(
      `Argument "fiscalYear" must be a year of the plan of ${item.code} (FY${years[0]}-FY${lastYear}), got ${args.fiscalYear}`,
      { argumentName: 'fiscalYear' },
    );
  }
  const updated = await auditedUpdate(ActionItemModel, {
    id: item._id,
    expectedVersion: args.expectedVersion ?? null,
    update: {
      $set: {
        [`yearlyPlan.${years.indexOf(args.fiscalYear)}.status`]: args.status,
        // The item's own status mirrors its last plan year, in the same atomic update.
        ...(args.fiscalYear === lastYear ? { status: args.status } : {}),
      },
    },
    operation: 'setActionItemStatus',
    ctx,
  });
  return primed(updated, ctx);
}
