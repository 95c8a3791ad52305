import { tokyoDate } from '@kyodo/domain';
import { readDistricts, type DistrictArea } from '@kyodo/importers';
import { demoEvaluationData, evaluationSourcesOf, type DemoEvaluationData } from './evaluation.js';
import { demoBookings, demoUsage, type DemoBooking, type DemoUsage } from './facilities/activity.js';
import { demoFacilities, type DemoFacility } from './facilities/facilities.js';
import { demoFunding, FUNDING_FISCAL_YEARS, type DemoFunding } from './funding.js';
import { demoOrganizations, type DemoOrganization } from './organizations.js';
import { demoPeople, type DemoPerson } from './people.js';

/** The whole demo city, as plain data: what every service's seed holds and what tests check answers against. */
export interface DemoWorld {
  districts: DistrictArea[];
  organizations: DemoOrganization[];
  people: DemoPerson[];
  facilities: DemoFacility[];
  bookings: DemoBooking[];
  usage: DemoUsage[];
  funding: DemoFunding;
  evaluation: DemoEvaluationData;
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

async function assemble(_now: Date): Promise<DemoWorld> {
  const districts = await readDistricts();
  const organizations = demoOrganizations(districts);
  const facilities = demoFacilities(districts, organizations);
  const funding = demoFunding(organizations);
  const fiscalYears = [...FUNDING_FISCAL_YEARS];
  const world = {
    districts,
    organizations,
    people: demoPeople(organizations),
    facilities,
    bookings: demoBookings(facilities, organizations, fiscalYears[fiscalYears.length - 1]!),
    usage: demoUsage(facilities, fiscalYears),
    funding,
  };
  return { ...world, evaluation: demoEvaluationData(evaluationSourcesOf(world)) };
}
