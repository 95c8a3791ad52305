import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { sharedSchemaPath } from '../paths.js';

/** The official 360Giving 1.4 grant schema file (ThreeSixtyGiving/standard), in the shared schemas folder. */
export const GRANT_SCHEMA_FILE = '360-giving-schema.json';

/** The schemas folder lacks the grant schema, or it is not JSON. */
export class GrantSchemaError extends Error {}

/**
 * A validator for one grant against the official 360Giving grant schema, offline. The file names draft 2020-12 by
 * its http:// URI, which Ajv2020 knows under https://; the validator is already that draft, so the field is dropped
 * rather than a second meta-schema loaded (as the /exports test does).
 */
export function grantValidator(env: NodeJS.ProcessEnv = process.env): ValidateFunction {
  const file = sharedSchemaPath(GRANT_SCHEMA_FILE, env);
  let schema: Record<string, unknown>;
  try {
    schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new GrantSchemaError(
      `cannot read the 360Giving grant schema ${GRANT_SCHEMA_FILE} (${(error as Error).message}); set KYODO_SHARED_SCHEMAS to its folder`,
    );
  }
  const { $schema: _draft, ...rest } = schema;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(rest);
}

/** The value at a JSON pointer of an instance (for naming the refused value in a reason). */
function valueAt(instance: unknown, pointer: string): unknown {
  let value = instance;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** `/recipientOrganization/0/id` → `recipientOrganization[0].id`: the field as a person reads it. */
export function fieldName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token, index) => (/^\d+$/.test(token) ? `[${token}]` : `${index === 0 ? '' : '.'}${token}`))
    .join('');
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The schema's errors as "field: reason" lines, one per field and problem. The grant schema's alternatives
 * (recipientOrganization or recipientIndividual; a date or a date-time) fail as a oneOf with one error per branch:
 * those are folded into one reason naming the alternatives.
 */
export function schemaReasons(errors: readonly ErrorObject[], grant: unknown): string[] {
  const reasons: string[] = [];
  // oneOf path -> branch index -> the properties that branch misses.
  const missingByBranch = new Map<string, Map<string, Set<string>>>();
  const branchFailures = new Map<string, { pointer: string; messages: Set<string> }>();
  for (const error of errors) {
    const field = fieldName(error.instancePath);
    const branch = /^(.*\/oneOf)\/(\d+)\//.exec(error.schemaPath);
    if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const path = field ? `${field}.${missing}` : missing;
      if (branch) {
        const branches = missingByBranch.get(branch[1]!) ?? new Map<string, Set<string>>();
        branches.set(branch[2]!, (branches.get(branch[2]!) ?? new Set<string>()).add(path));
        missingByBranch.set(branch[1]!, branches);
      } else reasons.push(`${path}: is required`);
      continue;
    }
    if (error.keyword === 'oneOf') {
      const passing = (error.params as { passingSchemas: number[] | null }).passingSchemas;
      // The grant's one top-level alternative is its recipient: an organization or an individual.
      if (passing && field === '') {
        reasons.push('recipientOrganization and recipientIndividual: a grant has one or the other, not both');
      } else if (passing) reasons.push(`${field}: matches more than one of the schema's alternatives`);
      continue;
    }
    if (branch) {
      const failure = branchFailures.get(field) ?? {
        pointer: error.instancePath,
        messages: new Set<string>(),
      };
      failure.messages.add(error.message ?? 'is invalid');
      branchFailures.set(field, failure);
      continue;
    }
    reasons.push(
      `${field || '(grant)'}: ${shown(valueAt(grant, error.instancePath))} ${error.message ?? 'is invalid'}`,
    );
  }
  for (const branches of missingByBranch.values()) {
    const sets = [...branches.values()];
    // Missing in every alternative (the top level's id, title, ...): plainly required. What is left is a choice,
    // unless one alternative misses nothing else.
    const common = [...sets[0]!].filter((name) => sets.every((set) => set.has(name)));
    for (const name of common) reasons.push(`${name}: is required`);
    const rest = sets.map((set) => [...set].filter((name) => !common.includes(name)));
    if (branches.size > 1 && rest.every((names) => names.length > 0)) {
      reasons.push(`${rest.map((names) => names.join(' and ')).join(' or ')}: one is required`);
    }
  }
  for (const [field, { pointer, messages }] of branchFailures) {
    reasons.push(`${field || '(grant)'}: ${shown(valueAt(grant, pointer))} ${[...messages].join(', or ')}`);
  }
  return [...new Set(reasons)];
}
