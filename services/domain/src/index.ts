export {
  ACTIVITY_FIELDS,
  basisOf,
  COUNCIL_SUBCOMMITTEES,
  ORGANIZATION_BASES,
  ORGANIZATION_KINDS,
  PERSON_ROLES,
  type ActivityField,
  type OrganizationBasis,
  type OrganizationKind,
  type PersonRole,
  type Subcommittee,
} from './organizations.js';
export { FACILITY_KINDS, normaliseFacilityNo, type FacilityKind } from './facilities.js';
export { WEEKDAYS, type Weekday } from './weekdays.js';
export { nextSlotBoundary, SLOT_MINUTES, SLOT_MS, slotStarts } from './slots.js';
export {
  addDays,
  DAY_MS,
  isCalendarDate,
  isJapaneseHoliday,
  pad2,
  toTokyoIso,
  tokyoDate,
  tokyoDay,
  tokyoDays,
  tokyoMidnight,
  tokyoMidnightOf,
  tokyoMinutes,
  tokyoYear,
  TOKYO_OFFSET_MS,
  type CalendarDay,
} from './tokyo.js';
export {
  fiscalYearBounds,
  fiscalYearOf,
  fiscalYearOfDate,
  fiscalYearRange,
  isMonth,
  monthRange,
  monthsOfFiscalYear,
} from './fiscalYears.js';
export {
  availableHours,
  availableHoursBetween,
  CLOSED_DAY_RULES,
  HOLIDAY_RULES,
  hoursOn,
  minutesOf,
  openPeriod,
  scheduleOf,
  type ClosedDay,
  type ClosedDayRule,
  type DayHours,
  type OpeningHoursRecord,
  type ParsedOpeningHours,
  type Schedule,
  type TimeRange,
} from './openingHours.js';
export { fixedClock, systemClock, type Clock } from './clock.js';
export { availableHoursOfMonth, roundTo, utilisation, utilisationRate } from './utilisation.js';
export { escapeRegExp, normalizeText, searchKey, searchKeys, toKatakana } from './search.js';
