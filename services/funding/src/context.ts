import type { RequestContext } from '@kyodo/service-kit';
import type { Loaders } from './loaders.js';

export type Context = RequestContext<Loaders>;
