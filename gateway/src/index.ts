export { readGatewayConfig, DEVELOPMENT_JWT_SECRET, type GatewayConfig } from './config.js';
export { startGateway, GRAPHQL_PATH, type RunningGateway, type GatewayOptions } from './server.js';
export { createAuthenticator, type Authenticator } from './auth.js';
export { issueLocalToken, parseTtl, type SignedInViewer } from './localToken.js';
export { measureOperation, DEFAULT_LIST_SIZE, type OperationMeasure } from './limits.js';
export { readCostDirectives, type CostDirectives } from './costDirectives.js';
export {
  QUERY_TOO_DEEP,
  QUERY_TOO_COMPLEX,
  TOO_MANY_ALIASES,
  TOO_MANY_ROOT_FIELDS,
} from './plugins/operationLimits.js';
export { DEFAULT_MAX_COST } from './config.js';
export { SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE } from './dataSource.js';
export { composeSubgraphs, readSubgraphSources, formatCompositionMessage } from './composition.js';
export {
  SUBGRAPHS,
  SUBGRAPH_NAMES,
  subgraphUrlVariable,
  defaultSubgraphUrl,
  type SubgraphName,
} from './subgraphs.js';
export { EXAMPLE_DISTRICT, exampleQuery } from './exampleQuery.js';
export { findRepoRoot } from './repoRoot.js';
export { REPORTS } from './reports/definitions/index.js';
export { REPORT_FORMATS, type ReportFormat } from './reports/routes.js';
