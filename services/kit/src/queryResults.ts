import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import mongoose from 'mongoose';

type ReferenceResolver = (reference: unknown, context: unknown, info: unknown) => unknown;

function settle(result: unknown): unknown {
  return result instanceof mongoose.Query ? result.exec() : result;
}

/**
 * Lets resolvers return a mongoose Query (`Model.find(...)`) as they would a promise. A Query is a thenable that
 * runs again on every `.then`, and Apollo Server's field instrumentation calls `.then` before graphql-js does, which
 * fails with "Query was already executed"; turning it into a real promise once avoids that.
 */
export function settleMongooseQueries(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const settled: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) =>
        settle(resolve(source, args, context, info));
      field.resolve = settled;
    }
    const subgraph = (type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } })
      .apollo?.subgraph;
    const resolveReference = subgraph?.resolveReference;
    if (subgraph && resolveReference) {
      subgraph.resolveReference = (reference, context, info) =>
        settle(resolveReference(reference, context, info));
    }
  }
  return schema;
}
