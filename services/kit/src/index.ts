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
export { createGroupLoader, createIdLoader } from './loaders.js';
export { selectedFieldNames } from './selection.js';
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
  type GraphQLResolverMap,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDefinition,
} from './server.js';
export { isDatabaseEmpty, runSubgraphProcess, type RunSubgraphOptions } from './process.js';
export { DateScalar, DateTimeScalar, isCalendarDate, toTokyoIso } from './scalars.js';
