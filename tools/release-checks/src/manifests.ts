import { parseAllDocuments } from 'yaml';

/** One Kubernetes object as rendered by kustomize. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
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
  const spec = object.spec ?? {};
  if (spec.type !== 'ReplicaSet') problems.push('spec.type must be ReplicaSet');
  if (!Number.isInteger(spec.members) || spec.members < 3)
    problems.push('spec.members must be an integer >= 3');
  if (typeof spec.version !== 'string') problems.push('spec.version must be a string');
  if (!spec.security?.authentication?.modes?.includes('SCRAM'))
    problems.push('spec.security.authentication.modes must include SCRAM');
  const users = Array.isArray(spec.users) ? spec.users : [];
  if (users.length === 0) problems.push('spec.users must list one user per service');
  users.forEach((user: Record<string, unknown>, i: number) => {
    const ref = user.passwordSecretRef as { name?: unknown } | undefined;
    if (typeof user.name !== 'string' || typeof user.db !== 'string')
      problems.push(`spec.users[${i}] needs name and db`);
    if (typeof ref?.name !== 'string')
      problems.push(`spec.users[${i}].passwordSecretRef.name must be a string`);
    if (typeof user.scramCredentialsSecretName !== 'string')
      problems.push(`spec.users[${i}].scramCredentialsSecretName must be a string`);
    const roles = Array.isArray(user.roles) ? (user.roles as { name?: string; db?: string }[]) : [];
    if (roles.length !== 1 || roles[0]!.name !== 'readWrite' || roles[0]!.db !== user.db)
      problems.push(`spec.users[${i}] must have exactly readWrite on its own database ${String(user.db)}`);
  });
  return problems;
}

/** What this deployment requires of its own objects beyond the API schema. */
function checkKyodoRules(object: KubeObject, all: KubeObject[]): string[] {
  const problems: string[] = [];
  if (object.kind !== 'Deployment') return problems;
  const name = object.metadata?.name ?? '?';
  for (const container of object.spec?.template?.spec?.containers ?? []) {
    if (!container.readinessProbe?.httpGet)
      problems.push(`container ${container.name} has no readiness probe`);
    if (container.livenessProbe?.httpGet?.path !== '/health')
      problems.push(`container ${container.name} has no /health liveness probe`);
    if (!container.resources?.requests || !container.resources?.limits)
      problems.push(`container ${container.name} needs resource requests and limits`);
    for (const variable of container.env ?? []) {
      if (SECRET_VARIABLES.includes(variable.name) && variable.value !== undefined)
        problems.push(`${variable.name} must come from a Secret (secretKeyRef), not a literal value`);
      if (variable.name === 'MONGODB_URI') {
        for (const option of ['replicaSet=', 'retryWrites=true'])
          if (!String(variable.value).includes(option)) problems.push(`MONGODB_URI lacks ${option}`);
        if (/facilities|funding/.test(name) && !String(variable.value).includes('w=majority'))
          problems.push('MONGODB_URI lacks w=majority (bookings and budgets need majority writes)');
      }
    }
  }
  for (const kind of ['HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
    const found = all.some(
      (o) =>
        o.kind === kind &&
        (o.spec?.scaleTargetRef?.name === name ||
          o.spec?.selector?.matchLabels?.['app.kubernetes.io/name'] === name),
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
