import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badUserInput } from './errors.js';

/**
 * Text hygiene at the edge, once for every argument of every field: a string holding NUL (or another control
 * character than tab, line feed and carriage return) or an unpaired UTF-16 surrogate is refused, and every other
 * string reaches the resolver in Unicode NFC, so "が" typed as か + ゙ and as one character are the same name.
 */

// C0 controls except \t \n \r, and DEL: they cannot be typed, only injected.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The problem with `value` as text, or null when it is clean. */
export function textProblem(value: string): string | null {
  if (CONTROL.test(value)) {
    return value.includes('\u0000') ? 'contains a NUL character' : 'contains a control character';
  }
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired surrogate (not valid Unicode)';
  return null;
}

/** `value` in NFC, or BAD_USER_INPUT naming `argumentName` when it is not clean text. */
export function cleanText(value: string, argumentName: string): string {
  const problem = textProblem(value);
  if (problem) throw badUserInput(`Argument "${argumentName}" ${problem}`, { argumentName });
  return value.normalize('NFC');
}

function cleanValue(value: unknown, path: string): unknown {
  if (typeof value === 'string') return cleanText(value, path);
  if (Array.isArray(value)) return value.map((item, index) => cleanValue(item, `${path}[${index}]`));
  // Coerced input objects are plain objects; scalars such as Date or ObjectId stay as they are.
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === null) {
    return cleanObject(value as Record<string, unknown>, `${path}.`);
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return cleanObject(value as Record<string, unknown>, `${path}.`);
  }
  return value;
}

function cleanObject(args: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const clean: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) clean[name] = cleanValue(value, `${prefix}${name}`);
  return clean;
}

/** Wraps every resolver that takes arguments so it receives them clean (see the top of this file). */
export function applyInputHygiene(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) =>
        resolve(source, cleanObject(args as Record<string, unknown>), context, info);
    }
  }
  return schema;
}
