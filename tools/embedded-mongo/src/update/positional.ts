/**
 * Resolves the positional update operators (`$`, `$[]`, `$[<id>]`) to concrete array indices
 * against the document as it was before the update, then checks the concrete paths for conflicts. mingo resolves
 * them itself but keys its conflict check on the array field, so `{'a.$.c': 1, 'a.$.e': 2}` fails there, and it
 * re-evaluates array filters while it writes; MongoDB evaluates the query and the filters on the original document.
 */
import type { Document } from 'bson';
import { MongoCommandError } from '../commands/errors.js';
import { numberKind, setNumberKind } from '../storage/numberTypes.js';
import type { Options } from 'mingo/types';
import { compileFilter } from '../query/query.js';
import { isPlainObject, setAtPath } from '../storage/values.js';

const IDENTIFIER = /^\$\[([^\]]*)\]$/;

function isPositionalPart(part: string): boolean {
  return part === '$' || IDENTIFIER.test(part);
}

export function hasPositional(path: string): boolean {
  return path.split('.').some(isPositionalPart);
}

/** Array filters by identifier: [{ 'el.b': 1, 'el.c': 2 }] → { el: Matcher over { el: element } }. */
function parseArrayFilters(arrayFilters: Document[] | undefined): Map<string, Document> {
  const byId = new Map<string, Document>();
  for (const filter of arrayFilters ?? []) {
    if (!isPlainObject(filter)) throw new MongoCommandError('FailedToParse', 'arrayFilters must be objects');
    let id: string | undefined;
    for (const key of Object.keys(filter)) {
      const top = key.split('.')[0] as string;
      if (id !== undefined && top !== id) {
        throw new MongoCommandError(
          'FailedToParse',
          `Error parsing array filter :: caused by :: Expected a single top-level field name, found '${id}' and '${top}'`,
        );
      }
      id = top;
    }
    if (id === undefined) {
      throw new MongoCommandError(
        'FailedToParse',
        'Cannot use an expression without a top-level field name in arrayFilters',
      );
    }
    if (byId.has(id)) {
      throw new MongoCommandError(
        'FailedToParse',
        `Found multiple array filters with the same top-level field name ${id}`,
      );
    }
    byId.set(id, filter);
  }
  return byId;
}

/** The first element index of `array` (at `prefix`) that satisfies the query's conditions on that field. */
function firstMatchingIndex(
  array: unknown[],
  prefix: string,
  filter: Document | undefined,
  matchOptions: Partial<Options>,
): number {
  const conditions: Document = {};
  const collect = (criteria: Document): void => {
    for (const [key, value] of Object.entries<unknown>(criteria)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const part of value) if (isPlainObject(part)) collect(part);
      } else if (key === prefix || key.startsWith(`${prefix}.`)) conditions[key] = value;
    }
  };
  if (filter) collect(filter);
  if (Object.keys(conditions).length > 0) {
    const matcher = compileFilter(conditions, matchOptions);
    for (let i = 0; i < array.length; i += 1) {
      const probe: Document = {};
      setAtPath(probe, prefix, [array[i]]);
      if (matcher.test(probe)) return i;
    }
  }
  throw new MongoCommandError(
    'BadValue',
    'The positional operator did not find the match needed from the query.',
  );
}

interface Resolution {
  filter: Document | undefined;
  arrayFilters: Map<string, Document>;
  used: Set<string>;
  /** The update's collation, for the query's conditions and the array filters (as in MongoDB). */
  matchOptions: Partial<Options>;
}

/** Expands one path into the concrete paths it names in `doc` (none when no element qualifies). */
function expand(doc: Document, path: string, resolution: Resolution): string[] {
  const parts = path.split('.');
  const results: string[] = [];
  const walk = (current: unknown, index: number, done: string[]): void => {
    if (index === parts.length) {
      results.push(done.join('.'));
      return;
    }
    const part = parts[index] as string;
    if (!isPositionalPart(part)) {
      const next: unknown = Array.isArray(current)
        ? /^\d+$/.test(part)
          ? current[Number(part)]
          : undefined
        : isPlainObject(current)
          ? current[part]
          : undefined;
      walk(next, index + 1, [...done, part]);
      return;
    }
    const prefix = done.join('.');
    if (!Array.isArray(current)) {
      if (current === undefined) {
        throw new MongoCommandError(
          'BadValue',
          `The path '${prefix}' must exist in the document in order to apply array updates.`,
        );
      }
      throw new MongoCommandError('BadValue', `Cannot apply array updates to non-array element ${prefix}`);
    }
    if (part === '$') {
      if (parts.slice(index + 1).includes('$')) {
        throw new MongoCommandError(
          'BadValue',
          `Too many positional (i.e. '$') elements found in path '${path}'`,
        );
      }
      const position = firstMatchingIndex(current, prefix, resolution.filter, resolution.matchOptions);
      walk(current[position], index + 1, [...done, String(position)]);
      return;
    }
    const id = (IDENTIFIER.exec(part) as RegExpExecArray)[1] as string;
    if (id === '') {
      current.forEach((item, i) => walk(item, index + 1, [...done, String(i)]));
      return;
    }
    const arrayFilter = resolution.arrayFilters.get(id);
    if (!arrayFilter) {
      throw new MongoCommandError(
        'BadValue',
        `No array filter found for identifier '${id}' in path '${path}'`,
      );
    }
    const matcher = compileFilter(arrayFilter, resolution.matchOptions);
    current.forEach((item: unknown, i) => {
      if (matcher.test({ [id]: item })) walk(item, index + 1, [...done, String(i)]);
    });
  };
  walk(doc, 0, []);
  return results;
}

/** Throws MongoDB's code 40 when one path is a prefix of (or equal to) another. */
function checkConflicts(paths: string[]): void {
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1] as string;
    const current = sorted[i] as string;
    if (current === previous || current.startsWith(`${previous}.`)) {
      throw new MongoCommandError(
        'ConflictingUpdateOperators',
        `Updating the path '${current}' would create a conflict at '${previous}'`,
      );
    }
  }
}

/**
 * Returns the modifier with every positional path replaced by the concrete paths it names in `doc`, and checks
 * all paths of all operators for conflicts. `doc` is the document before the update.
 */
export function resolvePositionalPaths(
  doc: Document,
  modifier: Document,
  filter: Document | undefined,
  arrayFilters: Document[] | undefined,
  matchOptions: Partial<Options> = {},
): Document {
  const resolution: Resolution = {
    filter,
    arrayFilters: parseArrayFilters(arrayFilters),
    used: new Set(),
    matchOptions,
  };
  // Identifiers count as used when a path names them, whether or not this document has elements for them.
  for (const fields of Object.values(modifier)) {
    if (!isPlainObject(fields)) continue;
    for (const path of Object.keys(fields)) {
      for (const part of path.split('.')) {
        const id = IDENTIFIER.exec(part)?.[1];
        if (id) resolution.used.add(id);
      }
    }
  }
  const resolved: Document = {};
  const allPaths: string[] = [];
  for (const [operator, fields] of Object.entries<unknown>(modifier)) {
    if (!isPlainObject(fields)) {
      resolved[operator] = fields;
      continue;
    }
    const concrete: Document = {};
    for (const [path, argument] of Object.entries(fields)) {
      const paths = hasPositional(path) ? expand(doc, path, resolution) : [path];
      for (const target of paths) {
        concrete[target] = argument;
        setNumberKind(concrete, target, numberKind(fields, path));
      }
      // $rename writes its destination too.
      if (operator === '$rename' && typeof argument === 'string') allPaths.push(argument);
      allPaths.push(...paths);
    }
    resolved[operator] = concrete;
  }
  for (const id of resolution.arrayFilters.keys()) {
    if (!resolution.used.has(id)) {
      throw new MongoCommandError(
        'FailedToParse',
        `The array filter for identifier '${id}' was not used in the update`,
      );
    }
  }
  checkConflicts(allPaths);
  return resolved;
}
