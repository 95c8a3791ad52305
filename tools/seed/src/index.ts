export { createRandom, type Random } from './random.js';
export { stableObjectIdHex } from './ids.js';
export {
  demoEvaluationData,
  evaluationSourcesOf,
  demoActionItemId,
  demoIndicatorId,
  EVALUATION_FISCAL_YEARS,
  INDICATOR_KEYS,
  type DemoActionItem,
  type DemoEvaluation,
  type DemoEvaluationData,
  type DemoIndicator,
  type EvaluationSources,
} from './evaluation.js';
export {
  areaOfDistrict,
  townsOfDistrict,
  DEMO_AREAS,
  type DemoArea,
  type DemoDistrictSource,
} from './districts.js';
export {
  ACTIVITY_FIELDS,
  COUNCIL_SUBCOMMITTEES,
  demoOrganizationId,
  demoOrganizations,
  ORGANIZATION_ID_NAMESPACE,
  ORGANIZATION_KINDS,
  type ActivityField,
  type DemoOrganization,
  type DemoSubcommittee,
  type OrganizationBasis,
  type OrganizationKind,
} from './organizations.js';
export {
  DEMO_ACCESSIBILITY_NOTE,
  demoFacilityDetails,
  demoFacilityId,
  demoRooms,
  type DemoAccessibility,
  type DemoFacilityDetails,
  type DemoFacilitySource,
  type DemoOrganizationRef,
  type DemoRoom,
} from './facilities.js';
export {
  demoFunding,
  FUNDING_FISCAL_YEARS,
  type DemoApplication,
  type DemoApplicationStatus,
  type DemoAward,
  type DemoCollaborativeProject,
  type DemoFunding,
  type DemoGrantProgram,
  type FundingApplicantSource,
} from './funding.js';
