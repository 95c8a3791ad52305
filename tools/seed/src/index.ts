export { createRandom, type Random } from './random.js';
export { stableObjectIdHex } from './ids.js';
