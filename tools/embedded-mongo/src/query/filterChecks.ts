/**
 * Argument checks MongoDB's query parser makes and mingo does not (mingo quietly matches everything
 * for `$and: []` or treats `$not: 5` as `$ne`), so malformed filters fail with MongoDB's BadValue instead of
 * returning something MongoDB never would.
 */
import type { Document } from 'bson';
import { MongoCommandError } from '../commands/errors.js';
import { isPlainObject } from '../storage/values.js';

function bad(message: string): never {
  throw new MongoCommandError('BadValue', message);
}

function checkOperator(operator: string, argument: unknown): void {
  switch (operator) {
    case '$in':
    case '$nin':
    case '$all':
      if (!Array.isArray(argument)) bad(`${operator} needs an array`);
      return;
    case '$not':
      if (!(argument instanceof RegExp) && !isPlainObject(argument)) bad('$not needs a regex or a document');
      if (isPlainObject(argument)) {
        if (Object.keys(argument).length === 0) bad('$not cannot be empty');
        checkConditions(argument);
      }
      return;
    case '$mod': {
      if (
        !Array.isArray(argument) ||
        argument.length !== 2 ||
        !argument.every((n) => typeof n === 'number')
      ) {
        bad('malformed mod, needs to be an array of 2 numbers');
      }
      if (Math.trunc(argument[0] as number) === 0) bad('divisor cannot be 0');
      return;
    }
    case '$size':
      if (typeof argument !== 'number' || !Number.isInteger(argument) || argument < 0) {
        bad(
          `Failed to parse $size. Expected a non-negative whole number in: $size: ${JSON.stringify(argument)}`,
        );
      }
      return;
    case '$regex':
      if (typeof argument !== 'string' && !(argument instanceof RegExp)) bad('$regex has to be a string');
      return;
    case '$elemMatch':
      if (!isPlainObject(argument)) bad('$elemMatch needs an Object');
      // Either a filter on sub-documents or operator conditions on values: both are checked the same way.
      if (
        Object.keys(argument).every(
          (key) => key.startsWith('$') && !['$and', '$or', '$nor', '$expr', '$where'].includes(key),
        )
      ) {
        checkConditions(argument);
      } else {
        checkFilter(argument);
      }
      return;
    default:
      return;
  }
}

/** Operator conditions on one field: { $gt: 1, $in: [...] }. */
function checkConditions(conditions: Document): void {
  for (const [operator, argument] of Object.entries(conditions)) {
    if (operator.startsWith('$')) checkOperator(operator, argument);
  }
}

export function checkFilter(filter: Document): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(value) || value.length === 0) bad('$and/$or/$nor must be a nonempty array');
      for (const clause of value) {
        if (!isPlainObject(clause)) bad('$or/$and/$nor entries need to be full objects');
        checkFilter(clause);
      }
    } else if (!key.startsWith('$') && isPlainObject(value)) {
      const keys = Object.keys(value);
      if (keys.length > 0 && keys[0]?.startsWith('$')) checkConditions(value);
    }
  }
}
