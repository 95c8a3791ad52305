import { runSubgraphProcess } from '@kyodo/service-kit';
import { definition } from './index.js';
import { readPublisher } from './publisher.js';

// The 360Giving publisher settings are funding's own configuration: checked at start, with the kit's.
runSubgraphProcess(definition, { checkConfig: (env) => void readPublisher(env) });
