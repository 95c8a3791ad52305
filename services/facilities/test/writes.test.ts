import { stableObjectIdHex, type DemoWorld } from '@kyodo/seed';
import { ANONYMOUS } from '@kyodo/service-kit';
import type { TestResponse, TestSubgraph } from '@kyodo/service-kit/testing';
import { Types } from 'mongoose';
import { FacilityModel } from '../src/models/Facility.js';
import { RoomModel } from '../src/models/Room.js';
import { STAFF, codes, memberOf, onlyData, startFacilities } from './helpers.js';

/** Staff writes of facilities and rooms (issue 13, item 1): rules, guards, versions and the archive rule. */

let subgraph: TestSubgraph;
let demo: DemoWorld;
const OPERATOR = stableObjectIdHex('organization', 'test:operator');

beforeAll(async () => {
  ({ demo, subgraph } = await startFacilities([OPERATOR]));
}, 300_000);
afterAll(() => subgraph?.stop());

const FACILITY_FIELDS = `id version name nameJa nameKana kind bookable address archivedAt
  location { lat lng } district { code } operator { id } phone url builtYear disasterBase
  openingHours { text days { weekday opens closes closed } closedOnHolidays holidayHours { opens closes }
    closedDays { rule label from to nth weekday } notes }
  accessibility { stepFree elevator accessibleToilet notes }
  source { municipalityCode no classificationRule classificationReason }
  rooms { id name capacity equipment hourlyFee bookable }`;
const CREATE = `mutation ($input: CreateFacilityInput!, $key: String) {
  createFacility(input: $input, idempotencyKey: $key) { ${FACILITY_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateFacilityInput!) {
  updateFacility(id: $id, expectedVersion: $version, input: $input) { ${FACILITY_FIELDS} } }`;
const ARCHIVE = `mutation ($id: ID!, $version: Int!) {
  archiveFacility(id: $id, expectedVersion: $version) { id version archivedAt } }`;
const ROOM_FIELDS = 'id version name capacity equipment hourlyFee bookable archivedAt facility { id }';
const CREATE_ROOM = `mutation ($input: CreateRoomInput!, $key: String) {
  createRoom(input: $input, idempotencyKey: $key) { ${ROOM_FIELDS} } }`;
const UPDATE_ROOM = `mutation ($id: ID!, $version: Int!, $input: UpdateRoomInput!) {
  updateRoom(id: $id, expectedVersion: $version, input: $input) { ${ROOM_FIELDS} } }`;
const ARCHIVE_ROOM = `mutation ($id: ID!, $version: Int!) {
  archiveRoom(id: $id, expectedVersion: $version) { ${ROOM_FIELDS} } }`;
const BOOK = `mutation ($input: BookRoomInput!) { bookRoom(input: $input) { id } }`;
const CANCEL = `mutation ($id: ID!) { cancelBooking(id: $id) { id } }`;
const SEARCH = `query ($search: String) { facilities(filter: { search: $search }) { edges { node { id } } } }`;

/** The extensions of a response's first error (an empty object when it has none). */
function extensionsOf(response: TestResponse<unknown>): Record<string, unknown> {
  return (response.body.errors?.[0]?.extensions ?? {}) as Record<string, unknown>;
}

interface FacilityResult {
  id: string;
  version: number;
  [field: string]: unknown;
}

let nextNo = 90000;
function facilityInput(overrides: Record<string, unknown> = {}) {
  nextNo += 1;
  return {
    source: { municipalityCode: '222127', no: `0${nextNo}` },
    nameJa: `テスト第１会館${nextNo}`,
    nameKana: `てすとだいいちかいかん`,
    kind: 'MEETING_FACILITY',
    bookable: true,
    location: { lat: 34.867, lng: 138.323 },
    address: '焼津市本町1-1',
    districtCode: null,
    openingHours: {
      text: '9:00～21:00（月曜・年末年始休館）',
      days: ['TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday) => ({
        weekday,
        opens: '09:00',
        closes: '21:00',
      })),
      closedOnHolidays: false,
      closedDays: [
        { rule: 'YEAR_END', label: '年末年始' },
        { rule: 'NTH_WEEKDAY', label: '第3日曜日', nth: 3, weekday: 'SUNDAY' },
      ],
      notes: ['駐車場あり'],
    },
    accessibility: { stepFree: true, elevator: false, accessibleToilet: true, notes: ['スロープ'] },
    operatorId: OPERATOR,
    phone: '054-000-0000',
    url: 'https://example.jp/kaikan',
    builtYear: 1999,
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}): Promise<FacilityResult> {
  const data = onlyData(
    await subgraph.query<{ createFacility: FacilityResult }>(
      CREATE,
      { input: facilityInput(overrides) },
      STAFF,
    ),
  );
  return data.createFacility;
}

async function createRoom(facilityId: string, overrides: Record<string, unknown> = {}) {
  const input = { facilityId, name: '会議室1', capacity: 30, equipment: ['プロジェクター'], hourlyFee: 500 };
  const data = onlyData(
    await subgraph.query<{ createRoom: FacilityResult }>(
      CREATE_ROOM,
      { input: { ...input, ...overrides } },
      STAFF,
    ),
  );
  return data.createRoom;
}

const booking = (roomId: string, day = '2030-06-04') => ({
  roomId,
  organizationId: OPERATOR,
  start: `${day}T10:00:00+09:00`,
  end: `${day}T12:00:00+09:00`,
  purpose: '総会',
  attendees: 10,
});

describe('createFacility', () => {
  it('registers a facility with its hours, access and operator, searchable and bookable at once', async () => {
    const facility = await create();
    expect(facility).toMatchObject({
      version: 0,
      name: facility.nameJa,
      nameKana: 'テストダイイチカイカン',
      kind: 'MEETING_FACILITY',
      operator: { id: OPERATOR },
      location: { lat: 34.867, lng: 138.323 },
      archivedAt: null,
      source: {
        municipalityCode: '222127',
        classificationRule: null,
        classificationReason: 'Chosen by city staff',
      },
      accessibility: { stepFree: true, elevator: false, accessibleToilet: true, notes: ['スロープ'] },
      rooms: [],
    });
    const hours = facility.openingHours as {
      days: { weekday: string; closed: boolean }[];
      closedDays: unknown[];
    };
    expect(hours.days.map((day) => [day.weekday, day.closed])).toEqual([
      ['MONDAY', true],
      ['TUESDAY', false],
      ['WEDNESDAY', false],
      ['THURSDAY', false],
      ['FRIDAY', false],
      ['SATURDAY', false],
      ['SUNDAY', false],
    ]);
    expect(hours.closedDays).toHaveLength(2);
    // Search folds width: the full-width digit in the name is found from an ASCII one.
    const found = onlyData(
      await subgraph.query<{ facilities: { edges: { node: { id: string } }[] } }>(SEARCH, {
        search: String(facility.nameJa).replace('１', '1'),
      }),
    );
    expect(found.facilities.edges.map((edge) => edge.node.id)).toEqual([facility.id]);

    // The schedule follows the hours: a Tuesday morning books, a Monday does not.
    const room = await createRoom(facility.id);
    expect(onlyData(await subgraph.query(BOOK, { input: booking(room.id) }, STAFF))).toBeTruthy();
    const monday = await subgraph.query(BOOK, { input: booking(room.id, '2030-06-03') }, STAFF);
    expect(codes(monday)).toEqual(['BAD_USER_INPUT']);
  });

  it('names the first invalid field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ nameJa: '  ' }, 'input.nameJa'],
      [{ nameKana: 'Kaikan' }, 'input.nameKana'],
      [{ source: { municipalityCode: '2221', no: '1' } }, 'input.source.municipalityCode'],
      [{ source: { municipalityCode: '222127', no: 'a b' } }, 'input.source.no'],
      [{ location: { lat: 91, lng: 0 } }, 'input.location.lat'],
      [{ phone: 'call us' }, 'input.phone'],
      [{ url: 'javascript:alert(1)' }, 'input.url'],
      [{ builtYear: 2999 }, 'input.builtYear'],
      [{ operatorId: 'nope' }, 'input.operatorId'],
      [
        { openingHours: { text: 'x', days: [{ weekday: 'MONDAY', opens: '10:00', closes: '09:00' }] } },
        'input.openingHours.days[0].closes',
      ],
      [
        { openingHours: { text: 'x', days: [{ weekday: 'MONDAY', opens: '9:00', closes: '17:00' }] } },
        'input.openingHours.days[0].opens',
      ],
      [
        {
          openingHours: {
            text: 'x',
            days: [
              { weekday: 'MONDAY', opens: '09:00', closes: '17:00' },
              { weekday: 'MONDAY', opens: '09:00', closes: '12:00' },
            ],
          },
        },
        'input.openingHours.days[1]',
      ],
      [
        {
          openingHours: {
            text: 'x',
            days: [],
            closedOnHolidays: true,
            holidayHours: { opens: '09:00', closes: '12:00' },
          },
        },
        'input.openingHours.holidayHours',
      ],
      [
        {
          openingHours: {
            text: 'x',
            days: [],
            closedDays: [{ rule: 'DATE_RANGE', label: '休', from: '02-30' }],
          },
        },
        'input.openingHours.closedDays[0].from',
      ],
      [
        {
          openingHours: {
            text: 'x',
            days: [],
            closedDays: [{ rule: 'NTH_WEEKDAY', label: '休', nth: 6, weekday: 'MONDAY' }],
          },
        },
        'input.openingHours.closedDays[0].nth',
      ],
    ];
    for (const [overrides, argumentName] of cases) {
      const response = await subgraph.query(CREATE, { input: facilityInput(overrides) }, STAFF);
      expect([argumentName, codes(response)]).toEqual([argumentName, ['BAD_USER_INPUT']]);
      expect(extensionsOf(response).argumentName).toBe(argumentName);
    }
    const unknownOperator = await subgraph.query(
      CREATE,
      { input: facilityInput({ operatorId: stableObjectIdHex('organization', 'nobody') }) },
      STAFF,
    );
    expect(codes(unknownOperator)).toEqual(['NOT_FOUND']);
  });

  it('is for staff only', async () => {
    const member = await subgraph.query(CREATE, { input: facilityInput() }, memberOf(OPERATOR));
    expect(codes(member)).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.query(CREATE, { input: facilityInput() }, ANONYMOUS))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('returns the first facility for a retry with the same key, and refuses a source already registered', async () => {
    const input = facilityInput();
    const first = onlyData(
      await subgraph.query<{ createFacility: FacilityResult }>(
        CREATE,
        { input, key: 'create-kaikan-0001' },
        STAFF,
      ),
    ).createFacility;
    const retry = onlyData(
      await subgraph.query<{ createFacility: FacilityResult }>(
        CREATE,
        { input, key: 'create-kaikan-0001' },
        STAFF,
      ),
    ).createFacility;
    expect(retry.id).toBe(first.id);
    const changed = await subgraph.query(
      CREATE,
      { input: { ...input, address: '焼津市別の住所' }, key: 'create-kaikan-0001' },
      STAFF,
    );
    expect(codes(changed)).toEqual(['CONFLICT']);
    // The same NO written with leading zeros dropped is the same facility.
    const again = await subgraph.query(
      CREATE,
      { input: { ...input, source: { municipalityCode: '222127', no: input.source.no.replace(/^0+/, '') } } },
      STAFF,
    );
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(extensionsOf(again).existingId).toBe(first.id);
    expect(await FacilityModel.countDocuments({ normalisedNo: input.source.no.replace(/^0+/, '') })).toBe(1);
  });
});

describe('updateFacility', () => {
  it('corrects names, kind, hours and operator at the version read, and keeps search keys in step', async () => {
    const facility = await create();
    const updated = onlyData(
      await subgraph.query<{ updateFacility: FacilityResult }>(
        UPDATE,
        {
          id: facility.id,
          version: facility.version,
          input: {
            nameJa: '改名後センター',
            nameKana: 'かいめいごせんたー',
            kind: 'CIVIC_HALL',
            operatorId: null,
            openingHours: null,
          },
        },
        STAFF,
      ),
    ).updateFacility;
    expect(updated).toMatchObject({
      version: facility.version + 1,
      nameJa: '改名後センター',
      nameKana: 'カイメイゴセンター',
      kind: 'CIVIC_HALL',
      operator: null,
      openingHours: null,
      phone: '054-000-0000',
    });
    const byNew = onlyData(
      await subgraph.query<{ facilities: { edges: { node: { id: string } }[] } }>(SEARCH, {
        search: 'かいめいご',
      }),
    );
    expect(byNew.facilities.edges.map((edge) => edge.node.id)).toEqual([facility.id]);

    const stale = await subgraph.query(
      UPDATE,
      { id: facility.id, version: facility.version, input: { address: '焼津市上書き' } },
      STAFF,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(extensionsOf(stale).currentVersion).toBe(facility.version + 1);
  });

  it('refuses a new location without its district, an empty change and an unknown id', async () => {
    const facility = await create();
    const noDistrict = await subgraph.query(
      UPDATE,
      { id: facility.id, version: 0, input: { location: { lat: 34.9, lng: 138.3 } } },
      STAFF,
    );
    expect(extensionsOf(noDistrict)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.districtCode',
    });
    expect(codes(await subgraph.query(UPDATE, { id: facility.id, version: 0, input: {} }, STAFF))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const unknown = await subgraph.query(
      UPDATE,
      { id: stableObjectIdHex('facility', 'none'), version: 0, input: { address: 'x' } },
      STAFF,
    );
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await subgraph.query(
          UPDATE,
          { id: facility.id, version: 0, input: { address: 'x' } },
          memberOf(OPERATOR),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('archiveFacility and archiveRoom', () => {
  it('refuses while a booking has not ended, naming how many, then archives once they are cancelled', async () => {
    const facility = await create();
    const room = await createRoom(facility.id);
    const booked = onlyData(
      await subgraph.query<{ bookRoom: { id: string } }>(BOOK, { input: booking(room.id) }, STAFF),
    );
    const refused = await subgraph.query(ARCHIVE, { id: facility.id, version: facility.version }, STAFF);
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(extensionsOf(refused).futureBookings).toBe(1);
    const roomRefused = await subgraph.query(ARCHIVE_ROOM, { id: room.id, version: room.version }, STAFF);
    expect(extensionsOf(roomRefused)).toMatchObject({ code: 'CONFLICT', futureBookings: 1 });

    onlyData(await subgraph.query(CANCEL, { id: booked.bookRoom.id }, STAFF));
    const archived = onlyData(
      await subgraph.query<{ archiveFacility: FacilityResult }>(
        ARCHIVE,
        { id: facility.id, version: facility.version },
        STAFF,
      ),
    ).archiveFacility;
    expect(archived.archivedAt).toEqual(expect.any(String));
    expect(archived.version).toBe(facility.version + 1);
    // Harmless twice; read-only and unbookable after.
    const twice = onlyData(
      await subgraph.query<{ archiveFacility: FacilityResult }>(
        ARCHIVE,
        { id: facility.id, version: archived.version },
        STAFF,
      ),
    ).archiveFacility;
    expect(twice).toEqual(archived);
    const update = await subgraph.query(
      UPDATE,
      { id: facility.id, version: archived.version, input: { address: 'x' } },
      STAFF,
    );
    expect(codes(update)).toEqual(['CONFLICT']);
    expect(codes(await subgraph.query(BOOK, { input: booking(room.id) }, STAFF))).toEqual(['CONFLICT']);
    const search = onlyData(
      await subgraph.query<{ facilities: { edges: { node: { id: string } }[] } }>(SEARCH, {
        search: String(facility.nameJa),
      }),
    );
    expect(search.facilities.edges).toEqual([]);
  });

  it('archives an imported facility and room, which have no booking counter yet', async () => {
    const facility = await create();
    const room = await createRoom(facility.id);
    // As the importer writes them: no bookingSeq until a first booking.
    await FacilityModel.collection.updateOne(
      { _id: new Types.ObjectId(facility.id) },
      { $unset: { bookingSeq: 1 } },
    );
    await RoomModel.collection.updateOne({ _id: new Types.ObjectId(room.id) }, { $unset: { bookingSeq: 1 } });
    const roomArchived = await subgraph.query(ARCHIVE_ROOM, { id: room.id, version: room.version }, STAFF);
    expect(roomArchived.body.errors).toBeUndefined();
    const archived = await subgraph.query(ARCHIVE, { id: facility.id, version: facility.version }, STAFF);
    expect(archived.body.errors).toBeUndefined();
  });

  it('never leaves a confirmed booking on an archived room when booking and archiving race', async () => {
    const facility = await create();
    for (let round = 0; round < 4; round++) {
      const room = await createRoom(facility.id, { name: `競合室${round}` });
      const [book, archive] = await Promise.all([
        subgraph.query(BOOK, { input: booking(room.id, '2030-06-05') }, STAFF),
        subgraph.query(ARCHIVE_ROOM, { id: room.id, version: room.version }, STAFF),
      ]);
      const stored = await RoomModel.findById(room.id).lean().exec();
      const booked = !book.body.errors;
      const archivedRoom = Boolean(stored?.archivedAt);
      // Both may lose; never both win.
      expect(booked && archivedRoom).toBe(false);
      if (booked) expect(codes(archive)).toEqual(['CONFLICT']);
      if (archivedRoom) expect(codes(book)).toEqual(['CONFLICT']);
    }
  });
});

describe('rooms', () => {
  it('adds, corrects and archives a room; a name is used once per facility; an unbookable room refuses bookings', async () => {
    const facility = await create();
    const room = await createRoom(facility.id, { equipment: ['机', '机', ' 椅子 '] });
    expect(room).toMatchObject({
      version: 0,
      bookable: true,
      equipment: ['机', '椅子'],
      facility: { id: facility.id },
    });
    const duplicate = await subgraph.query(
      CREATE_ROOM,
      { input: { facilityId: facility.id, name: '会議室1', capacity: 5, hourlyFee: 0 } },
      STAFF,
    );
    expect(extensionsOf(duplicate)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.name',
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ capacity: 0 }, 'input.capacity'],
      [{ hourlyFee: -1 }, 'input.hourlyFee'],
      [{ name: '' }, 'input.name'],
    ];
    for (const [input, argumentName] of cases) {
      const response = await subgraph.query(
        CREATE_ROOM,
        { input: { facilityId: facility.id, name: '別室', hourlyFee: 0, capacity: 5, ...input } },
        STAFF,
      );
      expect(extensionsOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
    const unbookable = onlyData(
      await subgraph.query<{ updateRoom: FacilityResult }>(
        UPDATE_ROOM,
        { id: room.id, version: room.version, input: { bookable: false, capacity: 40 } },
        STAFF,
      ),
    ).updateRoom;
    expect(unbookable).toMatchObject({ version: 1, bookable: false, capacity: 40 });
    expect(codes(await subgraph.query(BOOK, { input: booking(room.id) }, STAFF))).toEqual(['BAD_USER_INPUT']);
    const stale = await subgraph.query(
      UPDATE_ROOM,
      { id: room.id, version: 0, input: { capacity: 10 } },
      STAFF,
    );
    expect(extensionsOf(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });

    const archived = onlyData(
      await subgraph.query<{ archiveRoom: FacilityResult }>(ARCHIVE_ROOM, { id: room.id, version: 1 }, STAFF),
    ).archiveRoom;
    expect(archived.archivedAt).toEqual(expect.any(String));
    const after = onlyData(
      await subgraph.query<{ facility: { rooms: { id: string }[] } }>(
        'query ($id: ID!) { facility(id: $id) { rooms { id } } }',
        {
          id: facility.id,
        },
      ),
    );
    expect(after.facility.rooms).toEqual([]);
    // The name is free again once the room is archived.
    expect((await createRoom(facility.id)).id).not.toBe(room.id);
    expect(demo.facilities.length).toBeGreaterThan(0);
  });

  it('is for staff only', async () => {
    const facility = demo.facilities.find((candidate) => candidate.rooms.length > 0)!;
    const input = { facilityId: facility.id, name: '新室', capacity: 5, hourlyFee: 0 };
    expect(codes(await subgraph.query(CREATE_ROOM, { input }, memberOf(OPERATOR)))).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.query(CREATE_ROOM, { input }, ANONYMOUS))).toEqual(['UNAUTHENTICATED']);
  });
});
