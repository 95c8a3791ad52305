/**
 * The aggregate command (collection pipelines with a cursor reply).
 */
import type { Document } from 'bson';
import { MongoCommandError } from './errors.js';
import { runPipeline } from '../query/pipeline.js';
import { explainCommand } from './explain.js';
import { checkHint } from '../query/select.js';
import { nonNegative, optionalDocument, type CommandContext, type CommandHandler } from './context.js';

function aggregate(ctx: CommandContext): Document {
  const { command } = ctx;
  const target = command.aggregate as unknown;
  if (command.explain === true) {
    // The legacy form { aggregate, pipeline, explain: true } answers like explain with queryPlanner verbosity.
    const { explain: _explain, ...inner } = command;
    return explainCommand(ctx, inner, 'queryPlanner');
  }
  const cursor = optionalDocument(command, 'cursor');
  if (!cursor) {
    throw new MongoCommandError(
      'FailedToParse',
      "The 'cursor' option is required, except for aggregate with the explain argument",
    );
  }
  const pipeline = command.pipeline as Document[];
  let input: Document[] | undefined;
  let name: string;
  if (typeof target === 'string' && target.length > 0) {
    name = target;
  } else if (target === 1) {
    // Database-level aggregation: only $documents can feed it.
    const first = Array.isArray(pipeline) ? pipeline[0] : undefined;
    if (!first || !('$documents' in first)) {
      throw new MongoCommandError(
        'InvalidNamespace',
        "{aggregate: 1} is not valid for '$match'; a collection is required.",
      );
    }
    name = '$cmd.aggregate';
    input = [];
  } else {
    throw new MongoCommandError('TypeMismatch', 'aggregate requires a collection name or 1');
  }
  const collection = input ? undefined : ctx.store.get(ctx.db, name);
  checkHint(collection, command.hint);
  const docs = runPipeline(
    collection,
    pipeline,
    (from) => ctx.store.get(ctx.db, from)?.all() ?? [],
    input,
    optionalDocument(command, 'let'),
    command.hint,
    optionalDocument(command, 'collation'),
  );
  return ctx.cursors.start(`${ctx.db}.${name}`, docs, nonNegative(cursor, 'batchSize'));
}

export const aggregateCommands: Record<string, CommandHandler> = { aggregate };
