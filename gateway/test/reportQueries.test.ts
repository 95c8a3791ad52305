import { NoDeprecatedCustomRule, parse, specifiedRules, validate } from 'graphql';
import { DEFAULT_MAX_COST } from '../src/config.js';
import { REPORTS } from '../src/reports/definitions/index.js';
import { type ProjectSupergraph, loadProjectSupergraph } from './support/supergraphSchema.js';

/**
 * Every report's operation, checked against the API schema the gateway serves: valid, free of deprecated fields (so
 * a report never depends on a field the schema is about to drop) and within the default cost limit.
 */

let graph: ProjectSupergraph;
beforeAll(async () => {
  graph = await loadProjectSupergraph();
});

const definitions = [...REPORTS.values()].map((definition) => [definition.name, definition] as const);
const params = { district: 'yaizu-01', fiscalYear: 2025 };

describe.each(definitions)('the %s report', (_name, definition) => {
  it('asks a valid operation that uses no deprecated field or argument', () => {
    const problems = validate(graph.schema, parse(definition.query), [
      ...specifiedRules,
      NoDeprecatedCustomRule,
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([]);
  });

  it('fits within the default cost limit', () => {
    const measured = graph.measure(definition.query, definition.variables(params), DEFAULT_MAX_COST);
    expect(measured.complete).toBe(true);
    expect(measured.cost).toBeLessThanOrEqual(DEFAULT_MAX_COST);
  });
});
