import { conflict, notFound, type AnyModel } from '@kyodo/service-kit';
import type { GraphQLError } from 'graphql';
import type { Context } from './context.js';

// Interim: the shape of the kit's audited writes (issue 13 contract) until they land.

export async function auditedCreate<D>(
  model: AnyModel,
  fields: Record<string, unknown>,
  _ctx: Context,
  _options: { entityType: string; operation: string; idempotencyKey?: string | null; input: unknown },
): Promise<D> {
  return (await model.create(fields)) as D;
}

export async function auditedUpdate<D>(
  model: AnyModel,
  options: {
    id: string;
    entityType: string;
    expectedVersion: number;
    filter?: Record<string, unknown>;
    filterProblem?: () => GraphQLError;
    update: Record<string, unknown>;
    operation: string;
    ctx: Context;
  },
): Promise<D> {
  const { id, expectedVersion, filter = {}, update } = options;
  const updated = await model
    .findOneAndUpdate(
      { _id: id, __v: expectedVersion, ...filter },
      { ...update, $inc: { __v: 1 } },
      { returnDocument: 'after', runValidators: true },
    )
    .exec();
  if (updated) return updated as D;
  const current = await model.findById(id).exec();
  if (!current) throw notFound(options.entityType, id);
  if (current.__v === expectedVersion && options.filterProblem) throw options.filterProblem();
  throw conflict(
    `${options.entityType} ${id} was changed by someone else (version ${current.__v}); reload and apply your change again`,
    { currentVersion: current.__v },
  );
}
