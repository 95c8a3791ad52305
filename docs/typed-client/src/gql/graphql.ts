/* eslint-disable */
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  DateTime: { input: string; output: string; }
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

/** 推進項目: one item of the action plan, with its status planned for each fiscal year of the plan. */
export type ActionItem = {
  __typename?: 'ActionItem';
  /** The plan's numbering, e.g. I-(2)-②. */
  code: Scalars['String']['output'];
  /** 完了の目安: when the item counts as done. */
  completionCriterion: Scalars['String']['output'];
  /** The owning department (担当課), e.g. 協働推進課. */
  department: Scalars['String']['output'];
  /** Staff: every recorded change of this action item, newest first (FORBIDDEN for others). */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  /** Who carries the item out. */
  implementers: Array<Actor>;
  purpose: Scalars['String']['output'];
  /** The status in the plan's last fiscal year: where the item stands at the end of the plan. */
  status: ActionItemStatus;
  /** Who the item is for. */
  targets: Array<Actor>;
  title: Scalars['String']['output'];
  /** When the item was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The version an update passes as expectedVersion; every change adds one. */
  version: Scalars['Int']['output'];
  /** One entry for each fiscal year of the plan, oldest first. */
  yearlyPlan: Array<YearlyPlanEntry>;
};


/** 推進項目: one item of the action plan, with its status planned for each fiscal year of the plan. */
export type ActionItemHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The state of an action item in a fiscal year. */
export type ActionItemStatus =
  /** 継続 */
  | 'CONTINUE'
  /** 完了 */
  | 'DONE'
  /** 実施 */
  | 'IMPLEMENT'
  /** 一部実施 */
  | 'PARTIAL'
  /** 見直し */
  | 'REVIEW'
  /** 検討 */
  | 'STUDY';

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

/** The actors of the action plan. */
export type Actor =
  /** 事業者 */
  | 'BUSINESS'
  /** 市民 */
  | 'CITIZEN'
  /** 市民活動団体 */
  | 'CIVIC_GROUP'
  /** 地域コミュニティ */
  | 'COMMUNITY'
  /** 教育機関 */
  | 'EDUCATION'
  /** 行政 */
  | 'GOVERNMENT'
  /** その他 */
  | 'OTHER';

/**
 * The funding office's register of who may apply: the applicant's kind and district as verified by staff. Funding
 * cannot read the organizations database, so eligibility and district totals use this register, and every application
 * and award keeps a copy of it from the day it was made.
 */
export type ApplicantRegistration = {
  __typename?: 'ApplicantRegistration';
  districtCode?: Maybe<Scalars['String']['output']>;
  /** Every change to this registration, newest first (the audit trail). Staff only. */
  history: AuditEntryConnection;
  kind: OrganizationKind;
  organization: Organization;
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change. */
  version: Scalars['Int']['output'];
};


/**
 * The funding office's register of who may apply: the applicant's kind and district as verified by staff. Funding
 * cannot read the organizations database, so eligibility and district totals use this register, and every application
 * and award keeps a copy of it from the day it was made.
 */
export type ApplicantRegistrationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 申請: an organization's request for money from a program. */
export type Application = {
  __typename?: 'Application';
  applicant: Organization;
  /** The applicant's kind when it applied. */
  applicantKind: OrganizationKind;
  /** The award, once the application is AWARDED. */
  award?: Maybe<Award>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The applicant's district when it applied, if it has one. */
  district?: Maybe<District>;
  /** Every change to this application, newest first (the audit trail). Staff only. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  plan: Scalars['String']['output'];
  program: GrantProgram;
  /** Yen. */
  requestedAmount: Scalars['Int']['output'];
  reviewNotes?: Maybe<Scalars['String']['output']>;
  /** 1-5, set by reviewApplication. */
  reviewScore?: Maybe<Scalars['Int']['output']>;
  status: ApplicationStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  /** Incremented by every change, status transitions included. */
  version: Scalars['Int']['output'];
};


/** 申請: an organization's request for money from a program. */
export type ApplicationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  edges: Array<ApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApplicationDecision =
  | 'AWARDED'
  | 'REJECTED';

export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

export type ApplicationFilter = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};

export type ApplicationInput = {
  /** The applying organization; the viewer must be one of its members, or staff. */
  organizationId: Scalars['ID']['input'];
  plan: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
  /** Yen, at most the program's maxAward. */
  requestedAmount: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/**
 * How applications(orderBy) sorts; ties are broken by id in the same direction. A cursor belongs to the order it came
 * from: passing it to another order is BAD_USER_INPUT "invalid cursor".
 */
export type ApplicationOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: ApplicationOrderField;
};

export type ApplicationOrderField =
  | 'CREATED_AT'
  | 'REQUESTED_AMOUNT'
  /** Drafts (never submitted) come first ascending and last descending. */
  | 'SUBMITTED_AT';

/** DRAFT -> SUBMITTED -> UNDER_REVIEW -> AWARDED | REJECTED; WITHDRAWN from any state before a decision. */
export type ApplicationStatus =
  | 'AWARDED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type ApplicationWindow = {
  __typename?: 'ApplicationWindow';
  closes: Scalars['Date']['output'];
  opens: Scalars['Date']['output'];
};

export type ApplicationWindowInput = {
  closes: Scalars['Date']['input'];
  opens: Scalars['Date']['input'];
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

/** 交付決定: money committed to an organization by deciding an application. */
export type Award = {
  __typename?: 'Award';
  /** Yen. */
  amount: Scalars['Int']['output'];
  application: Application;
  awardedOn: Scalars['Date']['output'];
  /** Yen paid so far; never more than the amount. */
  disbursedTotal: Scalars['Int']['output'];
  /** 交付: payments, oldest first. */
  disbursements: Array<Disbursement>;
  district?: Maybe<District>;
  /**
   * Evaluations of this award, newest fiscal year first. Unbounded: use evaluationsConnection.
   * @deprecated Unbounded list; use evaluationsConnection(first, after), which pages.
   */
  evaluations?: Maybe<Array<Evaluation>>;
  /**
   * Published evaluations of this award, newest fiscal year first, then newest first; first is 20 by default, at
   * most 100, after is a cursor this list returned.
   */
  evaluationsConnection: EvaluationConnection;
  fiscalYear: Scalars['Int']['output'];
  /** Every change to this award, newest first (the audit trail). Staff only. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  program: GrantProgram;
  recipient: Organization;
  recipientKind: OrganizationKind;
  /** Incremented by every change, each disbursement included. */
  version: Scalars['Int']['output'];
};


/** 交付決定: money committed to an organization by deciding an application. */
export type AwardEvaluationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


/** 交付決定: money committed to an organization by deciding an application. */
export type AwardEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


/** 交付決定: money committed to an organization by deciding an application. */
export type AwardHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AwardConnection = {
  __typename?: 'AwardConnection';
  edges: Array<AwardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AwardEdge = {
  __typename?: 'AwardEdge';
  cursor: Scalars['String']['output'];
  node: Award;
};

/** How Organization.awardsConnection(orderBy) sorts; ties are broken by id in the same direction. */
export type AwardOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: AwardOrderField;
};

export type AwardOrderField =
  | 'AMOUNT'
  | 'AWARDED_ON';

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

/** The nine forms of collaboration. */
export type CollaborationForm =
  /** アドプト制度（里親制度） */
  | 'ADOPTION'
  /** 事業協力 */
  | 'BUSINESS_COOPERATION'
  /** 協働委託 */
  | 'COLLABORATIVE_COMMISSION'
  /** 共催 */
  | 'CO_HOSTING'
  /** 後援 */
  | 'ENDORSEMENT'
  /** 実行委員会（協議会） */
  | 'EXECUTIVE_COMMITTEE'
  /** 情報提供・情報交換 */
  | 'INFORMATION_EXCHANGE'
  /** 参画提案・政策提案 */
  | 'POLICY_PROPOSAL'
  /** 補助・助成 */
  | 'SUBSIDY';

/** 行政提案型 (the city sets the theme) or 市民提案型 (citizens propose). */
export type CollaborationOrigin =
  | 'CITIZEN_PROPOSED'
  | 'GOVERNMENT_PROPOSED';

/** 提案型協働事業: a project the city and its partners run together. */
export type CollaborativeProject = {
  __typename?: 'CollaborativeProject';
  /** Yen. */
  budget: Scalars['Int']['output'];
  /** The city department responsible (担当課), e.g. 協働推進課. */
  department: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /**
   * Evaluations of this project, newest fiscal year first. Unbounded: use evaluationsConnection.
   * @deprecated Unbounded list; use evaluationsConnection(first, after), which pages.
   */
  evaluations?: Maybe<Array<Evaluation>>;
  /**
   * Published evaluations of this project, newest fiscal year first, then newest first; first is 20 by default, at
   * most 100, after is a cursor this list returned.
   */
  evaluationsConnection: EvaluationConnection;
  fiscalYear: Scalars['Int']['output'];
  form: CollaborationForm;
  /** Every write of the project, newest first. Staff only. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  origin: CollaborationOrigin;
  partners: Array<Organization>;
  status: CollaborativeProjectStatus;
  title: Scalars['String']['output'];
  /** Goes up by one with every change; updateCollaborativeProject takes the version the editor read. */
  version: Scalars['Int']['output'];
};


/** 提案型協働事業: a project the city and its partners run together. */
export type CollaborativeProjectEvaluationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


/** 提案型協働事業: a project the city and its partners run together. */
export type CollaborativeProjectEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


/** 提案型協働事業: a project the city and its partners run together. */
export type CollaborativeProjectHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CollaborativeProjectConnection = {
  __typename?: 'CollaborativeProjectConnection';
  edges: Array<CollaborativeProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CollaborativeProjectEdge = {
  __typename?: 'CollaborativeProjectEdge';
  cursor: Scalars['String']['output'];
  node: CollaborativeProject;
};

export type CollaborativeProjectFilter = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  form?: InputMaybe<CollaborationForm>;
  origin?: InputMaybe<CollaborationOrigin>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CollaborativeProjectStatus>;
};

/** PROPOSED -> ACTIVE -> COMPLETED; PROPOSED or ACTIVE -> CANCELLED. COMPLETED and CANCELLED are final. */
export type CollaborativeProjectStatus =
  /** 実施中: agreed and running. */
  | 'ACTIVE'
  /** 中止. */
  | 'CANCELLED'
  /** 完了. */
  | 'COMPLETED'
  /** 提案: proposed, not yet agreed. */
  | 'PROPOSED';

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

/** A new action item. Its plan's fiscal years are fixed here (their statuses change with setActionItemStatus). */
export type CreateActionItemInput = {
  /** The plan's numbering, e.g. I-(2)-②: unique (CONFLICT when taken), at most 30 characters. */
  code: Scalars['String']['input'];
  /** At most 4000 characters. */
  completionCriterion: Scalars['String']['input'];
  /** The owning department (担当課), at most 100 characters. */
  department: Scalars['String']['input'];
  implementers?: InputMaybe<Array<Actor>>;
  /** At most 4000 characters. */
  purpose: Scalars['String']['input'];
  targets?: InputMaybe<Array<Actor>>;
  /** At most 200 characters. */
  title: Scalars['String']['input'];
  /** 1 to 20 entries, fiscal years from 2000 to 2100, distinct and oldest first. */
  yearlyPlan: Array<YearlyPlanEntryInput>;
};

export type CreateCollaborativeProjectInput = {
  budget: Scalars['Int']['input'];
  department: Scalars['String']['input'];
  description: Scalars['String']['input'];
  fiscalYear: Scalars['Int']['input'];
  form: CollaborationForm;
  origin: CollaborationOrigin;
  partnerIds: Array<Scalars['ID']['input']>;
  status?: InputMaybe<CollaborativeProjectStatus>;
  title: Scalars['String']['input'];
};

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

export type CreateGrantProgramInput = {
  applicationWindow: ApplicationWindowInput;
  budget: Scalars['Int']['input'];
  description: Scalars['String']['input'];
  eligibleKinds: Array<OrganizationKind>;
  endsAfterFiscalYear: Scalars['Int']['input'];
  fiscalYear: Scalars['Int']['input'];
  kind: GrantProgramKind;
  maxAward: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  nameJa: Scalars['String']['input'];
};

/**
 * A new indicator. Values (baseline and targets) must fit the unit: a percentage 0-100, a count (人, 団体, 件...) a
 * whole number from 0; targets lie after the baseline year, one per year.
 */
export type CreateIndicatorInput = {
  /** The year from 2000 up to the current year. */
  baseline: YearValueInput;
  /** At most 4000 characters. */
  description: Scalars['String']['input'];
  /** Needed only when the targets do not say (no target, or one equal to the baseline); must agree with them. */
  direction?: InputMaybe<IndicatorDirection>;
  /** Required for DISTRICT scope, refused for the others; the district must exist. */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /** Required for FACILITY scope, refused for the others; the facility must exist. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** English name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Japanese name, at most 200 characters. */
  nameJa: Scalars['String']['input'];
  scope: IndicatorScope;
  /** At most 20. */
  targets?: InputMaybe<Array<IndicatorTargetInput>>;
  /** At most 20 characters, e.g. % or 人. */
  unit: Scalars['String']['input'];
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

export type CriterionScore = {
  __typename?: 'CriterionScore';
  /** What was rated, e.g. 必要性 (necessity), 有効性 (effectiveness), 効率性 (efficiency), 公平性 (fairness). */
  criterion: Scalars['String']['output'];
  /** 1 (poor) to 5 (excellent). */
  score: Scalars['Int']['output'];
};

export type CriterionScoreInput = {
  criterion: Scalars['String']['input'];
  /** 1 to 5. */
  score: Scalars['Int']['input'];
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

export type Disbursement = {
  __typename?: 'Disbursement';
  /** Yen. */
  amount: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
};

/** One of the city's 35 自治会区域 (neighborhood-association areas), from the city's open data. */
export type District = {
  __typename?: 'District';
  /** The published area, with digitising noise under 0.5 m removed so no edge crosses another. */
  boundary: GeoJsonMultiPolygon;
  /** Stable code in the order of the city's published list: yaizu-01 .. yaizu-35. */
  code: Scalars['ID']['output'];
  /** Facilities located in the district (point in the 自治会区域), by kana name; all kinds when kinds is omitted. */
  facilities?: Maybe<Array<Facility>>;
  /**
   * The district's facilities as pages, in kana order (archived ones left out): what facilities lists whole. first is
   * 20 by default, at most 100; after is a cursor of this list.
   */
  facilityPage: FacilityConnection;
  /** Awards of the fiscal year to organizations that were in this district when they applied. */
  funding?: Maybe<FundingTotals>;
  /**
   * DISTRICT-scope indicators of this district, by name. Unbounded: use indicatorsConnection.
   * @deprecated Unbounded list; use indicatorsConnection(first, after), which pages.
   */
  indicators?: Maybe<Array<Indicator>>;
  /**
   * DISTRICT-scope indicators of this district that are not archived, by name; first is 20 by default, at most 100,
   * after is a cursor this list returned.
   */
  indicatorsConnection: IndicatorConnection;
  /** Romanized area name, e.g. "Yaizu 6". */
  name: Scalars['String']['output'];
  /** e.g. 焼津第6自治会区域. */
  nameJa: Scalars['String']['output'];
  /** Active organizations based in the district, in kana (五十音) order. */
  organizations: OrganizationConnection;
};


/** One of the city's 35 自治会区域 (neighborhood-association areas), from the city's open data. */
export type DistrictFacilitiesArgs = {
  kinds?: InputMaybe<Array<FacilityKind>>;
};


/** One of the city's 35 自治会区域 (neighborhood-association areas), from the city's open data. */
export type DistrictFacilityPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<FacilityKind>>;
};


/** One of the city's 35 自治会区域 (neighborhood-association areas), from the city's open data. */
export type DistrictFundingArgs = {
  fiscalYear: Scalars['Int']['input'];
};


/** One of the city's 35 自治会区域 (neighborhood-association areas), from the city's open data. */
export type DistrictIndicatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** 評価: an assessment of an organization, facility, award or collaborative project for a fiscal year. */
export type Evaluation = {
  __typename?: 'Evaluation';
  createdAt: Scalars['DateTime']['output'];
  /** Who evaluated, e.g. the organization itself or 市協働のまちづくり推進委員会. */
  evaluator: Scalars['String']['output'];
  findings: Scalars['String']['output'];
  fiscalYear: Scalars['Int']['output'];
  /** Staff: every recorded change of this evaluation, newest first (FORBIDDEN for others). */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  /** The evaluator's overall rating, 1 (poor) to 5 (excellent). */
  overall: Scalars['Int']['output'];
  phase: EvaluationPhase;
  /** Null until published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  recommendations: Scalars['String']['output'];
  scores: Array<CriterionScore>;
  status: EvaluationStatus;
  subject: EvaluationSubject;
  subjectType: EvaluationSubjectType;
  type: EvaluationType;
  /** The version an update passes as expectedVersion; every change adds one. */
  version: Scalars['Int']['output'];
  /** Null unless withdrawn. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};


/** 評価: an assessment of an organization, facility, award or collaborative project for a fiscal year. */
export type EvaluationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  edges: Array<EvaluationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  cursor: Scalars['String']['output'];
  node: Evaluation;
};

export type EvaluationFilter = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  /**
   * PUBLISHED (the default) for everyone. DRAFT or WITHDRAWN: staff see all; a member only their organization's SELF
   * evaluations, with subjectType ORGANIZATION and subjectId one of their organizations (FORBIDDEN otherwise).
   */
  status?: InputMaybe<EvaluationStatus>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Required with subjectId. */
  subjectType?: InputMaybe<EvaluationSubjectType>;
  type?: InputMaybe<EvaluationType>;
};

/**
 * How evaluations(orderBy) sorts; ties are broken by id in the same direction. A cursor belongs to the order it came
 * from: passing it to another order (another field or direction) is BAD_USER_INPUT "invalid cursor".
 */
export type EvaluationOrder = {
  /** The field's own default when omitted (see EvaluationOrderField); the other direction reverses the whole order. */
  direction?: InputMaybe<OrderDirection>;
  field: EvaluationOrderField;
};

export type EvaluationOrderField =
  /**
   * Fiscal year, then creation time; DESC (newest fiscal year first, then newest first) when direction is omitted.
   * Without orderBy the list is in this order, descending.
   */
  | 'FISCAL_YEAR'
  /** Overall rating, then creation time; DESC (highest first, then newest first) when direction is omitted. */
  | 'OVERALL_SCORE';

/** The step of the PLAN -> DO -> SEE cycle the evaluation belongs to. */
export type EvaluationPhase =
  | 'DO'
  | 'PLAN'
  | 'SEE';

/**
 * Where an evaluation is in its life: a DRAFT is seen and changed only by its author (for an organization's SELF
 * evaluation, by any member of the organization) and by staff, until it is PUBLISHED for everyone or WITHDRAWN.
 * Published and withdrawn evaluations no longer change.
 */
export type EvaluationStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type EvaluationSubject = Award | CollaborativeProject | Facility | Organization;

export type EvaluationSubjectType =
  | 'AWARD'
  | 'COLLABORATIVE_PROJECT'
  | 'FACILITY'
  | 'ORGANIZATION';

/** 自己評価, 相互評価 (by peers), 第三者評価 (by an outside body). */
export type EvaluationType =
  | 'MUTUAL'
  | 'SELF'
  | 'THIRD_PARTY';

export type ExternalAmount = {
  __typename?: 'ExternalAmount';
  amount: Scalars['Float']['output'];
  /** ISO 4217. */
  currency: Scalars['String']['output'];
};

/** A funder other than the city whose grants were imported from its 360Giving data. */
export type ExternalFunder = {
  __typename?: 'ExternalFunder';
  /** Grants imported for this funder. */
  grantCount: Scalars['Int']['output'];
  /** The funder's org-id.guide identifier as published, e.g. GB-CHC-1015648. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The funder's programmes (360Giving grantProgramme), by title. */
  programs: Array<ExternalGrantProgram>;
};

/** One grant of an external funder, with the 360Giving 1.4 field names and the values as published. */
export type ExternalGrant = {
  __typename?: 'ExternalGrant';
  amountAppliedFor?: Maybe<Scalars['Float']['output']>;
  amountAwarded: Scalars['Float']['output'];
  amountDisbursed?: Maybe<Scalars['Float']['output']>;
  /** YYYY-MM-DD or a date-time, as published. */
  awardDate: Scalars['String']['output'];
  beneficiaryLocation: Array<ExternalGrantLocation>;
  /** ISO 4217, as published: amounts are in this currency, not yen. */
  currency: Scalars['String']['output'];
  dataSource?: Maybe<Scalars['String']['output']>;
  /** A date-time, as published. */
  dateModified?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Yes or No, when published. */
  fromOpenCall?: Maybe<Scalars['String']['output']>;
  funder: ExternalFunder;
  /** The funder as the grant names it. */
  fundingOrganization: Array<ExternalOrganization>;
  grantProgramme: Array<ExternalGrantProgramme>;
  /** The 360Giving grant id, e.g. 360G-ALWF-1978: what a re-import matches on. */
  id: Scalars['ID']['output'];
  /** When the import first wrote the grant. */
  importedAt: Scalars['DateTime']['output'];
  plannedDates: Array<ExternalGrantPlannedDates>;
  /** The programme of the grant, when it names one. */
  program?: Maybe<ExternalGrantProgram>;
  recipientOrganization: Array<ExternalOrganization>;
  title: Scalars['String']['output'];
};

export type ExternalGrantConnection = {
  __typename?: 'ExternalGrantConnection';
  edges: Array<ExternalGrantEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExternalGrantEdge = {
  __typename?: 'ExternalGrantEdge';
  cursor: Scalars['String']['output'];
  node: ExternalGrant;
};

export type ExternalGrantFilter = {
  /** Grants awarded in this calendar year. */
  awardYear?: InputMaybe<Scalars['Int']['input']>;
  /** An ExternalFunder id. */
  funderId?: InputMaybe<Scalars['ID']['input']>;
  /** A programme title of that funder (needs funderId). */
  programTitle?: InputMaybe<Scalars['String']['input']>;
};

export type ExternalGrantLocation = {
  __typename?: 'ExternalGrantLocation';
  /** ISO 3166-1 alpha-2. */
  countryCode?: Maybe<Scalars['String']['output']>;
  geoCode?: Maybe<Scalars['String']['output']>;
  geoCodeType?: Maybe<Scalars['String']['output']>;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type ExternalGrantPlannedDates = {
  __typename?: 'ExternalGrantPlannedDates';
  /** Months. */
  duration?: Maybe<Scalars['Float']['output']>;
  endDate?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, YYYY-MM, YYYY or a date-time, as published. */
  startDate?: Maybe<Scalars['String']['output']>;
};

/** A programme of an external funder (360Giving grantProgramme): a historical label on its grants, with no budget. */
export type ExternalGrantProgram = {
  __typename?: 'ExternalGrantProgram';
  /** The sum of amountAwarded of the programme's grants in each currency, largest first. */
  awardedTotals: Array<ExternalAmount>;
  /** The funder's programme code; null when the funder publishes a title only. */
  code?: Maybe<Scalars['String']['output']>;
  funder: ExternalFunder;
  grantCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ExternalGrantProgramme = {
  __typename?: 'ExternalGrantProgramme';
  code?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/**
 * An organisation that received an external grant, as the funder published it: a value, not an organization of the
 * register (most recipients are not in the city at all).
 */
export type ExternalOrganization = {
  __typename?: 'ExternalOrganization';
  addressCountry?: Maybe<Scalars['String']['output']>;
  addressLocality?: Maybe<Scalars['String']['output']>;
  addressRegion?: Maybe<Scalars['String']['output']>;
  charityNumber?: Maybe<Scalars['String']['output']>;
  companyNumber?: Maybe<Scalars['String']['output']>;
  /** The org-id.guide identifier the funder gave, e.g. GB-CHC-1175014. */
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisationType?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  streetAddress?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
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
  /**
   * Evaluations of this facility, newest fiscal year first. Unbounded: use evaluationsConnection.
   * @deprecated Unbounded list; use evaluationsConnection(first, after), which pages.
   */
  evaluations?: Maybe<Array<Evaluation>>;
  /**
   * Published evaluations of this facility, newest fiscal year first, then newest first; first is 20 by default, at
   * most 100, after is a cursor this list returned.
   */
  evaluationsConnection: EvaluationConnection;
  /** Who changed what and when, newest first. Staff only; first is 20 by default, at most 100. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  /**
   * FACILITY-scope indicators of this facility (e.g. its utilisation rate), by name. Unbounded: use indicatorsConnection.
   * @deprecated Unbounded list; use indicatorsConnection(first, after), which pages.
   */
  indicators?: Maybe<Array<Indicator>>;
  /**
   * FACILITY-scope indicators of this facility (e.g. its utilisation rate) that are not archived, by name; first is 20 by default, at most 100,
   * after is a cursor this list returned.
   */
  indicatorsConnection: IndicatorConnection;
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
export type FacilityEvaluationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


/** A public facility from the city's 公共施設一覧 (public facility list). */
export type FacilityEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


/** A public facility from the city's 公共施設一覧 (public facility list). */
export type FacilityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A public facility from the city's 公共施設一覧 (public facility list). */
export type FacilityIndicatorsConnectionArgs = {
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

export type FundingGroupBy =
  | 'DISTRICT'
  | 'ORGANIZATION_KIND'
  | 'PROGRAM';

export type FundingSummary = {
  __typename?: 'FundingSummary';
  fiscalYear: Scalars['Int']['output'];
  groupBy: FundingGroupBy;
  /** Largest awardedTotal first. */
  groups: Array<FundingSummaryGroup>;
  /** The totals over every group. */
  totals: FundingTotals;
};

/** One group of a funding summary. Exactly one of program, district and organizationKind is set, by groupBy. */
export type FundingSummaryGroup = {
  __typename?: 'FundingSummaryGroup';
  awardCount: Scalars['Int']['output'];
  awardedTotal: Scalars['Int']['output'];
  disbursedTotal: Scalars['Int']['output'];
  district?: Maybe<District>;
  /** The program id, district code or organization kind; awards to organizations with no district have key "NONE". */
  key: Scalars['String']['output'];
  organizationKind?: Maybe<OrganizationKind>;
  program?: Maybe<GrantProgram>;
};

/** Award totals over some set of awards. */
export type FundingTotals = {
  __typename?: 'FundingTotals';
  awardCount: Scalars['Int']['output'];
  /** Yen awarded. */
  awardedTotal: Scalars['Int']['output'];
  /** Yen paid out of those awards. */
  disbursedTotal: Scalars['Int']['output'];
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

/**
 * A grant in the shape of the 360Giving Data Standard 1.4, one per award, for publishing the city's grants as open
 * data (STANDARDS.md). Field names are the standard's. Names of recipients and places are not funding's data: read
 * them through recipientOrganization.organization and beneficiaryLocation.district.
 */
export type Grant360 = {
  __typename?: 'Grant360';
  /** 申請額. */
  amountAppliedFor: Scalars['Int']['output'];
  /** 交付決定額. */
  amountAwarded: Scalars['Int']['output'];
  /** 交付済額. */
  amountDisbursed: Scalars['Int']['output'];
  /** The award this grant publishes. */
  award: Award;
  awardDate: Scalars['Date']['output'];
  beneficiaryLocation: Array<Grant360Location>;
  /** ISO 4217: always JPY. */
  currency: Scalars['String']['output'];
  dateModified: Scalars['DateTime']['output'];
  /** The application's plan. */
  description: Scalars['String']['output'];
  /** 交付: the award's disbursements, oldest first. */
  disbursementTransaction: Array<Grant360Transaction>;
  /** Yes: every program takes applications in a public window (公募). */
  fromOpenCall: Scalars['String']['output'];
  fundingOrganization: Array<Grant360Organization>;
  grantProgramme: Array<Grant360Programme>;
  /** 360G-<publisher prefix>-<award id>. */
  id: Scalars['String']['output'];
  /** The program's fiscal year. */
  plannedDates: Array<Grant360PlannedDates>;
  recipientOrganization: Array<Grant360Recipient>;
  /** The application's title. */
  title: Scalars['String']['output'];
};

export type Grant360Connection = {
  __typename?: 'Grant360Connection';
  edges: Array<Grant360Edge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Grant360Edge = {
  __typename?: 'Grant360Edge';
  cursor: Scalars['String']['output'];
  node: Grant360;
};

export type Grant360Location = {
  __typename?: 'Grant360Location';
  district: District;
  /** The district code. */
  geoCode: Scalars['String']['output'];
};

export type Grant360Organization = {
  __typename?: 'Grant360Organization';
  /** An org-id.guide identifier, e.g. JP-JCN-<法人番号>. */
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Grant360PlannedDates = {
  __typename?: 'Grant360PlannedDates';
  /** Months. */
  duration: Scalars['Int']['output'];
  endDate: Scalars['Date']['output'];
  startDate: Scalars['Date']['output'];
};

export type Grant360Programme = {
  __typename?: 'Grant360Programme';
  /** The program's id. */
  code: Scalars['String']['output'];
  /** The program's Japanese name. */
  title: Scalars['String']['output'];
};

export type Grant360Recipient = {
  __typename?: 'Grant360Recipient';
  /** 360G-<publisher prefix>-ORG-<organization id>: a local identifier (funding holds no 法人番号). */
  id: Scalars['String']['output'];
  organization: Organization;
};

export type Grant360Transaction = {
  __typename?: 'Grant360Transaction';
  /** ISO 4217: always JPY. */
  currency: Scalars['String']['output'];
  transactionDate: Scalars['Date']['output'];
  value: Scalars['Int']['output'];
};

/** A funding program of one fiscal year (April to March). */
export type GrantProgram = {
  __typename?: 'GrantProgram';
  /** Applications are accepted from opens to closes inclusive (Asia/Tokyo dates). */
  applicationWindow: ApplicationWindow;
  /** Yen already committed to awards; it only moves through conditional updates, so it never exceeds the budget. */
  awardedTotal: Scalars['Int']['output'];
  /** Yen. */
  budget: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  eligibleKinds: Array<OrganizationKind>;
  /** The last fiscal year the program runs: the time limit on support the plans require. */
  endsAfterFiscalYear: Scalars['Int']['output'];
  fiscalYear: Scalars['Int']['output'];
  /** Every change to this program, newest first (the audit trail). Staff only. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  kind: GrantProgramKind;
  /** The most one award may be, in yen. */
  maxAward: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  nameJa: Scalars['String']['output'];
  /** budget - awardedTotal. */
  remainingBudget: Scalars['Int']['output'];
  /** Incremented by every change (awards reserving budget move awardedTotal, not the version); updateGrantProgram takes the version the editor read. */
  version: Scalars['Int']['output'];
};


/** A funding program of one fiscal year (April to March). */
export type GrantProgramHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 交付金 (GRANT), 補助金 (SUBSIDY), 助成金 (AID), 協働委託 (COMMISSION). */
export type GrantProgramKind =
  | 'AID'
  | 'COMMISSION'
  | 'GRANT'
  | 'SUBSIDY';

/** まちづくり指標 / 成果指標: a figure the city tracks against a baseline and targets (IATI result/indicator). */
export type Indicator = {
  __typename?: 'Indicator';
  /** True once archived (retired from the plan): it keeps its figures but leaves the lists and takes no more writes. */
  archived: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * True when the indicator should rise, false when it should fall (IATI's ascending): the stated direction when there
   * is one, otherwise whether its final target is at or above its baseline; null with neither.
   */
  ascending?: Maybe<Scalars['Boolean']['output']>;
  baseline: IndicatorBaseline;
  /** What is measured and how, and the plan the figures come from. */
  description: Scalars['String']['output'];
  /** The direction staff stated; null when the targets decide it (see ascending). */
  direction?: Maybe<IndicatorDirection>;
  /** The district measured, for DISTRICT scope. */
  district?: Maybe<District>;
  /** The facility measured, for FACILITY scope. */
  facility?: Maybe<Facility>;
  /** Staff: every recorded change of this indicator, newest first (FORBIDDEN for others). */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  /** The measurement of the most recent year. */
  latest?: Maybe<Measurement>;
  /** Oldest first. */
  measurements: Array<Measurement>;
  name: Scalars['String']['output'];
  nameJa: Scalars['String']['output'];
  /**
   * Whether the latest measurement is at or past the plan's straight line from the baseline through each dated target,
   * at the measurement's year (at or below it for an indicator that should fall). Null when nothing is measured or the
   * plan has no dated target.
   */
  onTrack?: Maybe<Scalars['Boolean']['output']>;
  /**
   * (latest - baseline) / (final target - baseline): 0 at the baseline, 1 at the final target; above 1 past it and
   * negative when moving away from it. Null when nothing is measured, there is no target, or the target equals the
   * baseline.
   */
  progress?: Maybe<Scalars['Float']['output']>;
  scope: IndicatorScope;
  /** Oldest first. */
  targets: Array<IndicatorTarget>;
  /** The unit of value, e.g. % or 人 (people) or 団体 (organizations). */
  unit: Scalars['String']['output'];
  /** When the indicator was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The version an update passes as expectedVersion; every change adds one. */
  version: Scalars['Int']['output'];
};


/** まちづくり指標 / 成果指標: a figure the city tracks against a baseline and targets (IATI result/indicator). */
export type IndicatorHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The value an indicator started from. */
export type IndicatorBaseline = {
  __typename?: 'IndicatorBaseline';
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  edges: Array<IndicatorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Which way an indicator should move, as staff state it. */
export type IndicatorDirection =
  /** It should fall (e.g. vacant houses). */
  | 'DECREASE'
  /** It should rise (e.g. a participation rate). */
  | 'INCREASE';

export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  cursor: Scalars['String']['output'];
  node: Indicator;
};

export type IndicatorFilter = {
  /** True lists only archived indicators; false (the default) only the others. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<IndicatorScope>;
};

/**
 * How indicators(orderBy) sorts; ties are broken by id in the same direction. A cursor belongs to the order it came
 * from: passing it to another order (another field or direction) is BAD_USER_INPUT "invalid cursor".
 */
export type IndicatorOrder = {
  /** The field's own default when omitted (see IndicatorOrderField); the other direction reverses the whole order. */
  direction?: InputMaybe<OrderDirection>;
  field: IndicatorOrderField;
};

export type IndicatorOrderField =
  /** By English name; ASC (A to Z) when direction is omitted. Without orderBy the list is by name, A to Z. */
  | 'NAME'
  /** When the indicator last changed; DESC (the most recently changed first) when direction is omitted. */
  | 'UPDATED_AT';

/** What an indicator measures: the whole city, one district (with district set) or one facility (with facility set). */
export type IndicatorScope =
  | 'CITY'
  | 'DISTRICT'
  | 'FACILITY';

/** A value the plan aims for. year is null when the plan states the goal without a year (then it is the only target). */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  value: Scalars['Float']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** A target: year null states the goal without a year (then it must be the only target). */
export type IndicatorTargetInput = {
  value: Scalars['Float']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 実績値: the value measured in a year. An indicator has at most one measurement per year. */
export type Measurement = {
  __typename?: 'Measurement';
  /** Where the figure comes from or what affected it. */
  note?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
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
   * Staff, or a member of the council. An organization belongs to at most one council (CONFLICT when it is in
   * another); a council cannot contain itself (BAD_USER_INPUT) or a council it belongs to, directly or further up
   * (CONFLICT). Returns the council.
   */
  addCouncilMember: Organization;
  /**
   * Archives a facility: it leaves every list and can no longer be booked or changed. Staff only. CONFLICT while any of
   * its rooms has a confirmed booking that has not ended (extensions.futureBookings counts them: cancel them or let
   * them pass first, so no organization loses a booking unannounced), or with currentVersion for a stale
   * expectedVersion. Archiving an archived facility returns it unchanged.
   */
  archiveFacility: Facility;
  /** Staff. Retires an indicator from the plan; archiving an archived one returns it unchanged. */
  archiveIndicator: Indicator;
  /** Staff, or a member of the organization. Archiving twice is harmless. */
  archiveOrganization: Organization;
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
  /** Staff. Creates an action item; a retry with the same idempotencyKey returns the first one. */
  createActionItem: ActionItem;
  /**
   * Staff only. A retry with the same idempotencyKey (8-128 printable characters) and the same input returns the first
   * project; the same key with another input is CONFLICT.
   */
  createCollaborativeProject: CollaborativeProject;
  /**
   * Registers a facility. Staff only. BAD_USER_INPUT names the first invalid field (argumentName); CONFLICT when the
   * source (municipalityCode, NO) is already registered (existingId) or the idempotency key was used for a different
   * request; NOT_FOUND when operatorId names no organization. A retry with the same idempotencyKey (8..128 printable
   * characters) and the same input returns the facility the first call created. Anonymous readers may see a write up
   * to 30 seconds late (the gateway's response cache); signed-in readers at once.
   */
  createFacility: Facility;
  /**
   * idempotencyKey (8-128 printable ASCII characters, e.g. a UUID): a retry with the same key and input returns the
   * program the first call created; the same key with another input is CONFLICT.
   */
  createGrantProgram: GrantProgram;
  /** Staff. Creates an indicator; a retry with the same idempotencyKey returns the first one. */
  createIndicator: Indicator;
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
  /**
   * Adds a room to a facility. Staff only. BAD_USER_INPUT for an invalid field or a name the facility already uses;
   * CONFLICT when the facility is archived. Idempotent with idempotencyKey, as createFacility.
   */
  createRoom: Room;
  /**
   * UNDER_REVIEW -> AWARDED (creates the Award of `amount` yen, reserving it from the program's budget) or REJECTED.
   * A decision the budget cannot cover is CONFLICT with the remaining budget in extensions.remainingBudget; deciding an
   * application that is no longer UNDER_REVIEW (e.g. decided by a concurrent request) is CONFLICT with
   * extensions.currentStatus, as is every other action from a state that does not allow it.
   */
  decideApplication: Application;
  /**
   * Saves an application as a DRAFT, to submit later with submitDraftApplication. idempotencyKey as for
   * createGrantProgram.
   */
  draftApplication: Application;
  /** Publishes a DRAFT (DRAFT -> PUBLISHED): whoever may update it, and staff. */
  publishEvaluation: Evaluation;
  /**
   * Pays part of an award; the disbursed total never exceeds the award (CONFLICT with extensions.undisbursed).
   * idempotencyKey (8-128 printable ASCII characters, e.g. a UUID; one per payment, per staff member and award): a
   * retry with the same key and input returns the award without paying again, however many retries race; the same key
   * with another input is CONFLICT naming idempotencyKey. Send one whenever a timed-out request may be retried.
   */
  recordDisbursement: Award;
  /**
   * Staff. Records the value measured in a year, from the baseline year up to the current year (Asia/Tokyo); the value
   * fits the unit (a percentage 0-100, a count a whole number). A second measurement for the same year replaces the
   * first. Archived indicators take no measurements (CONFLICT).
   */
  recordMeasurement: Indicator;
  /** Records (or corrects) the visitors of a facility in a month (YYYY-MM, not in the future). Staff only. */
  recordUsage: UsageRecord;
  /** Staff record (or correct) an organization's kind and district in the applicant register. */
  registerApplicant: ApplicantRegistration;
  /** Staff, a member of the council, or a member of the leaving organization. Returns the council. */
  removeCouncilMember: Organization;
  /**
   * Staff only. Erases the entry's personal data and keeps its anonymised tombstone (see Person); the audit trail of the
   * entry never shows personal data. Unconditional (a person's withdrawal of consent does not wait on an editor's
   * version); removing a removed entry returns its tombstone unchanged.
   */
  removePerson: Person;
  /** SUBMITTED or UNDER_REVIEW -> UNDER_REVIEW with a score of 1-5 and notes. */
  reviewApplication: Application;
  /** Staff. Sets the status of an action item in one fiscal year of its plan. */
  setActionItemStatus: ActionItem;
  /**
   * Staff only. Moves the project along CollaborativeProjectStatus: PROPOSED -> ACTIVE, ACTIVE -> COMPLETED, PROPOSED or
   * ACTIVE -> CANCELLED. A move its current status does not allow (often because a concurrent request moved it first)
   * is CONFLICT with extensions.currentStatus. With expectedVersion, a project changed since is CONFLICT with
   * extensions.currentVersion; without it, only the status decides.
   */
  setCollaborativeProjectStatus: CollaborativeProject;
  /**
   * Creates a SUBMITTED application; the program's window must be open. The applicant's kind (for eligibility) and
   * district (for District.funding) come from the applicant register, never from the caller: funding cannot read the
   * organizations database, and a federated @requires cannot feed a mutation. The application keeps a copy of both.
   * idempotencyKey as for createGrantProgram.
   */
  submitApplication: Application;
  /** DRAFT -> SUBMITTED; the program's window must be open. */
  submitDraftApplication: Application;
  /**
   * Staff may submit any evaluation; a member of an organization may submit a SELF evaluation of that organization.
   * Published at once unless input.draft is true. A retry with the same idempotencyKey returns the first one.
   */
  submitEvaluation: Evaluation;
  /** Staff. Corrects an action item read at expectedVersion (CONFLICT naming the current version when it changed since). */
  updateActionItem: ActionItem;
  /**
   * Staff only, while the project is PROPOSED or ACTIVE (a COMPLETED or CANCELLED project is a record: CONFLICT with
   * extensions.currentStatus). expectedVersion is the CollaborativeProject.version the editor read: when someone
   * changed the project since, CONFLICT with extensions.currentVersion.
   */
  updateCollaborativeProject: CollaborativeProject;
  /**
   * Changes a DRAFT read at expectedVersion (CONFLICT naming the current version when it changed since; CONFLICT when
   * it is no longer a draft). Its author only; for an organization's SELF evaluation, any member of the organization.
   */
  updateEvaluation: Evaluation;
  /**
   * Corrects a facility. Staff only. expectedVersion is the version the editor read: CONFLICT with
   * extensions.currentVersion when someone changed it since, CONFLICT when it is archived. Existing bookings stand when
   * hours or bookability change; new bookings follow the new values.
   */
  updateFacility: Facility;
  /**
   * expectedVersion is the version the editor read: if the program has changed since, CONFLICT with
   * extensions.currentVersion (reload and apply the change again). A budget below what is already awarded is CONFLICT
   * with extensions.awardedTotal.
   */
  updateGrantProgram: GrantProgram;
  /**
   * Staff. Corrects an indicator read at expectedVersion (CONFLICT naming the current version when it changed since).
   * An archived indicator is CONFLICT.
   */
  updateIndicator: Indicator;
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
  /**
   * Corrects a room. Staff only. CONFLICT with currentVersion for a stale expectedVersion, CONFLICT when the room or
   * its facility is archived. Existing bookings stand when capacity or bookability change.
   */
  updateRoom: Room;
  /** Any state before a decision -> WITHDRAWN. */
  withdrawApplication: Application;
  /** Withdraws a DRAFT (DRAFT -> WITHDRAWN): whoever may update it. */
  withdrawEvaluation: Evaluation;
};


export type MutationAddCouncilMemberArgs = {
  councilId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationArchiveFacilityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationArchiveIndicatorArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationArchiveOrganizationArgs = {
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


export type MutationCreateActionItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateActionItemInput;
};


export type MutationCreateCollaborativeProjectArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCollaborativeProjectInput;
};


export type MutationCreateFacilityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateFacilityInput;
};


export type MutationCreateGrantProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateGrantProgramInput;
};


export type MutationCreateIndicatorArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateIndicatorInput;
};


export type MutationCreateOrganizationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateOrganizationInput;
};


export type MutationCreatePersonArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreatePersonInput;
};


export type MutationCreateRoomArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateRoomInput;
};


export type MutationDecideApplicationArgs = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  decision: ApplicationDecision;
  id: Scalars['ID']['input'];
};


export type MutationDraftApplicationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ApplicationInput;
};


export type MutationPublishEvaluationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordDisbursementArgs = {
  amount: Scalars['Int']['input'];
  awardId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordMeasurementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};


export type MutationRecordUsageArgs = {
  facilityId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  visitors: Scalars['Int']['input'];
};


export type MutationRegisterApplicantArgs = {
  input: RegisterApplicantInput;
};


export type MutationRemoveCouncilMemberArgs = {
  councilId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationRemovePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewApplicationArgs = {
  id: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};


export type MutationSetActionItemStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status: ActionItemStatus;
};


export type MutationSetCollaborativeProjectStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: CollaborativeProjectStatus;
};


export type MutationSubmitApplicationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ApplicationInput;
};


export type MutationSubmitDraftApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitEvaluationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SubmitEvaluationInput;
};


export type MutationUpdateActionItemArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateActionItemInput;
};


export type MutationUpdateCollaborativeProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCollaborativeProjectInput;
};


export type MutationUpdateEvaluationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateEvaluationInput;
};


export type MutationUpdateFacilityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateFacilityInput;
};


export type MutationUpdateGrantProgramArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateGrantProgramInput;
};


export type MutationUpdateIndicatorArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateIndicatorInput;
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


export type MutationUpdateRoomArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateRoomInput;
};


export type MutationWithdrawApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawEvaluationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
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
  /**
   * What the funding office knows about the organization for eligibility (kind and district), or null when the
   * organization is not registered as an applicant.
   */
  applicantRegistration?: Maybe<ApplicantRegistration>;
  /**
   * Whether the applicant register still agrees with the organization's own kind and district (from the organizations
   * subgraph); null when the organization is not registered. Staff re-register an organization that has drifted.
   */
  applicantRegistrationCurrent?: Maybe<Scalars['Boolean']['output']>;
  /** The organization's applications, newest first. Drafts are visible only to staff and the organization's members. */
  applications?: Maybe<Array<Application>>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Awards the organization received, newest first; all fiscal years when fiscalYear is omitted.
   * @deprecated Unpaginated; use awardsConnection, which pages (first, after) and sorts (orderBy).
   */
  awards?: Maybe<Array<Award>>;
  /**
   * Awards the organization received, a page at a time; all fiscal years when fiscalYear is omitted. Newest first
   * unless orderBy says otherwise.
   */
  awardsConnection?: Maybe<AwardConnection>;
  basis: OrganizationBasis;
  /**
   * The organization's confirmed bookings that overlap [from, to), earliest first; at most a year. Staff and the
   * organization's members only (FORBIDDEN otherwise).
   */
  bookings?: Maybe<Array<Booking>>;
  /** 認定NPO法人 (certified by the prefecture); only NPO corporations can be certified. */
  certified: Scalars['Boolean']['output'];
  contact?: Maybe<Contact>;
  /** The DISTRICT_COUNCIL this organization is a member of. */
  council?: Maybe<Organization>;
  /** The district the organization is based in; null for a city-wide organization. */
  district?: Maybe<District>;
  /**
   * The fiscal year's programs open to the organization's kind (from the organizations subgraph, not the register), by
   * name: what a dashboard shows an organization it could apply for.
   */
  eligibleGrantPrograms?: Maybe<Array<GrantProgram>>;
  /**
   * Evaluations of this organization, newest fiscal year first. Unbounded: use evaluationsConnection.
   * @deprecated Unbounded list; use evaluationsConnection(first, after), which pages.
   */
  evaluations?: Maybe<Array<Evaluation>>;
  /**
   * Published evaluations of this organization, newest fiscal year first, then newest first; first is 20 by default, at
   * most 100, after is a cursor this list returned.
   */
  evaluationsConnection: EvaluationConnection;
  foundedOn?: Maybe<Scalars['Date']['output']>;
  /** Totals of the organization's awards; all fiscal years when fiscalYear is omitted. */
  fundingSummary?: Maybe<FundingTotals>;
  /** Every change to this organization, newest first (the audit trail). Staff only. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** Facilities the organization runs as designated manager (指定管理者), by kana name. */
  managedFacilities?: Maybe<Array<Facility>>;
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
export type OrganizationApplicationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


/** A community organization (団体). */
export type OrganizationAwardsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};


/** A community organization (団体). */
export type OrganizationAwardsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AwardOrder>;
};


/** A community organization (団体). */
export type OrganizationBookingsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** A community organization (団体). */
export type OrganizationEligibleGrantProgramsArgs = {
  fiscalYear: Scalars['Int']['input'];
};


/** A community organization (団体). */
export type OrganizationEvaluationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


/** A community organization (団体). */
export type OrganizationEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


/** A community organization (団体). */
export type OrganizationFundingSummaryArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
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
  actionItem?: Maybe<ActionItem>;
  /**
   * Action items by code. With fiscalYear, status matches the status planned for that year; without it, the item's
   * status at the end of the plan.
   */
  actionItems: Array<ActionItem>;
  application?: Maybe<Application>;
  /** Newest first unless orderBy says otherwise. Drafts are visible only to staff and the applicant's members. */
  applications: ApplicationConnection;
  /**
   * The audit trail of every write in every subgraph, newest first. Staff only (UNAUTHENTICATED anonymous, FORBIDDEN
   * otherwise). A filter on entityType asks only the subgraph owning that type. first: 0-100.
   */
  auditLog: AuditEntryConnection;
  award?: Maybe<Award>;
  /**
   * Bookings, confirmed and cancelled, by start then id; first is 20 by default, at most 100, after is a cursor this
   * list returned (anything else is BAD_USER_INPUT). Staff may list every booking; a member only the bookings of one
   * of their own organizations, named in filter.organizationId (FORBIDDEN otherwise). A malformed id in the filter is
   * BAD_USER_INPUT.
   */
  bookings: BookingConnection;
  collaborativeProject?: Maybe<CollaborativeProject>;
  /** Newest fiscal year first. */
  collaborativeProjects: CollaborativeProjectConnection;
  /** An unknown code is NOT_FOUND. */
  district?: Maybe<District>;
  /** The district containing the point, or null outside every district. Latitude -90..90, longitude -180..180. */
  districtAt?: Maybe<District>;
  /** All districts in code order. */
  districts: Array<District>;
  /** A draft or withdrawn evaluation only for those who may see it (see EvaluationStatus); NOT_FOUND for others. */
  evaluation?: Maybe<Evaluation>;
  /** Published evaluations (see filter.status), newest fiscal year first, then newest first, unless orderBy says otherwise. */
  evaluations: EvaluationConnection;
  externalFunder?: Maybe<ExternalFunder>;
  /** Funders whose 360Giving grants were imported, by name. */
  externalFunders: Array<ExternalFunder>;
  externalGrant?: Maybe<ExternalGrant>;
  /** Imported grants of external funders, newest award first. */
  externalGrants: ExternalGrantConnection;
  /**
   * Facilities in kana order unless orderBy says otherwise; archived ones only with filter.includeArchived. first is
   * 20 by default, at most 100; after is a cursor of the same list and order (anything else is BAD_USER_INPUT).
   */
  facilities: FacilityConnection;
  /** Facilities within radiusMeters (0 < radius <= 50000) of a point, nearest first. */
  facilitiesNear: FacilityDistanceConnection;
  /** Null when no facility has this id; a malformed id is BAD_USER_INPUT. */
  facility?: Maybe<Facility>;
  /** Award totals of a fiscal year by program, district or applicant kind. */
  fundingSummary: FundingSummary;
  grantProgram?: Maybe<GrantProgram>;
  /** Programs ordered by fiscal year (newest first), then name. */
  grantPrograms: Array<GrantProgram>;
  /** The fiscal year's awards as 360Giving grants, by award date. */
  grants360: Grant360Connection;
  indicator?: Maybe<Indicator>;
  /** Indicators that are not archived (see filter.archived), by name (A to Z) unless orderBy says otherwise. */
  indicators: IndicatorConnection;
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
  room?: Maybe<Room>;
  /**
   * Free periods of the room within its opening hours between from and to (at most 31 days), from now on. Empty when
   * the facility's hours are unknown.
   */
  roomAvailability: Array<TimeSlot>;
};


export type QueryActionItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionItemsArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ActionItemStatus>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApplicationOrder>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAwardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollaborativeProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCollaborativeProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollaborativeProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDistrictArgs = {
  code: Scalars['ID']['input'];
};


export type QueryDistrictAtArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


export type QueryEvaluationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EvaluationOrder>;
};


export type QueryExternalFunderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExternalGrantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExternalGrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExternalGrantFilter>;
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


export type QueryFundingSummaryArgs = {
  fiscalYear: Scalars['Int']['input'];
  groupBy: FundingGroupBy;
};


export type QueryGrantProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantProgramsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<GrantProgramKind>;
};


export type QueryGrants360Args = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear: Scalars['Int']['input'];
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IndicatorOrder>;
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


export type QueryRoomArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoomAvailabilityArgs = {
  from: Scalars['DateTime']['input'];
  roomId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};

export type RegisterApplicantInput = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  kind: OrganizationKind;
  organizationId: Scalars['ID']['input'];
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

export type SubmitEvaluationInput = {
  /**
   * False (the default) publishes the evaluation at once, as submitting always has; true saves it as a DRAFT that its
   * author can update, publish or withdraw.
   */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 200 characters. */
  evaluator: Scalars['String']['input'];
  /** At most 4000 characters. */
  findings: Scalars['String']['input'];
  /** From 2000 up to the next fiscal year (a PLAN may look ahead). */
  fiscalYear: Scalars['Int']['input'];
  /** 1 to 5. */
  overall: Scalars['Int']['input'];
  phase: EvaluationPhase;
  /** At most 4000 characters. */
  recommendations: Scalars['String']['input'];
  /** At least one; each criterion once. */
  scores: Array<CriterionScoreInput>;
  subjectId: Scalars['ID']['input'];
  subjectType: EvaluationSubjectType;
  type: EvaluationType;
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

/** Fields left out (or null) keep their value; the plan's years and statuses change only through setActionItemStatus. */
export type UpdateActionItemInput = {
  /** Unique: CONFLICT when another item has it. */
  code?: InputMaybe<Scalars['String']['input']>;
  completionCriterion?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  implementers?: InputMaybe<Array<Actor>>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  targets?: InputMaybe<Array<Actor>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out (or null) keep their value. Partners must be organizations the organizations subgraph knows. */
export type UpdateCollaborativeProjectInput = {
  /** Yen. */
  budget?: InputMaybe<Scalars['Int']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  form?: InputMaybe<CollaborationForm>;
  origin?: InputMaybe<CollaborationOrigin>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to a draft; fields left out (or null) keep their value. The subject and the type cannot change (they decide
 * who may evaluate): withdraw the draft and submit another.
 */
export type UpdateEvaluationInput = {
  evaluator?: InputMaybe<Scalars['String']['input']>;
  findings?: InputMaybe<Scalars['String']['input']>;
  /** From 2000 up to the next fiscal year. */
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  overall?: InputMaybe<Scalars['Int']['input']>;
  phase?: InputMaybe<EvaluationPhase>;
  recommendations?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every score: at least one, each criterion once. */
  scores?: InputMaybe<Array<CriterionScoreInput>>;
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

/** Only the fields given change. */
export type UpdateGrantProgramInput = {
  applicationWindow?: InputMaybe<ApplicationWindowInput>;
  /** Never below the program's awardedTotal. */
  budget?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eligibleKinds?: InputMaybe<Array<OrganizationKind>>;
  endsAfterFiscalYear?: InputMaybe<Scalars['Int']['input']>;
  maxAward?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameJa?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Fields left out (or null) keep their value, except direction, which null clears (the targets decide again). The
 * scope and what is measured (district, facility) cannot change: archive the indicator and create another. The same
 * rules as for a new indicator apply to the result; a unit or baseline that existing measurements would violate is
 * CONFLICT naming them (extensions.measurementYears).
 */
export type UpdateIndicatorInput = {
  baseline?: InputMaybe<YearValueInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<IndicatorDirection>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameJa?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every target; [] removes them. */
  targets?: InputMaybe<Array<IndicatorTargetInput>>;
  unit?: InputMaybe<Scalars['String']['input']>;
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

/** A year and a value, e.g. a baseline. */
export type YearValueInput = {
  value: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};

export type YearlyPlanEntry = {
  __typename?: 'YearlyPlanEntry';
  fiscalYear: Scalars['Int']['output'];
  status: ActionItemStatus;
};

export type YearlyPlanEntryInput = {
  fiscalYear: Scalars['Int']['input'];
  status: ActionItemStatus;
};

export type DistrictDashboardQueryVariables = Exact<{
  code: Scalars['ID']['input'];
  fiscalYear: Scalars['Int']['input'];
}>;


export type DistrictDashboardQuery = { __typename?: 'Query', district?: { __typename?: 'District', code: string, nameJa: string, organizations: { __typename?: 'OrganizationConnection', totalCount: number, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, awards?: Array<{ __typename?: 'Award', id: string, amount: number }> | null } }> }, funding?: { __typename?: 'FundingTotals', awardedTotal: number, awardCount: number } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DistrictDashboardDocument = new TypedDocumentString(`
    query DistrictDashboard($code: ID!, $fiscalYear: Int!) {
  district(code: $code) {
    code
    nameJa
    organizations(first: 20) {
      totalCount
      edges {
        node {
          id
          name
          kind
          awards(fiscalYear: $fiscalYear) {
            id
            amount
          }
        }
      }
    }
    funding(fiscalYear: $fiscalYear) {
      awardedTotal
      awardCount
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictDashboardQuery, DistrictDashboardQueryVariables>;