import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FacilityDocument, OpeningHoursValue, GeoPointValue } from '../models/Facility.js';
import type { RoomDocument } from '../models/Room.js';
import type { BookingDocument } from '../models/Booking.js';
import type { OrganizationReference, DistrictReference } from '../references.js';
import type { FacilityDistanceEdgeResult } from '../nearby.js';
import type { FacilityUsageResult, UsageRecordResult } from '../usage.js';
import type { TimeSlotResult } from '../availability.js';
import type { AuditEntryRecord, AuditEntryPageEdge, AuditEntryPage, RequestContext } from '@kyodo/service-kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 date and time with an offset; output in Asia/Tokyo (+09:00). */
  DateTime: { input: Date; output: Date; }
  FieldSet: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  link__Import: { input: string; output: string; }
};

export type Accessibility = {
  __typename?: 'Accessibility';
  accessibleToilet: Scalars['Boolean']['output'];
  elevator: Scalars['Boolean']['output'];
  /** バリアフリー情報 items as published. */
  notes: Array<Scalars['String']['output']>;
  stepFree: Scalars['Boolean']['output'];
};

export type AccessibilityInput = {
  accessibleToilet: Scalars['Boolean']['input'];
  elevator: Scalars['Boolean']['input'];
  /** At most 20, 200 characters each. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  stepFree: Scalars['Boolean']['input'];
};

/** Who made a change: the signed-in viewer the gateway verified. */
export type AuditActor = {
  __typename?: 'AuditActor';
  organizationIds: Array<Scalars['ID']['output']>;
  /** staff, member or resident. */
  role: Scalars['String']['output'];
  /** The token's subject. */
  sub: Scalars['String']['output'];
};

/** A changed field; before/after are JSON text (null when the field was absent). Personal fields read "[redacted]". */
export type AuditChange = {
  __typename?: 'AuditChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  /** A dotted path, e.g. contact.email. */
  field: Scalars['String']['output'];
};

/**
 * One recorded change to a record (監査ログ): who changed it, when, through which operation, and each changed field
 * before and after. Written in the same database write as the change itself; append-only: no operation of this API
 * changes or deletes an entry.
 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  actor: AuditActor;
  at: Scalars['DateTime']['output'];
  changes: Array<AuditChange>;
  entityId: Scalars['ID']['output'];
  /** The GraphQL type of the changed record, e.g. Organization. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The mutation that made the change, e.g. updateOrganization. */
  operation: Scalars['String']['output'];
};

/** Audit entries, newest first (by time, then id). Never cached. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** Which audit entries to list; the conditions given must all hold. */
export type AuditLogFilter = {
  /** The actor's sub. */
  actor?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** A GraphQL type name, e.g. Organization, GrantProgram, Facility. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Entries at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Entries before this instant (from must be earlier). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BookRoomInput = {
  /** 1..room capacity. */
  attendees: Scalars['Int']['input'];
  /** On a 30-minute boundary, after start, on the same day's opening hours. */
  end: Scalars['DateTime']['input'];
  organizationId: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
  roomId: Scalars['ID']['input'];
  /** On a 30-minute boundary, not in the past. */
  start: Scalars['DateTime']['input'];
};

export type Booking = {
  __typename?: 'Booking';
  attendees: Scalars['Int']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  end: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organization: Organization;
  purpose: Scalars['String']['output'];
  room: Room;
  start: Scalars['DateTime']['output'];
  status: BookingStatus;
};

export type BookingConnection = {
  __typename?: 'BookingConnection';
  edges: Array<BookingEdge>;
  pageInfo: PageInfo;
  /** Bookings that match the filter. */
  totalCount: Scalars['Int']['output'];
};

export type BookingEdge = {
  __typename?: 'BookingEdge';
  cursor: Scalars['String']['output'];
  node: Booking;
};

export type BookingFilter = {
  /** Only bookings of the facility's rooms. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bookings that end after this instant (together with to: bookings that overlap [from, to)). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only the organization's bookings. Required for members (one of their own organizations); staff may omit it. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bookings of the room. */
  roomId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bookings that start before this instant; after from when both are given (BAD_USER_INPUT otherwise). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BookingStatus =
  | 'CANCELLED'
  | 'CONFIRMED';

export type ClosedDay = {
  __typename?: 'ClosedDay';
  /** MM-DD, for DATE_RANGE. */
  from?: Maybe<Scalars['String']['output']>;
  /** As written in the source. */
  label: Scalars['String']['output'];
  /** For NTH_WEEKDAY: the nth weekday of each month. */
  nth?: Maybe<Scalars['Int']['output']>;
  rule: ClosedDayRule;
  to?: Maybe<Scalars['String']['output']>;
  weekday?: Maybe<Weekday>;
};

/**
 * A closure that is not a whole weekday. DATE_RANGE needs from and to (MM-DD, may wrap over the new year);
 * NTH_WEEKDAY needs nth (1..5) and weekday; the other rules take neither.
 */
export type ClosedDayInput = {
  from?: InputMaybe<Scalars['String']['input']>;
  /** As residents should read it, at most 100 characters. */
  label: Scalars['String']['input'];
  nth?: InputMaybe<Scalars['Int']['input']>;
  rule: ClosedDayRule;
  to?: InputMaybe<Scalars['String']['input']>;
  weekday?: InputMaybe<Weekday>;
};

export type ClosedDayRule =
  | 'DATE_RANGE'
  | 'IRREGULAR'
  | 'MAINTENANCE'
  | 'MONTH_END'
  | 'NTH_WEEKDAY'
  /** 年末年始 (December 29 to January 3 in municipal ordinances). */
  | 'YEAR_END';

/**
 * A new facility. Names are stored as written (NFC); nameKana is a reading in katakana or hiragana (stored as
 * katakana). Text fields are trimmed; a blank optional one is null.
 */
export type CreateFacilityInput = {
  accessibility?: InputMaybe<AccessibilityInput>;
  /** At most 500 characters. */
  address: Scalars['String']['input'];
  bookable: Scalars['Boolean']['input'];
  /** 1868..this year. */
  builtYear?: InputMaybe<Scalars['Int']['input']>;
  /** At most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** false when omitted. */
  disasterBase?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The 自治会区域 (District.code) containing location, or null outside every district. The importer derives it from
   * the district boundaries; staff name it (Query.districtAt gives it for a point).
   */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  kind: FacilityKind;
  location: GeoPointInput;
  /** 団体名, at most 200 characters. */
  managingBody?: InputMaybe<Scalars['String']['input']>;
  /** 名称_英語, at most 200 characters; nameJa when omitted. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 名称, at most 200 characters. */
  nameJa: Scalars['String']['input'];
  /** 名称_カナ, at most 200 characters. */
  nameKana: Scalars['String']['input'];
  openingHours?: InputMaybe<OpeningHoursInput>;
  /** The designated manager (指定管理者), an existing organization; null when the city runs the facility itself. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
  /** Digits and hyphens, optionally a leading +: 6..20 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  source: FacilitySourceInput;
  /** An http or https URL, at most 500 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateRoomInput = {
  /** true when omitted. */
  bookable?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1..10000 people. */
  capacity: Scalars['Int']['input'];
  /** At most 50 items of at most 100 characters; duplicates are dropped. */
  equipment?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A facility that is not archived. */
  facilityId: Scalars['ID']['input'];
  /** Yen per hour, 0..1000000. */
  hourlyFee: Scalars['Int']['input'];
  /** At most 100 characters, unique among the facility's rooms in use. */
  name: Scalars['String']['input'];
};

export type DayHours = {
  __typename?: 'DayHours';
  closed: Scalars['Boolean']['output'];
  /** HH:MM (24:00 = midnight); null when closed. */
  closes?: Maybe<Scalars['String']['output']>;
  /** HH:MM; null when closed. */
  opens?: Maybe<Scalars['String']['output']>;
  weekday: Weekday;
};

export type DayHoursInput = {
  /** HH:MM after opens, up to 24:00 (midnight). */
  closes: Scalars['String']['input'];
  /** HH:MM, 00:00..23:30. */
  opens: Scalars['String']['input'];
  weekday: Weekday;
};

export type District = {
  __typename?: 'District';
  code: Scalars['ID']['output'];
  /** Facilities located in the district (point in the 自治会区域), by kana name; all kinds when kinds is omitted. */
  facilities?: Maybe<Array<Facility>>;
  /**
   * The district's facilities as pages, in kana order (archived ones left out): what facilities lists whole. first is
   * 20 by default, at most 100; after is a cursor of this list.
   */
  facilityPage: FacilityConnection;
};


export type DistrictFacilitiesArgs = {
  kinds?: InputMaybe<Array<FacilityKind>>;
};


export type DistrictFacilityPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<FacilityKind>>;
};

/** A public facility from the city's 公共施設一覧 (public facility list). */
export type Facility = {
  __typename?: 'Facility';
  /** Null when nothing is known about barrier-free access. */
  accessibility?: Maybe<Accessibility>;
  address: Scalars['String']['output'];
  /** When staff archived the facility; null while it is in use. Archived facilities are read-only and cannot be booked. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether residents can book rooms here (false for parking, storage, fire-brigade garages, housing...). */
  bookable: Scalars['Boolean']['output'];
  /**
   * The facility's bookings, confirmed and cancelled, by start then id, optionally only those overlapping [from, to)
   * or of one of its rooms. Staff only (members list their organization's bookings with Query.bookings); first is 20
   * by default, at most 100; after is a cursor of this list.
   */
  bookings: BookingConnection;
  builtYear?: Maybe<Scalars['Int']['output']>;
  /** 説明 as published; null when the list gives none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether the facility is a disaster base (防災拠点). */
  disasterBase: Scalars['Boolean']['output'];
  /** The 自治会区域 that contains the facility's location. */
  district?: Maybe<District>;
  /** Who changed what and when, newest first. Staff only; first is 20 by default, at most 100. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  kind: FacilityKind;
  location: GeoPoint;
  /** 団体名: the city department or body responsible for the facility. */
  managingBody?: Maybe<Scalars['String']['output']>;
  /** The facility's utilisation (all its rooms) in each month of the fiscal year, April first. */
  monthlyUtilization: Array<MonthlyUtilization>;
  /** 名称_英語 when the city publishes one, otherwise the Japanese name. */
  name: Scalars['String']['output'];
  /** 名称 as published. */
  nameJa: Scalars['String']['output'];
  /** 名称_カナ as published. */
  nameKana: Scalars['String']['output'];
  /** Null when the list gives no hours at all. */
  openingHours?: Maybe<OpeningHours>;
  /** The designated manager (指定管理者); null when the city runs the facility itself. */
  operator?: Maybe<Organization>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Largest first. */
  rooms: Array<Room>;
  /** Where the record comes from and how it was classified. */
  source: FacilitySource;
  url?: Maybe<Scalars['String']['output']>;
  /** Monthly visitor counts of the fiscal year (April to March). */
  usage: FacilityUsage;
  /**
   * Booked hours / available hours of the facility's rooms in the fiscal year, as a fraction (0.5757 = 57.57 %).
   * Available hours follow the parsed opening hours; null when the facility has no rooms or unknown hours.
   */
  utilization?: Maybe<Scalars['Float']['output']>;
  /** Increases by one with every change; updates and archives send the version they read (expectedVersion). */
  version: Scalars['Int']['output'];
};


/** A public facility from the city's 公共施設一覧 (public facility list). */
export type FacilityBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  roomId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A public facility from the city's 公共施設一覧 (public facility list). */
export type FacilityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A public facility from the city's 公共施設一覧 (public facility list). */
export type FacilityMonthlyUtilizationArgs = {
  fiscalYear: Scalars['Int']['input'];
};


/** A public facility from the city's 公共施設一覧 (public facility list). */
export type FacilityUsageArgs = {
  fiscalYear: Scalars['Int']['input'];
};


/** A public facility from the city's 公共施設一覧 (public facility list). */
export type FacilityUtilizationArgs = {
  fiscalYear: Scalars['Int']['input'];
};

export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  edges: Array<FacilityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FacilityDistanceConnection = {
  __typename?: 'FacilityDistanceConnection';
  edges: Array<FacilityDistanceEdge>;
  pageInfo: PageInfo;
  /** Facilities within the radius that match the filter. */
  totalCount: Scalars['Int']['output'];
};

export type FacilityDistanceEdge = {
  __typename?: 'FacilityDistanceEdge';
  cursor: Scalars['String']['output'];
  /** Great-circle distance from the point asked for, in metres. */
  distanceMeters: Scalars['Float']['output'];
  node: Facility;
};

export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  cursor: Scalars['String']['output'];
  node: Facility;
};

export type FacilityFilter = {
  /** true: step-free access is known; false: it is not known to be step-free. */
  accessible?: InputMaybe<Scalars['Boolean']['input']>;
  bookable?: InputMaybe<Scalars['Boolean']['input']>;
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /** Also list archived facilities (left out of every list otherwise, facilitiesNear and District lists included). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<FacilityKind>>;
  /** Only facilities with a room for at least this many people. */
  minCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** Only facilities open at this instant (weekday hours, holidays and closed days of Asia/Tokyo). */
  openAt?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Text anywhere in 名称 (nameJa), the English name (name) or 名称_カナ (nameKana), at most 100 characters: full-width
   * and half-width forms, hiragana and katakana, upper and lower case all match alike, so "みなと" finds
   * ミナトチイキコウリュウセンター and "第1分団" finds 消防団第１分団. Blank means no restriction; longer is BAD_USER_INPUT.
   */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type FacilityKind =
  /** 児童館・子ども文化施設 */
  | 'CHILDREN_CULTURE_CENTER'
  /** 市民活動・協働センター */
  | 'CIVIC_ACTIVITY_CENTER'
  /** 公民館・市民館 */
  | 'CIVIC_HALL'
  /** コミュニティセンター（コミュニティ防災センター） */
  | 'COMMUNITY_CENTER'
  /** 地域交流センター */
  | 'COMMUNITY_EXCHANGE_CENTER'
  /** 公会堂 */
  | 'DISTRICT_HALL'
  /** 図書館 */
  | 'LIBRARY'
  /** 集会所・会館・学習等供用施設 */
  | 'MEETING_FACILITY'
  /** その他 */
  | 'OTHER'
  /** 学校（開放施設） */
  | 'SCHOOL_FACILITY'
  /** 体育施設 */
  | 'SPORTS_FACILITY';

export type FacilityOrder = {
  /** ASC when omitted; DESC reverses the whole order, ties included. */
  direction?: InputMaybe<OrderDirection>;
  field: FacilityOrderField;
};

/** What Query.facilities is sorted by; ties are broken by id. facilitiesNear is always nearest first. */
export type FacilityOrderField =
  /** When the record was created (imported or registered by staff). */
  | 'CREATED_AT'
  /** 名称_カナ: the order of the city's lists (the default). */
  | 'KANA'
  /** Kind by its enum name (alphabetical: CHILDREN_CULTURE_CENTER first), then 名称_カナ. */
  | 'KIND'
  /** The English name (名称_英語), or 名称 when there is none. */
  | 'NAME';

export type FacilitySource = {
  __typename?: 'FacilitySource';
  classificationReason: Scalars['String']['output'];
  /** Id of the classification rule that decided the kind; null when no rule matched (kind OTHER). */
  classificationRule?: Maybe<Scalars['String']['output']>;
  /** 全国地方公共団体コード, e.g. 222127 for 焼津市. */
  municipalityCode: Scalars['String']['output'];
  /** NO as published (leading zeros kept). */
  no: Scalars['String']['output'];
};

/** Where the record sits in the city's 公共施設一覧: (municipalityCode, NO without leading zeros) is its identity. */
export type FacilitySourceInput = {
  /** 全国地方公共団体コード: six digits, e.g. 222127. */
  municipalityCode: Scalars['String']['input'];
  /** NO as the list numbers the facility: up to 20 digits, letters, - or _ (leading zeros kept as written). */
  no: Scalars['String']['input'];
};

export type FacilityUsage = {
  __typename?: 'FacilityUsage';
  fiscalYear: Scalars['Int']['output'];
  /** Twelve entries, April first. */
  months: Array<MonthlyUsage>;
  /** Sum of the recorded months. */
  totalVisitors: Scalars['Int']['output'];
};

/** A point in WGS84 decimal degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  /** Latitude, -90..90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180..180. */
  lng: Scalars['Float']['input'];
};

export type MonthlyUsage = {
  __typename?: 'MonthlyUsage';
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** Null when the month has not been recorded. */
  visitors?: Maybe<Scalars['Int']['output']>;
};

/** One month of a room's or facility's utilisation. */
export type MonthlyUtilization = {
  __typename?: 'MonthlyUtilization';
  /** Open hours of the month (for a facility: times its rooms); null when the facility's opening hours are unknown. */
  availableHours?: Maybe<Scalars['Float']['output']>;
  /** Confirmed booked hours that start in the month. */
  bookedHours: Scalars['Float']['output'];
  /** YYYY-MM (Asia/Tokyo). */
  month: Scalars['String']['output'];
  /** bookedHours / availableHours as a fraction, three decimals; null when availableHours is null or 0. */
  utilization?: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Archives a facility: it leaves every list and can no longer be booked or changed. Staff only. CONFLICT while any of
   * its rooms has a confirmed booking that has not ended (extensions.futureBookings counts them: cancel them or let
   * them pass first, so no organization loses a booking unannounced), or with currentVersion for a stale
   * expectedVersion. Archiving an archived facility returns it unchanged.
   */
  archiveFacility: Facility;
  /**
   * Archives a room: it leaves Facility.rooms and can no longer be booked or changed. Staff only. CONFLICT while it has
   * a confirmed booking that has not ended (extensions.futureBookings), or with currentVersion for a stale
   * expectedVersion. Archiving an archived room returns it unchanged.
   */
  archiveRoom: Room;
  /**
   * Books a room for an organization: staff, or a member of that organization. The period must lie within the
   * facility's opening hours of one day. Two confirmed bookings of a room never overlap: a clash is CONFLICT naming
   * the booked period.
   */
  bookRoom: Booking;
  /** Cancels a booking that has not started, freeing its time: staff, or a member of the booking organization. */
  cancelBooking: Booking;
  /**
   * Registers a facility. Staff only. BAD_USER_INPUT names the first invalid field (argumentName); CONFLICT when the
   * source (municipalityCode, NO) is already registered (existingId) or the idempotency key was used for a different
   * request; NOT_FOUND when operatorId names no organization. A retry with the same idempotencyKey (8..128 printable
   * characters) and the same input returns the facility the first call created. Anonymous readers may see a write up
   * to 30 seconds late (the gateway's response cache); signed-in readers at once.
   */
  createFacility: Facility;
  /**
   * Adds a room to a facility. Staff only. BAD_USER_INPUT for an invalid field or a name the facility already uses;
   * CONFLICT when the facility is archived. Idempotent with idempotencyKey, as createFacility.
   */
  createRoom: Room;
  /** Records (or corrects) the visitors of a facility in a month (YYYY-MM, not in the future). Staff only. */
  recordUsage: UsageRecord;
  /**
   * Corrects a facility. Staff only. expectedVersion is the version the editor read: CONFLICT with
   * extensions.currentVersion when someone changed it since, CONFLICT when it is archived. Existing bookings stand when
   * hours or bookability change; new bookings follow the new values.
   */
  updateFacility: Facility;
  /**
   * Corrects a room. Staff only. CONFLICT with currentVersion for a stale expectedVersion, CONFLICT when the room or
   * its facility is archived. Existing bookings stand when capacity or bookability change.
   */
  updateRoom: Room;
};


export type MutationArchiveFacilityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationArchiveRoomArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationBookRoomArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: BookRoomInput;
};


export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateFacilityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateFacilityInput;
};


export type MutationCreateRoomArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateRoomInput;
};


export type MutationRecordUsageArgs = {
  facilityId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  visitors: Scalars['Int']['input'];
};


export type MutationUpdateFacilityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateFacilityInput;
};


export type MutationUpdateRoomArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateRoomInput;
};

/**
 * Opening hours as published (text, verbatim) and as far as the text could be understood. Nothing is guessed: when
 * the text cannot be read, days is null and unparsedReason says why.
 */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closures that are not whole weekdays: 年末年始, date ranges, the nth weekday of the month... */
  closedDays: Array<ClosedDay>;
  closedOnHolidays?: Maybe<Scalars['Boolean']['output']>;
  /** Seven entries, Monday first; null when the text could not be read. */
  days?: Maybe<Array<DayHours>>;
  /** Hours on national holidays when they differ from the weekday's. */
  holidayHours?: Maybe<TimeRange>;
  /** Remarks kept as written (seasonal hours, substitute closing days). */
  notes: Array<Scalars['String']['output']>;
  /** 利用可能日時特記事項 (or the 利用可能曜日 / 開始時間 / 終了時間 columns), verbatim. */
  text: Scalars['String']['output'];
  unparsedReason?: Maybe<Scalars['String']['output']>;
};

/** Opening hours as staff know them: what Facility.openingHours shows and what bookings, openAt and utilisation follow. */
export type OpeningHoursInput = {
  /** At most 20. */
  closedDays?: InputMaybe<Array<ClosedDayInput>>;
  /** Closed on national holidays; false when omitted. Not together with holidayHours. */
  closedOnHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  /** The open weekdays with their hours, at most one entry each; a weekday not listed is closed. */
  days: Array<DayHoursInput>;
  /** Hours on national holidays when they differ from the weekday's. */
  holidayHours?: InputMaybe<TimeRangeInput>;
  /** Remarks kept as written: at most 20, 200 characters each. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The hours in words, shown verbatim (at most 500 characters). */
  text: Scalars['String']['input'];
};

export type OrderDirection =
  /** Smallest, earliest or first in 五十音 order first. */
  | 'ASC'
  /** Largest, latest or last in 五十音 order first. */
  | 'DESC';

export type Organization = {
  __typename?: 'Organization';
  /**
   * The organization's confirmed bookings that overlap [from, to), earliest first; at most a year. Staff and the
   * organization's members only (FORBIDDEN otherwise).
   */
  bookings?: Maybe<Array<Booking>>;
  id: Scalars['ID']['output'];
  /** Facilities the organization runs as designated manager (指定管理者), by kana name. */
  managedFacilities?: Maybe<Array<Facility>>;
};


export type OrganizationBookingsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Internal: this subgraph's audit entries, for the organizations subgraph's Query.auditLog to merge. Hidden from
   * clients by the gateway; staff only.
   */
  _auditLog: AuditEntryConnection;
  /**
   * Bookings, confirmed and cancelled, by start then id; first is 20 by default, at most 100, after is a cursor this
   * list returned (anything else is BAD_USER_INPUT). Staff may list every booking; a member only the bookings of one
   * of their own organizations, named in filter.organizationId (FORBIDDEN otherwise). A malformed id in the filter is
   * BAD_USER_INPUT.
   */
  bookings: BookingConnection;
  /**
   * Facilities in kana order unless orderBy says otherwise; archived ones only with filter.includeArchived. first is
   * 20 by default, at most 100; after is a cursor of the same list and order (anything else is BAD_USER_INPUT).
   */
  facilities: FacilityConnection;
  /** Facilities within radiusMeters (0 < radius <= 50000) of a point, nearest first. */
  facilitiesNear: FacilityDistanceConnection;
  /** Null when no facility has this id; a malformed id is BAD_USER_INPUT. */
  facility?: Maybe<Facility>;
  room?: Maybe<Room>;
  /**
   * Free periods of the room within its opening hours between from and to (at most 31 days), from now on. Empty when
   * the facility's hours are unknown.
   */
  roomAvailability: Array<TimeSlot>;
};


export type Query_AuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
};


export type QueryFacilitiesNearArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  near: GeoPointInput;
  radiusMeters: Scalars['Float']['input'];
};


export type QueryFacilityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoomArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoomAvailabilityArgs = {
  from: Scalars['DateTime']['input'];
  roomId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};

export type Room = {
  __typename?: 'Room';
  /** When staff archived the room; null while it is in use. Archived rooms are left out of Facility.rooms. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether residents can book the room (the facility must be bookable too). */
  bookable: Scalars['Boolean']['output'];
  capacity: Scalars['Int']['output'];
  equipment: Array<Scalars['String']['output']>;
  facility: Facility;
  /** Who changed what and when, newest first. Staff only; first is 20 by default, at most 100. */
  history: AuditEntryConnection;
  /** Yen per hour. */
  hourlyFee: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The room's utilisation in each month of the fiscal year, April first (one batched aggregation per page). */
  monthlyUtilization: Array<MonthlyUtilization>;
  name: Scalars['String']['output'];
  /**
   * Booked hours / open hours of the room in one month (YYYY-MM, Asia/Tokyo), as a fraction; null when the facility's
   * opening hours are unknown.
   */
  utilization?: Maybe<Scalars['Float']['output']>;
  /** Increases by one with every change; updates and archives send the version they read (expectedVersion). */
  version: Scalars['Int']['output'];
};


export type RoomHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type RoomMonthlyUtilizationArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type RoomUtilizationArgs = {
  month: Scalars['String']['input'];
};

export type TimeRange = {
  __typename?: 'TimeRange';
  closes: Scalars['String']['output'];
  opens: Scalars['String']['output'];
};

export type TimeRangeInput = {
  /** HH:MM after opens, up to 24:00. */
  closes: Scalars['String']['input'];
  /** HH:MM. */
  opens: Scalars['String']['input'];
};

export type TimeSlot = {
  __typename?: 'TimeSlot';
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
};

/**
 * A correction: omitted fields keep their value, null clears a nullable one (openingHours: null means the hours are not
 * known, accessibility: null that nothing is known, operatorId: null that the city runs the facility). A change of
 * location must name districtCode too (null when outside every district). Changing kind records it as chosen by staff
 * (FacilitySource.classificationRule null).
 */
export type UpdateFacilityInput = {
  accessibility?: InputMaybe<AccessibilityInput>;
  address?: InputMaybe<Scalars['String']['input']>;
  bookable?: InputMaybe<Scalars['Boolean']['input']>;
  builtYear?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  disasterBase?: InputMaybe<Scalars['Boolean']['input']>;
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<FacilityKind>;
  location?: InputMaybe<GeoPointInput>;
  managingBody?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameJa?: InputMaybe<Scalars['String']['input']>;
  nameKana?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<OpeningHoursInput>;
  operatorId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A correction: omitted fields keep their value. */
export type UpdateRoomInput = {
  bookable?: InputMaybe<Scalars['Boolean']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  equipment?: InputMaybe<Array<Scalars['String']['input']>>;
  hourlyFee?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UsageRecord = {
  __typename?: 'UsageRecord';
  facility: Facility;
  month: Scalars['String']['output'];
  visitors: Scalars['Int']['output'];
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Accessibility: ResolverTypeWrapper<Accessibility>;
  AccessibilityInput: AccessibilityInput;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryPage>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryPageEdge>;
  AuditLogFilter: AuditLogFilter;
  BookRoomInput: BookRoomInput;
  Booking: ResolverTypeWrapper<BookingDocument>;
  BookingConnection: ResolverTypeWrapper<Omit<BookingConnection, 'edges'> & { edges: Array<ResolversTypes['BookingEdge']> }>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingFilter: BookingFilter;
  BookingStatus: BookingStatus;
  ClosedDay: ResolverTypeWrapper<ClosedDay>;
  ClosedDayInput: ClosedDayInput;
  ClosedDayRule: ClosedDayRule;
  CreateFacilityInput: CreateFacilityInput;
  CreateRoomInput: CreateRoomInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DayHours: ResolverTypeWrapper<DayHours>;
  DayHoursInput: DayHoursInput;
  District: ResolverTypeWrapper<DistrictReference>;
  Facility: ResolverTypeWrapper<FacilityDocument>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FacilityConnection: ResolverTypeWrapper<Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversTypes['FacilityEdge']> }>;
  FacilityDistanceConnection: ResolverTypeWrapper<Omit<FacilityDistanceConnection, 'edges'> & { edges: Array<ResolversTypes['FacilityDistanceEdge']> }>;
  FacilityDistanceEdge: ResolverTypeWrapper<FacilityDistanceEdgeResult>;
  FacilityEdge: ResolverTypeWrapper<Omit<FacilityEdge, 'node'> & { node: ResolversTypes['Facility'] }>;
  FacilityFilter: FacilityFilter;
  FacilityKind: FacilityKind;
  FacilityOrder: FacilityOrder;
  FacilityOrderField: FacilityOrderField;
  FacilitySource: ResolverTypeWrapper<FacilityDocument>;
  FacilitySourceInput: FacilitySourceInput;
  FacilityUsage: ResolverTypeWrapper<FacilityUsageResult>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPointValue>;
  GeoPointInput: GeoPointInput;
  MonthlyUsage: ResolverTypeWrapper<MonthlyUsage>;
  MonthlyUtilization: ResolverTypeWrapper<MonthlyUtilization>;
  Mutation: ResolverTypeWrapper<{}>;
  OpeningHours: ResolverTypeWrapper<OpeningHoursValue>;
  OpeningHoursInput: OpeningHoursInput;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<{}>;
  Room: ResolverTypeWrapper<RoomDocument>;
  TimeRange: ResolverTypeWrapper<TimeRange>;
  TimeRangeInput: TimeRangeInput;
  TimeSlot: ResolverTypeWrapper<TimeSlotResult>;
  UpdateFacilityInput: UpdateFacilityInput;
  UpdateRoomInput: UpdateRoomInput;
  UsageRecord: ResolverTypeWrapper<UsageRecordResult>;
  Weekday: Weekday;
  federation__Policy: ResolverTypeWrapper<Scalars['federation__Policy']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Accessibility: Accessibility;
  AccessibilityInput: AccessibilityInput;
  AuditActor: AuditActor;
  ID: Scalars['ID']['output'];
  AuditChange: AuditChange;
  AuditEntry: AuditEntryRecord;
  AuditEntryConnection: AuditEntryPage;
  AuditEntryEdge: AuditEntryPageEdge;
  AuditLogFilter: AuditLogFilter;
  BookRoomInput: BookRoomInput;
  Booking: BookingDocument;
  BookingConnection: Omit<BookingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BookingEdge']> };
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingFilter: BookingFilter;
  ClosedDay: ClosedDay;
  ClosedDayInput: ClosedDayInput;
  CreateFacilityInput: CreateFacilityInput;
  CreateRoomInput: CreateRoomInput;
  DateTime: Scalars['DateTime']['output'];
  DayHours: DayHours;
  DayHoursInput: DayHoursInput;
  District: DistrictReference;
  Facility: FacilityDocument;
  Float: Scalars['Float']['output'];
  FacilityConnection: Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversParentTypes['FacilityEdge']> };
  FacilityDistanceConnection: Omit<FacilityDistanceConnection, 'edges'> & { edges: Array<ResolversParentTypes['FacilityDistanceEdge']> };
  FacilityDistanceEdge: FacilityDistanceEdgeResult;
  FacilityEdge: Omit<FacilityEdge, 'node'> & { node: ResolversParentTypes['Facility'] };
  FacilityFilter: FacilityFilter;
  FacilityOrder: FacilityOrder;
  FacilitySource: FacilityDocument;
  FacilitySourceInput: FacilitySourceInput;
  FacilityUsage: FacilityUsageResult;
  FieldSet: Scalars['FieldSet']['output'];
  GeoPoint: GeoPointValue;
  GeoPointInput: GeoPointInput;
  MonthlyUsage: MonthlyUsage;
  MonthlyUtilization: MonthlyUtilization;
  Mutation: {};
  OpeningHours: OpeningHoursValue;
  OpeningHoursInput: OpeningHoursInput;
  Organization: OrganizationReference;
  PageInfo: PageInfo;
  Query: {};
  Room: RoomDocument;
  TimeRange: TimeRange;
  TimeRangeInput: TimeRangeInput;
  TimeSlot: TimeSlotResult;
  UpdateFacilityInput: UpdateFacilityInput;
  UpdateRoomInput: UpdateRoomInput;
  UsageRecord: UsageRecordResult;
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ExtendsDirectiveArgs = { };

export type ExtendsDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessibilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Accessibility'] = ResolversParentTypes['Accessibility']> = ResolversObject<{
  accessibleToilet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  elevator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stepFree?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = ResolversObject<{
  organizationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BookingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = ResolversObject<{
  attendees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BookingConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BookingEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClosedDayResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClosedDay'] = ResolversParentTypes['ClosedDay']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ClosedDayRule'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['Weekday']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DayHoursResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DayHours'] = ResolversParentTypes['DayHours']> = ResolversObject<{
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opens?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DistrictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']>, { __typename: 'District' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facilities?: Resolver<Maybe<Array<ResolversTypes['Facility']>>, ParentType, ContextType, Partial<DistrictFacilitiesArgs>>;
  facilityPage?: Resolver<ResolversTypes['FacilityConnection'], ParentType, ContextType, Partial<DistrictFacilityPageArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Facility']>, { __typename: 'Facility' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  accessibility?: Resolver<Maybe<ResolversTypes['Accessibility']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  bookable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, Partial<FacilityBookingsArgs>>;
  builtYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disasterBase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<FacilityHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FacilityKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  managingBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  monthlyUtilization?: Resolver<Array<ResolversTypes['MonthlyUtilization']>, ParentType, ContextType, RequireFields<FacilityMonthlyUtilizationArgs, 'fiscalYear'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameKana?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Maybe<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rooms?: Resolver<Array<ResolversTypes['Room']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FacilitySource'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['FacilityUsage'], ParentType, ContextType, RequireFields<FacilityUsageArgs, 'fiscalYear'>>;
  utilization?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<FacilityUtilizationArgs, 'fiscalYear'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacilityConnection'] = ResolversParentTypes['FacilityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FacilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityDistanceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacilityDistanceConnection'] = ResolversParentTypes['FacilityDistanceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FacilityDistanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityDistanceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacilityDistanceEdge'] = ResolversParentTypes['FacilityDistanceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceMeters?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacilityEdge'] = ResolversParentTypes['FacilityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilitySourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacilitySource'] = ResolversParentTypes['FacilitySource']> = ResolversObject<{
  classificationReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  classificationRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  no?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityUsageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacilityUsage'] = ResolversParentTypes['FacilityUsage']> = ResolversObject<{
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['MonthlyUsage']>, ParentType, ContextType>;
  totalVisitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type GeoPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MonthlyUsageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonthlyUsage'] = ResolversParentTypes['MonthlyUsage']> = ResolversObject<{
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitors?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MonthlyUtilizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonthlyUtilization'] = ResolversParentTypes['MonthlyUtilization']> = ResolversObject<{
  availableHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bookedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  utilization?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  archiveFacility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType, RequireFields<MutationArchiveFacilityArgs, 'expectedVersion' | 'id'>>;
  archiveRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationArchiveRoomArgs, 'expectedVersion' | 'id'>>;
  bookRoom?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationBookRoomArgs, 'input'>>;
  cancelBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'id'>>;
  createFacility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType, RequireFields<MutationCreateFacilityArgs, 'input'>>;
  createRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationCreateRoomArgs, 'input'>>;
  recordUsage?: Resolver<ResolversTypes['UsageRecord'], ParentType, ContextType, RequireFields<MutationRecordUsageArgs, 'facilityId' | 'month' | 'visitors'>>;
  updateFacility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType, RequireFields<MutationUpdateFacilityArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationUpdateRoomArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type OpeningHoursResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = ResolversObject<{
  closedDays?: Resolver<Array<ResolversTypes['ClosedDay']>, ParentType, ContextType>;
  closedOnHolidays?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  days?: Resolver<Maybe<Array<ResolversTypes['DayHours']>>, ParentType, ContextType>;
  holidayHours?: Resolver<Maybe<ResolversTypes['TimeRange']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unparsedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  bookings?: Resolver<Maybe<Array<ResolversTypes['Booking']>>, ParentType, ContextType, RequireFields<OrganizationBookingsArgs, 'from' | 'to'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  managedFacilities?: Resolver<Maybe<Array<ResolversTypes['Facility']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  _auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<Query_AuditLogArgs, 'first'>>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, Partial<QueryBookingsArgs>>;
  facilities?: Resolver<ResolversTypes['FacilityConnection'], ParentType, ContextType, Partial<QueryFacilitiesArgs>>;
  facilitiesNear?: Resolver<ResolversTypes['FacilityDistanceConnection'], ParentType, ContextType, RequireFields<QueryFacilitiesNearArgs, 'near' | 'radiusMeters'>>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType, RequireFields<QueryFacilityArgs, 'id'>>;
  room?: Resolver<Maybe<ResolversTypes['Room']>, ParentType, ContextType, RequireFields<QueryRoomArgs, 'id'>>;
  roomAvailability?: Resolver<Array<ResolversTypes['TimeSlot']>, ParentType, ContextType, RequireFields<QueryRoomAvailabilityArgs, 'from' | 'roomId' | 'to'>>;
}>;

export type RoomResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Room'] = ResolversParentTypes['Room']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Room']>, { __typename: 'Room' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  bookable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<RoomHistoryArgs, 'first'>>;
  hourlyFee?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyUtilization?: Resolver<Array<ResolversTypes['MonthlyUtilization']>, ParentType, ContextType, RequireFields<RoomMonthlyUtilizationArgs, 'fiscalYear'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  utilization?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<RoomUtilizationArgs, 'month'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimeRangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimeRange'] = ResolversParentTypes['TimeRange']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimeSlotResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimeSlot'] = ResolversParentTypes['TimeSlot']> = ResolversObject<{
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UsageRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UsageRecord'] = ResolversParentTypes['UsageRecord']> = ResolversObject<{
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface Federation__PolicyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Policy'], any> {
  name: 'federation__Policy';
}

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Accessibility?: AccessibilityResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  ClosedDay?: ClosedDayResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DayHours?: DayHoursResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FacilityDistanceConnection?: FacilityDistanceConnectionResolvers<ContextType>;
  FacilityDistanceEdge?: FacilityDistanceEdgeResolvers<ContextType>;
  FacilityEdge?: FacilityEdgeResolvers<ContextType>;
  FacilitySource?: FacilitySourceResolvers<ContextType>;
  FacilityUsage?: FacilityUsageResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  GeoPoint?: GeoPointResolvers<ContextType>;
  MonthlyUsage?: MonthlyUsageResolvers<ContextType>;
  MonthlyUtilization?: MonthlyUtilizationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Room?: RoomResolvers<ContextType>;
  TimeRange?: TimeRangeResolvers<ContextType>;
  TimeSlot?: TimeSlotResolvers<ContextType>;
  UsageRecord?: UsageRecordResolvers<ContextType>;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  composeDirective?: ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  extends?: ExtendsDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  policy?: PolicyDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
