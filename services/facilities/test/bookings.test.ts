import { roundTo } from '@kyodo/domain';
import { stableObjectIdHex, type DemoWorld } from '@kyodo/seed';
import { ANONYMOUS, signViewer, type Viewer } from '@kyodo/service-kit';
import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { STAFF, codes, facilityId, memberOf, onlyData, startFacilities } from './helpers.js';

let subgraph: TestSubgraph;
let demo: DemoWorld;

const ORG_A = stableObjectIdHex('organization', 'test:a');
const ORG_B = stableObjectIdHex('organization', 'test:b');

beforeAll(async () => {
  // The organizations subgraph knows the demo world's organizations and these two; any other id names nothing.
  ({ demo, subgraph } = await startFacilities([ORG_A, ORG_B]));
}, 300_000);
afterAll(() => subgraph?.stop());
const MEMBER_A = memberOf(ORG_A);
const MEMBER_B = memberOf(ORG_B);
const RESIDENT: Viewer = { sub: 'resident-1', role: 'resident', organizationIds: [] };

function roomsOf(no: string) {
  const facility = demo.facilities.find((candidate) => candidate.id === facilityId(no));
  if (!facility) throw new Error(`no facility ${no}`);
  return facility.rooms;
}

const BOOK = `mutation ($input: BookRoomInput!) { bookRoom(input: $input) {
  id start end status purpose attendees organization { id } room { id } createdAt cancelledAt } }`;
const CANCEL = `mutation ($id: ID!) { cancelBooking(id: $id) { id status cancelledAt } }`;
const ORGANIZATION_BOOKINGS = `query ($id: ID!, $from: DateTime!, $to: DateTime!) {
  _entities(representations: [{ __typename: "Organization", id: $id }]) {
    ... on Organization { bookings(from: $from, to: $to) { id start end room { id } } } } }`;

// 港地域交流センター: 9:00-21:30, closed on Mondays. 2030-06-03 is a Monday, 2030-06-04 a Tuesday.
const MINATO_ROOM = () => roomsOf('10947')[0] as { id: string; capacity: number };

function bookingInput(overrides: Record<string, unknown> = {}) {
  return {
    roomId: MINATO_ROOM().id,
    organizationId: ORG_A,
    start: '2030-06-04T10:00:00+09:00',
    end: '2030-06-04T12:00:00+09:00',
    purpose: '定例会',
    attendees: 10,
    ...overrides,
  };
}

describe('bookRoom', () => {
  it('needs a signed-in viewer who is staff or a member of the organization', async () => {
    expect(codes(await subgraph.query(BOOK, { input: bookingInput() }, ANONYMOUS))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes(await subgraph.query(BOOK, { input: bookingInput() }, null))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await subgraph.query(BOOK, { input: bookingInput() }, MEMBER_B))).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.query(BOOK, { input: bookingInput() }, RESIDENT))).toEqual(['FORBIDDEN']);
  });

  it('ignores a viewer header signed with another secret (a forged staff viewer is anonymous)', async () => {
    const forged = signViewer(STAFF, 'not-the-internal-secret');
    expect(codes(await subgraph.query(BOOK, { input: bookingInput() }, null, forged))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('books for a member, refuses an overlap naming the booked time, and accepts the adjacent slot', async () => {
    const booked = onlyData(await subgraph.query(BOOK, { input: bookingInput() }, MEMBER_A)).bookRoom;
    expect(booked).toMatchObject({
      start: '2030-06-04T10:00:00.000+09:00',
      end: '2030-06-04T12:00:00.000+09:00',
      status: 'CONFIRMED',
      purpose: '定例会',
      attendees: 10,
      organization: { id: ORG_A },
      room: { id: MINATO_ROOM().id },
      cancelledAt: null,
    });
    const clash = await subgraph.query(
      BOOK,
      {
        input: bookingInput({
          organizationId: ORG_B,
          start: '2030-06-04T11:00:00+09:00',
          end: '2030-06-04T13:00:00+09:00',
        }),
      },
      STAFF,
    );
    expect(codes(clash)).toEqual(['CONFLICT']);
    expect(clash.body.errors?.[0].message).toContain('2030-06-04T10:00:00.000+09:00');
    expect(clash.body.errors?.[0].extensions).toMatchObject({
      clashStart: '2030-06-04T10:00:00.000+09:00',
      clashEnd: '2030-06-04T12:00:00.000+09:00',
      clashBookingId: booked.id,
    });
    const adjacent = await subgraph.query(
      BOOK,
      {
        input: bookingInput({
          organizationId: ORG_B,
          start: '2030-06-04T12:00:00+09:00',
          end: '2030-06-04T13:00:00+09:00',
        }),
      },
      STAFF,
    );
    expect(onlyData(adjacent).bookRoom.status).toBe('CONFIRMED');
  });

  it.each([
    ['a malformed room id', { roomId: 'room-1' }, 'BAD_USER_INPUT'],
    ['a malformed organization id', { organizationId: '42' }, 'BAD_USER_INPUT'],
    ['an unknown room', { roomId: stableObjectIdHex('room', 'none') }, 'NOT_FOUND'],
    [
      'an inverted time range',
      { start: '2030-06-04T15:00:00+09:00', end: '2030-06-04T14:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    [
      'an empty time range',
      { start: '2030-06-04T15:00:00+09:00', end: '2030-06-04T15:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    [
      'a time off the 30-minute grid',
      { start: '2030-06-04T15:10:00+09:00', end: '2030-06-04T16:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    [
      'a time in the past',
      { start: '2020-06-02T10:00:00+09:00', end: '2020-06-02T11:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    ['a time without offset', { start: '2030-06-04T15:00:00' }, 'BAD_USER_INPUT'],
    ['no attendees', { attendees: 0 }, 'BAD_USER_INPUT'],
    ['more attendees than seats', { attendees: 1000 }, 'BAD_USER_INPUT'],
    ['an empty purpose', { purpose: '   ' }, 'BAD_USER_INPUT'],
    [
      'a start before opening',
      { start: '2030-06-04T08:30:00+09:00', end: '2030-06-04T10:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    [
      'an end after closing',
      { start: '2030-06-04T21:00:00+09:00', end: '2030-06-04T22:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    [
      'a closing day (Monday)',
      { start: '2030-06-03T10:00:00+09:00', end: '2030-06-03T11:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    ['a facility whose hours are unknown', { roomId: '__unparsed__' }, 'BAD_USER_INPUT'],
    ['a time beyond any sane year (9999)', { start: '9999-06-01T10:00:00+09:00' }, 'BAD_USER_INPUT'],
    [
      'a time beyond the booking horizon (2100)',
      { start: '2100-06-01T10:00:00+09:00', end: '2100-06-01T11:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    [
      'an organization that does not exist',
      { organizationId: stableObjectIdHex('organization', 'test:none') },
      'NOT_FOUND',
    ],
    ['a purpose with a NUL character', { purpose: '定例\u0000会' }, 'BAD_USER_INPUT'],
    ['a purpose with a lone surrogate', { purpose: '定例\ud800会' }, 'BAD_USER_INPUT'],
  ])('refuses %s with %s', async (_label, overrides, code) => {
    const requested = (overrides as { roomId?: string }).roomId;
    const roomId = requested === '__unparsed__' ? roomsOf('10972')[0]?.id : requested;
    const input = bookingInput({ ...overrides, ...(roomId ? { roomId } : {}) });
    expect(codes(await subgraph.query(BOOK, { input }, STAFF))).toEqual([code]);
  });

  it('lets exactly one of 30 concurrent requests for the same slot through', async () => {
    const input = bookingInput({ start: '2030-06-05T14:00:00+09:00', end: '2030-06-05T15:00:00+09:00' });
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => subgraph.query(BOOK, { input }, STAFF)),
    );
    const booked = responses.filter((response) => response.body.data?.bookRoom);
    const conflicts = responses.filter((response) => codes(response).join() === 'CONFLICT');
    expect([booked.length, conflicts.length]).toEqual([1, 29]);
    const bookings = onlyData(
      await subgraph.query(
        ORGANIZATION_BOOKINGS,
        { id: ORG_A, from: '2030-06-05T00:00:00+09:00', to: '2030-06-06T00:00:00+09:00' },
        STAFF,
      ),
    )._entities[0].bookings;
    expect(bookings).toEqual([
      {
        id: booked[0]?.body.data.bookRoom.id,
        start: '2030-06-05T14:00:00.000+09:00',
        end: '2030-06-05T15:00:00.000+09:00',
        room: { id: MINATO_ROOM().id },
      },
    ]);
  });

  it('returns the first booking for a retry with the same idempotency key', async () => {
    const KEYED = `mutation ($input: BookRoomInput!, $key: String) { bookRoom(input: $input, idempotencyKey: $key) { id } }`;
    const input = bookingInput({ start: '2030-06-06T14:00:00+09:00', end: '2030-06-06T15:00:00+09:00' });
    const first = onlyData(await subgraph.query(KEYED, { input, key: 'booking-retry-0001' }, MEMBER_A));
    const ids = [first.bookRoom.id];
    const later = onlyData(await subgraph.query(KEYED, { input, key: 'booking-retry-0001' }, MEMBER_A));
    expect(later.bookRoom.id).toBe(ids[0]);
    const other = await subgraph.query(
      KEYED,
      { input: { ...input, purpose: '別の会' }, key: 'booking-retry-0001' },
      MEMBER_A,
    );
    expect(codes(other)).toEqual(['CONFLICT']);
    expect(codes(await subgraph.query(KEYED, { input, key: 'short' }, MEMBER_A))).toEqual(['BAD_USER_INPUT']);
  });

  it('never lets overlapping requests of different lengths both through', async () => {
    const periods = [
      ['09:00', '11:00'],
      ['10:00', '12:00'],
      ['10:30', '11:00'],
      ['11:30', '13:00'],
      ['09:30', '10:00'],
      ['12:00', '14:00'],
    ];
    const room = roomsOf('10947')[1] as { id: string };
    await Promise.all(
      periods.map(([start, end]) =>
        subgraph.query(
          BOOK,
          {
            input: bookingInput({
              roomId: room.id,
              start: `2030-06-06T${start}:00+09:00`,
              end: `2030-06-06T${end}:00+09:00`,
            }),
          },
          STAFF,
        ),
      ),
    );
    const bookings = onlyData(
      await subgraph.query(
        ORGANIZATION_BOOKINGS,
        { id: ORG_A, from: '2030-06-06T00:00:00+09:00', to: '2030-06-07T00:00:00+09:00' },
        STAFF,
      ),
    )._entities[0].bookings.filter((booking: { room: { id: string } }) => booking.room.id === room.id);
    expect(bookings.length).toBeGreaterThan(0);
    for (let index = 1; index < bookings.length; index++) {
      expect(bookings[index].start >= bookings[index - 1].end).toBe(true);
    }
  });
});

describe('cancelBooking', () => {
  it('lets staff or the organization cancel a future booking, frees its time and refuses a second cancel', async () => {
    const input = bookingInput({ start: '2030-06-07T18:00:00+09:00', end: '2030-06-07T20:00:00+09:00' });
    const booking = onlyData(await subgraph.query(BOOK, { input }, MEMBER_A)).bookRoom;
    expect(codes(await subgraph.query(CANCEL, { id: booking.id }, ANONYMOUS))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await subgraph.query(CANCEL, { id: booking.id }, MEMBER_B))).toEqual(['FORBIDDEN']);
    const cancelled = onlyData(await subgraph.query(CANCEL, { id: booking.id }, MEMBER_A)).cancelBooking;
    expect(cancelled).toMatchObject({ id: booking.id, status: 'CANCELLED' });
    expect(cancelled.cancelledAt).toMatch(/\+09:00$/);
    expect(codes(await subgraph.query(CANCEL, { id: booking.id }, STAFF))).toEqual(['CONFLICT']);
    const again = onlyData(
      await subgraph.query(BOOK, { input: { ...input, organizationId: ORG_B } }, MEMBER_B),
    ).bookRoom;
    expect(again.status).toBe('CONFIRMED');
  });

  it('refuses a past booking, a malformed id and an unknown one', async () => {
    const past = demo.bookings[0];
    expect(codes(await subgraph.query(CANCEL, { id: past?.id }, STAFF))).toEqual(['CONFLICT']);
    expect(codes(await subgraph.query(CANCEL, { id: 'x' }, STAFF))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await subgraph.query(CANCEL, { id: stableObjectIdHex('booking', 'none') }, STAFF))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('roomAvailability', () => {
  const AVAILABILITY = `query ($roomId: ID!, $from: DateTime!, $to: DateTime!) {
    roomAvailability(roomId: $roomId, from: $from, to: $to) { start end } }`;

  it('gives the free periods within opening hours around the bookings', async () => {
    const room = roomsOf('10947')[2] as { id: string };
    const input = bookingInput({
      roomId: room.id,
      start: '2030-06-11T13:00:00+09:00',
      end: '2030-06-11T15:00:00+09:00',
    });
    onlyData(await subgraph.query(BOOK, { input }, STAFF));
    const slots = onlyData(
      await subgraph.query(AVAILABILITY, {
        roomId: room.id,
        from: '2030-06-10T00:00:00+09:00',
        to: '2030-06-12T12:00:00+09:00',
      }),
    ).roomAvailability;
    expect(slots).toEqual([
      // 06-10 is a Monday: closed.
      { start: '2030-06-11T09:00:00.000+09:00', end: '2030-06-11T13:00:00.000+09:00' },
      { start: '2030-06-11T15:00:00.000+09:00', end: '2030-06-11T21:30:00.000+09:00' },
      { start: '2030-06-12T09:00:00.000+09:00', end: '2030-06-12T12:00:00.000+09:00' },
    ]);
  });

  it('is empty when the hours are unknown', async () => {
    const room = roomsOf('10972')[0] as { id: string };
    const slots = onlyData(
      await subgraph.query(AVAILABILITY, {
        roomId: room.id,
        from: '2030-06-11T00:00:00+09:00',
        to: '2030-06-12T00:00:00+09:00',
      }),
    ).roomAvailability;
    expect(slots).toEqual([]);
  });

  it.each([
    ['inverted', { from: '2030-06-12T00:00:00+09:00', to: '2030-06-11T00:00:00+09:00' }, 'BAD_USER_INPUT'],
    [
      'longer than 31 days',
      { from: '2030-06-01T00:00:00+09:00', to: '2030-07-03T00:00:00+09:00' },
      'BAD_USER_INPUT',
    ],
    ['a malformed room id', { roomId: 'nope' }, 'BAD_USER_INPUT'],
    ['an unknown room', { roomId: stableObjectIdHex('room', 'none') }, 'NOT_FOUND'],
  ])('refuses %s', async (_label, overrides, code) => {
    const variables = {
      roomId: MINATO_ROOM().id,
      from: '2030-06-11T00:00:00+09:00',
      to: '2030-06-12T00:00:00+09:00',
      ...overrides,
    };
    expect(codes(await subgraph.query(AVAILABILITY, variables))).toEqual([code]);
  });
});

describe('Organization.bookings', () => {
  const variables = { id: ORG_A, from: '2030-06-01T00:00:00+09:00', to: '2030-07-01T00:00:00+09:00' };

  it('is for staff and the organization members only', async () => {
    expect(codes(await subgraph.query(ORGANIZATION_BOOKINGS, variables, ANONYMOUS))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes(await subgraph.query(ORGANIZATION_BOOKINGS, variables, MEMBER_B))).toEqual(['FORBIDDEN']);
    const own = onlyData(await subgraph.query(ORGANIZATION_BOOKINGS, variables, MEMBER_A))._entities[0]
      .bookings;
    const staff = onlyData(await subgraph.query(ORGANIZATION_BOOKINGS, variables, STAFF))._entities[0]
      .bookings;
    expect(own.length).toBeGreaterThan(0);
    expect(staff).toEqual(own);
    const starts = own.map((booking: { start: string }) => booking.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('serves the demo bookings of a demo organization', async () => {
    const demoBooking = demo.bookings.find(
      (booking) =>
        booking.start >= new Date('2025-04-01T00:00:00+09:00') &&
        booking.start < new Date('2026-03-01T00:00:00+09:00'),
    ) as (typeof demo.bookings)[number];
    const bookings = onlyData(
      await subgraph.query(
        ORGANIZATION_BOOKINGS,
        {
          id: demoBooking.organizationId,
          from: '2025-04-01T00:00:00+09:00',
          to: '2026-04-01T00:00:00+09:00',
        },
        STAFF,
      ),
    )._entities[0].bookings;
    expect(bookings.map((booking: { id: string }) => booking.id).sort()).toEqual(
      demo.bookings
        .filter(
          (booking) =>
            booking.organizationId === demoBooking.organizationId &&
            booking.start < new Date('2026-04-01T00:00:00+09:00') &&
            booking.end > new Date('2025-04-01T00:00:00+09:00'),
        )
        .map((booking) => booking.id)
        .sort(),
    );
  });

  it('refuses an inverted or over-long period', async () => {
    const inverted = { ...variables, from: variables.to, to: variables.from };
    expect(codes(await subgraph.query(ORGANIZATION_BOOKINGS, inverted, STAFF))).toEqual(['BAD_USER_INPUT']);
    const long = { ...variables, to: '2032-01-01T00:00:00+09:00' };
    expect(codes(await subgraph.query(ORGANIZATION_BOOKINGS, long, STAFF))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('recordUsage', () => {
  const RECORD = `mutation ($facilityId: ID!, $month: String!, $visitors: Int!) {
    recordUsage(facilityId: $facilityId, month: $month, visitors: $visitors) { month visitors facility { id } } }`;
  const USAGE = `query ($id: ID!) { facility(id: $id) { usage(fiscalYear: 2026) { totalVisitors months { month visitors } } } }`;
  const facility = facilityId('10996');

  it('is staff only', async () => {
    const variables = { facilityId: facility, month: '2026-04', visitors: 100 };
    expect(codes(await subgraph.query(RECORD, variables, ANONYMOUS))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await subgraph.query(RECORD, variables, MEMBER_A))).toEqual(['FORBIDDEN']);
  });

  it('records and corrects a month, which usage then shows', async () => {
    const first = onlyData(
      await subgraph.query(RECORD, { facilityId: facility, month: '2026-05', visitors: 2400 }, STAFF),
    );
    expect(first.recordUsage).toEqual({ month: '2026-05', visitors: 2400, facility: { id: facility } });
    onlyData(await subgraph.query(RECORD, { facilityId: facility, month: '2026-06', visitors: 2000 }, STAFF));
    onlyData(await subgraph.query(RECORD, { facilityId: facility, month: '2026-05', visitors: 2450 }, STAFF));
    const usage = onlyData(await subgraph.query(USAGE, { id: facility })).facility.usage;
    // April is the demo's count; May is corrected, June recorded, July still to come.
    const april = demo.usage.find((row) => row.facilityId === facility && row.month === '2026-04')!.visitors;
    expect(usage.totalVisitors).toBe(april + 4450);
    expect(usage.months.slice(0, 4)).toEqual([
      { month: '2026-04', visitors: april },
      { month: '2026-05', visitors: 2450 },
      { month: '2026-06', visitors: 2000 },
      { month: '2026-07', visitors: null },
    ]);
  });

  it.each([
    [{ month: '2026-13' }, 'BAD_USER_INPUT'],
    [{ month: '2026/05' }, 'BAD_USER_INPUT'],
    [{ month: '2099-01' }, 'BAD_USER_INPUT'],
    [{ visitors: -1 }, 'BAD_USER_INPUT'],
    [{ facilityId: 'abc' }, 'BAD_USER_INPUT'],
    [{ facilityId: stableObjectIdHex('facility', 'none') }, 'NOT_FOUND'],
  ])('refuses %j with %s', async (overrides, code) => {
    const variables = { facilityId: facility, month: '2026-05', visitors: 10, ...overrides };
    expect(codes(await subgraph.query(RECORD, variables, STAFF))).toEqual([code]);
  });
});

describe('utilization', () => {
  const UTILIZATION = `query ($id: ID!) { facility(id: $id) { utilization(fiscalYear: 2030) } }`;

  /** 和田地域交流センター: 9:00-21:30 every day but Monday, holidays included. */
  function availableHoursPerRoom(): number {
    let hours = 0;
    for (let day = Date.UTC(2030, 3, 1); day < Date.UTC(2031, 3, 1); day += 24 * 60 * 60 * 1000) {
      if (new Date(day).getUTCDay() !== 1) hours += 12.5;
    }
    return hours;
  }

  it('is booked hours over available hours of all rooms, without cancelled bookings', async () => {
    const rooms = roomsOf('10988');
    const id = facilityId('10988');
    expect(onlyData(await subgraph.query(UTILIZATION, { id })).facility.utilization).toBe(0);
    const periods = [
      [rooms[0], '2030-06-04T09:00:00+09:00', '2030-06-04T12:00:00+09:00'],
      [rooms[1], '2030-06-05T13:00:00+09:00', '2030-06-05T17:30:00+09:00'],
      [rooms[0], '2031-03-04T18:00:00+09:00', '2031-03-04T21:30:00+09:00'],
    ] as const;
    const ids: string[] = [];
    for (const [room, start, end] of periods) {
      const input = bookingInput({ roomId: room?.id, start, end, attendees: 5 });
      ids.push(onlyData(await subgraph.query(BOOK, { input }, STAFF)).bookRoom.id);
    }
    const available = availableHoursPerRoom() * rooms.length;
    expect(onlyData(await subgraph.query(UTILIZATION, { id })).facility.utilization).toBe(
      roundTo((3 + 4.5 + 3.5) / available, 3),
    );
    onlyData(await subgraph.query(CANCEL, { id: ids[1] }, STAFF));
    expect(onlyData(await subgraph.query(UTILIZATION, { id })).facility.utilization).toBe(
      roundTo((3 + 3.5) / available, 3),
    );
  });
});
