import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

/**
 * Loaded with `node --require` (NODE_OPTIONS refuses --cpu-prof): profiles the whole process with the inspector
 * and writes `<pid>.cpuprofile` into KYODO_CPU_PROFILE_DIR when it exits, as `node --cpu-prof` would.
 */
const dir = process.env.KYODO_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  process.once('exit', () => {
    // A session in the process's own thread answers synchronously, so the profile is written before exit.
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
