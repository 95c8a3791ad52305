import { fiscalYearOf } from '@kyodo/domain';
import { TEST_NOW } from '@kyodo/service-kit/testing';
import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import {
  type Body,
  type GraphResponse,
  type RunningGraph,
  startGraph,
  token,
  errorCodes,
} from '../src/graph.js';

/**
 * The audit trail and safe concurrent edits through the gateway (issue 13, items 2 and 4): racing editors, the
 * merged auditLog with its filters and pages, who may read it, redaction, and entries nothing can change.
 */

let graph: RunningGraph;
let world: DemoWorld;
let staffA: string;
let staffB: string;

beforeAll(async () => {
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  [staffA, staffB] = await Promise.all([
    token('staff', { sub: 'e2e-staff-a' }),
    token('staff', { sub: 'e2e-staff-b' }),
  ]);
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

const ENTRY =
  'id at operation entityType entityId actor { sub role organizationIds } changes { field before after }';
const LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } } } }`;

interface Entry {
  id: string;
  at: string;
  operation: string;
  entityType: string;
  entityId: string;
  actor: { sub: string; role: string; organizationIds: string[] };
  changes: { field: string; before: string | null; after: string | null }[];
}

async function log(filter: Record<string, unknown> = {}, first = 100, bearer = staffA): Promise<Entry[]> {
  const response = await graph.query(LOG, { filter, first }, bearer);
  expect(response.body.errors).toBeUndefined();
  return response.body.data.auditLog.edges.map((edge: Body) => edge.node);
}

const fiscalYear = fiscalYearOf(TEST_NOW);
const programInput = (name: string) => ({
  name,
  nameJa: '監査テスト助成',
  kind: 'GRANT',
  fiscalYear,
  budget: 5_000_000,
  maxAward: 500_000,
  eligibleKinds: ['NPO_CORPORATION'],
  applicationWindow: { opens: `${fiscalYear}-04-01`, closes: `${fiscalYear + 1}-03-31` },
  endsAfterFiscalYear: fiscalYear,
  description: '監査ログの検証',
});
const CREATE_PROGRAM = `mutation ($input: CreateGrantProgramInput!, $key: String) {
  createGrantProgram(input: $input, idempotencyKey: $key) { id version } }`;

describe('two staff editors racing on one record', () => {
  const READ_ORGANIZATION = 'query ($id: ID!) { organization(id: $id) { version memberCount } }';
  const UPDATE_ORGANIZATION = `mutation ($id: ID!, $v: Int!, $count: Int!) {
    updateOrganization(id: $id, expectedVersion: $v, input: { memberCount: $count }) { version memberCount } }`;

  it('updateOrganization: both read version N, exactly one wins, the other is CONFLICT with currentVersion; one entry each round', async () => {
    const organization = world.organizations.find((o) => o.active && o.kind === 'CIVIC_GROUP')!;
    const winners: { sub: string; count: number }[] = [];
    for (let round = 0; round < 3; round++) {
      const [readA, readB] = await Promise.all([
        graph.query(READ_ORGANIZATION, { id: organization.id }, staffA),
        graph.query(READ_ORGANIZATION, { id: organization.id }, staffB),
      ]);
      const version: number = readA.body.data.organization.version;
      expect(readB.body.data.organization.version).toBe(version);
      expect(version).toBe(round);

      const counts = { a: 1000 + round, b: 2000 + round };
      const [byA, byB] = await Promise.all([
        graph.query(UPDATE_ORGANIZATION, { id: organization.id, v: version, count: counts.a }, staffA),
        graph.query(UPDATE_ORGANIZATION, { id: organization.id, v: version, count: counts.b }, staffB),
      ]);
      const won = [byA, byB].filter((response) => response.body.errors === undefined);
      const lost = [byA, byB].filter((response) => response.body.errors !== undefined);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(errorCodes(lost[0]!.body)).toEqual(['CONFLICT']);
      expect(lost[0]!.body.errors[0].extensions.currentVersion).toBe(version + 1);
      expect(lost[0]!.body.errors[0].message).toContain(
        `was changed by someone else (version ${version + 1})`,
      );
      expect(won[0]!.body.data.updateOrganization.version).toBe(version + 1);
      const winner =
        won[0] === byA ? { sub: 'e2e-staff-a', count: counts.a } : { sub: 'e2e-staff-b', count: counts.b };
      winners.unshift(winner);

      const stored = await graph.query(READ_ORGANIZATION, { id: organization.id }, staffA);
      expect(stored.body.data.organization).toEqual({ version: version + 1, memberCount: winner.count });
    }

    // Exactly one entry per round, the winner's, newest first, each chaining on the one before.
    const entries = await log({ entityType: 'Organization', entityId: organization.id });
    expect(entries.map((entry) => [entry.operation, entry.actor.sub, entry.changes])).toEqual(
      winners.map((winner, index) => [
        'updateOrganization',
        winner.sub,
        [
          {
            field: 'memberCount',
            before: String(winners[index + 1]?.count ?? organization.memberCount),
            after: String(winner.count),
          },
        ],
      ]),
    );
    // The organization's own history is the same trail.
    const history = await graph.query(
      `query ($id: ID!) { organization(id: $id) { history(first: 10) { edges { node { id } } } } }`,
      { id: organization.id },
      staffB,
    );
    expect(history.body.data.organization.history.edges.map((edge: Body) => edge.node.id)).toEqual(
      entries.map((entry) => entry.id),
    );
  });

  it('updateGrantProgram: the same race in the funding subgraph, one winner, one entry', async () => {
    const created = await graph.query(CREATE_PROGRAM, { input: programInput('Race of editors') }, staffA);
    const id: string = created.body.data.createGrantProgram.id;
    const UPDATE = `mutation ($id: ID!, $v: Int!, $name: String!) {
      updateGrantProgram(id: $id, expectedVersion: $v, input: { name: $name }) { version name } }`;
    const responses = await Promise.all([
      graph.query(UPDATE, { id, v: 0, name: 'Edited by A' }, staffA),
      graph.query(UPDATE, { id, v: 0, name: 'Edited by B' }, staffB),
    ]);
    const won = responses.filter((response) => response.body.errors === undefined);
    const lost = responses.filter((response) => response.body.errors !== undefined);
    expect(won).toHaveLength(1);
    expect(errorCodes(lost[0]!.body)).toEqual(['CONFLICT']);
    expect(lost[0]!.body.errors[0].extensions.currentVersion).toBe(1);
    const updates = (await log({ entityId: id })).filter((entry) => entry.operation === 'updateGrantProgram');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes).toEqual([
      {
        field: 'name',
        before: '"Race of editors"',
        after: JSON.stringify(won[0]!.body.data.updateGrantProgram.name),
      },
    ]);
  });
});

describe('Query.auditLog', () => {
  let programId: string;
  let contactOrganization: DemoWorld['organizations'][number];
  const SECRET_EMAIL = 'private-desk@example.org';

  beforeAll(async () => {
    const created = await graph.query(
      CREATE_PROGRAM,
      { input: programInput('Audited program'), key: 'e2e-audit-program-0001' },
      staffA,
    );
    expect(created.body.errors).toBeUndefined();
    programId = created.body.data.createGrantProgram.id;
    contactOrganization = world.organizations.find((o) => o.active && o.kind === 'NPO_CORPORATION')!;
    const read = await graph.query(
      'query ($id: ID!) { organization(id: $id) { version } }',
      { id: contactOrganization.id },
      staffB,
    );
    const contact = await graph.query(
      `mutation ($id: ID!, $v: Int!, $email: String) {
        updateOrganization(id: $id, expectedVersion: $v, input: { contact: { email: $email } }) { version } }`,
      { id: contactOrganization.id, v: read.body.data.organization.version, email: SECRET_EMAIL },
      staffB,
    );
    expect(contact.body.errors).toBeUndefined();
  });

  it('merges every subgraph’s entries, newest first (by time, then id)', async () => {
    const entries = await log();
    const types = new Set(entries.map((entry) => entry.entityType));
    // Organization entries live in the organizations subgraph, GrantProgram ones in funding's: the fan-out merged them.
    expect(types.has('Organization') && types.has('GrantProgram')).toBe(true);
    const order = entries.map((entry) => [Date.parse(entry.at), entry.id] as const);
    const sorted = [...order].sort((x, y) => y[0] - x[0] || (x[1] < y[1] ? 1 : x[1] > y[1] ? -1 : 0));
    expect(order).toEqual(sorted);
    const created = entries.find((entry) => entry.entityId === programId)!;
    expect(created).toMatchObject({
      operation: 'createGrantProgram',
      entityType: 'GrantProgram',
      actor: { sub: 'e2e-staff-a', role: 'staff', organizationIds: [] },
    });
    expect(created.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/);
    expect(Date.parse(created.at)).toBeGreaterThanOrEqual(TEST_NOW.getTime());
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: '"Audited program"' },
        { field: 'budget', before: null, after: '5000000' },
      ]),
    );
  });

  it('a retried create with the same idempotency key returns the same program and leaves no second entry', async () => {
    const retry = await graph.query(
      CREATE_PROGRAM,
      { input: programInput('Audited program'), key: 'e2e-audit-program-0001' },
      staffA,
    );
    expect(retry.body.data.createGrantProgram.id).toBe(programId);
    expect((await log({ entityId: programId })).map((entry) => entry.operation)).toEqual([
      'createGrantProgram',
    ]);
    const reused = await graph.query(
      CREATE_PROGRAM,
      { input: programInput('Another program'), key: 'e2e-audit-program-0001' },
      staffA,
    );
    expect(errorCodes(reused.body)).toEqual(['CONFLICT']);
  });

  it('filters by entityType, entityId, actor and time', async () => {
    const all = await log();
    const programs = await log({ entityType: 'GrantProgram' });
    expect(programs.length).toBeGreaterThan(0);
    expect(programs.every((entry) => entry.entityType === 'GrantProgram')).toBe(true);
    expect(programs).toEqual(all.filter((entry) => entry.entityType === 'GrantProgram'));

    const one = await log({ entityType: 'GrantProgram', entityId: programId });
    expect(one.map((entry) => entry.entityId)).toEqual([programId]);
    // entityId alone asks every subgraph.
    expect(await log({ entityId: programId })).toEqual(one);

    const byB = await log({ actor: 'e2e-staff-b' });
    expect(byB.length).toBeGreaterThan(0);
    expect(byB).toEqual(all.filter((entry) => entry.actor.sub === 'e2e-staff-b'));
    expect(await log({ actor: 'nobody-at-all' })).toEqual([]);

    // from is inclusive, to exclusive (the graph's clock starts at TEST_NOW and runs on).
    const times = [...new Set(all.map((entry) => Date.parse(entry.at)))].sort((x, y) => x - y);
    expect(times.length).toBeGreaterThan(1);
    const middle = times[Math.floor(times.length / 2)]!;
    const instant = (ms: number) => new Date(ms).toISOString();
    const at = (entry: Entry) => Date.parse(entry.at);
    expect(await log({ from: instant(middle) })).toEqual(all.filter((entry) => at(entry) >= middle));
    expect(await log({ to: instant(middle) })).toEqual(all.filter((entry) => at(entry) < middle));
    expect(await log({ from: instant(times[0]!), to: instant(times.at(-1)! + 1) })).toEqual(all);
    expect(await log({ to: instant(times[0]!) })).toEqual([]);
    expect(await log({ from: instant(times.at(-1)! + 1) })).toEqual([]);
    expect(await log({ actor: 'e2e-staff-b', from: instant(middle) })).toEqual(
      byB.filter((entry) => at(entry) >= middle),
    );

    const backwards = await graph.query(
      LOG,
      { filter: { from: instant(middle), to: instant(middle - 1) } },
      staffA,
    );
    expect(errorCodes(backwards.body)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.body.errors[0].extensions.argumentName).toBe('filter.from');
    const badType = await graph.query(LOG, { filter: { entityType: '{"$ne": null}' } }, staffA);
    expect(errorCodes(badType.body)).toEqual(['BAD_USER_INPUT']);
    expect(badType.body.errors[0].extensions.argumentName).toBe('filter.entityType');
  });

  it('pages through the merged log with sealed cursors: every entry once, in order', async () => {
    const all = await log();
    expect(all.length).toBeGreaterThan(4);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: GraphResponse = await graph.query(LOG, { first: 2, after }, staffB);
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data.auditLog;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((edge: Body) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after !== null && pages < 100);
    expect(seen).toEqual(all.map((entry) => entry.id));

    const tooMany = await graph.query(LOG, { first: 101 }, staffA);
    expect(errorCodes(tooMany.body)).toEqual(['BAD_USER_INPUT']);
    const forged = await graph.query(LOG, { after: 'eyJmb3JnZWQiOnRydWV9.AAAAAAAAAAAAAAAAAAAAAA' }, staffA);
    expect(errorCodes(forged.body)).toEqual(['BAD_USER_INPUT']);
    expect(forged.body.errors[0].extensions.argumentName).toBe('after');
  });

  it('is for staff only: FORBIDDEN for members and residents, UNAUTHENTICATED anonymous; _auditLog is not exposed', async () => {
    const member = await token('member', { organizationIds: [contactOrganization.id] });
    const resident = await token('resident');
    expect(errorCodes((await graph.query(LOG, {}, member)).body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await graph.query(LOG, {}, resident)).body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await graph.query(LOG, {})).body)).toEqual(['UNAUTHENTICATED']);
    const history = await graph.query(
      'query ($id: ID!) { organization(id: $id) { name history { edges { cursor } } } }',
      { id: contactOrganization.id },
      member,
    );
    expect(errorCodes(history.body)).toEqual(['FORBIDDEN']);

    const internal = await graph.query('{ _auditLog { edges { cursor } } }', {}, staffA);
    expect(errorCodes(internal.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(internal.body.errors[0].message).toContain('_auditLog');
  });

  it('records personal fields as "[redacted]": the address itself is nowhere in the log', async () => {
    const response = await graph.query(
      LOG,
      { filter: { entityId: contactOrganization.id }, first: 100 },
      staffA,
    );
    const [entry] = response.body.data.auditLog.edges.map((edge: Body) => edge.node) as Entry[];
    expect(entry).toMatchObject({ operation: 'updateOrganization', actor: { sub: 'e2e-staff-b' } });
    expect(entry!.changes).toEqual([{ field: 'contact', before: '"[redacted]"', after: '"[redacted]"' }]);
    expect(JSON.stringify(response.body)).not.toContain(SECRET_EMAIL);
  });

  it('entries cannot be changed or deleted: no mutation touches them, and later writes leave every entry as it was', async () => {
    // The API: no mutation takes or returns an audit type, or is named for the log.
    const schema = await graph.query(
      `{ __type(name: "Mutation") { fields { name type { ...T } args { name type { ...T } } } } }
       fragment T on __Type { name kind ofType { name kind ofType { name kind ofType { name } } } }`,
      {},
      staffA,
    );
    const mutations = schema.body.data.__type.fields as Body[];
    expect(mutations.length).toBeGreaterThan(5);
    const named = (type: Body): string[] => (type ? [type.name, ...named(type.ofType)].filter(Boolean) : []);
    for (const mutation of mutations) {
      expect(mutation.name).not.toMatch(/audit/i);
      expect(named(mutation.type).join()).not.toMatch(/Audit/);
      for (const arg of mutation.args) expect(named(arg.type).join()).not.toMatch(/Audit/);
    }

    // The data: more writes to the same records (an update, an archive) add entries and change none.
    const before = await log();
    const organization = contactOrganization;
    const read = await graph.query(
      'query ($id: ID!) { organization(id: $id) { version } }',
      { id: organization.id },
      staffA,
    );
    const v = read.body.data.organization.version;
    const update = await graph.query(
      `mutation ($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { memberCount: 7 }) { id } }`,
      { id: organization.id, v },
      staffA,
    );
    expect(update.body.errors).toBeUndefined();
    const archive = await graph.query(
      'mutation ($id: ID!) { archiveOrganization(id: $id) { active } }',
      { id: organization.id },
      staffA,
    );
    expect(archive.body.data.archiveOrganization.active).toBe(false);
    const after = await log();
    expect(after.length).toBe(before.length + 2);
    const byId = new Map(after.map((entry) => [entry.id, entry]));
    for (const entry of before) expect(byId.get(entry.id)).toEqual(entry);
    const earlier = new Set(before.map((entry) => entry.id));
    const added = after.filter((entry) => !earlier.has(entry.id));
    expect(added.map((entry) => entry.operation).sort()).toEqual([
      'archiveOrganization',
      'updateOrganization',
    ]);
  });
});
