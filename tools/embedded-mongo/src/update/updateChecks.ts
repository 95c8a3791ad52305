/**
 * The type checks MongoDB makes before applying update operators. mingo's updater silently skips
 * an $inc on a string or a $push onto a number; MongoDB fails the write, and so must we.
 */
import { Decimal128, Long, Timestamp, type Document } from 'bson';
import { bsonTypeName } from '../query/bsonType.js';
import { MongoCommandError } from '../commands/errors.js';
import { formatValue, isPlainObject } from '../storage/values.js';

const NUMERIC_OPERATORS: Record<string, string> = { $inc: 'increment', $mul: 'multiply' };
const ARRAY_OPERATORS = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop']);

function isNumeric(value: unknown): boolean {
  // A Timestamp is a Long in bson's classes but not a number to MongoDB.
  return (
    typeof value === 'number' ||
    (value instanceof Long && !(value instanceof Timestamp)) ||
    value instanceof Decimal128
  );
}

/** Positional and array-filter paths are resolved by mingo against array elements; they are not pre-checked. */
function isPositional(path: string): boolean {
  return path.split('.').some((part) => part.startsWith('$'));
}

interface Resolved {
  exists: boolean;
  value: unknown;
}

/** Walks a path for a write: fails like MongoDB when it runs into a scalar or a non-numeric part of an array. */
function resolveForWrite(doc: Document, path: string): Resolved {
  const parts = path.split('.');
  if (parts.some((part) => part === '')) {
    throw new MongoCommandError('EmptyFieldName', 'An empty update path is not valid.');
  }
  let current: unknown = doc;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] as string;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(part)) {
        throw new MongoCommandError(
          'PathNotViable',
          `Cannot create field '${part}' in element {${parts[i - 1] ?? ''}: ${formatValue(current)}}`,
        );
      }
      current = current[Number(part)];
    } else if (isPlainObject(current)) {
      if (!Object.prototype.hasOwnProperty.call(current, part)) return { exists: false, value: undefined };
      current = current[part];
    } else {
      if (current === undefined) return { exists: false, value: undefined };
      throw new MongoCommandError(
        'PathNotViable',
        `Cannot create field '${part}' in element {${parts[i - 1] ?? ''}: ${formatValue(current)}}`,
      );
    }
    if (current === undefined && i < parts.length - 1) return { exists: false, value: undefined };
  }
  return { exists: current !== undefined, value: current };
}

export function checkUpdateTypes(doc: Document, modifier: Document): void {
  const id = formatValue(doc._id);
  for (const [operator, fields] of Object.entries(modifier)) {
    if (!isPlainObject(fields)) continue;
    for (const [path, argument] of Object.entries(fields)) {
      if (isPositional(path)) continue;
      const target = resolveForWrite(doc, path);
      const verb = NUMERIC_OPERATORS[operator];
      if (verb) {
        if (!isNumeric(argument)) {
          throw new MongoCommandError(
            'TypeMismatch',
            `Cannot ${verb} with non-numeric argument: {${path}: ${formatValue(argument)}}`,
          );
        }
        if (target.exists && !isNumeric(target.value)) {
          throw new MongoCommandError(
            'TypeMismatch',
            `Cannot apply ${operator} to a value of non-numeric type. {_id: ${id}} has the field '${path.split('.').pop()}' of non-numeric type ${bsonTypeName(target.value)}`,
          );
        }
      }
      if (ARRAY_OPERATORS.has(operator) && target.exists && !Array.isArray(target.value)) {
        if (operator === '$push' || operator === '$addToSet') {
          throw new MongoCommandError(
            'BadValue',
            `The field '${path}' must be an array but is of type ${bsonTypeName(target.value)} in document {_id: ${id}}`,
          );
        }
        if (operator === '$pop') {
          throw new MongoCommandError(
            'TypeMismatch',
            `Path '${path}' contains an element of non-array type '${bsonTypeName(target.value)}'`,
          );
        }
        throw new MongoCommandError('BadValue', `Cannot apply ${operator} to a non-array value`);
      }
    }
  }
}
