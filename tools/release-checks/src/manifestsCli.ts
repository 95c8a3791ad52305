import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runMain } from '@kyodo/service-kit/runMain';
import { parseManifests, validateManifests } from './manifests.js';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const OVERLAYS = ['deploy/k8s/overlays/dev', 'deploy/k8s/overlays/prod'];

/**
 * `npm run check:manifests`: renders each overlay with `kubectl kustomize` (offline) and validates every object
 * against the Kubernetes API schemas; exits 1 on the first overlay with an invalid object.
 */
function main(): number {
  let failed = false;
  for (const overlay of OVERLAYS) {
    let rendered: string;
    try {
      rendered = execFileSync('kubectl', ['kustomize', path.join(ROOT, overlay)], { encoding: 'utf8' });
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: string };
      console.error(
        e.code === 'ENOENT'
          ? 'kubectl is not installed: .ci/run installs it (apt-get install kubernetes-client) when missing'
          : `${overlay}: kubectl kustomize failed (these overlays need kustomize v4 or later, kubectl 1.21+): ${e.stderr ?? e.message}`,
      );
      return 1;
    }
    const report = validateManifests(parseManifests(rendered));
    const kinds = new Map<string, number>();
    for (const label of report.valid) {
      const kind = label.split(' ')[0]!;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const summary = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
    console.log(`${overlay}: ${report.valid.length} valid objects (${summary})`);
    for (const problem of report.problems) console.error(`  invalid: ${problem}`);
    if (report.problems.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}

runMain(main, { name: 'npm run check:manifests' });
