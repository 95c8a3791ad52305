/**
 * Collection validators (create/collMod `validator`, `validationLevel`, `validationAction`).
 * A validator is a query filter, optionally with $jsonSchema; a write whose new document does not match fails with
 * code 121 DocumentValidationFailure and an errInfo that explains which rules failed, as MongoDB 5.0+ reports it.
 */
import type { Document } from 'bson';
import { validationBypassed, warnInScope } from '../commands/commandScope.js';
import { MongoCommandError } from '../commands/errors.js';
import { compileFilter, type Matcher } from '../query/query.js';
import { formatValue, isPlainObject, valuesAtPath } from './values.js';
import { checkSchema, unsatisfiedRules } from './jsonSchema.js';
import { bsonTypeName } from '../query/bsonType.js';

const LEVELS = ['off', 'strict', 'moderate'];
const ACTIONS = ['error', 'warn'];
/** Operators MongoDB refuses inside a validator. */
const FORBIDDEN = ['$near', '$nearSphere', '$text', '$where', '$geoNear'];

export interface ValidationSettings {
  validator?: Document;
  validationLevel?: string;
  validationAction?: string;
}

const jsonSchemaValidator = (schema: Document) => (doc: unknown) =>
  unsatisfiedRules(schema, doc).length === 0;

function findForbidden(filter: unknown): string | undefined {
  if (Array.isArray(filter)) {
    for (const item of filter) {
      const found = findForbidden(item);
      if (found) return found;
    }
  } else if (isPlainObject(filter)) {
    for (const [key, value] of Object.entries(filter)) {
      if (FORBIDDEN.includes(key)) return key;
      if (key === '$jsonSchema') continue;
      const found = findForbidden(value);
      if (found) return found;
    }
  }
  return undefined;
}

/** Reads and checks the validation fields of a create or collMod command (only those present). */
export function parseValidationSettings(command: Document): ValidationSettings {
  const settings: ValidationSettings = {};
  if (command.validator !== undefined) {
    if (!isPlainObject(command.validator)) {
      throw new MongoCommandError(
        'TypeMismatch',
        "BSON field 'validator' is the wrong type, expected type 'object'",
      );
    }
    compileValidator(command.validator); // throws MongoDB's parse errors now, not at the first write
    settings.validator = command.validator;
  }
  for (const [field, allowed] of [
    ['validationLevel', LEVELS],
    ['validationAction', ACTIONS],
  ] as const) {
    const value = command[field] as unknown;
    if (value === undefined) continue;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new MongoCommandError(
        'BadValue',
        `Enumeration value '${typeof value === 'string' ? value : formatValue(value)}' for field '${field}' is not a valid value.`,
      );
    }
    settings[field] = value;
  }
  return settings;
}

interface CompiledValidator {
  matcher: Matcher;
  explain: (doc: Document) => Document;
}

const compiled = new WeakMap<Document, CompiledValidator>();

function compileValidator(validator: Document): CompiledValidator {
  const cached = compiled.get(validator);
  if (cached) return cached;
  const forbidden = findForbidden(validator);
  if (forbidden)
    throw new MongoCommandError('BadValue', `${forbidden} is not allowed in collection validators`);
  if (validator.$jsonSchema !== undefined) checkSchema(validator.$jsonSchema);
  const matcher = compileFilter(validator, { jsonSchemaValidator });
  const result: CompiledValidator = { matcher, explain: (doc) => explainFailure(validator, doc) };
  compiled.set(validator, result);
  return result;
}

function fieldFailure(field: string, condition: unknown, doc: Document): Document {
  const values = valuesAtPath(doc, field).filter((value) => value !== undefined);
  const [operator, argument] =
    isPlainObject(condition) && Object.keys(condition)[0]?.startsWith('$')
      ? (Object.entries(condition).find(
          ([op, arg]) => !compileFilter({ [field]: { [op]: arg } }).test(doc),
        ) ??
        Object.entries(condition)[0] ?? ['$eq', condition])
      : ['$eq', condition];
  const failure: Document = {
    operatorName: operator,
    specifiedAs: { [field]: isPlainObject(condition) ? { [operator]: argument } : condition },
  };
  if (values.length === 0 && operator !== '$exists') {
    failure.reason = 'field was missing';
  } else if (operator === '$type') {
    failure.reason = 'type did not match';
    failure.consideredValue = values[0];
    failure.consideredType = bsonTypeName(values[0]);
  } else if (operator === '$exists') {
    failure.reason = argument ? 'path does not exist' : 'path does exist';
  } else if (operator === '$regex') {
    failure.reason = 'regular expression did not match';
    failure.consideredValue = values[0];
  } else if (operator === '$in' || operator === '$nin') {
    failure.reason =
      operator === '$in' ? 'no matching value found in array' : 'matching value found in array';
    failure.consideredValue = values[0];
  } else {
    failure.reason = 'comparison failed';
    failure.consideredValue = values[0];
  }
  return failure;
}

/** One clause of a validator (a field condition or a top-level operator) explained for errInfo. */
function explainClause(key: string, value: unknown, doc: Document): Document {
  if (key === '$jsonSchema') {
    return { operatorName: '$jsonSchema', schemaRulesNotSatisfied: unsatisfiedRules(value as Document, doc) };
  }
  if (key === '$and' || key === '$or' || key === '$nor') {
    // $and and $or fail through the clauses that do not match; $nor through those that do.
    const wantMatch = key === '$nor';
    const clauses = (value as Document[])
      .map((clause, index) => ({ index, clause }))
      .filter(({ clause }) => compileFilter(clause, { jsonSchemaValidator }).test(doc) === wantMatch)
      .map(({ index, clause }) => ({
        index,
        details: wantMatch ? { operatorName: '$nor' } : explainFilter(clause, doc),
      }));
    return { operatorName: key, [wantMatch ? 'clausesSatisfied' : 'clausesNotSatisfied']: clauses };
  }
  if (key === '$expr') {
    return {
      operatorName: '$expr',
      specifiedAs: { $expr: value },
      reason: 'expression did not match',
      expressionResult: false,
    };
  }
  if (key.startsWith('$'))
    return { operatorName: key, specifiedAs: { [key]: value }, reason: 'expression did not match' };
  return fieldFailure(key, value, doc);
}

/** errInfo.details for a filter the document does not match. */
function explainFilter(filter: Document, doc: Document): Document {
  const failing = Object.entries<unknown>(filter).filter(
    ([key, value]) => !compileFilter({ [key]: value }, { jsonSchemaValidator }).test(doc),
  );
  if (Object.keys(filter).length === 1 && failing[0]) return explainClause(failing[0][0], failing[0][1], doc);
  return {
    operatorName: '$and',
    clausesNotSatisfied: Object.entries<unknown>(filter)
      .map(([key, value], index) => ({ key, value, index }))
      .filter(({ key }) => failing.some(([name]) => name === key))
      .map(({ key, value, index }) => ({ index, details: explainClause(key, value, doc) })),
  };
}

function explainFailure(validator: Document, doc: Document): Document {
  return { failingDocumentId: doc._id as unknown, details: explainFilter(validator, doc) };
}

/**
 * Enforces a collection's validator on a write: `next` is the document to store, `previous` the version it
 * replaces (undefined for inserts). validationLevel moderate skips updates to documents that were already invalid;
 * validationAction warn logs instead of failing; bypassDocumentValidation on the command skips the check.
 */
export function validateWrite(
  namespace: string,
  options: Document,
  next: Document,
  previous?: Document,
): void {
  const validator = options.validator as Document | undefined;
  if (!validator || Object.keys(validator).length === 0 || options.validationLevel === 'off') return;
  if (validationBypassed()) return;
  const { matcher, explain } = compileValidator(validator);
  if (matcher.test(next)) return;
  if (previous && options.validationLevel === 'moderate' && !matcher.test(previous)) return;
  const errInfo = explain(next);
  if (options.validationAction === 'warn') {
    warnInScope({ namespace, errInfo }, 'Document would fail validation');
    return;
  }
  throw new MongoCommandError('DocumentValidationFailure', 'Document failed validation', { errInfo });
}
