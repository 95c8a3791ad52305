export { grantValidator, schemaReasons, fieldName, GrantSchemaError, GRANT_SCHEMA_FILE } from './schema.js';
export {
  parseGrantsPackage,
  GrantsPackageError,
  MAX_GRANTS,
  MAX_TEXT_LENGTH,
  type GrantRecord,
  type RejectedGrant,
  type GrantsPackageImport,
  type ParseGrantsOptions,
} from './parse.js';
export {
  upsertExternalGrants,
  GrantImportRolledBackError,
  EXTERNAL_GRANTS_COLLECTION,
  type GrantUpsertResult,
} from './upsert.js';
export { formatGrantsReport } from './report.js';
