import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import {
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { type CostDirectives, readCostDirectives } from '../../src/costDirectives.js';
import { type OperationMeasure, measureOperation } from '../../src/limits.js';
import { findRepoRoot } from '../../src/repoRoot.js';
import { supergraphForGateway } from '../../src/securityFeatures.js';

export interface ProjectSupergraph {
  schema: GraphQLSchema;
  directives: CostDirectives;
  measure(query: string, variables?: Record<string, unknown>, maxCost?: number): OperationMeasure;
}

/** The API schema the gateway serves from schema/supergraph.graphql, and its cost directives. */
export async function loadProjectSupergraph(): Promise<ProjectSupergraph> {
  const sdl = readFileSync(path.join(findRepoRoot(), 'schema', 'supergraph.graphql'), 'utf8');
  const gateway = new ApolloGateway({ supergraphSdl: supergraphForGateway(sdl) });
  const { schema } = await gateway.load();
  await gateway.stop();
  const directives = readCostDirectives(sdl);
  return {
    schema,
    directives,
    measure(query, variables = {}, maxCost) {
      const document = parse(query);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      ) as OperationDefinitionNode;
      const fragments = document.definitions.filter(
        (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
      );
      return measureOperation(schema, operation, fragments, variables, { directives, maxCost });
    },
  };
}
