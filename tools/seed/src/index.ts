export { createRandom, type Random } from './random.js';
export { stableObjectIdHex } from './ids.js';
export {
  demoEvaluationData,
  evaluationSourcesOf,
  demoActionItemId,
  demoIndicatorId,
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
  demoOrganizationId,
  demoOrganizations,
  ORGANIZATION_ID_NAMESPACE,
  type DemoOrganization,
} from './organizations.js';
export { demoPeople, type DemoPerson } from './people.js';
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
} from './facilities/details.js';
export { demoFacilities, type DemoFacility } from './facilities/facilities.js';
export { demoBookings, demoUsage, type DemoBooking, type DemoUsage } from './facilities/activity.js';
export { buildDemoWorld, DEMO_YEARS, type DemoWorld } from './demoWorld.js';
export { applicationTitle, FIELD_ACTIVITIES } from './applicationTitles.js';
export { serviceSeeds, type SeedDocuments, type ServiceName } from './documents.js';
export {
  demoFunding,
  type FundingCalendar,
  type DemoApplication,
  type DemoApplicationStatus,
  type DemoAward,
  type DemoCollaborativeProject,
  type DemoFunding,
  type DemoGrantProgram,
  type FundingApplicantSource,
} from './funding.js';
export {
  actionItemData,
  cityIndicatorData,
  evaluationTextData,
  grantProgramData,
  schoolData,
  type ActionItemsData,
  type CityIndicatorData,
  type EvaluationTextData,
  type GrantProgramData,
  type SchoolData,
} from './data.js';
