import { TEST_NOW } from '@kyodo/service-kit/testing';
import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import { type Body, type RunningGraph, startGraph, token, errorCodes } from '../src/graph.js';

/**
 * Staff writes of facilities and rooms through the gateway (issue 13, items 1 and 2): the user path of each
 * mutation, its guard, its validation codes, an idempotent retry, a stale-version CONFLICT and the audit entries it
 * leaves (Facility.history, Room.history, Query.auditLog).
 */

let graph: RunningGraph;
let world: DemoWorld;
let staff: string;
let member: string;
let operatorId: string;

beforeAll(async () => {
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  operatorId = world.organizations[0]!.id;
  [staff, member] = await Promise.all([
    token('staff', { sub: 'e2e-staff-facilities' }),
    token('member', { organizationIds: [operatorId] }),
  ]);
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

const HISTORY = `history(first: 10) { edges { node {
  operation entityType entityId actor { sub role } changes { field before after } } } }`;
const CREATE = `mutation ($input: CreateFacilityInput!, $key: String) {
  createFacility(input: $input, idempotencyKey: $key) {
    id version nameJa nameKana kind operator { id name } openingHours { days { weekday closed } } } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateFacilityInput!) {
  updateFacility(id: $id, expectedVersion: $version, input: $input) { id version nameJa bookable } }`;
const ARCHIVE = `mutation ($id: ID!, $version: Int!) {
  archiveFacility(id: $id, expectedVersion: $version) { id version archivedAt } }`;
const CREATE_ROOM = `mutation ($input: CreateRoomInput!, $key: String) {
  createRoom(input: $input, idempotencyKey: $key) { id version name capacity bookable } }`;
const UPDATE_ROOM = `mutation ($id: ID!, $version: Int!, $input: UpdateRoomInput!) {
  updateRoom(id: $id, expectedVersion: $version, input: $input) { id version capacity } }`;
const ARCHIVE_ROOM = `mutation ($id: ID!, $version: Int!) {
  archiveRoom(id: $id, expectedVersion: $version) { id version archivedAt } }`;

const input = {
  source: { municipalityCode: '222127', no: '99001' },
  nameJa: 'E2E協働会館',
  nameKana: 'いーつーいーきょうどうかいかん',
  kind: 'MEETING_FACILITY',
  bookable: true,
  location: { lat: 34.87, lng: 138.32 },
  address: '焼津市本町2-2',
  districtCode: null,
  openingHours: {
    text: '9:00～17:00（土日休館）',
    days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({
      weekday,
      opens: '09:00',
      closes: '17:00',
    })),
  },
};

describe('facility and room writes through the gateway', () => {
  it('creates, corrects and archives a facility and a room, each leaving its audit entry', async () => {
    const created = await graph.query(
      CREATE,
      { input: { ...input, operatorId }, key: 'e2e-facility-0001' },
      staff,
    );
    expect(created.body.errors).toBeUndefined();
    const facility = created.body.data.createFacility;
    expect(facility).toMatchObject({
      version: 0,
      nameKana: 'イーツーイーキョウドウカイカン',
      kind: 'MEETING_FACILITY',
    });
    // The operator is resolved by its owner, the organizations subgraph.
    expect(facility.operator).toEqual({ id: operatorId, name: world.organizations[0]!.name });
    expect(
      facility.openingHours.days.filter((day: Body) => day.closed).map((day: Body) => day.weekday),
    ).toEqual(['SATURDAY', 'SUNDAY']);

    // A retry of the create (a lost response) returns the same facility.
    const retry = await graph.query(
      CREATE,
      { input: { ...input, operatorId }, key: 'e2e-facility-0001' },
      staff,
    );
    expect(retry.body.data.createFacility.id).toBe(facility.id);

    const room = (
      await graph.query(
        CREATE_ROOM,
        {
          input: { facilityId: facility.id, name: '多目的室', capacity: 40, hourlyFee: 800 },
          key: 'e2e-room-0001',
        },
        staff,
      )
    ).body.data.createRoom;
    expect(room).toMatchObject({ version: 0, name: '多目的室', capacity: 40, bookable: true });

    const updated = await graph.query(
      UPDATE,
      { id: facility.id, version: 0, input: { nameJa: 'E2E協働会館（改）', bookable: false } },
      staff,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateFacility).toMatchObject({
      version: 1,
      nameJa: 'E2E協働会館（改）',
      bookable: false,
    });

    // An editor who read version 0 is told someone changed it since.
    const stale = await graph.query(
      UPDATE,
      { id: facility.id, version: 0, input: { address: '上書き' } },
      staff,
    );
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors[0].extensions.currentVersion).toBe(1);

    const roomUpdated = await graph.query(
      UPDATE_ROOM,
      { id: room.id, version: 0, input: { capacity: 36 } },
      staff,
    );
    expect(roomUpdated.body.data.updateRoom).toMatchObject({ version: 1, capacity: 36 });
    const roomArchived = await graph.query(ARCHIVE_ROOM, { id: room.id, version: 1 }, staff);
    expect(roomArchived.body.data.archiveRoom).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    const archived = await graph.query(ARCHIVE, { id: facility.id, version: 1 }, staff);
    expect(archived.body.data.archiveFacility).toMatchObject({ version: 2, archivedAt: expect.any(String) });

    const history = await graph.query(
      `query ($id: ID!, $roomId: ID!) { facility(id: $id) { ${HISTORY} } room(id: $roomId) { ${HISTORY} } }`,
      { id: facility.id, roomId: room.id },
      staff,
    );
    expect(history.body.errors).toBeUndefined();
    const facilityEntries = history.body.data.facility.history.edges.map((edge: Body) => edge.node);
    expect(facilityEntries.map((entry: Body) => entry.operation)).toEqual([
      'archiveFacility',
      'updateFacility',
      'createFacility',
    ]);
    for (const entry of facilityEntries) {
      expect(entry).toMatchObject({
        entityType: 'Facility',
        entityId: facility.id,
        actor: { sub: 'e2e-staff-facilities', role: 'staff' },
      });
    }
    const renamed = facilityEntries[1].changes.find((change: Body) => change.field === 'nameJa');
    expect(renamed).toEqual({ field: 'nameJa', before: '"E2E協働会館"', after: '"E2E協働会館（改）"' });
    expect(history.body.data.room.history.edges.map((edge: Body) => edge.node.operation)).toEqual([
      'archiveRoom',
      'updateRoom',
      'createRoom',
    ]);

    const log = await graph.query(
      `query ($id: ID!) { auditLog(filter: { entityType: "Facility", entityId: $id }) {
        edges { node { operation entityId } } } }`,
      { id: facility.id },
      staff,
    );
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data.auditLog.edges.map((edge: Body) => edge.node.operation)).toEqual([
      'archiveFacility',
      'updateFacility',
      'createFacility',
    ]);
  });

  it('refuses members (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), and bad input with its code', async () => {
    const facility = world.facilities.find((candidate) => candidate.rooms.length > 0)!;
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE, { input: { ...input, source: { municipalityCode: '222127', no: '99002' } } }],
      [UPDATE, { id: facility.id, version: 0, input: { address: 'x' } }],
      [ARCHIVE, { id: facility.id, version: 0 }],
      [CREATE_ROOM, { input: { facilityId: facility.id, name: '新室', capacity: 5, hourlyFee: 0 } }],
      [UPDATE_ROOM, { id: facility.rooms[0]!.id, version: 0, input: { capacity: 5 } }],
      [ARCHIVE_ROOM, { id: facility.rooms[0]!.id, version: 0 }],
    ];
    for (const [mutation, variables] of attempts) {
      expect(errorCodes((await graph.query(mutation, variables, member)).body)).toEqual(['FORBIDDEN']);
      expect(errorCodes((await graph.query(mutation, variables)).body)).toEqual(['UNAUTHENTICATED']);
    }
    const history = await graph.query(
      `query ($id: ID!) { facility(id: $id) { id ${HISTORY} } }`,
      { id: facility.id },
      member,
    );
    expect(errorCodes(history.body)).toEqual(['FORBIDDEN']);

    const bad = await graph.query(
      CREATE,
      { input: { ...input, source: { municipalityCode: '222127', no: '99003' }, nameKana: 'Latin letters' } },
      staff,
    );
    expect(bad.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.nameKana',
    });
    const hours = await graph.query(
      CREATE,
      {
        input: {
          ...input,
          source: { municipalityCode: '222127', no: '99004' },
          openingHours: { text: 'x', days: [{ weekday: 'MONDAY', opens: '25:00', closes: '26:00' }] },
        },
      },
      staff,
    );
    expect(hours.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.openingHours.days[0].opens',
    });
    // The demo world books ahead of the graph's clock: a facility with such a booking cannot be archived yet.
    const busy = world.bookings.find((booking) => booking.start.getTime() > TEST_NOW.getTime())!;
    const refused = await graph.query(ARCHIVE, { id: busy.facilityId, version: 0 }, staff);
    expect(errorCodes(refused.body)).toEqual(['CONFLICT']);
    expect(refused.body.errors[0].extensions.futureBookings).toBeGreaterThan(0);
  });

  it('audits the existing writes too: bookRoom, cancelBooking and recordUsage leave entries in auditLog', async () => {
    const created = await graph.query(
      CREATE,
      { input: { ...input, source: { municipalityCode: '222127', no: '99005' }, nameJa: 'E2E予約会館' } },
      staff,
    );
    const facilityId = created.body.data.createFacility.id;
    const room = (
      await graph.query(
        CREATE_ROOM,
        { input: { facilityId, name: '和室', capacity: 20, hourlyFee: 300 } },
        staff,
      )
    ).body.data.createRoom;
    // 2030-06-04 is a Tuesday: open 9:00-17:00.
    const booked = await graph.query(
      `mutation ($input: BookRoomInput!) { bookRoom(input: $input) { id } }`,
      {
        input: {
          roomId: room.id,
          organizationId: operatorId,
          start: '2030-06-04T10:00:00+09:00',
          end: '2030-06-04T12:00:00+09:00',
          purpose: '役員会',
          attendees: 8,
        },
      },
      member,
    );
    expect(booked.body.errors).toBeUndefined();
    const bookingId = booked.body.data.bookRoom.id;
    const cancelled = await graph.query(
      `mutation ($id: ID!) { cancelBooking(id: $id) { status } }`,
      { id: bookingId },
      member,
    );
    expect(cancelled.body.data.cancelBooking.status).toBe('CANCELLED');
    const usage = await graph.query(
      `mutation ($id: ID!) { first: recordUsage(facilityId: $id, month: "2026-05", visitors: 120) { visitors }
        again: recordUsage(facilityId: $id, month: "2026-05", visitors: 125) { visitors } }`,
      { id: facilityId },
      staff,
    );
    expect(usage.body.errors).toBeUndefined();

    const LOG = `query ($filter: AuditLogFilter) { auditLog(filter: $filter) {
      edges { node { operation entityId actor { sub role } changes { field before after } } } } }`;
    const bookingLog = await graph.query(
      LOG,
      { filter: { entityType: 'Booking', entityId: bookingId } },
      staff,
    );
    expect(bookingLog.body.errors).toBeUndefined();
    const entries = bookingLog.body.data.auditLog.edges.map((edge: Body) => edge.node);
    expect(entries.map((entry: Body) => entry.operation)).toEqual(['cancelBooking', 'bookRoom']);
    expect(entries[0].actor).toEqual({ sub: 'e2e-member', role: 'member' });
    expect(entries[0].changes).toContainEqual({
      field: 'status',
      before: '"CONFIRMED"',
      after: '"CANCELLED"',
    });

    const usageLog = await graph.query(
      LOG,
      { filter: { entityType: 'UsageRecord', actor: 'e2e-staff-facilities' } },
      staff,
    );
    const usageEntries = usageLog.body.data.auditLog.edges.map((edge: Body) => edge.node);
    expect(usageEntries.map((entry: Body) => entry.operation)).toEqual(['recordUsage', 'recordUsage']);
    expect(usageEntries[0].changes).toContainEqual({ field: 'visitors', before: '120', after: '125' });
  });
});
