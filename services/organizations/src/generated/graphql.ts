import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationDocument } from '../models/Organization.js';
import type { DistrictDocument } from '../models/District.js';
import type { PersonDocument } from '../models/Person.js';
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
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** ISO-8601 date and time with an offset; output in Asia/Tokyo (+09:00). */
  DateTime: { input: Date; output: Date; }
  FieldSet: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  link__Import: { input: string; output: string; }
};

/** The 20 activity fields of the NPO Act (特定非営利活動促進法 別表), in the Act's order. */
export type ActivityField =
  /** 子どもの健全育成 */
  | 'CHILDREN'
  /** まちづくりの推進 */
  | 'COMMUNITY_DEVELOPMENT'
  /** 地域安全 */
  | 'COMMUNITY_SAFETY'
  /** 消費者の保護 */
  | 'CONSUMER_PROTECTION'
  /** 学術、文化、芸術又はスポーツの振興 */
  | 'CULTURE_ARTS_SPORTS'
  /** 災害救援 */
  | 'DISASTER_RELIEF'
  /** 経済活動の活性化 */
  | 'ECONOMIC_ACTIVITY'
  /** 職業能力の開発又は雇用機会の拡充の支援 */
  | 'EMPLOYMENT'
  /** 環境の保全 */
  | 'ENVIRONMENT'
  /** 男女共同参画社会の形成の促進 */
  | 'GENDER_EQUALITY'
  /** 保健、医療又は福祉の増進 */
  | 'HEALTH_WELFARE'
  /** 人権の擁護又は平和の推進 */
  | 'HUMAN_RIGHTS_PEACE'
  /** 情報化社会の発展 */
  | 'INFORMATION_SOCIETY'
  /** 国際協力 */
  | 'INTERNATIONAL_COOPERATION'
  /** 前各号に掲げる活動を行う団体の運営又は活動に関する連絡、助言又は援助 */
  | 'NPO_SUPPORT'
  /** 都道府県又は指定都市の条例で定める活動 */
  | 'ORDINANCE_DESIGNATED'
  /** 農山漁村又は中山間地域の振興 */
  | 'RURAL_DEVELOPMENT'
  /** 科学技術の振興 */
  | 'SCIENCE_TECHNOLOGY'
  /** 社会教育の推進 */
  | 'SOCIAL_EDUCATION'
  /** 観光の振興 */
  | 'TOURISM';

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

/** How to reach an organization. Only for signed-in viewers. */
export type Contact = {
  __typename?: 'Contact';
  email?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateOrganizationInput = {
  activityFields?: InputMaybe<Array<ActivityField>>;
  address: Scalars['String']['input'];
  /** Only for NPO_CORPORATION. */
  certified?: InputMaybe<Scalars['Boolean']['input']>;
  contact?: InputMaybe<ContactInput>;
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: OrganizationKind;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Katakana (hiragana is converted). */
  nameKana: Scalars['String']['input'];
  registeredWithSupportCenter?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only for DISTRICT_COUNCIL; defaults to the five standard 専門部会. */
  subcommittees?: InputMaybe<Array<SubcommitteeInput>>;
};

/**
 * A new entry of the talent register. Names and readings are stored NFKC-folded; the reading is katakana (hiragana is
 * converted).
 */
export type CreatePersonInput = {
  activityFields?: InputMaybe<Array<ActivityField>>;
  /** Required: the day the person consented to be listed (see Person.consentedOn); not in the future. */
  consentedOn: Scalars['Date']['input'];
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** At most 100 characters. */
  name: Scalars['String']['input'];
  nameKana: Scalars['String']['input'];
  /** Up to 20 active organizations. */
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** At least one. */
  roles: Array<PersonRole>;
  /** Up to 20, each at most 50 characters; repeats are dropped. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One of the city's 35 自治会区域 (neighborhood-association areas), from the city's open data. */
export type District = {
  __typename?: 'District';
  /** The published area, with digitising noise under 0.5 m removed so no edge crosses another. */
  boundary: GeoJsonMultiPolygon;
  /** Stable code in the order of the city's published list: yaizu-01 .. yaizu-35. */
  code: Scalars['ID']['output'];
  /** Romanized area name, e.g. "Yaizu 6". */
  name: Scalars['String']['output'];
  /** e.g. 焼津第6自治会区域. */
  nameJa: Scalars['String']['output'];
  /** Active organizations based in the district, in kana (五十音) order. */
  organizations: OrganizationConnection;
};


/** One of the city's 35 自治会区域 (neighborhood-association areas), from the city's open data. */
export type DistrictOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DistrictOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DistrictOrganizationFilter = {
  activityFields?: InputMaybe<Array<ActivityField>>;
  certified?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
};

/**
 * A GeoJSON MultiPolygon (RFC 7946): positions are [longitude, latitude] in WGS84, rings are closed, outer rings
 * counter-clockwise. Every district boundary is served as a MultiPolygon, also when it is one piece, so clients read a
 * single shape; the object can be handed to any GeoJSON library as it is.
 */
export type GeoJsonMultiPolygon = {
  __typename?: 'GeoJSONMultiPolygon';
  /** Polygons, each a list of linear rings (the first is the outer boundary, the others holes), each a list of [lng, lat]. */
  coordinates: Array<Array<Array<Array<Scalars['Float']['output']>>>>;
  /** Always "MultiPolygon". */
  type: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Staff, or a member of the council. An organization belongs to at most one council (CONFLICT when it is in
   * another); a council cannot contain itself (BAD_USER_INPUT) or a council it belongs to, directly or further up
   * (CONFLICT). Returns the council.
   */
  addCouncilMember: Organization;
  /** Staff, or a member of the organization. Archiving twice is harmless. */
  archiveOrganization: Organization;
  /**
   * Staff only. idempotencyKey (8-128 printable ASCII characters, e.g. a UUID): a retry with the same key and input
   * returns the organization the first call created; the same key with another input is CONFLICT.
   */
  createOrganization: Organization;
  /**
   * Staff only. Adds an entry to the talent register. A retry with the same idempotencyKey (8-128 printable characters)
   * and the same input returns the first entry; the same key with another input is CONFLICT.
   */
  createPerson: Person;
  /** Staff, a member of the council, or a member of the leaving organization. Returns the council. */
  removeCouncilMember: Organization;
  /**
   * Staff only. Erases the entry's personal data and keeps its anonymised tombstone (see Person); the audit trail of the
   * entry never shows personal data. Unconditional (a person's withdrawal of consent does not wait on an editor's
   * version); removing a removed entry returns its tombstone unchanged.
   */
  removePerson: Person;
  /**
   * Staff, or a member of the organization. expectedVersion is the version the editor read: if the organization has
   * changed since, CONFLICT with extensions.currentVersion (reload and apply the change again). Archived organizations
   * are CONFLICT.
   */
  updateOrganization: Organization;
  /**
   * Staff only. expectedVersion is the Person.version the editor read: when someone changed the entry since, CONFLICT
   * with extensions.currentVersion. A removed entry cannot change (CONFLICT).
   */
  updatePerson: Person;
};


export type MutationAddCouncilMemberArgs = {
  councilId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationArchiveOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateOrganizationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateOrganizationInput;
};


export type MutationCreatePersonArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreatePersonInput;
};


export type MutationRemoveCouncilMemberArgs = {
  councilId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationRemovePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationUpdatePersonArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};

/** The order of a list. */
export type OrderDirection =
  /** Smallest, earliest or first in 五十音 order first. */
  | 'ASC'
  /** Largest, latest or last in 五十音 order first. */
  | 'DESC';

/** A community organization (団体). */
export type Organization = {
  __typename?: 'Organization';
  /** False once archived (解散・活動休止); archived organizations are left out of lists unless asked for. */
  active: Scalars['Boolean']['output'];
  activityFields: Array<ActivityField>;
  address: Scalars['String']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  basis: OrganizationBasis;
  /** 認定NPO法人 (certified by the prefecture); only NPO corporations can be certified. */
  certified: Scalars['Boolean']['output'];
  contact?: Maybe<Contact>;
  /** The DISTRICT_COUNCIL this organization is a member of. */
  council?: Maybe<Organization>;
  /** The district the organization is based in; null for a city-wide organization. */
  district?: Maybe<District>;
  foundedOn?: Maybe<Scalars['Date']['output']>;
  /** Every change to this organization, newest first (the audit trail). Staff only. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** Households for a neighborhood association, member organizations for a council, members, staff or pupils otherwise. */
  memberCount: Scalars['Int']['output'];
  /** For a DISTRICT_COUNCIL: its active member organizations in kana order; empty for other kinds. */
  members: Array<Organization>;
  /** Official name, legal form included, e.g. 特定非営利活動法人やいづ子育て支援ネット. */
  name: Scalars['String']['output'];
  /** Katakana reading without the legal form. */
  nameKana: Scalars['String']['output'];
  /** Registered with the civic activity support centre (市民活動支援センター). */
  registeredWithSupportCenter: Scalars['Boolean']['output'];
  /** For a DISTRICT_COUNCIL: its 専門部会; empty for other kinds. */
  subcommittees: Array<Subcommittee>;
  /** Incremented by every change; updateOrganization takes the version the editor read (expectedVersion). */
  version: Scalars['Int']['output'];
};


/** A community organization (団体). */
export type OrganizationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 地縁型組織 (TERRITORIAL: associations, councils, community groups, schools) or テーマ型組織 (THEMATIC). Follows from the kind. */
export type OrganizationBasis =
  | 'TERRITORIAL'
  | 'THEMATIC';

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  /** Organizations active in any of these fields. */
  activityFields?: InputMaybe<Array<ActivityField>>;
  certified?: InputMaybe<Scalars['Boolean']['input']>;
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /** Also list archived organizations. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /**
   * Part of the name or of its reading, e.g. "子育て", "やいづ" or "ヤイヅ" (matched as a prefix or anywhere; hiragana
   * matches the katakana reading; width and case are normalised).
   */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  /** 事業者 */
  | 'BUSINESS'
  /** 市民活動団体・ボランティア団体 */
  | 'CIVIC_GROUP'
  /** 地域団体 */
  | 'COMMUNITY_GROUP'
  /** 地域づくり協議会 */
  | 'DISTRICT_COUNCIL'
  /** 教育機関 */
  | 'EDUCATIONAL_INSTITUTION'
  /** 町内会・自治会 */
  | 'NEIGHBORHOOD_ASSOCIATION'
  /** 特定非営利活動法人 */
  | 'NPO_CORPORATION';

/**
 * How organizations(orderBy) sorts; ties are broken by id in the same direction. A cursor belongs to the order it came
 * from: passing it to another order is BAD_USER_INPUT "invalid cursor".
 */
export type OrganizationOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: OrganizationOrderField;
};

export type OrganizationOrderField =
  /** Founding date; organizations without one come first ascending and last descending. */
  | 'FOUNDED_ON'
  | 'MEMBER_COUNT'
  /** The official name under Japanese collation (ICU ja). */
  | 'NAME'
  /** The reading in 五十音 order under Japanese collation (voiced kana next to plain ones, ー by the vowel it lengthens). */
  | 'NAME_KANA';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * An entry of the people / talent register (人材や団体情報の集約、データベース化). Personal data: staff only.
 *
 * removePerson erases an entry's personal data (name, reading, contact, skills, organizations) and keeps an anonymised
 * tombstone: the id, roles, activity fields, district and consent date, so the register's statistics (how many
 * coordinators a district has, in which fields) stay true. people() leaves tombstones out unless filter.removed asks
 * for them; person(id) answers a tombstone with removedAt set and the personal fields null or empty.
 */
export type Person = {
  __typename?: 'Person';
  activityFields: Array<ActivityField>;
  /**
   * The day the person agreed (in writing, on the register's form) to be listed: to have the city keep their name,
   * reading, contact, skills, roles, district and organizations, and show them to city staff only, to put them in touch
   * with local activities (地域づくり). Never published. Withdrawing consent is removePerson.
   */
  consentedOn: Scalars['Date']['output'];
  /** Where the person lives. */
  district?: Maybe<District>;
  /** Null once removed. */
  email?: Maybe<Scalars['String']['output']>;
  /** Every write of the entry, newest first. Staff only; personal fields read "[redacted]" in every entry. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  /** Null once removed. */
  name?: Maybe<Scalars['String']['output']>;
  /** Katakana reading; null once removed. */
  nameKana?: Maybe<Scalars['String']['output']>;
  /** Organizations the person is active in; empty once removed. */
  organizations: Array<Organization>;
  /** Null once removed. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When the entry's personal data was erased (removePerson); null while the entry is live. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  roles: Array<PersonRole>;
  /** Free-text skills, e.g. 防災士, ファシリテーション; empty once removed. */
  skills: Array<Scalars['String']['output']>;
  /** Goes up by one with every change; updatePerson takes the version the editor read. */
  version: Scalars['Int']['output'];
};


/**
 * An entry of the people / talent register (人材や団体情報の集約、データベース化). Personal data: staff only.
 *
 * removePerson erases an entry's personal data (name, reading, contact, skills, organizations) and keeps an anonymised
 * tombstone: the id, roles, activity fields, district and consent date, so the register's statistics (how many
 * coordinators a district has, in which fields) stay true. people() leaves tombstones out unless filter.removed asks
 * for them; person(id) answers a tombstone with removedAt set and the personal fields null or empty.
 */
export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** True lists the anonymised tombstones of removed entries instead of the live register (for statistics). */
  removed?: InputMaybe<Scalars['Boolean']['input']>;
  /** People with any of these roles. */
  roles?: InputMaybe<Array<PersonRole>>;
  /** Part of the name or reading, as in OrganizationFilter.search. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** People listing this skill (exact). */
  skill?: InputMaybe<Scalars['String']['input']>;
};

/** How people in the talent register (人材バンク) serve the community. */
export type PersonRole =
  /** アドバイザー */
  | 'ADVISOR'
  /** コーディネーター */
  | 'COORDINATOR'
  /** 地域づくりリーダー */
  | 'LEADER';

export type Query = {
  __typename?: 'Query';
  /**
   * Internal: this subgraph's audit entries, for the organizations subgraph's Query.auditLog to merge. Hidden from
   * clients by the gateway; staff only.
   */
  _auditLog: AuditEntryConnection;
  /**
   * The audit trail of every write in every subgraph, newest first. Staff only (UNAUTHENTICATED anonymous, FORBIDDEN
   * otherwise). A filter on entityType asks only the subgraph owning that type. first: 0-100.
   */
  auditLog: AuditEntryConnection;
  /** An unknown code is NOT_FOUND. */
  district?: Maybe<District>;
  /** The district containing the point, or null outside every district. Latitude -90..90, longitude -180..180. */
  districtAt?: Maybe<District>;
  /** All districts in code order. */
  districts: Array<District>;
  /** An unknown id is NOT_FOUND, a malformed one BAD_USER_INPUT. */
  organization?: Maybe<Organization>;
  /**
   * Organizations in the order asked for; without orderBy, by reading in code-point order (katakana code points follow
   * 五十音 apart from voiced and small kana; NAME_KANA gives the full Japanese collation).
   */
  organizations: OrganizationConnection;
  /**
   * The talent register in kana order. Staff only; nullable so that a refusal (UNAUTHENTICATED, FORBIDDEN) nulls this
   * field alone and the other fields of the same query still answer.
   */
  people?: Maybe<PersonConnection>;
  person?: Maybe<Person>;
};


export type Query_AuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDistrictArgs = {
  code: Scalars['ID']['input'];
};


export type QueryDistrictAtArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

/** A 専門部会 of a district council, e.g. 保健福祉部会. */
export type Subcommittee = {
  __typename?: 'Subcommittee';
  /** GENERAL_AFFAIRS, HEALTH_WELFARE, SAFETY, LIVING_ENVIRONMENT, CULTURE_SPORTS, or a council's own key. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nameJa: Scalars['String']['output'];
};

export type SubcommitteeInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nameJa: Scalars['String']['input'];
};

/**
 * Fields left out keep their value, as do null ones except districtCode and foundedOn, which null clears. The kind
 * cannot change; certification is set by staff only.
 */
export type UpdateOrganizationInput = {
  activityFields?: InputMaybe<Array<ActivityField>>;
  address?: InputMaybe<Scalars['String']['input']>;
  certified?: InputMaybe<Scalars['Boolean']['input']>;
  contact?: InputMaybe<ContactInput>;
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameKana?: InputMaybe<Scalars['String']['input']>;
  registeredWithSupportCenter?: InputMaybe<Scalars['Boolean']['input']>;
  subcommittees?: InputMaybe<Array<SubcommitteeInput>>;
};

/** Fields left out (or null) keep their value, except districtCode, email and phone, which null clears. */
export type UpdatePersonInput = {
  activityFields?: InputMaybe<Array<ActivityField>>;
  /** A renewed consent; not in the future. */
  consentedOn?: InputMaybe<Scalars['Date']['input']>;
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameKana?: InputMaybe<Scalars['String']['input']>;
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<PersonRole>>;
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

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
  ActivityField: ActivityField;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryPage>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryPageEdge>;
  AuditLogFilter: AuditLogFilter;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePersonInput: CreatePersonInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictDocument>;
  DistrictOrganizationFilter: DistrictOrganizationFilter;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  GeoJSONMultiPolygon: ResolverTypeWrapper<GeoJsonMultiPolygon>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<{}>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationDocument>;
  OrganizationBasis: OrganizationBasis;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonDocument>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonRole: PersonRole;
  Query: ResolverTypeWrapper<{}>;
  Subcommittee: ResolverTypeWrapper<Subcommittee>;
  SubcommitteeInput: SubcommitteeInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdatePersonInput: UpdatePersonInput;
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
  AuditActor: AuditActor;
  ID: Scalars['ID']['output'];
  AuditChange: AuditChange;
  AuditEntry: AuditEntryRecord;
  AuditEntryConnection: AuditEntryPage;
  AuditEntryEdge: AuditEntryPageEdge;
  AuditLogFilter: AuditLogFilter;
  Contact: Contact;
  ContactInput: ContactInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePersonInput: CreatePersonInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  District: DistrictDocument;
  DistrictOrganizationFilter: DistrictOrganizationFilter;
  FieldSet: Scalars['FieldSet']['output'];
  GeoJSONMultiPolygon: GeoJsonMultiPolygon;
  Float: Scalars['Float']['output'];
  Mutation: {};
  Organization: OrganizationDocument;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationOrder: OrganizationOrder;
  PageInfo: PageInfo;
  Person: PersonDocument;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  Query: {};
  Subcommittee: Subcommittee;
  SubcommitteeInput: SubcommitteeInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdatePersonInput: UpdatePersonInput;
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

export type ContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']>, { __typename: 'District' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  boundary?: Resolver<ResolversTypes['GeoJSONMultiPolygon'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<DistrictOrganizationsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type GeoJsonMultiPolygonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeoJSONMultiPolygon'] = ResolversParentTypes['GeoJSONMultiPolygon']> = ResolversObject<{
  coordinates?: Resolver<Array<Array<Array<Array<ResolversTypes['Float']>>>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCouncilMember?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationAddCouncilMemberArgs, 'councilId' | 'memberId'>>;
  archiveOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationArchiveOrganizationArgs, 'id'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input'>>;
  removeCouncilMember?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationRemoveCouncilMemberArgs, 'councilId' | 'memberId'>>;
  removePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRemovePersonArgs, 'id'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'expectedVersion' | 'id' | 'input'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activityFields?: Resolver<Array<ResolversTypes['ActivityField']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['OrganizationBasis'], ParentType, ContextType>;
  certified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  council?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  foundedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<OrganizationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameKana?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredWithSupportCenter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subcommittees?: Resolver<Array<ResolversTypes['Subcommittee']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  activityFields?: Resolver<Array<ResolversTypes['ActivityField']>, ParentType, ContextType>;
  consentedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<PersonHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKana?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['PersonRole']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  _auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<Query_AuditLogArgs, 'first'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'code'>>;
  districtAt?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictAtArgs, 'lat' | 'lng'>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, Partial<QueryPeopleArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
}>;

export type SubcommitteeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subcommittee'] = ResolversParentTypes['Subcommittee']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  GeoJSONMultiPolygon?: GeoJsonMultiPolygonResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subcommittee?: SubcommitteeResolvers<ContextType>;
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
