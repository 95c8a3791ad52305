export { readGatewayConfig, ConfigError, DEVELOPMENT_JWT_SECRET, type GatewayConfig } from './config.js';
export { startGateway, GRAPHQL_PATH, type RunningGateway, type GatewayOptions } from './server.js';
export { createAuthenticator, type Authenticator } from './auth.js';
export { issueLocalToken, parseTtl, type SignedInViewer } from './localToken.js';
export { measureOperation, DEFAULT_LIST_SIZE } from './limits.js';
export { QUERY_TOO_DEEP, QUERY_TOO_COMPLEX } from './plugins/operationLimits.js';
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
