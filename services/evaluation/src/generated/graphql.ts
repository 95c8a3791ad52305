import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IndicatorDocument } from '../models/Indicator.js';
import type { ActionItemDocument } from '../models/ActionItem.js';
import type { EvaluationDocument } from '../models/Evaluation.js';
import type { OrganizationReference, FacilityReference, AwardReference, CollaborativeProjectReference, DistrictReference } from '../references.js';
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

export type Award = {
  __typename?: 'Award';
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
  id: Scalars['ID']['output'];
};


export type AwardEvaluationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


export type AwardEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};

export type CollaborativeProject = {
  __typename?: 'CollaborativeProject';
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
  id: Scalars['ID']['output'];
};


export type CollaborativeProjectEvaluationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


export type CollaborativeProjectEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
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

export type District = {
  __typename?: 'District';
  code: Scalars['ID']['output'];
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
};


export type DistrictIndicatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type Facility = {
  __typename?: 'Facility';
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
};


export type FacilityEvaluationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


export type FacilityEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


export type FacilityIndicatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Staff. Retires an indicator from the plan; archiving an archived one returns it unchanged. */
  archiveIndicator: Indicator;
  /** Staff. Creates an action item; a retry with the same idempotencyKey returns the first one. */
  createActionItem: ActionItem;
  /** Staff. Creates an indicator; a retry with the same idempotencyKey returns the first one. */
  createIndicator: Indicator;
  /** Publishes a DRAFT (DRAFT -> PUBLISHED): whoever may update it, and staff. */
  publishEvaluation: Evaluation;
  /**
   * Staff. Records the value measured in a year, from the baseline year up to the current year (Asia/Tokyo); the value
   * fits the unit (a percentage 0-100, a count a whole number). A second measurement for the same year replaces the
   * first. Archived indicators take no measurements (CONFLICT).
   */
  recordMeasurement: Indicator;
  /** Staff. Sets the status of an action item in one fiscal year of its plan. */
  setActionItemStatus: ActionItem;
  /**
   * Staff may submit any evaluation; a member of an organization may submit a SELF evaluation of that organization.
   * Published at once unless input.draft is true. A retry with the same idempotencyKey returns the first one.
   */
  submitEvaluation: Evaluation;
  /** Staff. Corrects an action item read at expectedVersion (CONFLICT naming the current version when it changed since). */
  updateActionItem: ActionItem;
  /**
   * Changes a DRAFT read at expectedVersion (CONFLICT naming the current version when it changed since; CONFLICT when
   * it is no longer a draft). Its author only; for an organization's SELF evaluation, any member of the organization.
   */
  updateEvaluation: Evaluation;
  /**
   * Staff. Corrects an indicator read at expectedVersion (CONFLICT naming the current version when it changed since).
   * An archived indicator is CONFLICT.
   */
  updateIndicator: Indicator;
  /** Withdraws a DRAFT (DRAFT -> WITHDRAWN): whoever may update it. */
  withdrawEvaluation: Evaluation;
};


export type MutationArchiveIndicatorArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateActionItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateActionItemInput;
};


export type MutationCreateIndicatorArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateIndicatorInput;
};


export type MutationPublishEvaluationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordMeasurementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};


export type MutationSetActionItemStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status: ActionItemStatus;
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


export type MutationUpdateEvaluationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateEvaluationInput;
};


export type MutationUpdateIndicatorArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateIndicatorInput;
};


export type MutationWithdrawEvaluationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type OrderDirection =
  /** Smallest, earliest or first in 五十音 order first. */
  | 'ASC'
  /** Largest, latest or last in 五十音 order first. */
  | 'DESC';

export type Organization = {
  __typename?: 'Organization';
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
  id: Scalars['ID']['output'];
};


export type OrganizationEvaluationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
};


export type OrganizationEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EvaluationType>;
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
  actionItem?: Maybe<ActionItem>;
  /**
   * Action items by code. With fiscalYear, status matches the status planned for that year; without it, the item's
   * status at the end of the plan.
   */
  actionItems: Array<ActionItem>;
  /** A draft or withdrawn evaluation only for those who may see it (see EvaluationStatus); NOT_FOUND for others. */
  evaluation?: Maybe<Evaluation>;
  /** Published evaluations (see filter.status), newest fiscal year first, then newest first, unless orderBy says otherwise. */
  evaluations: EvaluationConnection;
  indicator?: Maybe<Indicator>;
  /** Indicators that are not archived (see filter.archived), by name (A to Z) unless orderBy says otherwise. */
  indicators: IndicatorConnection;
};


export type Query_AuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActionItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionItemsArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ActionItemStatus>;
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


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IndicatorOrder>;
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

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  EvaluationSubject: ( AwardReference ) | ( CollaborativeProjectReference ) | ( FacilityReference ) | ( OrganizationReference );
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActionItem: ResolverTypeWrapper<ActionItemDocument>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActionItemStatus: ActionItemStatus;
  Actor: Actor;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryPage>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryPageEdge>;
  AuditLogFilter: AuditLogFilter;
  Award: ResolverTypeWrapper<AwardReference>;
  CollaborativeProject: ResolverTypeWrapper<CollaborativeProjectReference>;
  CreateActionItemInput: CreateActionItemInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CriterionScore: ResolverTypeWrapper<CriterionScore>;
  CriterionScoreInput: CriterionScoreInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictReference>;
  Evaluation: ResolverTypeWrapper<EvaluationDocument>;
  EvaluationConnection: ResolverTypeWrapper<Omit<EvaluationConnection, 'edges'> & { edges: Array<ResolversTypes['EvaluationEdge']> }>;
  EvaluationEdge: ResolverTypeWrapper<Omit<EvaluationEdge, 'node'> & { node: ResolversTypes['Evaluation'] }>;
  EvaluationFilter: EvaluationFilter;
  EvaluationOrder: EvaluationOrder;
  EvaluationOrderField: EvaluationOrderField;
  EvaluationPhase: EvaluationPhase;
  EvaluationStatus: EvaluationStatus;
  EvaluationSubject: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EvaluationSubject']>;
  EvaluationSubjectType: EvaluationSubjectType;
  EvaluationType: EvaluationType;
  Facility: ResolverTypeWrapper<FacilityReference>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorDocument>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorBaseline: ResolverTypeWrapper<IndicatorBaseline>;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorEdge']> }>;
  IndicatorDirection: IndicatorDirection;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorFilter: IndicatorFilter;
  IndicatorOrder: IndicatorOrder;
  IndicatorOrderField: IndicatorOrderField;
  IndicatorScope: IndicatorScope;
  IndicatorTarget: ResolverTypeWrapper<IndicatorTarget>;
  IndicatorTargetInput: IndicatorTargetInput;
  Measurement: ResolverTypeWrapper<Measurement>;
  Mutation: ResolverTypeWrapper<{}>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<{}>;
  SubmitEvaluationInput: SubmitEvaluationInput;
  UpdateActionItemInput: UpdateActionItemInput;
  UpdateEvaluationInput: UpdateEvaluationInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  YearValueInput: YearValueInput;
  YearlyPlanEntry: ResolverTypeWrapper<YearlyPlanEntry>;
  YearlyPlanEntryInput: YearlyPlanEntryInput;
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
  ActionItem: ActionItemDocument;
  ID: Scalars['ID']['output'];
  AuditActor: AuditActor;
  AuditChange: AuditChange;
  AuditEntry: AuditEntryRecord;
  AuditEntryConnection: AuditEntryPage;
  AuditEntryEdge: AuditEntryPageEdge;
  AuditLogFilter: AuditLogFilter;
  Award: AwardReference;
  CollaborativeProject: CollaborativeProjectReference;
  CreateActionItemInput: CreateActionItemInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CriterionScore: CriterionScore;
  CriterionScoreInput: CriterionScoreInput;
  DateTime: Scalars['DateTime']['output'];
  District: DistrictReference;
  Evaluation: EvaluationDocument;
  EvaluationConnection: Omit<EvaluationConnection, 'edges'> & { edges: Array<ResolversParentTypes['EvaluationEdge']> };
  EvaluationEdge: Omit<EvaluationEdge, 'node'> & { node: ResolversParentTypes['Evaluation'] };
  EvaluationFilter: EvaluationFilter;
  EvaluationOrder: EvaluationOrder;
  EvaluationSubject: ResolversUnionTypes<ResolversParentTypes>['EvaluationSubject'];
  Facility: FacilityReference;
  FieldSet: Scalars['FieldSet']['output'];
  Indicator: IndicatorDocument;
  Float: Scalars['Float']['output'];
  IndicatorBaseline: IndicatorBaseline;
  IndicatorConnection: Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorEdge']> };
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorFilter: IndicatorFilter;
  IndicatorOrder: IndicatorOrder;
  IndicatorTarget: IndicatorTarget;
  IndicatorTargetInput: IndicatorTargetInput;
  Measurement: Measurement;
  Mutation: {};
  Organization: OrganizationReference;
  PageInfo: PageInfo;
  Query: {};
  SubmitEvaluationInput: SubmitEvaluationInput;
  UpdateActionItemInput: UpdateActionItemInput;
  UpdateEvaluationInput: UpdateEvaluationInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  YearValueInput: YearValueInput;
  YearlyPlanEntry: YearlyPlanEntry;
  YearlyPlanEntryInput: YearlyPlanEntryInput;
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

export type ActionItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionItem'] = ResolversParentTypes['ActionItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ActionItem']>, { __typename: 'ActionItem' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completionCriterion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<ActionItemHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionItemStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearlyPlan?: Resolver<Array<ResolversTypes['YearlyPlanEntry']>, ParentType, ContextType>;
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
  evaluations?: Resolver<Maybe<Array<ResolversTypes['Evaluation']>>, ParentType, ContextType, Partial<AwardEvaluationsArgs>>;
  evaluationsConnection?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, Partial<AwardEvaluationsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollaborativeProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollaborativeProject'] = ResolversParentTypes['CollaborativeProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CollaborativeProject']>, { __typename: 'CollaborativeProject' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  evaluations?: Resolver<Maybe<Array<ResolversTypes['Evaluation']>>, ParentType, ContextType, Partial<CollaborativeProjectEvaluationsArgs>>;
  evaluationsConnection?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, Partial<CollaborativeProjectEvaluationsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CriterionScoreResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriterionScore'] = ResolversParentTypes['CriterionScore']> = ResolversObject<{
  criterion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']>, { __typename: 'District' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['Indicator']>>, ParentType, ContextType>;
  indicatorsConnection?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<DistrictIndicatorsConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvaluationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Evaluation']>, { __typename: 'Evaluation' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evaluator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<EvaluationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['EvaluationPhase'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvaluationStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['EvaluationSubject'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['EvaluationSubjectType'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EvaluationType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvaluationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvaluationConnection'] = ResolversParentTypes['EvaluationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EvaluationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvaluationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvaluationEdge'] = ResolversParentTypes['EvaluationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvaluationSubjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvaluationSubject'] = ResolversParentTypes['EvaluationSubject']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Award' | 'CollaborativeProject' | 'Facility' | 'Organization', ParentType, ContextType>;
}>;

export type FacilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Facility']>, { __typename: 'Facility' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  evaluations?: Resolver<Maybe<Array<ResolversTypes['Evaluation']>>, ParentType, ContextType, Partial<FacilityEvaluationsArgs>>;
  evaluationsConnection?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, Partial<FacilityEvaluationsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['Indicator']>>, ParentType, ContextType>;
  indicatorsConnection?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<FacilityIndicatorsConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type IndicatorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']>, { __typename: 'Indicator' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ascending?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['IndicatorBaseline'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['IndicatorDirection']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<IndicatorHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Measurement']>, ParentType, ContextType>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTrack?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['IndicatorScope'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['IndicatorTarget']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorBaselineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorBaseline'] = ResolversParentTypes['IndicatorBaseline']> = ResolversObject<{
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorTarget'] = ResolversParentTypes['IndicatorTarget']> = ResolversObject<{
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MeasurementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Measurement'] = ResolversParentTypes['Measurement']> = ResolversObject<{
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  archiveIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationArchiveIndicatorArgs, 'expectedVersion' | 'id'>>;
  createActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationCreateActionItemArgs, 'input'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'input'>>;
  publishEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationPublishEvaluationArgs, 'expectedVersion' | 'id'>>;
  recordMeasurement?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationRecordMeasurementArgs, 'indicatorId' | 'value' | 'year'>>;
  setActionItemStatus?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationSetActionItemStatusArgs, 'fiscalYear' | 'id' | 'status'>>;
  submitEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationSubmitEvaluationArgs, 'input'>>;
  updateActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationUpdateActionItemArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationUpdateEvaluationArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationUpdateIndicatorArgs, 'expectedVersion' | 'id' | 'input'>>;
  withdrawEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationWithdrawEvaluationArgs, 'expectedVersion' | 'id'>>;
}>;

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  evaluations?: Resolver<Maybe<Array<ResolversTypes['Evaluation']>>, ParentType, ContextType, Partial<OrganizationEvaluationsArgs>>;
  evaluationsConnection?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, Partial<OrganizationEvaluationsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  _auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<Query_AuditLogArgs, 'first'>>;
  actionItem?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType, RequireFields<QueryActionItemArgs, 'id'>>;
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType, Partial<QueryActionItemsArgs>>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType, RequireFields<QueryEvaluationArgs, 'id'>>;
  evaluations?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, Partial<QueryEvaluationsArgs>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
}>;

export type YearlyPlanEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YearlyPlanEntry'] = ResolversParentTypes['YearlyPlanEntry']> = ResolversObject<{
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionItemStatus'], ParentType, ContextType>;
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
  ActionItem?: ActionItemResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Award?: AwardResolvers<ContextType>;
  CollaborativeProject?: CollaborativeProjectResolvers<ContextType>;
  CriterionScore?: CriterionScoreResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationConnection?: EvaluationConnectionResolvers<ContextType>;
  EvaluationEdge?: EvaluationEdgeResolvers<ContextType>;
  EvaluationSubject?: EvaluationSubjectResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorBaseline?: IndicatorBaselineResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  Measurement?: MeasurementResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  YearlyPlanEntry?: YearlyPlanEntryResolvers<ContextType>;
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
