import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  versionOf,
  conflict,
  MAX_FISCAL_YEAR,
  notFound,
  optionalText,
  parseObjectId,
  requireEntityExists,
  requireInteger,
  requireText,
} from '@kyodo/service-kit';
import { tokyoYear } from '@kyodo/domain';
import type { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import type {
  CreateIndicatorInput,
  IndicatorTargetInput,
  UpdateIndicatorInput,
  YearValueInput,
} from './generated/graphql.js';
import { directionProblem, planProblem, type Direction } from './indicatorMath.js';
import { measurementProblem, requireMeasurement } from './measurementUnits.js';
import { IndicatorModel, NOT_ARCHIVED, type IndicatorDocument } from './models/Indicator.js';

const NAME = { max: 200 };
const UNIT = { max: 20 };
const TEXT = { max: 4000 };
const NOTE = { max: 1000 };
const TARGETS_MAX = 20;
/** The oldest baseline a plan states (a 1969 census figure is one); anything earlier is a typo. */
export const FIRST_BASELINE_YEAR = 1900;

interface Plan {
  unit: string;
  baseline: { year: number; value: number };
  targets: { year: number | null; value: number }[];
  direction: Direction | null;
}

function checkBaseline(baseline: YearValueInput, unit: string, now: Date): Plan['baseline'] {
  return {
    year: requireInteger(baseline.year, 'input.baseline.year', FIRST_BASELINE_YEAR, tokyoYear(now)),
    value: requireMeasurement(unit, baseline.value, 'input.baseline.value'),
  };
}

function checkTargets(targets: readonly IndicatorTargetInput[], unit: string): Plan['targets'] {
  if (targets.length > TARGETS_MAX) {
    throw badUserInput(`Argument "input.targets" must have at most ${TARGETS_MAX} entries`, {
      argumentName: 'input.targets',
    });
  }
  return targets.map((target, i) => ({
    year:
      target.year === null || target.year === undefined
        ? null
        : requireInteger(target.year, `input.targets[${i}].year`, FIRST_BASELINE_YEAR, MAX_FISCAL_YEAR),
    value: requireMeasurement(unit, target.value, `input.targets[${i}].value`),
  }));
}

/** A stored baseline or target kept by an update that changes the unit must fit the new unit too. */
function keptFits(unit: string, what: 'baseline' | 'target', value: number): number {
  const problem = measurementProblem(unit, value);
  if (problem === null) return value;
  throw badUserInput(
    `Argument "input.unit" does not fit the current ${what} ${value} (a value in ${unit} ${problem}): give the ${what === 'baseline' ? 'baseline' : 'targets'} in the new unit too`,
    { argumentName: 'input.unit' },
  );
}

/** The plan's shape and its direction, on the plan as it will be stored. */
function checkPlan(plan: Plan): Plan {
  const shape = planProblem(plan.baseline, plan.targets);
  if (shape !== null)
    throw badUserInput(`Argument "input.targets" is not a plan: ${shape}`, { argumentName: 'input.targets' });
  const contradiction = directionProblem(plan.baseline, plan.targets, plan.direction);
  if (contradiction !== null) {
    throw badUserInput(`Argument "input.direction" contradicts the targets: ${contradiction}`, {
      argumentName: 'input.direction',
    });
  }
  return plan;
}

function archivedProblem(indicator: IndicatorDocument): GraphQLError {
  return conflict(`Indicator ${indicator.name} is archived and can no longer be changed`, {
    archivedAt: indicator.archivedAt,
  });
}

async function loadIndicator(
  id: string,
  { loaders }: Context,
  argumentName = 'id',
): Promise<IndicatorDocument> {
  const hex = parseObjectId(id, argumentName).toHexString();
  const indicator = await loaders.indicator.load(hex);
  if (!indicator) throw notFound('Indicator', id);
  return indicator;
}

function primed(updated: IndicatorDocument, { loaders }: Context): IndicatorDocument {
  const id = updated._id.toHexString();
  loaders.indicator.clear(id).prime(id, updated);
  return updated;
}

/** Where the indicator measures: exactly the key its scope needs (whether it exists is asked last). */
function checkSubject(input: CreateIndicatorInput) {
  const districtCode = optionalText(input.districtCode, 'input.districtCode', { max: 50 });
  const facilityId = input.facilityId ? parseObjectId(input.facilityId, 'input.facilityId') : null;
  const needs = { districtCode: input.scope === 'DISTRICT', facilityId: input.scope === 'FACILITY' };
  for (const [field, given] of [
    ['districtCode', districtCode !== null],
    ['facilityId', facilityId !== null],
  ] as const) {
    if (needs[field] && !given) {
      throw badUserInput(`Argument "input.${field}" is required for ${input.scope} scope`, {
        argumentName: `input.${field}`,
      });
    }
    if (!needs[field] && given) {
      throw badUserInput(
        `Argument "input.${field}" is only for ${field === 'districtCode' ? 'DISTRICT' : 'FACILITY'} scope`,
        {
          argumentName: `input.${field}`,
        },
      );
    }
  }
  return { districtCode, facilityId };
}

export async function createIndicator(
  input: CreateIndicatorInput,
  idempotencyKey: string | null | undefined,
  ctx: Context,
): Promise<IndicatorDocument> {
  const unit = requireText(input.unit, 'input.unit', UNIT);
  const plan = checkPlan({
    unit,
    baseline: checkBaseline(input.baseline, unit, ctx.now),
    targets: checkTargets(input.targets ?? [], unit),
    direction: input.direction ?? null,
  });
  const fields = {
    name: requireText(input.name, 'input.name', NAME),
    nameJa: requireText(input.nameJa, 'input.nameJa', NAME),
    description: requireText(input.description, 'input.description', TEXT),
    scope: input.scope,
    ...plan,
    measurements: [],
    archived: false,
    archivedAt: null,
  };
  const subject = checkSubject(input);
  // Last, as each costs a call to the subgraph that owns the district or facility.
  if (subject.districtCode !== null) {
    await requireEntityExists(
      ctx.entities,
      'organizations',
      'District',
      subject.districtCode,
      'input.districtCode',
      'code',
    );
  }
  if (subject.facilityId !== null) {
    await requireEntityExists(
      ctx.entities,
      'facilities',
      'Facility',
      subject.facilityId.toHexString(),
      'input.facilityId',
    );
  }
  const created = await auditedCreate(IndicatorModel, { ...fields, ...subject }, ctx, {
    operation: 'createIndicator',
    idempotencyKey,
    input,
  });
  return primed(created, ctx);
}

/** The measurements a plan would leave invalid: outside the unit, or dated before the baseline. */
function violatedBy(
  plan: Plan,
  indicator: IndicatorDocument,
): { year: number; value: number; problem: string }[] {
  const violations: { year: number; value: number; problem: string }[] = [];
  for (const { year, value } of indicator.measurements) {
    const problem =
      year < plan.baseline.year
        ? `is dated before the baseline year ${plan.baseline.year}`
        : measurementProblem(plan.unit, value);
    if (problem !== null) violations.push({ year, value, problem });
  }
  return violations.sort((a, b) => a.year - b.year);
}

export async function updateIndicator(
  id: string,
  expectedVersion: number,
  input: UpdateIndicatorInput,
  ctx: Context,
): Promise<IndicatorDocument> {
  const current = await loadIndicator(id, ctx);
  const set: Record<string, unknown> = {};
  if (input.name != null) set.name = requireText(input.name, 'input.name', NAME);
  if (input.nameJa != null) set.nameJa = requireText(input.nameJa, 'input.nameJa', NAME);
  if (input.description != null) set.description = requireText(input.description, 'input.description', TEXT);
  const unit = input.unit != null ? requireText(input.unit, 'input.unit', UNIT) : current.unit;
  const plan = checkPlan({
    unit,
    baseline:
      input.baseline != null
        ? checkBaseline(input.baseline, unit, ctx.now)
        : { year: current.baseline.year, value: keptFits(unit, 'baseline', current.baseline.value) },
    targets:
      input.targets != null
        ? checkTargets(input.targets, unit)
        : current.targets.map((t) => ({ year: t.year ?? null, value: keptFits(unit, 'target', t.value) })),
    direction: input.direction !== undefined ? (input.direction ?? null) : (current.direction ?? null),
  });
  if (input.unit != null) set.unit = plan.unit;
  if (input.baseline != null) set.baseline = plan.baseline;
  if (input.targets != null) set.targets = plan.targets;
  if (input.direction !== undefined) set.direction = plan.direction;
  if (Object.keys(set).length === 0)
    throw badUserInput('Argument "input" changes nothing', { argumentName: 'input' });
  if (current.archived) throw archivedProblem(current);

  // Checked on the version read; the write is conditioned on that version, so no measurement slips in between.
  if (versionOf(current) === expectedVersion) {
    const violations = violatedBy(plan, current);
    if (violations.length > 0) {
      throw conflict(
        `Indicator ${current.name} has measurements the change would make invalid: ${violations
          .map((v) => `${v.year} (${v.value}) ${v.problem}`)
          .join('; ')}. Correct them first (recordMeasurement replaces a year's value)`,
        { measurementYears: violations.map((v) => v.year) },
      );
    }
  }
  const updated = await auditedUpdate(IndicatorModel, {
    id: current._id.toHexString(),
    expectedVersion,
    filter: { archived: NOT_ARCHIVED },
    filterProblem: archivedProblem,
    update: { $set: set },
    operation: 'updateIndicator',
    ctx,
  });
  return primed(updated, ctx);
}

export async function archiveIndicator(
  id: string,
  expectedVersion: number,
  ctx: Context,
): Promise<IndicatorDocument> {
  const current = await loadIndicator(id, ctx);
  // Archiving twice is harmless: the second call finds it archived and writes nothing.
  if (current.archived) return current;
  const updated = await auditedUpdate(IndicatorModel, {
    id: current._id.toHexString(),
    expectedVersion,
    filter: { archived: NOT_ARCHIVED },
    filterProblem: archivedProblem,
    update: { $set: { archived: true, archivedAt: ctx.now } },
    operation: 'archiveIndicator',
    ctx,
  });
  return primed(updated, ctx);
}

export interface MeasurementArgs {
  indicatorId: string;
  year: number;
  value: number;
  note?: string | null;
  expectedVersion?: number | null;
}

/**
 * One measurement per year: the year's entry is replaced or added in the list as stored, checked against the unit
 * and baseline of that same version, and the write is pinned to it (the kit's audited update), so a unit or baseline
 * changed in between can never let a value through. Without expectedVersion, a write that lost to another writer is
 * checked and applied again on the newer version.
 */
export async function recordMeasurement(args: MeasurementArgs, ctx: Context): Promise<IndicatorDocument> {
  const note = optionalText(args.note, 'note', NOTE);
  const indicator = await loadIndicator(args.indicatorId, ctx, 'indicatorId');
  const updated = await auditedUpdate(IndicatorModel, {
    id: indicator._id,
    expectedVersion: args.expectedVersion ?? null,
    filter: { archived: NOT_ARCHIVED },
    filterProblem: archivedProblem,
    update: (current: IndicatorDocument) => {
      requireInteger(args.year, 'year', current.baseline.year, tokyoYear(ctx.now));
      const value = requireMeasurement(current.unit, args.value);
      const measurements = [
        ...current.measurements
          .filter((m) => m.year !== args.year)
          .map((m) => ({ year: m.year, value: m.value, note: m.note ?? null })),
        { year: args.year, value, note },
      ].sort((a, b) => a.year - b.year);
      return { $set: { measurements } };
    },
    operation: 'recordMeasurement',
    ctx,
  });
  return primed(updated, ctx);
}
