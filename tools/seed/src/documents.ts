import { slotStarts } from '@kyodo/domain';
import type { DemoWorld } from './demoWorld.js';

/** A service's seed: the documents of each of its models, by model name, as plain data its models validate. */
export type SeedDocuments = Record<string, Record<string, unknown>[]>;

export type ServiceName = 'organizations' | 'facilities' | 'funding' | 'evaluation';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every boundary is stored as a MultiPolygon, the one shape the API serves. */
function asMultiPolygon(boundary: DemoWorld['districts'][number]['boundary']) {
  return {
    type: 'MultiPolygon' as const,
    coordinates: boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates,
  };
}

function organizationsSeed(world: DemoWorld): SeedDocuments {
  return {
    District: world.districts.map(({ code, name, nameJa, boundary }) => ({
      code,
      name,
      nameJa,
      boundary: asMultiPolygon(boundary),
    })),
    Organization: world.organizations.map(({ id, key: _key, ...organization }) => ({
      _id: id,
      ...organization,
    })),
    Person: world.people.map(({ id, ...person }) => ({ _id: id, ...person })),
  };
}

function facilitiesSeed(world: DemoWorld): SeedDocuments {
  return {
    // A demo facility holds the document's fields already (importedFacilityFields), beside its rooms and source.
    Facility: world.facilities.map(({ id, key: _key, rooms: _rooms, source: _source, ...facility }) => ({
      _id: id,
      ...facility,
    })),
    Room: world.facilities.flatMap((facility) =>
      facility.rooms.map(({ id, ...room }) => ({ _id: id, ...room })),
    ),
    Booking: world.bookings.map(({ id, ...booking }) => ({
      _id: id,
      ...booking,
      durationMinutes: (booking.end.getTime() - booking.start.getTime()) / 60000,
      status: 'CONFIRMED',
      createdAt: new Date(booking.start.getTime() - 14 * DAY_MS),
    })),
    // The same slot claims bookRoom makes, so new bookings cannot overlap the demo ones. Only bookings still to end
    // need them: a booking can never be made in the past.
    RoomSlot: world.bookings
      .filter((booking) => booking.end > world.now)
      .flatMap((booking) =>
        slotStarts(booking.start, booking.end).map((slotStart) => ({
          roomId: booking.roomId,
          slotStart,
          bookingId: booking.id,
          bookingStart: booking.start,
          bookingEnd: booking.end,
        })),
      ),
    FacilityUsage: world.usage.map((usage) => ({ ...usage })),
  };
}

function fundingSeed(world: DemoWorld): SeedDocuments {
  const { funding } = world;
  return {
    // Every demo organization is in the applicant register, archived ones included.
    Applicant: world.organizations.map(({ id, kind, districtCode }) => ({ _id: id, kind, districtCode })),
    GrantProgram: funding.programs.map(({ id, ...program }) => ({ _id: id, ...program })),
    Application: funding.applications.map(({ id, createdAt, submittedAt, decidedAt, ...application }) => ({
      _id: id,
      ...application,
      createdAt: new Date(createdAt),
      submittedAt: submittedAt === null ? null : new Date(submittedAt),
      decidedAt: decidedAt === null ? null : new Date(decidedAt),
    })),
    Award: funding.awards.map(({ id, ...award }) => ({ _id: id, ...award })),
    CollaborativeProject: funding.collaborativeProjects.map(({ id, ...project }) => ({
      _id: id,
      ...project,
    })),
  };
}

function evaluationSeed(world: DemoWorld): SeedDocuments {
  const { evaluation } = world;
  return {
    Indicator: evaluation.indicators.map(({ id, key: _key, ...indicator }) => ({ _id: id, ...indicator })),
    ActionItem: evaluation.actionItems.map(({ id, ...item }) => ({ _id: id, ...item })),
    Evaluation: evaluation.evaluations.map(({ id, createdAt, ...rest }) => ({
      _id: id,
      ...rest,
      createdAt: new Date(createdAt),
    })),
  };
}

/** Each service's seed documents, derived from the one demo world. */
export function serviceSeeds(world: DemoWorld): Record<ServiceName, SeedDocuments> {
  return {
    organizations: organizationsSeed(world),
    facilities: facilitiesSeed(world),
    funding: fundingSeed(world),
    evaluation: evaluationSeed(world),
  };
}
