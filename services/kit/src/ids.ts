import { Types } from 'mongoose';
import { badUserInput } from './errors.js';

// Types.ObjectId.isValid accepts any 12-character string; ids on the API are exactly 24 hex digits.
const OBJECT_ID_HEX = /^[0-9a-fA-F]{24}$/;

export function isObjectIdHex(id: unknown): id is string {
  return typeof id === 'string' && OBJECT_ID_HEX.test(id);
}

/** Parses an API id (ObjectId hex). A malformed id is the caller's mistake: BAD_USER_INPUT naming the argument. */
export function parseObjectId(id: string, argumentName = 'id'): Types.ObjectId {
  if (!isObjectIdHex(id)) {
    throw badUserInput(`Argument "${argumentName}" is not a valid id: ${JSON.stringify(id)}`, {
      argumentName,
    });
  }
  return new Types.ObjectId(id);
}
