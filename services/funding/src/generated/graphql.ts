import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GrantProgramDocument } from '../models/GrantProgram.js';
import type { ApplicationDocument } from '../models/Application.js';
import type { AwardDocument } from '../models/Award.js';
import type { CollaborativeProjectDocument } from '../models/CollaborativeProject.js';
import type { ApplicantDocument } from '../models/Applicant.js';
import type { FundingSummaryResult, FundingSummaryGroupRow } from '../fundingSummary.js';
import type { AwardTotals } from '../loaders.js';
import type { OrganizationReference, DistrictReference } from '../references.js';
import type { Grant360Source } from '../grants360.js';
import type { ExternalGrantDocument } from '../models/ExternalGrant.js';
import type { ExternalFunderSource, ExternalProgramSource } from '../externalGrants.js';
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

export type Disbursement = {
  __typename?: 'Disbursement';
  /** Yen. */
  amount: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
};

export type District = {
  __typename?: 'District';
  code: Scalars['ID']['output'];
  /** Awards of the fiscal year to organizations that were in this district when they applied. */
  funding?: Maybe<FundingTotals>;
};


export type DistrictFundingArgs = {
  fiscalYear: Scalars['Int']['input'];
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Staff only. A retry with the same idempotencyKey (8-128 printable characters) and the same input returns the first
   * project; the same key with another input is CONFLICT.
   */
  createCollaborativeProject: CollaborativeProject;
  /**
   * idempotencyKey (8-128 printable ASCII characters, e.g. a UUID): a retry with the same key and input returns the
   * program the first call created; the same key with another input is CONFLICT.
   */
  createGrantProgram: GrantProgram;
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
  /**
   * Pays part of an award; the disbursed total never exceeds the award (CONFLICT with extensions.undisbursed).
   * idempotencyKey (8-128 printable ASCII characters, e.g. a UUID; one per payment, per staff member and award): a
   * retry with the same key and input returns the award without paying again, however many retries race; the same key
   * with another input is CONFLICT naming idempotencyKey. Send one whenever a timed-out request may be retried.
   */
  recordDisbursement: Award;
  /** Staff record (or correct) an organization's kind and district in the applicant register. */
  registerApplicant: ApplicantRegistration;
  /** SUBMITTED or UNDER_REVIEW -> UNDER_REVIEW with a score of 1-5 and notes. */
  reviewApplication: Application;
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
   * Staff only, while the project is PROPOSED or ACTIVE (a COMPLETED or CANCELLED project is a record: CONFLICT with
   * extensions.currentStatus). expectedVersion is the CollaborativeProject.version the editor read: when someone
   * changed the project since, CONFLICT with extensions.currentVersion.
   */
  updateCollaborativeProject: CollaborativeProject;
  /**
   * expectedVersion is the version the editor read: if the program has changed since, CONFLICT with
   * extensions.currentVersion (reload and apply the change again). A budget below what is already awarded is CONFLICT
   * with extensions.awardedTotal.
   */
  updateGrantProgram: GrantProgram;
  /** Any state before a decision -> WITHDRAWN. */
  withdrawApplication: Application;
};


export type MutationCreateCollaborativeProjectArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCollaborativeProjectInput;
};


export type MutationCreateGrantProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateGrantProgramInput;
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


export type MutationRecordDisbursementArgs = {
  amount: Scalars['Int']['input'];
  awardId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterApplicantArgs = {
  input: RegisterApplicantInput;
};


export type MutationReviewApplicationArgs = {
  id: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
  score: Scalars['Int']['input'];
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


export type MutationUpdateCollaborativeProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCollaborativeProjectInput;
};


export type MutationUpdateGrantProgramArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateGrantProgramInput;
};


export type MutationWithdrawApplicationArgs = {
  id: Scalars['ID']['input'];
};

/** The order of a list. */
export type OrderDirection =
  /** Smallest, earliest or first in 五十音 order first. */
  | 'ASC'
  /** Largest, latest or last in 五十音 order first. */
  | 'DESC';

export type Organization = {
  __typename?: 'Organization';
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
  district?: Maybe<District>;
  /**
   * The fiscal year's programs open to the organization's kind (from the organizations subgraph, not the register), by
   * name: what a dashboard shows an organization it could apply for.
   */
  eligibleGrantPrograms?: Maybe<Array<GrantProgram>>;
  /** Totals of the organization's awards; all fiscal years when fiscalYear is omitted. */
  fundingSummary?: Maybe<FundingTotals>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
};


export type OrganizationApplicationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


export type OrganizationAwardsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationAwardsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AwardOrder>;
};


export type OrganizationEligibleGrantProgramsArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type OrganizationFundingSummaryArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
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
  application?: Maybe<Application>;
  /** Newest first unless orderBy says otherwise. Drafts are visible only to staff and the applicant's members. */
  applications: ApplicationConnection;
  award?: Maybe<Award>;
  collaborativeProject?: Maybe<CollaborativeProject>;
  /** Newest fiscal year first. */
  collaborativeProjects: CollaborativeProjectConnection;
  externalFunder?: Maybe<ExternalFunder>;
  /** Funders whose 360Giving grants were imported, by name. */
  externalFunders: Array<ExternalFunder>;
  externalGrant?: Maybe<ExternalGrant>;
  /** Imported grants of external funders, newest award first. */
  externalGrants: ExternalGrantConnection;
  /** Award totals of a fiscal year by program, district or applicant kind. */
  fundingSummary: FundingSummary;
  grantProgram?: Maybe<GrantProgram>;
  /** Programs ordered by fiscal year (newest first), then name. */
  grantPrograms: Array<GrantProgram>;
  /** The fiscal year's awards as 360Giving grants, by award date. */
  grants360: Grant360Connection;
};


export type Query_AuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryAwardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCollaborativeProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCollaborativeProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollaborativeProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type RegisterApplicantInput = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  kind: OrganizationKind;
  organizationId: Scalars['ID']['input'];
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
  ApplicantRegistration: ResolverTypeWrapper<ApplicantDocument>;
  Application: ResolverTypeWrapper<ApplicationDocument>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApplicationConnection: ResolverTypeWrapper<Omit<ApplicationConnection, 'edges'> & { edges: Array<ResolversTypes['ApplicationEdge']> }>;
  ApplicationDecision: ApplicationDecision;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationFilter: ApplicationFilter;
  ApplicationInput: ApplicationInput;
  ApplicationOrder: ApplicationOrder;
  ApplicationOrderField: ApplicationOrderField;
  ApplicationStatus: ApplicationStatus;
  ApplicationWindow: ResolverTypeWrapper<ApplicationWindow>;
  ApplicationWindowInput: ApplicationWindowInput;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryPage>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryPageEdge>;
  AuditLogFilter: AuditLogFilter;
  Award: ResolverTypeWrapper<AwardDocument>;
  AwardConnection: ResolverTypeWrapper<Omit<AwardConnection, 'edges'> & { edges: Array<ResolversTypes['AwardEdge']> }>;
  AwardEdge: ResolverTypeWrapper<Omit<AwardEdge, 'node'> & { node: ResolversTypes['Award'] }>;
  AwardOrder: AwardOrder;
  AwardOrderField: AwardOrderField;
  CollaborationForm: CollaborationForm;
  CollaborationOrigin: CollaborationOrigin;
  CollaborativeProject: ResolverTypeWrapper<CollaborativeProjectDocument>;
  CollaborativeProjectConnection: ResolverTypeWrapper<Omit<CollaborativeProjectConnection, 'edges'> & { edges: Array<ResolversTypes['CollaborativeProjectEdge']> }>;
  CollaborativeProjectEdge: ResolverTypeWrapper<Omit<CollaborativeProjectEdge, 'node'> & { node: ResolversTypes['CollaborativeProject'] }>;
  CollaborativeProjectFilter: CollaborativeProjectFilter;
  CollaborativeProjectStatus: CollaborativeProjectStatus;
  CreateCollaborativeProjectInput: CreateCollaborativeProjectInput;
  CreateGrantProgramInput: CreateGrantProgramInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Disbursement: ResolverTypeWrapper<Disbursement>;
  District: ResolverTypeWrapper<DistrictReference>;
  ExternalAmount: ResolverTypeWrapper<ExternalAmount>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ExternalFunder: ResolverTypeWrapper<ExternalFunderSource>;
  ExternalGrant: ResolverTypeWrapper<ExternalGrantDocument>;
  ExternalGrantConnection: ResolverTypeWrapper<Omit<ExternalGrantConnection, 'edges'> & { edges: Array<ResolversTypes['ExternalGrantEdge']> }>;
  ExternalGrantEdge: ResolverTypeWrapper<Omit<ExternalGrantEdge, 'node'> & { node: ResolversTypes['ExternalGrant'] }>;
  ExternalGrantFilter: ExternalGrantFilter;
  ExternalGrantLocation: ResolverTypeWrapper<ExternalGrantLocation>;
  ExternalGrantPlannedDates: ResolverTypeWrapper<ExternalGrantPlannedDates>;
  ExternalGrantProgram: ResolverTypeWrapper<ExternalProgramSource>;
  ExternalGrantProgramme: ResolverTypeWrapper<ExternalGrantProgramme>;
  ExternalOrganization: ResolverTypeWrapper<ExternalOrganization>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  FundingGroupBy: FundingGroupBy;
  FundingSummary: ResolverTypeWrapper<FundingSummaryResult>;
  FundingSummaryGroup: ResolverTypeWrapper<FundingSummaryGroupRow>;
  FundingTotals: ResolverTypeWrapper<AwardTotals>;
  Grant360: ResolverTypeWrapper<Grant360Source>;
  Grant360Connection: ResolverTypeWrapper<Omit<Grant360Connection, 'edges'> & { edges: Array<ResolversTypes['Grant360Edge']> }>;
  Grant360Edge: ResolverTypeWrapper<Omit<Grant360Edge, 'node'> & { node: ResolversTypes['Grant360'] }>;
  Grant360Location: ResolverTypeWrapper<Omit<Grant360Location, 'district'> & { district: ResolversTypes['District'] }>;
  Grant360Organization: ResolverTypeWrapper<Grant360Organization>;
  Grant360PlannedDates: ResolverTypeWrapper<Grant360PlannedDates>;
  Grant360Programme: ResolverTypeWrapper<Grant360Programme>;
  Grant360Recipient: ResolverTypeWrapper<Omit<Grant360Recipient, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  Grant360Transaction: ResolverTypeWrapper<Grant360Transaction>;
  GrantProgram: ResolverTypeWrapper<GrantProgramDocument>;
  GrantProgramKind: GrantProgramKind;
  Mutation: ResolverTypeWrapper<{}>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationReference>;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<{}>;
  RegisterApplicantInput: RegisterApplicantInput;
  UpdateCollaborativeProjectInput: UpdateCollaborativeProjectInput;
  UpdateGrantProgramInput: UpdateGrantProgramInput;
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
  ApplicantRegistration: ApplicantDocument;
  Application: ApplicationDocument;
  ID: Scalars['ID']['output'];
  ApplicationConnection: Omit<ApplicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApplicationEdge']> };
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  ApplicationFilter: ApplicationFilter;
  ApplicationInput: ApplicationInput;
  ApplicationOrder: ApplicationOrder;
  ApplicationWindow: ApplicationWindow;
  ApplicationWindowInput: ApplicationWindowInput;
  AuditActor: AuditActor;
  AuditChange: AuditChange;
  AuditEntry: AuditEntryRecord;
  AuditEntryConnection: AuditEntryPage;
  AuditEntryEdge: AuditEntryPageEdge;
  AuditLogFilter: AuditLogFilter;
  Award: AwardDocument;
  AwardConnection: Omit<AwardConnection, 'edges'> & { edges: Array<ResolversParentTypes['AwardEdge']> };
  AwardEdge: Omit<AwardEdge, 'node'> & { node: ResolversParentTypes['Award'] };
  AwardOrder: AwardOrder;
  CollaborativeProject: CollaborativeProjectDocument;
  CollaborativeProjectConnection: Omit<CollaborativeProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['CollaborativeProjectEdge']> };
  CollaborativeProjectEdge: Omit<CollaborativeProjectEdge, 'node'> & { node: ResolversParentTypes['CollaborativeProject'] };
  CollaborativeProjectFilter: CollaborativeProjectFilter;
  CreateCollaborativeProjectInput: CreateCollaborativeProjectInput;
  CreateGrantProgramInput: CreateGrantProgramInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Disbursement: Disbursement;
  District: DistrictReference;
  ExternalAmount: ExternalAmount;
  Float: Scalars['Float']['output'];
  ExternalFunder: ExternalFunderSource;
  ExternalGrant: ExternalGrantDocument;
  ExternalGrantConnection: Omit<ExternalGrantConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExternalGrantEdge']> };
  ExternalGrantEdge: Omit<ExternalGrantEdge, 'node'> & { node: ResolversParentTypes['ExternalGrant'] };
  ExternalGrantFilter: ExternalGrantFilter;
  ExternalGrantLocation: ExternalGrantLocation;
  ExternalGrantPlannedDates: ExternalGrantPlannedDates;
  ExternalGrantProgram: ExternalProgramSource;
  ExternalGrantProgramme: ExternalGrantProgramme;
  ExternalOrganization: ExternalOrganization;
  FieldSet: Scalars['FieldSet']['output'];
  FundingSummary: FundingSummaryResult;
  FundingSummaryGroup: FundingSummaryGroupRow;
  FundingTotals: AwardTotals;
  Grant360: Grant360Source;
  Grant360Connection: Omit<Grant360Connection, 'edges'> & { edges: Array<ResolversParentTypes['Grant360Edge']> };
  Grant360Edge: Omit<Grant360Edge, 'node'> & { node: ResolversParentTypes['Grant360'] };
  Grant360Location: Omit<Grant360Location, 'district'> & { district: ResolversParentTypes['District'] };
  Grant360Organization: Grant360Organization;
  Grant360PlannedDates: Grant360PlannedDates;
  Grant360Programme: Grant360Programme;
  Grant360Recipient: Omit<Grant360Recipient, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  Grant360Transaction: Grant360Transaction;
  GrantProgram: GrantProgramDocument;
  Mutation: {};
  Organization: OrganizationReference;
  PageInfo: PageInfo;
  Query: {};
  RegisterApplicantInput: RegisterApplicantInput;
  UpdateCollaborativeProjectInput: UpdateCollaborativeProjectInput;
  UpdateGrantProgramInput: UpdateGrantProgramInput;
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

export type ApplicantRegistrationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApplicantRegistration'] = ResolversParentTypes['ApplicantRegistration']> = ResolversObject<{
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<ApplicantRegistrationHistoryArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApplicationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = ResolversObject<{
  applicant?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  applicantKind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  award?: Resolver<Maybe<ResolversTypes['Award']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<ApplicationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType>;
  requestedAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApplicationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApplicationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApplicationWindowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApplicationWindow'] = ResolversParentTypes['ApplicationWindow']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
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

export type AwardResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Award'] = ResolversParentTypes['Award']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Award']>, { __typename: 'Award' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  awardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  disbursedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disbursements?: Resolver<Array<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<AwardHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  recipientKind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AwardConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AwardConnection'] = ResolversParentTypes['AwardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AwardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AwardEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AwardEdge'] = ResolversParentTypes['AwardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Award'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollaborativeProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollaborativeProject'] = ResolversParentTypes['CollaborativeProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CollaborativeProject']>, { __typename: 'CollaborativeProject' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  budget?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['CollaborationForm'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<CollaborativeProjectHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['CollaborationOrigin'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CollaborativeProjectStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollaborativeProjectConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollaborativeProjectConnection'] = ResolversParentTypes['CollaborativeProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollaborativeProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollaborativeProjectEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollaborativeProjectEdge'] = ResolversParentTypes['CollaborativeProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CollaborativeProject'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisbursementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Disbursement'] = ResolversParentTypes['Disbursement']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DistrictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']>, { __typename: 'District' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  funding?: Resolver<Maybe<ResolversTypes['FundingTotals']>, ParentType, ContextType, RequireFields<DistrictFundingArgs, 'fiscalYear'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalAmountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalAmount'] = ResolversParentTypes['ExternalAmount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalFunderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalFunder'] = ResolversParentTypes['ExternalFunder']> = ResolversObject<{
  grantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['ExternalGrantProgram']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalGrantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalGrant'] = ResolversParentTypes['ExternalGrant']> = ResolversObject<{
  amountAppliedFor?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  amountAwarded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  amountDisbursed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  awardDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  beneficiaryLocation?: Resolver<Array<ResolversTypes['ExternalGrantLocation']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateModified?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromOpenCall?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['ExternalFunder'], ParentType, ContextType>;
  fundingOrganization?: Resolver<Array<ResolversTypes['ExternalOrganization']>, ParentType, ContextType>;
  grantProgramme?: Resolver<Array<ResolversTypes['ExternalGrantProgramme']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  plannedDates?: Resolver<Array<ResolversTypes['ExternalGrantPlannedDates']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['ExternalGrantProgram']>, ParentType, ContextType>;
  recipientOrganization?: Resolver<Array<ResolversTypes['ExternalOrganization']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalGrantConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalGrantConnection'] = ResolversParentTypes['ExternalGrantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExternalGrantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalGrantEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalGrantEdge'] = ResolversParentTypes['ExternalGrantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExternalGrant'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalGrantLocationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalGrantLocation'] = ResolversParentTypes['ExternalGrantLocation']> = ResolversObject<{
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geoCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geoCodeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalGrantPlannedDatesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalGrantPlannedDates'] = ResolversParentTypes['ExternalGrantPlannedDates']> = ResolversObject<{
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalGrantProgramResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalGrantProgram'] = ResolversParentTypes['ExternalGrantProgram']> = ResolversObject<{
  awardedTotals?: Resolver<Array<ResolversTypes['ExternalAmount']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['ExternalFunder'], ParentType, ContextType>;
  grantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalGrantProgrammeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalGrantProgramme'] = ResolversParentTypes['ExternalGrantProgramme']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalOrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalOrganization'] = ResolversParentTypes['ExternalOrganization']> = ResolversObject<{
  addressCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressLocality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  charityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type FundingSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FundingSummary'] = ResolversParentTypes['FundingSummary']> = ResolversObject<{
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['FundingGroupBy'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['FundingSummaryGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['FundingTotals'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FundingSummaryGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FundingSummaryGroup'] = ResolversParentTypes['FundingSummaryGroup']> = ResolversObject<{
  awardCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  awardedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disbursedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationKind?: Resolver<Maybe<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['GrantProgram']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FundingTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FundingTotals'] = ResolversParentTypes['FundingTotals']> = ResolversObject<{
  awardCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  awardedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disbursedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360Resolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360'] = ResolversParentTypes['Grant360']> = ResolversObject<{
  amountAppliedFor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountAwarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountDisbursed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  award?: Resolver<ResolversTypes['Award'], ParentType, ContextType>;
  awardDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  beneficiaryLocation?: Resolver<Array<ResolversTypes['Grant360Location']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateModified?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disbursementTransaction?: Resolver<Array<ResolversTypes['Grant360Transaction']>, ParentType, ContextType>;
  fromOpenCall?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingOrganization?: Resolver<Array<ResolversTypes['Grant360Organization']>, ParentType, ContextType>;
  grantProgramme?: Resolver<Array<ResolversTypes['Grant360Programme']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedDates?: Resolver<Array<ResolversTypes['Grant360PlannedDates']>, ParentType, ContextType>;
  recipientOrganization?: Resolver<Array<ResolversTypes['Grant360Recipient']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360ConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360Connection'] = ResolversParentTypes['Grant360Connection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Grant360Edge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360EdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360Edge'] = ResolversParentTypes['Grant360Edge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Grant360'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360LocationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360Location'] = ResolversParentTypes['Grant360Location']> = ResolversObject<{
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  geoCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360Organization'] = ResolversParentTypes['Grant360Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360PlannedDatesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360PlannedDates'] = ResolversParentTypes['Grant360PlannedDates']> = ResolversObject<{
  duration?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360ProgrammeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360Programme'] = ResolversParentTypes['Grant360Programme']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360RecipientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360Recipient'] = ResolversParentTypes['Grant360Recipient']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Grant360TransactionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Grant360Transaction'] = ResolversParentTypes['Grant360Transaction']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GrantProgramResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GrantProgram'] = ResolversParentTypes['GrantProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GrantProgram']>, { __typename: 'GrantProgram' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  applicationWindow?: Resolver<ResolversTypes['ApplicationWindow'], ParentType, ContextType>;
  awardedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibleKinds?: Resolver<Array<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
  endsAfterFiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<GrantProgramHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GrantProgramKind'], ParentType, ContextType>;
  maxAward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remainingBudget?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createCollaborativeProject?: Resolver<ResolversTypes['CollaborativeProject'], ParentType, ContextType, RequireFields<MutationCreateCollaborativeProjectArgs, 'input'>>;
  createGrantProgram?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType, RequireFields<MutationCreateGrantProgramArgs, 'input'>>;
  decideApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationDecideApplicationArgs, 'decision' | 'id'>>;
  draftApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationDraftApplicationArgs, 'input'>>;
  recordDisbursement?: Resolver<ResolversTypes['Award'], ParentType, ContextType, RequireFields<MutationRecordDisbursementArgs, 'amount' | 'awardId' | 'date'>>;
  registerApplicant?: Resolver<ResolversTypes['ApplicantRegistration'], ParentType, ContextType, RequireFields<MutationRegisterApplicantArgs, 'input'>>;
  reviewApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationReviewApplicationArgs, 'id' | 'notes' | 'score'>>;
  setCollaborativeProjectStatus?: Resolver<ResolversTypes['CollaborativeProject'], ParentType, ContextType, RequireFields<MutationSetCollaborativeProjectStatusArgs, 'id' | 'status'>>;
  submitApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationSubmitApplicationArgs, 'input'>>;
  submitDraftApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationSubmitDraftApplicationArgs, 'id'>>;
  updateCollaborativeProject?: Resolver<ResolversTypes['CollaborativeProject'], ParentType, ContextType, RequireFields<MutationUpdateCollaborativeProjectArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateGrantProgram?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType, RequireFields<MutationUpdateGrantProgramArgs, 'expectedVersion' | 'id' | 'input'>>;
  withdrawApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'id'>>;
}>;

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  applicantRegistration?: Resolver<Maybe<ResolversTypes['ApplicantRegistration']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  applicantRegistrationCurrent?: Resolver<Maybe<ResolversTypes['Boolean']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}> & GraphQLRecursivePick<ParentType, {"kind":true,"district":{"code":true}}>, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['Application']>>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType, Partial<OrganizationApplicationsArgs>>;
  awards?: Resolver<Maybe<Array<ResolversTypes['Award']>>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType, Partial<OrganizationAwardsArgs>>;
  awardsConnection?: Resolver<Maybe<ResolversTypes['AwardConnection']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType, Partial<OrganizationAwardsConnectionArgs>>;

  eligibleGrantPrograms?: Resolver<Maybe<Array<ResolversTypes['GrantProgram']>>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}> & GraphQLRecursivePick<ParentType, {"kind":true}>, ContextType, RequireFields<OrganizationEligibleGrantProgramsArgs, 'fiscalYear'>>;
  fundingSummary?: Resolver<Maybe<ResolversTypes['FundingTotals']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType, Partial<OrganizationFundingSummaryArgs>>;
  id?: Resolver<ResolversTypes['ID'], { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;

  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  _auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<Query_AuditLogArgs, 'first'>>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, Partial<QueryApplicationsArgs>>;
  award?: Resolver<Maybe<ResolversTypes['Award']>, ParentType, ContextType, RequireFields<QueryAwardArgs, 'id'>>;
  collaborativeProject?: Resolver<Maybe<ResolversTypes['CollaborativeProject']>, ParentType, ContextType, RequireFields<QueryCollaborativeProjectArgs, 'id'>>;
  collaborativeProjects?: Resolver<ResolversTypes['CollaborativeProjectConnection'], ParentType, ContextType, Partial<QueryCollaborativeProjectsArgs>>;
  externalFunder?: Resolver<Maybe<ResolversTypes['ExternalFunder']>, ParentType, ContextType, RequireFields<QueryExternalFunderArgs, 'id'>>;
  externalFunders?: Resolver<Array<ResolversTypes['ExternalFunder']>, ParentType, ContextType>;
  externalGrant?: Resolver<Maybe<ResolversTypes['ExternalGrant']>, ParentType, ContextType, RequireFields<QueryExternalGrantArgs, 'id'>>;
  externalGrants?: Resolver<ResolversTypes['ExternalGrantConnection'], ParentType, ContextType, Partial<QueryExternalGrantsArgs>>;
  fundingSummary?: Resolver<ResolversTypes['FundingSummary'], ParentType, ContextType, RequireFields<QueryFundingSummaryArgs, 'fiscalYear' | 'groupBy'>>;
  grantProgram?: Resolver<Maybe<ResolversTypes['GrantProgram']>, ParentType, ContextType, RequireFields<QueryGrantProgramArgs, 'id'>>;
  grantPrograms?: Resolver<Array<ResolversTypes['GrantProgram']>, ParentType, ContextType, Partial<QueryGrantProgramsArgs>>;
  grants360?: Resolver<ResolversTypes['Grant360Connection'], ParentType, ContextType, RequireFields<QueryGrants360Args, 'fiscalYear'>>;
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
  ApplicantRegistration?: ApplicantRegistrationResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  ApplicationWindow?: ApplicationWindowResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Award?: AwardResolvers<ContextType>;
  AwardConnection?: AwardConnectionResolvers<ContextType>;
  AwardEdge?: AwardEdgeResolvers<ContextType>;
  CollaborativeProject?: CollaborativeProjectResolvers<ContextType>;
  CollaborativeProjectConnection?: CollaborativeProjectConnectionResolvers<ContextType>;
  CollaborativeProjectEdge?: CollaborativeProjectEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Disbursement?: DisbursementResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  ExternalAmount?: ExternalAmountResolvers<ContextType>;
  ExternalFunder?: ExternalFunderResolvers<ContextType>;
  ExternalGrant?: ExternalGrantResolvers<ContextType>;
  ExternalGrantConnection?: ExternalGrantConnectionResolvers<ContextType>;
  ExternalGrantEdge?: ExternalGrantEdgeResolvers<ContextType>;
  ExternalGrantLocation?: ExternalGrantLocationResolvers<ContextType>;
  ExternalGrantPlannedDates?: ExternalGrantPlannedDatesResolvers<ContextType>;
  ExternalGrantProgram?: ExternalGrantProgramResolvers<ContextType>;
  ExternalGrantProgramme?: ExternalGrantProgrammeResolvers<ContextType>;
  ExternalOrganization?: ExternalOrganizationResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  FundingSummary?: FundingSummaryResolvers<ContextType>;
  FundingSummaryGroup?: FundingSummaryGroupResolvers<ContextType>;
  FundingTotals?: FundingTotalsResolvers<ContextType>;
  Grant360?: Grant360Resolvers<ContextType>;
  Grant360Connection?: Grant360ConnectionResolvers<ContextType>;
  Grant360Edge?: Grant360EdgeResolvers<ContextType>;
  Grant360Location?: Grant360LocationResolvers<ContextType>;
  Grant360Organization?: Grant360OrganizationResolvers<ContextType>;
  Grant360PlannedDates?: Grant360PlannedDatesResolvers<ContextType>;
  Grant360Programme?: Grant360ProgrammeResolvers<ContextType>;
  Grant360Recipient?: Grant360RecipientResolvers<ContextType>;
  Grant360Transaction?: Grant360TransactionResolvers<ContextType>;
  GrantProgram?: GrantProgramResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
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
