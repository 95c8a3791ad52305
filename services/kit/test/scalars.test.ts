import { graphql, parse } from 'graphql';
import { ANONYMOUS, DateScalar, DateTimeScalar, buildKitSchema } from '../src/index.js';

const schema = buildKitSchema({
  name: 'scalars',
  typeDefs: parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
    scalar DateTime
    scalar Date
    type Query {
      echoInstant(at: DateTime!): DateTime!
      echoDay(on: Date!): Date!
      stored: DateTime!
    }
  `),
  resolvers: {
    DateTime: DateTimeScalar,
    Date: DateScalar,
    Query: {
      echoInstant: (_: unknown, { at }: { at: Date }) => at,
      echoDay: (_: unknown, { on }: { on: string }) => on,
      stored: () => new Date('2025-03-31T23:30:00Z'),
    },
  },
  createLoaders: () => ({}),
  models: [],
});

async function run(source: string, variableValues?: Record<string, unknown>) {
  const result = await graphql({ schema, source, variableValues, contextValue: { viewer: ANONYMOUS } });
  return {
    data: result.data,
    errors: (result.errors ?? []).map((e) => ({ code: e.extensions.code, message: e.message })),
  };
}

test('DateTime prints in Asia/Tokyo (+09:00) whatever offset came in', async () => {
  expect((await run('{ stored }')).data).toEqual({ stored: '2025-04-01T08:30:00.000+09:00' });
  const echoed = await run('query ($at: DateTime!) { echoInstant(at: $at) }', { at: '2025-04-01T00:00:00Z' });
  expect(echoed.data).toEqual({ echoInstant: '2025-04-01T09:00:00.000+09:00' });
  const literal = await run('{ echoInstant(at: "2025-04-01T09:00:00-05:00") }');
  expect(literal.data).toEqual({ echoInstant: '2025-04-01T23:00:00.000+09:00' });
});

test.each(['2025-04-01T09:00:00', '2025-04-01', 'tomorrow', '2025-13-01T00:00:00Z'])(
  'DateTime %j is BAD_USER_INPUT',
  async (at) => {
    const { errors } = await run('query ($at: DateTime!) { echoInstant(at: $at) }', { at });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('BAD_USER_INPUT');
    expect(errors[0]!.message).toContain('DateTime must be ISO-8601 with an offset');
  },
);

test('Date keeps real calendar dates and refuses impossible ones', async () => {
  expect((await run('{ echoDay(on: "2024-02-29") }')).data).toEqual({ echoDay: '2024-02-29' });
  for (const on of ['2025-02-29', '2025-4-1', '2025-04-01T00:00:00Z']) {
    const { errors } = await run('query ($on: Date!) { echoDay(on: $on) }', { on });
    expect(errors.map((e) => e.code)).toEqual(['BAD_USER_INPUT']);
  }
});

test.each([
  ['DateTime', 'query ($v: DateTime!) { echoInstant(at: $v) }', '9999-06-01T10:00:00+09:00'],
  ['DateTime', 'query ($v: DateTime!) { echoInstant(at: $v) }', '0001-01-01T00:00:00Z'],
  ['Date', 'query ($v: Date!) { echoDay(on: $v) }', '2999-01-01'],
  ['Date', 'query ($v: Date!) { echoDay(on: $v) }', '1600-01-01'],
])('%s %j outside the years 1868-2199 is BAD_USER_INPUT', async (_scalar, source, v) => {
  const { errors } = await run(source, { v });
  expect(errors.map((e) => e.code)).toEqual(['BAD_USER_INPUT']);
  expect(errors[0]!.message).toContain('1868 to 2199');
});
