import type { RequestContext } from '@kyodo/service-kit';
import type { Loaders } from './loaders.js';

/** What every evaluation resolver receives. */
export type Context = RequestContext<Loaders>;
