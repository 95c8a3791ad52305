/**
 * A fast path for the commonest end of a read pipeline: `$sort` on top-level fields, `$skip`, `$limit` and a
 * `$project` that keeps top-level fields (what a paged list or a nearest-first page sends after its `$geoNear` or
 * `$match`). mingo builds its operator machinery and per-document resolvers for every call, which for a page of 20
 * costs more than reading the page; this runs the same stages directly.
 *
 * It answers only where its answer is MongoDB's: no collation (strings compare binary), sort values that are
 * scalars of an ordered type bracket or arrays of them (documents, which sort field by field, and empty or nested
 * arrays go to mingo), and projections without dotted paths, operators or computed values. Anything else returns
 * undefined and the stages run through mingo unchanged.
 */
import type { Document } from 'bson';
import { ORDERED_RANKS, compareSortKeys, sortKeyOf, type SortKey } from '../storage/keyOrder.js';
import { copyNumberKinds, numberKind, setNumberKind } from '../storage/numberTypes.js';
import { defineField, isPlainObject } from '../storage/values.js';

type Stage =
  | { sort: [string, 1 | -1][] }
  | { skip: number }
  | { limit: number }
  | { project: { keep: Set<string>; id: boolean } };

const TOP_LEVEL_FIELD = /^[^$.][^.]*$/;

function parseSort(spec: unknown): [string, 1 | -1][] | undefined {
  if (!isPlainObject(spec)) return undefined;
  const keys = Object.entries(spec);
  if (keys.length === 0) return undefined;
  const out: [string, 1 | -1][] = [];
  for (const [field, direction] of keys) {
    if (!TOP_LEVEL_FIELD.test(field) || (direction !== 1 && direction !== -1)) return undefined;
    out.push([field, direction]);
  }
  return out;
}

function parseProject(spec: unknown): { keep: Set<string>; id: boolean } | undefined {
  if (!isPlainObject(spec)) return undefined;
  const keep = new Set<string>();
  let id = true;
  for (const [field, value] of Object.entries(spec)) {
    if (!TOP_LEVEL_FIELD.test(field)) return undefined;
    if (field === '_id' && (value === 0 || value === false)) id = false;
    else if (value === 1 || value === true) keep.add(field);
    else return undefined;
  }
  // Only `_id: 0` is an exclusion projection, which keeps every other field: leave it to mingo.
  if (keep.size === 0) return undefined;
  keep.delete('_id');
  return { keep, id };
}

function wholeNumber(value: unknown, min: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined;
}

/** The stages as this fast path reads them, or undefined when one of them is beyond it. */
function parseStages(pipeline: readonly Document[]): Stage[] | undefined {
  const stages: Stage[] = [];
  for (const stage of pipeline) {
    const keys = Object.keys(stage);
    if (keys.length !== 1) return undefined;
    const name = keys[0];
    const body: unknown = stage[name as string];
    let parsed: Stage | undefined;
    if (name === '$sort') {
      const sort = parseSort(body);
      parsed = sort && { sort };
    } else if (name === '$skip') {
      const skip = wholeNumber(body, 0);
      parsed = skip === undefined ? undefined : { skip };
    } else if (name === '$limit') {
      // $limit: 0 is an error MongoDB reports; mingo does too.
      const limit = wholeNumber(body, 1);
      parsed = limit === undefined ? undefined : { limit };
    } else if (name === '$project') {
      const project = parseProject(body);
      parsed = project && { project };
    }
    if (!parsed) return undefined;
    stages.push(parsed);
  }
  return stages;
}

/** The key a scalar sorts by, or undefined for a value whose order needs mingo (documents, binary...). */
function scalarKey(value: unknown): SortKey | undefined {
  if (Array.isArray(value) || isPlainObject(value)) return undefined;
  const key = sortKeyOf(value);
  return ORDERED_RANKS.has(key.r) ? key : undefined;
}

/**
 * The key a field sorts by in one direction. An array sorts by its smallest element ascending and by its largest
 * descending (MongoDB's sort keys for arrays); an empty or nested array is left to mingo.
 */
function fieldKey(value: unknown, direction: 1 | -1): SortKey | undefined {
  if (!Array.isArray(value)) return scalarKey(value);
  let best: SortKey | undefined;
  for (const item of value) {
    const key = scalarKey(item);
    if (!key) return undefined;
    if (!best || compareSortKeys(key, best) * direction < 0) best = key;
  }
  return best;
}

/**
 * Fields an earlier stage added to each document without copying it ($geoNear's distance), by stored document.
 * Reads see them over the document's own fields; output documents get them as the stage would have set them.
 */
export type AddedFields = (doc: Document) => Record<string, unknown>;

class Rows {
  private readonly extras = new Map<Document, Record<string, unknown>>();
  constructor(private readonly added: AddedFields | undefined) {}

  private extra(doc: Document): Record<string, unknown> | undefined {
    if (!this.added) return undefined;
    let fields = this.extras.get(doc);
    if (!fields) this.extras.set(doc, (fields = this.added(doc)));
    return fields;
  }

  get(doc: Document, field: string): unknown {
    const extra = this.extra(doc);
    return extra && Object.prototype.hasOwnProperty.call(extra, field) ? extra[field] : doc[field];
  }

  /** The document with the added fields: a field it already has keeps its place with the new value. */
  output(doc: Document): Document {
    const extra = this.extra(doc);
    if (!extra) return doc;
    const out = { ...doc, ...extra };
    copyNumberKinds(doc, out);
    for (const field of Object.keys(extra)) setNumberKind(out, field, numberKind(extra, field));
    return out;
  }

  /** An inclusion projection's output: `_id` first, then the kept fields in the document's order, as MongoDB. */
  project(doc: Document, { keep, id }: { keep: Set<string>; id: boolean }): Document {
    const extra = this.extra(doc);
    const out: Record<string, unknown> = {};
    const idValue = this.get(doc, '_id');
    if (id && idValue !== undefined) out._id = idValue;
    for (const field of Object.keys(doc)) {
      if (field !== '_id' && keep.has(field)) defineField(out, field, this.get(doc, field));
    }
    copyNumberKinds(doc, out);
    if (extra) {
      for (const field of Object.keys(extra)) {
        if (field === '_id' || !keep.has(field)) continue;
        if (!Object.prototype.hasOwnProperty.call(doc, field)) defineField(out, field, extra[field]);
        setNumberKind(out, field, numberKind(extra, field));
      }
    }
    return out;
  }
}

function sorted(rows: Rows, docs: readonly Document[], sort: [string, 1 | -1][]): Document[] | undefined {
  const keyed: { doc: Document; keys: SortKey[] }[] = [];
  for (const doc of docs) {
    const keys: SortKey[] = [];
    for (const [field, direction] of sort) {
      const key = fieldKey(rows.get(doc, field), direction);
      if (!key) return undefined;
      keys.push(key);
    }
    keyed.push({ doc, keys });
  }
  // Array.prototype.sort is stable: equal keys keep their input order, as mingo's sort does.
  keyed.sort((a, b) => {
    for (let i = 0; i < sort.length; i++) {
      const order = compareSortKeys(a.keys[i]!, b.keys[i]!);
      if (order !== 0) return order * sort[i]![1];
    }
    return 0;
  });
  return keyed.map(({ doc }) => doc);
}

/**
 * `docs` in the order of a sort specification (find's sort, a $sort stage), stable for equal keys; undefined when
 * the specification or a value is beyond this fast path (the caller then sorts through mingo).
 */
export function sortDocuments(docs: readonly Document[], spec: unknown): Document[] | undefined {
  const sort = parseSort(spec);
  return sort && sorted(new Rows(undefined), docs, sort);
}

/**
 * Runs `pipeline` over `docs` when every stage is one this fast path answers exactly; undefined otherwise. The
 * input documents are only read: the output shares their values (projected documents are new objects).
 */
export function simpleTail(
  docs: Document[],
  pipeline: readonly Document[],
  added?: AddedFields,
): Document[] | undefined {
  const stages = parseStages(pipeline);
  if (!stages) return undefined;
  let rows = new Rows(added);
  let out = docs;
  for (const stage of stages) {
    if ('sort' in stage) {
      const next = sorted(rows, out, stage.sort);
      if (!next) return undefined;
      out = next;
    } else if ('skip' in stage) out = out.slice(stage.skip);
    else if ('limit' in stage) out = out.slice(0, stage.limit);
    else {
      out = out.map((doc) => rows.project(doc, stage.project));
      // Projected documents are whole: later stages read them as they are.
      rows = new Rows(undefined);
    }
  }
  return out.map((doc) => rows.output(doc));
}

/** `$count`'s output field: what MongoDB accepts (a non-empty name, not $-prefixed, without dots). */
function countField(stages: unknown): string | undefined {
  if (!Array.isArray(stages) || stages.length !== 1 || !isPlainObject(stages[0])) return undefined;
  const keys = Object.keys(stages[0]);
  const field: unknown = stages[0].$count;
  if (keys.length !== 1 || typeof field !== 'string') return undefined;
  return TOP_LEVEL_FIELD.test(field) ? field : undefined;
}

/**
 * A `$facet` whose every branch is a page this fast path answers or a lone `$count` (a page with its total, in one
 * command): one output document with each branch's results. Undefined when a branch is beyond it, so mingo
 * runs the stage (and reports what is wrong with it).
 */
export function simpleFacet(docs: Document[], spec: unknown, added?: AddedFields): Document[] | undefined {
  if (!isPlainObject(spec)) return undefined;
  const branches = Object.entries(spec);
  if (branches.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, stages] of branches) {
    if (!TOP_LEVEL_FIELD.test(name) || !Array.isArray(stages) || stages.length === 0) return undefined;
    const count = countField(stages);
    // $count over no documents outputs no document, as in MongoDB.
    const result = count
      ? docs.length > 0
        ? [{ [count]: docs.length }]
        : []
      : simpleTail(docs, stages as Document[], added);
    if (!result) return undefined;
    defineField(out, name, result);
  }
  return [out];
}
