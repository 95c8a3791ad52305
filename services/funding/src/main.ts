import { ConfigError, runSubgraphProcess } from '@kyodo/service-kit';
import { definition } from './index.js';
import { publisher } from './publisher.js';

// The 360Giving publisher settings are funding's own configuration: checked at start, like the kit's.
try {
  publisher();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

void runSubgraphProcess(definition);
