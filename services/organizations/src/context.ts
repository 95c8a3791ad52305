import type { RequestContext } from '@kyodo/service-kit';
import type { Loaders } from './loaders.js';

/** What every organizations resolver receives. */
export type Context = RequestContext<Loaders>;
