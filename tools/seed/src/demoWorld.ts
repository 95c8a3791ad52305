import { fiscalYearOf, tokyoDate, utilisation } from '@kyodo/domain';
import { readDistricts, type DistrictArea } from '@kyodo/importers';
import {
  demoEvaluationData,
  evaluationSourcesOf,
  trackedCommunityCentres,
  type DemoEvaluationData,
} from './evaluation.js';
import {
  bookedMinutesByFacility,
  demoBookings,
  demoUsage,
  type DemoBooking,
  type DemoUsage,
} from './facilities/activity.js';
import { demoFacilities, type DemoFacility } from './facilities/facilities.js';
import { demoFunding, type DemoFunding } from './funding.js';
import { demoOrganizations, type DemoOrganization } from './organizations.js';
import { demoPeople, type DemoPerson } from './people.js';

/** The whole demo city, as plain data: what every service's seed holds and what tests check answers against. */
export interface DemoWorld {
  /** The instant the world is dated to, its Tokyo date, and its fiscal years (the current one last). */
  now: Date;
  today: string;
  fiscalYears: number[];
  districts: DistrictArea[];
  organizations: DemoOrganization[];
  people: DemoPerson[];
  facilities: DemoFacility[];
  bookings: DemoBooking[];
  usage: DemoUsage[];
  funding: DemoFunding;
  evaluation: DemoEvaluationData;
  /** Facility.utilization of a facility in a fiscal year, computed from `bookings` as the facilities service does. */
  utilisationOf: (facilityId: string, fiscalYear: number) => number | null;
}

/**
 * The demo world, built in this one place from Yaizu's open data and the deterministic generators (never from a
 * service's database), so every cross-service id matches. It is dated: built around `now`'s fiscal year, and the
 * same for every instant of one Tokyo date.
 */
export function buildDemoWorld(options: { now: Date }): Promise<DemoWorld> {
  const key = tokyoDate(options.now);
  let world = worlds.get(key);
  if (!world) worlds.set(key, (world = assemble(options.now)));
  return world;
}

// One build per Tokyo date and process: tests of one service build the same world many times.
const worlds = new Map<string, Promise<DemoWorld>>();

/** The demo covers the fiscal year in progress and the three before it. */
export const DEMO_YEARS = 4;

async function assemble(now: Date): Promise<DemoWorld> {
  const today = tokyoDate(now);
  const current = fiscalYearOf(now);
  const fiscalYears = Array.from({ length: DEMO_YEARS }, (_, index) => current - DEMO_YEARS + 1 + index);
  const districts = await readDistricts();
  const organizations = demoOrganizations(districts);
  const facilities = demoFacilities(districts, organizations);
  const funding = demoFunding(organizations, { fiscalYears, today });
  const busy = new Set(trackedCommunityCentres(facilities).map((facility) => facility.id));
  const bookings = demoBookings(facilities, organizations, { fiscalYears, now }, busy);
  const minutes = new Map(fiscalYears.map((year) => [year, bookedMinutesByFacility(bookings, year)]));
  const facilityById = new Map(facilities.map((facility) => [facility.id, facility]));
  const utilisationOf = (facilityId: string, fiscalYear: number) => {
    const facility = facilityById.get(facilityId);
    if (!facility) return null;
    const booked = minutes.get(fiscalYear)?.get(facilityId) ?? 0;
    return utilisation(booked, facility.schedule, facility.rooms.length, fiscalYear);
  };
  const world = {
    now,
    today,
    fiscalYears,
    districts,
    organizations,
    people: demoPeople(organizations, fiscalYears[0]!),
    facilities,
    bookings,
    utilisationOf,
    usage: demoUsage(facilities, fiscalYears, today),
    funding,
  };
  return { ...world, evaluation: demoEvaluationData(evaluationSourcesOf(world)) };
}
