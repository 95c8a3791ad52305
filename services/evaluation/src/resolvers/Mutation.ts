import {
  badUserInput,
  forbidden,
  isMemberOf,
  isStaff,
  notFound,
  optionalText,
  parseObjectId,
  requireEntityExists,
  requireInteger,
  requireText,
} from '@kyodo/service-kit';
import { fiscalYearOf, tokyoYear } from '@kyodo/domain';
import type { Context } from '../context.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { ActionItemModel } from '../models/ActionItem.js';
import { EvaluationModel } from '../models/Evaluation.js';
import { IndicatorModel, type IndicatorDocument } from '../models/Indicator.js';
import { requireMeasurement } from '../measurementUnits.js';
import { SUBJECT_OWNERS } from '../references.js';
import { score } from '../validation.js';

const NOTE_MAX = 1000;
const FINDINGS_MAX = 4000;
const EVALUATOR_MAX = 200;
const CRITERION_MAX = 100;
const SCORES_MAX = 20;
const FIRST_FISCAL_YEAR = 2000;
// A measurement lost to a concurrent recorder of the same year is retried; each retry means another writer won.
const MEASUREMENT_ATTEMPTS = 5;

/**
 * One measurement per year, without a read-then-write: replace the year's entry in place if it exists, otherwise
 * push it on the condition that the year is still absent. If that condition fails, a concurrent call added the
 * year in between, so the replace is tried again.
 */
async function writeMeasurement(
  indicatorId: string,
  measurement: { year: number; value: number; note: string | null },
): Promise<IndicatorDocument | null> {
  for (let attempt = 0; attempt < MEASUREMENT_ATTEMPTS; attempt += 1) {
    const replaced = await IndicatorModel.findOneAndUpdate(
      { _id: indicatorId, 'measurements.year': measurement.year },
      { $set: { 'measurements.$': measurement } },
      { returnDocument: 'after' },
    ).exec();
    if (replaced) return replaced;
    const added = await IndicatorModel.findOneAndUpdate(
      { _id: indicatorId, 'measurements.year': { $ne: measurement.year } },
      { $push: { measurements: { $each: [measurement], $sort: { year: 1 } } } },
      { returnDocument: 'after' },
    ).exec();
    if (added) return added;
  }
  return null;
}

export const Mutation: MutationResolvers<Context> = {
  recordMeasurement: async (_, args, { loaders, now }) => {
    const id = parseObjectId(args.indicatorId, 'indicatorId').toHexString();
    const indicator = await loaders.indicator.load(id);
    if (!indicator) throw notFound('Indicator', args.indicatorId);
    // The baseline never changes, so checking against it before the write is race-free.
    requireInteger(args.year, 'year', indicator.baseline.year, tokyoYear(now));
    const value = requireMeasurement(indicator.unit, args.value);
    const note = optionalText(args.note, 'note', { max: NOTE_MAX });
    const updated = await writeMeasurement(id, { year: args.year, value, note });
    if (!updated) throw notFound('Indicator', args.indicatorId);
    loaders.indicator.clear(id).prime(id, updated);
    return updated;
  },

  setActionItemStatus: async (_, args, { loaders }) => {
    const id = parseObjectId(args.id, 'id').toHexString();
    const item = await loaders.actionItem.load(id);
    if (!item) throw notFound('ActionItem', args.id);
    // A plan's years are fixed at creation, so reading them first cannot race with this write.
    const years = item.yearlyPlan.map((entry) => entry.fiscalYear);
    const lastYear = years[years.length - 1];
    if (!years.includes(args.fiscalYear)) {
      throw badUserInput(
        `Argument "fiscalYear" must be a year of the plan of ${item.code} (FY${years[0]}-FY${lastYear}), got ${args.fiscalYear}`,
        { argumentName: 'fiscalYear' },
      );
    }
    const updated = await ActionItemModel.findOneAndUpdate(
      { _id: id, 'yearlyPlan.fiscalYear': args.fiscalYear },
      {
        $set: {
          'yearlyPlan.$.status': args.status,
          // The item's own status mirrors its last plan year, in the same atomic update.
          ...(args.fiscalYear === lastYear ? { status: args.status } : {}),
        },
      },
      { returnDocument: 'after' },
    ).exec();
    if (!updated) throw notFound('ActionItem', args.id);
    loaders.actionItem.clear(id).prime(id, updated);
    return updated;
  },

  submitEvaluation: async (_, { input }, { viewer, entities, now }) => {
    const subjectId = parseObjectId(input.subjectId, 'input.subjectId');
    if (!isStaff(viewer)) {
      // Members may assess only themselves; mutual and third-party evaluations are commissioned by the city.
      if (input.type !== 'SELF' || input.subjectType !== 'ORGANIZATION') {
        throw forbidden('Only staff may submit evaluations other than an organization’s SELF evaluation');
      }
      if (!isMemberOf(viewer, subjectId.toHexString())) {
        throw forbidden('Only members of the organization (or staff) may submit its SELF evaluation');
      }
    }

    requireInteger(input.fiscalYear, 'input.fiscalYear', FIRST_FISCAL_YEAR, fiscalYearOf(now) + 1);
    if (input.scores.length === 0 || input.scores.length > SCORES_MAX) {
      throw badUserInput(`Argument "input.scores" must have between 1 and ${SCORES_MAX} entries`, {
        argumentName: 'input.scores',
      });
    }
    const criteria = new Set<string>();
    const scores = input.scores.map((entry, i) => {
      const criterion = requireText(entry.criterion, `input.scores[${i}].criterion`, { max: CRITERION_MAX });
      if (criteria.has(criterion)) {
        throw badUserInput(`Argument "input.scores" rates ${criterion} twice`, {
          argumentName: 'input.scores',
        });
      }
      criteria.add(criterion);
      return { criterion, score: score(entry.score, `input.scores[${i}].score`) };
    });

    const fields = {
      subjectType: input.subjectType,
      subjectId,
      type: input.type,
      phase: input.phase,
      fiscalYear: input.fiscalYear,
      scores,
      overall: score(input.overall, 'input.overall'),
      findings: requireText(input.findings, 'input.findings', { max: FINDINGS_MAX }),
      recommendations: requireText(input.recommendations, 'input.recommendations', { max: FINDINGS_MAX }),
      evaluator: requireText(input.evaluator, 'input.evaluator', { max: EVALUATOR_MAX }),
      submittedBy: viewer.sub,
      createdAt: now,
    };
    // Last, as it costs a call to the subgraph that owns the subject: an evaluation of nothing is NOT_FOUND.
    const owner = SUBJECT_OWNERS[input.subjectType];
    await requireEntityExists(
      entities,
      owner.subgraph,
      owner.typename,
      subjectId.toHexString(),
      'input.subjectId',
    );
    return EvaluationModel.create(fields);
  },
};
