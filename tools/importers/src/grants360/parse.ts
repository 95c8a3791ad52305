import type { ValidateFunction } from 'ajv';
import { isCalendarDate } from '@kyodo/domain';
import { schemaReasons } from './schema.js';

/** A published grant, as the package gives it (validated against the schema before anything else reads it). */
type Json = Record<string, unknown>;

/**
 * The fields Kyodo Graph keeps of a 360Giving grant, in the standard's names and in this order (the stored order,
 * so a re-import of the same grant writes an identical document). Anything else is listed as not imported.
 */
const ORGANIZATION_FIELDS = [
  'id',
  'name',
  'organisationType',
  'charityNumber',
  'companyNumber',
  'streetAddress',
  'addressLocality',
  'addressRegion',
  'postalCode',
  'addressCountry',
  'url',
] as const;
const NESTED_FIELDS: Record<string, readonly string[]> = {
  plannedDates: ['startDate', 'endDate', 'duration'],
  grantProgramme: ['code', 'title'],
  fundingOrganization: ORGANIZATION_FIELDS,
  recipientOrganization: ORGANIZATION_FIELDS,
  beneficiaryLocation: ['name', 'geoCode', 'geoCodeType', 'countryCode', 'latitude', 'longitude'],
};
const GRANT_FIELDS = [
  'id',
  'title',
  'description',
  'currency',
  'amountAwarded',
  'amountAppliedFor',
  'amountDisbursed',
  'awardDate',
  'fromOpenCall',
  'plannedDates',
  'grantProgramme',
  'fundingOrganization',
  'recipientOrganization',
  'beneficiaryLocation',
  'dateModified',
  'dataSource',
] as const;

/** Longest text a grant field may hold: a title or a description, not a document. */
export const MAX_TEXT_LENGTH = 10_000;
/** Most grants one package may hold (the largest 360Giving publishers have about this many a file). */
export const MAX_GRANTS = 200_000;

/** One valid grant of the package, ready to store. */
export interface GrantRecord {
  /** Position of the grant in the package's grants array, from 1. */
  index: number;
  grantId: string;
  funderId: string;
  funderName: string;
  programTitle: string | null;
  programCode: string | null;
  /** awardDate's date part, YYYY-MM-DD. */
  awardDay: string;
  /** The grant's kept fields, as published (nulls dropped: an absent field and a null one say the same). */
  grant: Json;
}

export interface RejectedGrant {
  index: number;
  /** The grant's id, when it has a readable one. */
  id: string | null;
  /** "field: reason", one per problem. */
  reasons: string[];
}

export interface GrantsPackageImport {
  version: string | null;
  grantCount: number;
  grants: GrantRecord[];
  rejected: RejectedGrant[];
  /** Fields of valid grants that are not imported, with the number of grants that had them. */
  ignoredFields: Map<string, number>;
}

/** The file is not a 360Giving package at all (exit code 2, nothing is read). */
export class GrantsPackageError extends Error {}

export interface ParseGrantsOptions {
  validate: ValidateFunction;
  /** The city's own funder id: its grants are its awards, never an import. */
  cityFunderId: string;
  /** Awards dated after this day are refused. */
  today: string;
}

function kept(value: Json, fields: readonly string[], path: string, ignored: Set<string>): Json {
  const out: Json = {};
  for (const field of fields) {
    const item = value[field];
    if (item === undefined || item === null) continue;
    const nested = path === '' ? NESTED_FIELDS[field] : undefined;
    out[field] = nested ? (item as Json[]).map((element) => kept(element, nested, field, ignored)) : item;
  }
  for (const field of Object.keys(value)) {
    if (!fields.includes(field) && value[field] !== undefined) ignored.add(path ? `${path}.${field}` : field);
  }
  return out;
}

/** The domain's rules on a grant the schema accepted: what Kyodo Graph can store as an external funder's grant. */
function domainReasons(grant: Json, options: ParseGrantsOptions): string[] {
  const reasons: string[] = [];
  const id = grant.id as string;
  if (!/^360G-[A-Za-z0-9]+-\S+$/.test(id)) {
    reasons.push(`id: ${JSON.stringify(id)} is not 360G-<publisher prefix>-<grant id>`);
  }
  for (const field of ['title', 'description'] as const) {
    const text = grant[field] as string;
    if (text.trim() === '') reasons.push(`${field}: is blank`);
    if (text.length > MAX_TEXT_LENGTH) reasons.push(`${field}: is longer than ${MAX_TEXT_LENGTH} characters`);
  }
  const awardDay = (grant.awardDate as string).slice(0, 10);
  if (!isCalendarDate(awardDay)) {
    reasons.push(`awardDate: ${JSON.stringify(grant.awardDate)} is not a calendar date`);
  } else if (awardDay > options.today) {
    reasons.push(`awardDate: ${JSON.stringify(grant.awardDate)} is after today (${options.today})`);
  }
  if (!((grant.amountAwarded as number) > 0)) {
    reasons.push(`amountAwarded: ${JSON.stringify(grant.amountAwarded)} is not more than 0`);
  }
  for (const field of ['amountAppliedFor', 'amountDisbursed'] as const) {
    const amount = grant[field];
    if (typeof amount === 'number' && amount < 0) reasons.push(`${field}: ${amount} is negative`);
  }
  if (grant.recipientIndividual !== undefined) {
    reasons.push(
      'recipientIndividual: grants to individuals are not imported (personal data has no public field)',
    );
  }
  const funders = grant.fundingOrganization as Json[];
  if (funders.length !== 1) {
    reasons.push(
      `fundingOrganization: names ${funders.length} funders; a grant is imported under exactly one`,
    );
  } else if (funders[0]!.id === options.cityFunderId) {
    reasons.push(
      `fundingOrganization[0].id: ${options.cityFunderId} is the city itself; its grants are its own awards, not an import`,
    );
  }
  const recipients = (grant.recipientOrganization as Json[] | undefined) ?? [];
  if (recipients.length > 1) {
    reasons.push(`recipientOrganization: names ${recipients.length} recipients; one grant has one recipient`);
  }
  const programmes = (grant.grantProgramme as Json[] | undefined) ?? [];
  if (programmes.length > 1) {
    reasons.push(`grantProgramme: names ${programmes.length} programmes; a grant belongs to at most one`);
  } else if (programmes.length === 1 && typeof programmes[0]!.title !== 'string') {
    reasons.push('grantProgramme[0].title: is required to name the programme');
  }
  ((grant.plannedDates as Json[] | undefined) ?? []).forEach((dates, index) => {
    const { startDate, endDate } = dates as { startDate?: string; endDate?: string };
    if (startDate && endDate && endDate.slice(0, 10) < startDate.slice(0, 10)) {
      reasons.push(`plannedDates[${index}].endDate: ${endDate} is before startDate ${startDate}`);
    }
  });
  return reasons;
}

/**
 * Reads a 360Giving package (`{ "grants": [...] }`, JSON): every grant is checked against the official grant schema
 * and then the domain's rules, and either becomes a record or a rejection naming its id, each field and the reason.
 * A grant id repeated in the package is refused at its second appearance.
 */
export function parseGrantsPackage(text: string, options: ParseGrantsOptions): GrantsPackageImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new GrantsPackageError(`not JSON (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || !Array.isArray((data as Json).grants)) {
    throw new GrantsPackageError('not a 360Giving package: it has no "grants" array');
  }
  const items = (data as Json).grants as unknown[];
  if (items.length > MAX_GRANTS) {
    throw new GrantsPackageError(`holds ${items.length} grants; at most ${MAX_GRANTS} are read at once`);
  }
  const version = (data as Json).version;
  const result: GrantsPackageImport = {
    version: typeof version === 'string' ? version : null,
    grantCount: items.length,
    grants: [],
    rejected: [],
    ignoredFields: new Map(),
  };
  const seen = new Map<string, number>();
  items.forEach((item, position) => {
    const index = position + 1;
    const id =
      item && typeof item === 'object' && typeof (item as Json).id === 'string'
        ? ((item as Json).id as string)
        : null;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      result.rejected.push({ index, id: null, reasons: ['(grant): is not an object'] });
      return;
    }
    const grant = item as Json;
    const reasons = options.validate(grant)
      ? domainReasons(grant, options)
      : schemaReasons(options.validate.errors ?? [], grant);
    if (id !== null) {
      const first = seen.get(id);
      if (first !== undefined) reasons.push(`id: repeats grant #${first}`);
      else seen.set(id, index);
    }
    if (reasons.length > 0) {
      result.rejected.push({ index, id, reasons });
      return;
    }
    const ignored = new Set<string>();
    const stored = kept(grant, GRANT_FIELDS, '', ignored);
    for (const field of ignored) result.ignoredFields.set(field, (result.ignoredFields.get(field) ?? 0) + 1);
    const funder = (stored.fundingOrganization as Json[])[0]!;
    const programme = ((stored.grantProgramme as Json[] | undefined) ?? [])[0];
    result.grants.push({
      index,
      grantId: id!,
      funderId: funder.id as string,
      funderName: funder.name as string,
      programTitle: (programme?.title as string | undefined) ?? null,
      programCode: (programme?.code as string | undefined) ?? null,
      awardDay: (grant.awardDate as string).slice(0, 10),
      grant: stored,
    });
  });
  return result;
}
