import { parseAllDocuments } from 'yaml';

/** One Kubernetes object as rendered by kustomize. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  /** Untyped as parsed: the checks below read it through `at` and `items`, the kubernetes-models classes validate it. */
  spec?: unknown;
}

/** The value at a path of keys, or undefined where a step is not an object (as `?.` reads a parsed YAML document). */
function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The elements of a YAML sequence, or none when the value is absent or not a sequence. */
function items(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** Parses a multi-document YAML stream (kustomize output) into objects; a YAML error throws naming it. */
export function parseManifests(yamlText: string): KubeObject[] {
  return parseAllDocuments(yamlText)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`invalid YAML: ${document.errors[0]!.message}`);
      return document.toJS() as KubeObject | null;
    })
    .filter((o): o is KubeObject => o !== null);
}

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: unknown) => Validatable;

/**
 * The kubernetes-models class for an apiVersion and kind (`apps/v1` + `Deployment` ->
 * kubernetes-models/apps/v1/Deployment): generated from the Kubernetes OpenAPI schema of the pinned version, it
 * validates types, required fields and enums. It does not reject unknown fields; `checkKyodoRules` covers the fields
 * this deployment depends on.
 */
function modelFor(apiVersion: string, kind: string): ModelClass | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(`kubernetes-models/${apiVersion}/${kind}`) as Record<string, ModelClass>;
    return module[kind] ?? null;
  } catch {
    return null;
  }
}

const SECRET_VARIABLES = [
  'KYODO_INTERNAL_SECRET',
  'KYODO_JWT_SECRET',
  'MONGODB_PASSWORD',
  'MONGODB_URI_FILE',
];

/**
 * The MongoDBCommunity resource: the operator's CRD is not available from a package source here, so this checks
 * the fields the deployment relies on, with the CRD's types (a replica set of 3, SCRAM, users with secret refs).
 */
function checkMongoDBCommunity(object: KubeObject): string[] {
  const problems: string[] = [];
  const spec = object.spec;
  const members = at(spec, 'members');
  if (at(spec, 'type') !== 'ReplicaSet') problems.push('spec.type must be ReplicaSet');
  if (typeof members !== 'number' || !Number.isInteger(members) || members < 3)
    problems.push('spec.members must be an integer >= 3');
  if (typeof at(spec, 'version') !== 'string') problems.push('spec.version must be a string');
  if (!items(at(spec, 'security', 'authentication', 'modes')).includes('SCRAM'))
    problems.push('spec.security.authentication.modes must include SCRAM');
  const users = items(at(spec, 'users'));
  if (users.length === 0) problems.push('spec.users must list one user per service');
  users.forEach((user, i) => {
    const db = at(user, 'db');
    if (typeof at(user, 'name') !== 'string' || typeof db !== 'string')
      problems.push(`spec.users[${i}] needs name and db`);
    if (typeof at(user, 'passwordSecretRef', 'name') !== 'string')
      problems.push(`spec.users[${i}].passwordSecretRef.name must be a string`);
    if (typeof at(user, 'scramCredentialsSecretName') !== 'string')
      problems.push(`spec.users[${i}].scramCredentialsSecretName must be a string`);
    const roles = items(at(user, 'roles'));
    if (roles.length !== 1 || at(roles[0], 'name') !== 'readWrite' || at(roles[0], 'db') !== db)
      problems.push(`spec.users[${i}] must have exactly readWrite on its own database ${String(db)}`);
  });
  return problems;
}

/** What this deployment requires of its own objects beyond the API schema. */
function checkKyodoRules(object: KubeObject, all: KubeObject[]): string[] {
  const problems: string[] = [];
  if (object.kind !== 'Deployment') return problems;
  const name = object.metadata?.name ?? '?';
  for (const container of items(at(object.spec, 'template', 'spec', 'containers'))) {
    const containerName = String(at(container, 'name'));
    if (!at(container, 'readinessProbe', 'httpGet'))
      problems.push(`container ${containerName} has no readiness probe`);
    if (at(container, 'livenessProbe', 'httpGet', 'path') !== '/health')
      problems.push(`container ${containerName} has no /health liveness probe`);
    if (!at(container, 'resources', 'requests') || !at(container, 'resources', 'limits'))
      problems.push(`container ${containerName} needs resource requests and limits`);
    for (const variable of items(at(container, 'env'))) {
      const variableName = at(variable, 'name');
      const value = at(variable, 'value');
      if (typeof variableName === 'string' && SECRET_VARIABLES.includes(variableName) && value !== undefined)
        problems.push(`${variableName} must come from a Secret (secretKeyRef), not a literal value`);
      if (variableName === 'MONGODB_URI') {
        for (const option of ['replicaSet=', 'retryWrites=true'])
          if (!String(value).includes(option)) problems.push(`MONGODB_URI lacks ${option}`);
        if (/facilities|funding/.test(name) && !String(value).includes('w=majority'))
          problems.push('MONGODB_URI lacks w=majority (bookings and budgets need majority writes)');
      }
    }
  }
  for (const kind of ['HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
    const found = all.some(
      (o) =>
        o.kind === kind &&
        (at(o.spec, 'scaleTargetRef', 'name') === name ||
          at(o.spec, 'selector', 'matchLabels', 'app.kubernetes.io/name') === name),
    );
    if (!found) problems.push(`has no ${kind}`);
  }
  return problems;
}

export interface ValidationReport {
  /** `Kind name` of each valid object. */
  valid: string[];
  /** `Kind name: problem` of each invalid one. */
  problems: string[];
}

/** Validates every object against the Kubernetes API schema (or the operator resource's fields) and our rules. */
export function validateManifests(objects: KubeObject[]): ValidationReport {
  const valid: string[] = [];
  const problems: string[] = [];
  for (const object of objects) {
    const label = `${object.kind ?? '(no kind)'} ${object.metadata?.name ?? '(no name)'}`;
    const found: string[] = [];
    if (!object.apiVersion || !object.kind) found.push('apiVersion and kind are required');
    else if (object.kind === 'MongoDBCommunity' && object.apiVersion === 'mongodbcommunity.mongodb.com/v1')
      found.push(...checkMongoDBCommunity(object));
    else {
      const Model = modelFor(object.apiVersion, object.kind);
      if (!Model) found.push(`no Kubernetes schema for ${object.apiVersion} ${object.kind}`);
      else {
        try {
          new Model(object).validate();
        } catch (error) {
          found.push((error as Error).message);
        }
      }
    }
    if (!object.metadata?.name) found.push('metadata.name is required');
    found.push(...checkKyodoRules(object, objects));
    if (found.length === 0) valid.push(label);
    else problems.push(...found.map((p) => `${label}: ${p}`));
  }
  return { valid, problems };
}
