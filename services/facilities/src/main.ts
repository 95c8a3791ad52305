import { runSubgraphProcess } from '@kyodo/service-kit';
import { definition } from './index.js';

runSubgraphProcess(definition);
