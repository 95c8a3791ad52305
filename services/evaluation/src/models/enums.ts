/** Enum values shared by the models and the resolvers; each list matches its GraphQL enum exactly. */
export const INDICATOR_SCOPES = ['CITY', 'DISTRICT', 'FACILITY'] as const;
export type IndicatorScope = (typeof INDICATOR_SCOPES)[number];

export const ACTORS = [
  'CITIZEN',
  'COMMUNITY',
  'CIVIC_GROUP',
  'BUSINESS',
  'EDUCATION',
  'GOVERNMENT',
  'OTHER',
] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTION_ITEM_STATUSES = ['STUDY', 'IMPLEMENT', 'PARTIAL', 'REVIEW', 'CONTINUE', 'DONE'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const EVALUATION_TYPES = ['SELF', 'MUTUAL', 'THIRD_PARTY'] as const;
export type EvaluationType = (typeof EVALUATION_TYPES)[number];

export const EVALUATION_PHASES = ['PLAN', 'DO', 'SEE'] as const;
export type EvaluationPhase = (typeof EVALUATION_PHASES)[number];

/** Each subject type and the entity (GraphQL __typename) a subject id refers to. */
export const SUBJECT_TYPENAMES = {
  ORGANIZATION: 'Organization',
  FACILITY: 'Facility',
  AWARD: 'Award',
  COLLABORATIVE_PROJECT: 'CollaborativeProject',
} as const;
export type EvaluationSubjectType = keyof typeof SUBJECT_TYPENAMES;
export const EVALUATION_SUBJECT_TYPES = Object.keys(SUBJECT_TYPENAMES) as EvaluationSubjectType[];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const EVALUATION_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const INDICATOR_DIRECTIONS = ['INCREASE', 'DECREASE'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];
