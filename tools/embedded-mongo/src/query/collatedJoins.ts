/**
 * $lookup's localField/foreignField equality and $graphLookup's connections, matched as MongoDB matches them: strings
 * under the aggregate command's collation (the foreign collection's default plays no part). mingo matches through
 * its own hash map, binary, and $graphLookup calls mingo's $lookup directly. With localField/foreignField and a
 * pipeline, MongoDB runs the pipeline on the matching documents only (mingo runs it on the whole foreign collection
 * when any matched), so that form is answered here with or without a collation. The pipeline, its `let` variables
 * and the rest stay mingo's: it runs with the command's options, so its stages compare under the collation too.
 */
import { evalExpr } from 'mingo/core';
import { Lazy, type Iterator } from 'mingo/lazy';
import * as stages from 'mingo/operators/pipeline';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import { HashMap, resolve } from 'mingo/util';
import { MongoCommandError } from '../commands/errors.js';
import { collationOfOptions } from './collation.js';
import { CollatedValues } from './collatedValues.js';
import { isPlainObject } from '../storage/values.js';

type Stage = (collection: Iterator, expr: unknown, options: Options) => Iterator;
type Doc = Record<string, unknown>;

const mingoStages = stages as unknown as Record<string, Stage>;

/** The values a document offers at a path for matching: each element of an array, null when missing. */
function valuesAt(doc: unknown, path: string): unknown[] {
  const value: unknown = resolve(doc as Doc, path) ?? null;
  return Array.isArray(value) ? value : [value];
}

/** Foreign documents by the values of one field, found again by equal values (under the collation, if any). */
class FieldIndex {
  private readonly byValue = HashMap.init<unknown, Doc[]>();

  constructor(
    private readonly classes: CollatedValues | null,
    docs: Doc[],
    path: string,
  ) {
    for (const doc of docs) {
      for (const value of new Set(valuesAt(doc, path).map((v) => this.key(v)))) {
        const found = this.byValue.get(value);
        if (found) found.push(doc);
        else this.byValue.set(value, [doc]);
      }
    }
  }

  private key(value: unknown): unknown {
    return this.classes ? this.classes.canonical(value) : value;
  }

  find(value: unknown): Doc[] {
    return this.byValue.get(this.key(value)) ?? [];
  }
}

function foreignDocuments(stage: string, from: unknown, options: Options): Doc[] {
  const docs = typeof from === 'string' ? options.collectionResolver?.(from) : undefined;
  if (!Array.isArray(docs))
    throw new MongoCommandError('FailedToParse', `${stage} requires a 'from' collection`);
  return docs;
}

export const $lookup: Stage = (collection, expr, options) => {
  const collation = collationOfOptions(options);
  const spec = isPlainObject(expr) ? expr : undefined;
  const equality = spec && typeof spec.localField === 'string' && typeof spec.foreignField === 'string';
  const withPipeline = spec && Array.isArray(spec.pipeline) && spec.pipeline.length > 0;
  // Without localField/foreignField, or binary without a pipeline, mingo answers as MongoDB does.
  if (!spec || !equality || (!collation && !withPipeline) || typeof spec.as !== 'string') {
    return mingoStages.$lookup!(collection, expr, options);
  }
  if (typeof spec.from !== 'string') {
    // A $documents pipeline in place of a collection, matched by localField: no foreign collection to index here.
    throw new MongoCommandError(
      'NotImplemented',
      '$lookup with localField/foreignField and no from collection is not supported by the embedded engine',
    );
  }
  const { localField, foreignField, as } = spec as { localField: string; foreignField: string; as: string };
  const foreign = foreignDocuments('$lookup', spec.from, options);
  const index = new FieldIndex(collation ? new CollatedValues(collation) : null, foreign, foreignField);
  return collection.map((item: unknown) => {
    const matched = new Set(valuesAt(item, localField).flatMap((value) => index.find(value)));
    // In the foreign collection's order, as MongoDB reads them.
    const matches = foreign.filter((doc) => matched.has(doc));
    if (!withPipeline) return { ...(item as Doc), [as]: matches };
    const { localField: _local, foreignField: _foreign, ...rest } = spec;
    return mingoStages.$lookup!(Lazy([item]), { ...rest, from: matches }, options).collect()[0];
  });
};

export const $graphLookup: Stage = (collection, expr, options) => {
  const collation = collationOfOptions(options);
  const spec = isPlainObject(expr) ? expr : undefined;
  const { from, connectFromField, connectToField, as, maxDepth, depthField } = spec ?? {};
  const wellFormed =
    typeof from === 'string' &&
    typeof connectFromField === 'string' &&
    typeof connectToField === 'string' &&
    typeof as === 'string' &&
    (maxDepth === undefined ||
      (typeof maxDepth === 'number' && Number.isInteger(maxDepth) && maxDepth >= 0)) &&
    (depthField === undefined || typeof depthField === 'string');
  // Binary, or malformed (mingo's to refuse): mingo's own.
  if (!collation || !spec || !wellFormed) return mingoStages.$graphLookup!(collection, expr, options);
  const foreign = foreignDocuments('$graphLookup', from, options);
  const index = new FieldIndex(new CollatedValues(collation), foreign, connectToField);
  const restrict = spec.restrictSearchWithMatch;
  const query = isPlainObject(restrict) ? new Query(restrict, options) : undefined;
  return collection.map((item: unknown) => {
    const start: unknown = evalExpr(item, spec.startWith, options);
    let frontier: unknown[] = Array.isArray(start) ? start : [start];
    const found = new Map<Doc, number>();
    // Breadth first: each document at the depth it is first reached.
    for (let depth = 0; frontier.length > 0 && (maxDepth === undefined || depth <= maxDepth); depth++) {
      const next: unknown[] = [];
      for (const value of frontier) {
        for (const doc of index.find(value)) {
          if (found.has(doc) || (query && !query.test(doc))) continue;
          found.set(doc, depth);
          if (resolve(doc, connectFromField) !== undefined) next.push(...valuesAt(doc, connectFromField));
        }
      }
      frontier = next;
    }
    const reached = [...found].map(([doc, depth]) => (depthField ? { ...doc, [depthField]: depth } : doc));
    return { ...(item as Doc), [as]: reached };
  });
};
