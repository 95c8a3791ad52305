export { sharedDataPath, sharedSchemaPath } from './paths.js';
export * from './districts/index.js';
export * from './facilities/index.js';
export * from './grants360/index.js';
