import { v5 as uuidv5 } from 'uuid';
import { type Connection, type RunPublicOperation, allPages } from './operations.js';

/**
 * Open Referral HSDS 3.0 (STANDARDS.md): organizations, and each facility as a location with the service that
 * residents use there (booking its rooms, or visiting it). HSDS ids are UUIDs: ours are derived with UUID v5 from
 * a fixed namespace, so the same record always gets the same HSDS id and links between files hold.
 */
const KYODO_HSDS_NAMESPACE = '5f0f6d1e-4c1b-5b8e-9a63-2f3d9c8a7b10';

export const hsdsId = (
  type: 'organization' | 'location' | 'service' | 'service_at_location' | 'schedule',
  id: string,
) => uuidv5(`${type}:${id}`, KYODO_HSDS_NAMESPACE);

/** Japanese names of the organization kinds (docs: DOMAIN.md, 団体の種類), for HSDS's required description. */
const KIND_LABELS: Readonly<Record<string, string>> = {
  NEIGHBORHOOD_ASSOCIATION: '町内会・自治会',
  DISTRICT_COUNCIL: '地域づくり協議会',
  COMMUNITY_GROUP: '地域団体',
  NPO_CORPORATION: '特定非営利活動法人',
  CIVIC_GROUP: '市民活動団体・ボランティア団体',
  BUSINESS: '事業者',
  EDUCATIONAL_INSTITUTION: '教育機関',
};

const HSDS_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const ORGANIZATIONS_PAGE = `query HsdsOrganizations($first: Int!, $after: String) {
  organizations(first: $first, after: $after) {
    edges { node { id name nameKana kind foundedOn district { nameJa } council { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const FACILITIES_PAGE = `query HsdsFacilities($first: Int!, $after: String) {
  facilities(first: $first, after: $after) {
    edges { node {
      id nameJa nameKana bookable address url
      location { lat lng }
      operator { id }
      accessibility { notes }
      openingHours { text days { weekday opens closes closed } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface OrganizationNode {
  id: string;
  name: string;
  nameKana: string;
  kind: string;
  foundedOn: string | null;
  district: { nameJa: string } | null;
  council: { id: string } | null;
}

interface DayHours {
  weekday: string;
  opens: string | null;
  closes: string | null;
  closed: boolean;
}

interface FacilityNode {
  id: string;
  nameJa: string;
  nameKana: string;
  bookable: boolean;
  address: string;
  url: string | null;
  location: { lat: number; lng: number };
  operator: { id: string } | null;
  accessibility: { notes: string[] } | null;
  openingHours: { text: string; days: DayHours[] | null } | null;
}

/** An HSDS list page holding the whole list (the export is one file, not a paged API). */
function wholeListPage<T>(contents: T[]) {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/** The city itself, which runs every facility that has no designated manager (指定管理者). */
export interface Publisher {
  id: string;
  name: string;
}

export async function hsdsOrganizations(run: RunPublicOperation, city: Publisher) {
  const nodes = await allPages(
    async (page) =>
      (await run<{ organizations: Connection<OrganizationNode> }>(ORGANIZATIONS_PAGE, page)).organizations,
  );
  const organizations = nodes.map((org) => ({
    id: hsdsId('organization', org.id),
    name: org.name,
    alternate_name: org.nameKana,
    description: `${KIND_LABELS[org.kind] ?? org.kind}（${org.district?.nameJa ?? '市内全域'}）`,
    ...(org.foundedOn ? { year_incorporated: Number(org.foundedOn.slice(0, 4)) } : {}),
    ...(org.council ? { parent_organization_id: hsdsId('organization', org.council.id) } : {}),
  }));
  return wholeListPage([
    { id: hsdsId('organization', city.id), name: city.name, description: '地方公共団体' },
    ...organizations,
  ]);
}

async function allFacilities(run: RunPublicOperation): Promise<FacilityNode[]> {
  return allPages(
    async (page) => (await run<{ facilities: Connection<FacilityNode> }>(FACILITIES_PAGE, page)).facilities,
  );
}

function locationOf(facility: FacilityNode, city: Publisher) {
  return {
    id: hsdsId('location', facility.id),
    location_type: 'physical',
    organization_id: hsdsId('organization', facility.operator?.id ?? city.id),
    name: facility.nameJa,
    alternate_name: facility.nameKana,
    description: facility.address,
    latitude: facility.location.lat,
    longitude: facility.location.lng,
    ...(facility.accessibility
      ? {
          accessibility: facility.accessibility.notes.map((note, index) => ({
            id: hsdsId('location', `${facility.id}:accessibility:${index}`),
            location_id: hsdsId('location', facility.id),
            description: note,
          })),
        }
      : {}),
  };
}

/** Weekly opening hours as HSDS schedules: one per weekday the facility opens. */
function schedulesOf(facility: FacilityNode, serviceId: string) {
  return (facility.openingHours?.days ?? []).flatMap((hours, index) =>
    !hours.closed && hours.opens && hours.closes
      ? [
          {
            id: hsdsId('schedule', `${facility.id}:${HSDS_WEEKDAYS[index]}`),
            service_id: serviceId,
            freq: 'WEEKLY',
            byday: HSDS_WEEKDAYS[index],
            opens_at: hours.opens,
            closes_at: hours.closes,
            // HSDS gives the zone as an offset in hours: the facilities' times are Japan time.
            timezone: 9,
            description: facility.openingHours?.text,
          },
        ]
      : [],
  );
}

export async function hsdsLocations(run: RunPublicOperation, city: Publisher) {
  const facilities = await allFacilities(run);
  return wholeListPage(facilities.map((facility) => locationOf(facility, city)));
}

export async function hsdsServices(run: RunPublicOperation, city: Publisher) {
  const facilities = await allFacilities(run);
  return wholeListPage(
    facilities.map((facility) => {
      const id = hsdsId('service', facility.id);
      return {
        id,
        organization_id: hsdsId('organization', facility.operator?.id ?? city.id),
        name: facility.bookable ? `${facility.nameJa} 施設予約` : facility.nameJa,
        description: facility.bookable
          ? `${facility.nameJa}の部屋を団体・住民が予約して利用できます。`
          : `${facility.nameJa}（予約制の部屋はありません）`,
        status: 'active',
        ...(facility.url ? { url: facility.url } : {}),
        schedules: schedulesOf(facility, id),
        service_at_locations: [
          {
            id: hsdsId('service_at_location', facility.id),
            service_id: id,
            location_id: hsdsId('location', facility.id),
            location: locationOf(facility, city),
          },
        ],
      };
    }),
  );
}
