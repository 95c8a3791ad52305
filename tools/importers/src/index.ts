export { sharedDataPath } from './paths.js';
export * from './districts/index.js';
export * from './facilities/index.js';
