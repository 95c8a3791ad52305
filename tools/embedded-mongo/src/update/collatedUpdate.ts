/**
 * Update operators that compare values, under a collation. mingo's $addToSet and $min/$max compare binary; MongoDB
 * compares their strings by the update's collation. So before mingo applies them (paths already concrete):
 * $addToSet keeps only the candidates not equal under the collation to a member or to an earlier candidate, and a
 * $min/$max of two strings is decided by the collator (a $set when it replaces, dropped when not). What the collator
 * cannot decide alone — arrays or documents holding strings in $min/$max, $push's $sort over strings — is refused.
 */
import type { Document } from 'bson';
import { MongoCommandError } from '../commands/errors.js';
import { collatorFor, type Collation } from '../query/collation.js';
import { CollatedValues, holdsString } from '../query/collatedValues.js';
import { isPlainObject, keyOf } from '../storage/values.js';
import { locate } from './paths.js';

function refuse(what: string): never {
  throw new MongoCommandError(
    'NotImplemented',
    `${what} on strings under a collation is not supported by the embedded engine`,
  );
}

/** The document's own value at a concrete path (undefined when missing). */
function valueAt(doc: Document, path: string): unknown {
  const at = locate(doc, path);
  return at && Object.prototype.hasOwnProperty.call(at[0], at[1]) ? at[0][at[1]] : undefined;
}

function collatedAddToSet(doc: Document, modifier: Document, collation: Collation): void {
  const fields: unknown = modifier.$addToSet;
  if (!isPlainObject(fields)) return;
  for (const [path, argument] of Object.entries(fields)) {
    const each =
      isPlainObject(argument) && Array.isArray(argument.$each) ? (argument.$each as unknown[]) : [argument];
    const current = valueAt(doc, path);
    // Not an array: mingo's to refuse (or, when missing, to create from the candidates kept below).
    if (!holdsString(each) || (current !== undefined && !Array.isArray(current))) continue;
    const classes = new CollatedValues(collation);
    const seen = new Set(
      (Array.isArray(current) ? current : []).map((member) => keyOf(classes.canonical(member))),
    );
    const kept = each.filter((candidate) => {
      const key = keyOf(classes.canonical(candidate));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    fields[path] = { $each: kept };
  }
}

function collatedExtremes(doc: Document, modifier: Document, collation: Collation): void {
  const collator = collatorFor(collation);
  for (const operator of ['$min', '$max'] as const) {
    const fields: unknown = modifier[operator];
    if (!isPlainObject(fields)) continue;
    for (const [path, argument] of Object.entries(fields)) {
      const current = valueAt(doc, path);
      // Missing: set as it is. Arrays or documents holding strings compare those strings in turn: refused.
      const nested = (value: unknown) => typeof value !== 'string' && holdsString(value);
      if (current !== undefined && (nested(argument) || nested(current))) refuse(operator);
      // Anything but two strings compares by type first, where the collation plays no part: mingo's.
      if (typeof argument !== 'string' || typeof current !== 'string') continue;
      const order = collator.compare(argument, current);
      delete fields[path];
      if (operator === '$min' ? order < 0 : order > 0) {
        const set = isPlainObject(modifier.$set) ? modifier.$set : (modifier.$set = {});
        set[path] = argument;
      }
    }
    if (Object.keys(fields).length === 0) delete modifier[operator];
  }
}

function refuseSortedPush(doc: Document, modifier: Document): void {
  const fields: unknown = modifier.$push;
  if (!isPlainObject(fields)) return;
  for (const [path, argument] of Object.entries(fields)) {
    if (!isPlainObject(argument) || argument.$sort === undefined) continue;
    if (holdsString(argument.$each) || holdsString(valueAt(doc, path))) refuse('$push with $sort');
  }
}

/** Rewrites (or refuses) the comparing operators of a concrete modifier so that mingo's answer is the collated one. */
export function collateModifier(doc: Document, modifier: Document, collation: Collation): void {
  refuseSortedPush(doc, modifier);
  collatedExtremes(doc, modifier, collation);
  collatedAddToSet(doc, modifier, collation);
}
