export {
  ANONYMOUS,
  DEFAULT_VIEWER_TTL_SECONDS,
  VIEWER_HEADER,
  VIEWER_SIGNATURE_HEADER,
  isAuthenticated,
  isMemberOf,
  isStaff,
  readViewer,
  createViewerReader,
  VERIFIED_VIEWERS_KEPT,
  signViewer,
  viewerScopes,
  type Viewer,
  type ViewerRole,
} from './viewer.js';
export type { RequestContext } from './context.js';
export type { AnyModel, ModelOf } from './modelTypes.js';
export { ErrorCode, badUserInput, conflict, forbidden, notFound, unauthenticated } from './errors.js';
export { formatSubgraphError, maskedError } from './errorMasking.js';
export {
  canActFor,
  describeAction,
  requireActsFor,
  requireSignedIn,
  requireStaff,
  scopeHolders,
} from './access.js';
export {
  BOOKING_HORIZON_DAYS,
  EARLIEST_DATE,
  MAX_FISCAL_YEAR,
  MIN_FISCAL_YEAR,
  optionalFiscalYear,
  optionalText,
  requireDateNotInFuture,
  requireFiniteNumber,
  requireFiscalYear,
  requireInstantBetween,
  requireInteger,
  requireKatakana,
  requireText,
  requireWithinHorizon,
  type TextOptions,
} from './validators.js';
export { MAX_SEARCH_LENGTH, searchText } from './search.js';
// Owned by @kyodo/domain (pure); re-exported for the callers that import it with the validators.
export { toKatakana } from '@kyodo/domain';
export { applyInputHygiene, cleanText, textProblem } from './inputText.js';
export {
  ENTITY_CHECK_TIMEOUT_MS,
  federatedEntityDirectory,
  requireEntityExists,
  type EntityDirectory,
} from './entityDirectory.js';
export { MAX_CURSOR_LENGTH, deriveCursorKey, setCursorKey } from './cursor.js';
export {
  MAX_REQUEST_TIME_MS,
  TIMEOUT_HEADER,
  deadlineExceeded,
  deadlinePlugin,
  isMaxTimeExpired,
  timeLeftMs,
} from './deadline.js';
export { currentRequestScope, runInRequestScope, type RequestScope } from './requestScope.js';
export { isObjectIdHex, parseObjectId } from './ids.js';
export { DUPLICATE_KEY, isDuplicateKeyError } from './duplicateKey.js';
export { createGroupLoader, createIdLoader } from './loaders.js';
export { canonicalKey, loaderPerArguments } from './loaderPerArguments.js';
export { asReadDocuments } from './leanDocuments.js';
export { selectedFieldNames } from './selection.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  cursorList,
  emptyConnection,
  decodeCursor,
  encodeCursor,
  pageSize,
  paginate,
  type Connection,
  type Edge,
  type PageInfo,
  type PaginateArgs,
  type SortOrder,
} from './pagination.js';
export { groupFirstPages, type GroupPagesArgs } from './groupPages.js';
export { loadSubgraphTypeDefs, subgraphSchemaPath } from './schema.js';
export { defineSubgraph } from './defineSubgraph.js';
export {
  bindDeadline,
  closeDatabase,
  connectDatabase,
  databaseName,
  isDatabaseReady,
  isEmbeddedEngine,
  syncIndexes,
  type ConnectDatabaseOptions,
} from './database.js';
export {
  DEFAULT_PORTS,
  DEVELOPMENT_INTERNAL_SECRET,
  readSubgraphConfig,
  subgraphUrlVariable,
  type SubgraphConfig,
} from './config.js';
export { FILE_VARIABLES, SecretFileError, withMongoPassword, withSecretFiles } from './secretFiles.js';
export { REQUEST_ID_HEADER, createLogger, requestLogger, type Logger } from './logger.js';
export { applyAuthDirectives, assertAccess, type AccessRequirement } from './authDirectives.js';
export {
  buildKitSchema,
  startSubgraph,
  type FederationResolvers,
  type SubgraphResolvers,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDefinition,
} from './server.js';
export { isDatabaseEmpty, seedDatabase, type SeedDocuments } from './seeding.js';
export { runSubgraphProcess, type RunSubgraphOptions } from './process.js';
export {
  ConfigError,
  UsageError,
  describeFailure,
  exitCodeOf,
  runMain,
  type MainOutcome,
  type RunMainOptions,
} from './runMain.js';
export { processClock, readProcessClock } from './clock.js';
export { DateScalar, DateTimeScalar, MAX_YEAR, MIN_YEAR } from './scalars.js';
export { isCalendarDate, toTokyoIso } from '@kyodo/domain';
export {
  districtReference,
  entityReference,
  organizationReference,
  type DistrictReference,
  type EntityReference,
  type OrganizationReference,
} from './references.js';
export * from './audit/index.js';
export { INTERNAL_CALL_TIMEOUT_MS, federatedInternalClient, type InternalClient } from './internalClient.js';
