import { runSubgraphProcess } from '@kyodo/service-kit';
import { definition, seed } from './index.js';

void runSubgraphProcess(definition, { seed });
