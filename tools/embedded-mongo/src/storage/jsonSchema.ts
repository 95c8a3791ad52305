/**
 * MongoDB's $jsonSchema (JSON Schema draft 4 subset plus `bsonType`). A library validator (ajv and
 * the like) reasons about JSON values, not BSON ones (ObjectId, Date, Decimal128, int vs double), does not know
 * `bsonType`, and reports errors in its own shape; collection validators must answer with MongoDB's errInfo, so
 * the keywords are evaluated here and each failure is described the way MongoDB's explainer does.
 */
import { Decimal128, Long, type Document } from 'bson';
import { bsonTypeName } from '../query/bsonType.js';
import { MongoCommandError } from '../commands/errors.js';
import { isPlainObject, keyOf } from './values.js';

const KEYWORDS = new Set([
  'additionalItems',
  'additionalProperties',
  'allOf',
  'anyOf',
  'bsonType',
  'dependencies',
  'description',
  'enum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'items',
  'maximum',
  'maxItems',
  'maxLength',
  'maxProperties',
  'minimum',
  'minItems',
  'minLength',
  'minProperties',
  'multipleOf',
  'not',
  'oneOf',
  'pattern',
  'patternProperties',
  'properties',
  'required',
  'title',
  'type',
  'uniqueItems',
]);
const BSON_TYPES = new Set([
  'double',
  'string',
  'object',
  'array',
  'binData',
  'undefined',
  'objectId',
  'bool',
  'date',
  'null',
  'regex',
  'dbPointer',
  'javascript',
  'symbol',
  'javascriptWithScope',
  'int',
  'timestamp',
  'long',
  'decimal',
  'minKey',
  'maxKey',
  'number',
]);
const JSON_TYPES = new Set(['object', 'array', 'number', 'boolean', 'string', 'null']);
const NUMERIC = new Set(['double', 'int', 'long', 'decimal']);

/** One unsatisfied rule, shaped like an entry of MongoDB's schemaRulesNotSatisfied. */
export type RuleFailure = Document;

function parseError(message: string): never {
  throw new MongoCommandError('FailedToParse', message);
}

function typeList(value: unknown, keyword: string, known: Set<string>): string[] {
  const list = Array.isArray(value) ? value : [value];
  for (const type of list) {
    if (typeof type !== 'string')
      parseError(`$jsonSchema keyword '${keyword}' must be a string or an array of strings`);
    if (type === 'integer') parseError(`$jsonSchema type 'integer' is not currently supported.`);
    if (!known.has(type)) parseError(`Unknown type name alias: ${type}`);
  }
  return list as string[];
}

/** Checks a schema's keywords once, when the validator is created, as MongoDB parses it. */
export function checkSchema(schema: unknown): void {
  if (!isPlainObject(schema)) parseError('$jsonSchema must be an object');
  for (const [keyword, value] of Object.entries(schema)) {
    if (!KEYWORDS.has(keyword)) parseError(`Unknown $jsonSchema keyword: ${keyword}`);
    switch (keyword) {
      case 'bsonType':
        typeList(value, keyword, BSON_TYPES);
        break;
      case 'type':
        typeList(value, keyword, JSON_TYPES);
        break;
      case 'properties':
      case 'patternProperties':
        if (!isPlainObject(value)) parseError(`$jsonSchema keyword '${keyword}' must be an object`);
        for (const sub of Object.values(value)) checkSchema(sub);
        break;
      case 'items':
        for (const sub of Array.isArray(value) ? value : [value]) checkSchema(sub);
        break;
      case 'additionalProperties':
      case 'additionalItems':
        if (typeof value !== 'boolean') checkSchema(value);
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        if (!Array.isArray(value) || value.length === 0)
          parseError(`$jsonSchema keyword '${keyword}' must be a non-empty array`);
        for (const sub of value) checkSchema(sub);
        break;
      case 'not':
        checkSchema(value);
        break;
      case 'required':
        if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string'))
          parseError(`$jsonSchema keyword 'required' must be a non-empty array of strings`);
        break;
      case 'enum':
        if (!Array.isArray(value) || value.length === 0)
          parseError(`$jsonSchema keyword 'enum' must be a non-empty array`);
        break;
      case 'pattern':
        if (typeof value !== 'string') parseError(`$jsonSchema keyword 'pattern' must be a string`);
        break;
      case 'dependencies':
        if (!isPlainObject(value)) parseError(`$jsonSchema keyword 'dependencies' must be an object`);
        for (const sub of Object.values(value)) if (!Array.isArray(sub)) checkSchema(sub);
        break;
      default:
        break;
    }
  }
  if ('type' in schema && 'bsonType' in schema)
    parseError(`Cannot specify both $jsonSchema keywords 'type' and 'bsonType'`);
}

function jsonTypeOf(value: unknown): string {
  const bson = bsonTypeName(value);
  if (NUMERIC.has(bson)) return 'number';
  if (bson === 'bool') return 'boolean';
  return bson;
}

function matchesType(value: unknown, types: string[], json: boolean): boolean {
  const bson = Array.isArray(value) ? 'array' : bsonTypeName(value);
  return types.some((type) => {
    if (json) return jsonTypeOf(value) === type || (type === 'array' && Array.isArray(value));
    if (type === 'number') return NUMERIC.has(bson);
    return bson === type;
  });
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  // The numeric BSON classes (bsonTypeName 'long' or 'decimal'): their toString is the exact value.
  if (value instanceof Long || value instanceof Decimal128) return Number(value.toString());
  return null;
}

function annotate(schema: Document, failure: RuleFailure): RuleFailure {
  const shown: RuleFailure = { ...failure };
  if (typeof schema.title === 'string') shown.title = schema.title;
  if (typeof schema.description === 'string') shown.description = schema.description;
  return shown;
}

/** The rules of `schema` that `value` does not satisfy (empty when it is valid). */
export function unsatisfiedRules(schema: Document, value: unknown, isRoot = true): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const fail = (failure: RuleFailure) => failures.push(annotate(schema, failure));
  const isObject = isPlainObject(value);
  const number = toNumber(value);

  for (const keyword of ['bsonType', 'type'] as const) {
    if (schema[keyword] === undefined) continue;
    const types = Array.isArray(schema[keyword])
      ? (schema[keyword] as string[])
      : [schema[keyword] as string];
    if (!matchesType(value, types, keyword === 'type')) {
      fail({
        operatorName: keyword,
        specifiedAs: { [keyword]: schema[keyword] as unknown },
        reason: 'type did not match',
        consideredValue: value,
        consideredType: Array.isArray(value) ? 'array' : bsonTypeName(value),
      });
      return failures; // the other keywords would only repeat the mismatch
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => keyOf(option) === keyOf(value))) {
    fail({
      operatorName: 'enum',
      specifiedAs: { enum: schema.enum },
      reason: 'value was not found in enum',
      consideredValue: value,
    });
  }
  if (number !== null) {
    const compare = (keyword: 'minimum' | 'maximum', exclusive: boolean) => {
      const bound = schema[keyword] as number | undefined;
      if (typeof bound !== 'number') return;
      const ok =
        keyword === 'minimum'
          ? exclusive
            ? number > bound
            : number >= bound
          : exclusive
            ? number < bound
            : number <= bound;
      if (!ok) {
        const specifiedAs: Document = { [keyword]: bound };
        if (exclusive) specifiedAs[keyword === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] = true;
        fail({ operatorName: keyword, specifiedAs, reason: 'comparison failed', consideredValue: value });
      }
    };
    compare('minimum', schema.exclusiveMinimum === true);
    compare('maximum', schema.exclusiveMaximum === true);
    if (typeof schema.multipleOf === 'number' && number % schema.multipleOf !== 0) {
      fail({
        operatorName: 'multipleOf',
        specifiedAs: { multipleOf: schema.multipleOf },
        reason: 'considered value was not a multiple of specified value',
        consideredValue: value,
      });
    }
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      fail({
        operatorName: 'minLength',
        specifiedAs: { minLength: schema.minLength },
        reason: 'specified string length was not satisfied',
        consideredValue: value,
      });
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      fail({
        operatorName: 'maxLength',
        specifiedAs: { maxLength: schema.maxLength },
        reason: 'specified string length was not satisfied',
        consideredValue: value,
      });
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail({
        operatorName: 'pattern',
        specifiedAs: { pattern: schema.pattern },
        reason: 'regular expression did not match',
        consideredValue: value,
      });
  }
  if (Array.isArray(value)) arrayRules(schema, value, fail);
  if (isObject) objectRules(schema, value, fail, isRoot);
  logicalRules(schema, value, fail);
  return failures;
}

function arrayRules(schema: Document, value: unknown[], fail: (failure: RuleFailure) => void): void {
  if (typeof schema.minItems === 'number' && value.length < schema.minItems)
    fail({
      operatorName: 'minItems',
      specifiedAs: { minItems: schema.minItems },
      reason: 'array did not match specified length',
      consideredValue: value,
    });
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
    fail({
      operatorName: 'maxItems',
      specifiedAs: { maxItems: schema.maxItems },
      reason: 'array did not match specified length',
      consideredValue: value,
    });
  if (schema.uniqueItems === true && new Set(value.map(keyOf)).size !== value.length)
    fail({
      operatorName: 'uniqueItems',
      specifiedAs: { uniqueItems: true },
      reason: 'found a duplicate item',
      consideredValue: value,
    });
  const items = schema.items as unknown;
  if (isPlainObject(items)) {
    const index = value.findIndex((item) => unsatisfiedRules(items, item, false).length > 0);
    if (index >= 0)
      fail({
        operatorName: 'items',
        reason: 'At least one item did not match the sub-schema',
        itemIndex: index,
        details: unsatisfiedRules(items, value[index], false),
      });
  } else if (Array.isArray(items)) {
    items.forEach((sub: Document, index) => {
      if (index < value.length && unsatisfiedRules(sub, value[index], false).length > 0)
        fail({
          operatorName: 'items',
          reason: 'At least one item did not match the sub-schema',
          itemIndex: index,
          details: unsatisfiedRules(sub, value[index], false),
        });
    });
    const extra = schema.additionalItems as unknown;
    if (extra === false && value.length > items.length)
      fail({
        operatorName: 'additionalItems',
        specifiedAs: { additionalItems: false },
        reason: 'found additional items',
        additionalItems: value.slice(items.length),
      });
    if (isPlainObject(extra)) {
      const index = value.findIndex(
        (item, i) => i >= items.length && unsatisfiedRules(extra, item, false).length > 0,
      );
      if (index >= 0)
        fail({
          operatorName: 'additionalItems',
          reason: 'At least one additional item did not match the sub-schema',
          itemIndex: index,
          details: unsatisfiedRules(extra, value[index], false),
        });
    }
  }
}

function objectRules(
  schema: Document,
  value: Document,
  fail: (failure: RuleFailure) => void,
  isRoot: boolean,
): void {
  const names = Object.keys(value);
  if (Array.isArray(schema.required)) {
    const missing = (schema.required as string[]).filter((name) => value[name] === undefined);
    if (missing.length > 0)
      fail({
        operatorName: 'required',
        specifiedAs: { required: schema.required },
        missingProperties: missing,
      });
  }
  if (typeof schema.minProperties === 'number' && names.length < schema.minProperties)
    fail({
      operatorName: 'minProperties',
      specifiedAs: { minProperties: schema.minProperties },
      reason: 'specified number of properties was not satisfied',
      numberOfProperties: names.length,
    });
  if (typeof schema.maxProperties === 'number' && names.length > schema.maxProperties)
    fail({
      operatorName: 'maxProperties',
      specifiedAs: { maxProperties: schema.maxProperties },
      reason: 'specified number of properties was not satisfied',
      numberOfProperties: names.length,
    });
  const properties = (isPlainObject(schema.properties) ? schema.properties : {}) as Record<string, Document>;
  const notSatisfied: Document[] = [];
  for (const [name, sub] of Object.entries(properties)) {
    if (value[name] === undefined) continue;
    const details = unsatisfiedRules(sub, value[name], false);
    if (details.length > 0) notSatisfied.push({ propertyName: name, details });
  }
  const patterns = Object.entries(
    (isPlainObject(schema.patternProperties) ? schema.patternProperties : {}) as Record<string, Document>,
  ).map(([pattern, sub]) => [new RegExp(pattern, 'u'), sub] as const);
  for (const name of names) {
    for (const [pattern, sub] of patterns) {
      if (!pattern.test(name)) continue;
      const details = unsatisfiedRules(sub, value[name], false);
      if (details.length > 0) notSatisfied.push({ propertyName: name, details });
    }
  }
  if (notSatisfied.length > 0) fail({ operatorName: 'properties', propertiesNotSatisfied: notSatisfied });

  const additional = schema.additionalProperties as unknown;
  if (additional !== undefined && additional !== true) {
    // MongoDB counts _id as declared at the top level only when `properties` lists it; so must a schema.
    const extra = names.filter(
      (name) => !(name in properties) && !patterns.some(([pattern]) => pattern.test(name)),
    );
    if (additional === false && extra.length > 0)
      fail({
        operatorName: 'additionalProperties',
        specifiedAs: { additionalProperties: false },
        additionalProperties: extra,
      });
    if (isPlainObject(additional)) {
      const failing = extra
        .map((name) => ({ propertyName: name, details: unsatisfiedRules(additional, value[name], false) }))
        .filter((entry) => entry.details.length > 0);
      if (failing.length > 0)
        fail({
          operatorName: 'additionalProperties',
          reason: 'at least one additional property did not match the subschema',
          failingProperty: failing[0]?.propertyName,
          details: failing[0]?.details,
        });
    }
  }
  if (isPlainObject(schema.dependencies)) {
    for (const [name, dependency] of Object.entries(schema.dependencies)) {
      if (value[name] === undefined) continue;
      if (Array.isArray(dependency)) {
        const missing = (dependency as string[]).filter((other) => value[other] === undefined);
        if (missing.length > 0)
          fail({
            operatorName: 'dependencies',
            failingDependencies: [{ conditionalProperty: name, missingProperties: missing }],
          });
      } else if (unsatisfiedRules(dependency as Document, value, false).length > 0) {
        fail({
          operatorName: 'dependencies',
          failingDependencies: [
            { conditionalProperty: name, details: unsatisfiedRules(dependency as Document, value, false) },
          ],
        });
      }
    }
  }
  void isRoot;
}

function logicalRules(schema: Document, value: unknown, fail: (failure: RuleFailure) => void): void {
  const results = (list: Document[]) => list.map((sub) => unsatisfiedRules(sub, value, false));
  if (Array.isArray(schema.allOf)) {
    const failing = results(schema.allOf as Document[])
      .map((details, index) => ({ index, details }))
      .filter((entry) => entry.details.length > 0);
    if (failing.length > 0) fail({ operatorName: 'allOf', schemasNotSatisfied: failing });
  }
  if (Array.isArray(schema.anyOf)) {
    const all = results(schema.anyOf as Document[]);
    if (all.every((details) => details.length > 0))
      fail({ operatorName: 'anyOf', schemasNotSatisfied: all.map((details, index) => ({ index, details })) });
  }
  if (Array.isArray(schema.oneOf)) {
    const all = results(schema.oneOf as Document[]);
    const passing = all.map((details, index) => ({ index, ok: details.length === 0 })).filter((r) => r.ok);
    if (passing.length === 0)
      fail({ operatorName: 'oneOf', schemasNotSatisfied: all.map((details, index) => ({ index, details })) });
    else if (passing.length > 1)
      fail({
        operatorName: 'oneOf',
        reason: 'more than one subschema matched',
        matchingSchemaIndexes: passing.map((r) => r.index),
      });
  }
  if (isPlainObject(schema.not) && unsatisfiedRules(schema.not, value, false).length === 0)
    fail({ operatorName: 'not', reason: 'child expression matched' });
}
