import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseManifests, validateManifests } from '../src/manifests.js';

const BASE = path.resolve(__dirname, '..', '..', '..', 'deploy', 'k8s', 'base');

/** The part of a parsed Deployment's spec the tests edit (parsed YAML is untyped). */
interface DeploymentSpec {
  template: { spec: { containers: { livenessProbe?: unknown; env: { name: string; value?: string }[] }[] } };
}

/** The base manifests as kustomize reads them (the overlays are rendered and checked by npm run check:manifests). */
function baseObjects() {
  return readdirSync(BASE)
    .filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')
    .flatMap((f) => parseManifests(readFileSync(path.join(BASE, f), 'utf8')));
}

describe('Kubernetes manifests', () => {
  it('every base object is valid against the Kubernetes API schema and the deployment rules', () => {
    const report = validateManifests(baseObjects());
    expect(report.problems).toEqual([]);
    expect(report.valid).toEqual(
      expect.arrayContaining([
        'Deployment kyodo-gateway',
        'Deployment kyodo-facilities',
        'HorizontalPodAutoscaler kyodo-funding',
        'PodDisruptionBudget kyodo-evaluation',
        'NetworkPolicy kyodo-subgraphs-from-gateway-only',
        'MongoDBCommunity kyodo-mongodb',
      ]),
    );
  });

  it('an object of the wrong type fails, naming the field', () => {
    const objects = baseObjects();
    const gateway = objects.find((o) => o.kind === 'Deployment' && o.metadata?.name === 'kyodo-gateway')!;
    (gateway.spec as { replicas: unknown }).replicas = 'three';
    const report = validateManifests(objects);
    expect(report.problems).toEqual(['Deployment kyodo-gateway: data/spec/replicas must be integer']);
  });

  it('an unknown kind, a literal secret, a missing probe and a weak replica set fail', () => {
    const objects = baseObjects();
    const funding = objects.find((o) => o.kind === 'Deployment' && o.metadata?.name === 'kyodo-funding')!;
    const container = (funding.spec as DeploymentSpec).template.spec.containers[0]!;
    delete container.livenessProbe;
    container.env = container.env.map((v) =>
      v.name === 'KYODO_INTERNAL_SECRET' ? { name: v.name, value: 'plain' } : v,
    );
    container.env = container.env.map((v) =>
      v.name === 'MONGODB_URI' ? { name: v.name, value: v.value!.replace('&w=majority', '') } : v,
    );
    const mongo = objects.find((o) => o.kind === 'MongoDBCommunity')!;
    const mongoSpec = mongo.spec as { members: number; users: { roles: { name: string; db: string }[] }[] };
    mongoSpec.members = 1;
    mongoSpec.users[0]!.roles.push({ name: 'dbAdminAnyDatabase', db: 'admin' });
    objects.push({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'typo' } });
    expect(validateManifests(objects).problems).toEqual(
      expect.arrayContaining([
        'Deployment kyodo-funding: container funding has no /health liveness probe',
        'Deployment kyodo-funding: KYODO_INTERNAL_SECRET must come from a Secret (secretKeyRef), not a literal value',
        'Deployment kyodo-funding: MONGODB_URI lacks w=majority (bookings and budgets need majority writes)',
        'MongoDBCommunity kyodo-mongodb: spec.members must be an integer >= 3',
        'MongoDBCommunity kyodo-mongodb: spec.users[0] must have exactly readWrite on its own database kyodo_organizations',
        'Deploymnet typo: no Kubernetes schema for apps/v1 Deploymnet',
      ]),
    );
  });
});
