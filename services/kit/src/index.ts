export {
  ANONYMOUS,
  DEFAULT_VIEWER_TTL_SECONDS,
  VIEWER_HEADER,
  VIEWER_SIGNATURE_HEADER,
  isAuthenticated,
  isMemberOf,
  isStaff,
  readViewer,
  signViewer,
  viewerScopes,
  type Viewer,
  type ViewerRole,
} from './viewer.js';
export type { RequestContext } from './context.js';
export type { AnyModel, ModelOf } from './modelTypes.js';
export { ErrorCode, badUserInput, conflict, forbidden, notFound, unauthenticated } from './errors.js';
export { isObjectIdHex, parseObjectId } from './ids.js';
export { DUPLICATE_KEY, isDuplicateKeyError } from './duplicateKey.js';
export { createGroupLoader, createIdLoader } from './loaders.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
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
export { loadSubgraphTypeDefs, subgraphSchemaPath } from './schema.js';
export {
  closeDatabase,
  connectDatabase,
  databaseName,
  isDatabaseReady,
  syncIndexes,
  type ConnectDatabaseOptions,
} from './database.js';
export {
  ConfigError,
  DEFAULT_PORTS,
  DEVELOPMENT_INTERNAL_SECRET,
  readSubgraphConfig,
  type SubgraphConfig,
} from './config.js';
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
export { runSubgraphProcess, type RunSubgraphOptions } from './process.js';
export { processClock, readProcessClock } from './clock.js';
export { isDatabaseEmpty, seedDatabase, type SeedDocuments } from './seeding.js';
export { DateScalar, DateTimeScalar } from './scalars.js';
export {
  districtReference,
  entityReference,
  organizationReference,
  type DistrictReference,
  type EntityReference,
  type OrganizationReference,
} from './references.js';
