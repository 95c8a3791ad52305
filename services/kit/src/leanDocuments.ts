import type { ModelOf } from './modelTypes.js';

/** The parts of a mongoose Schema that applying defaults and the `id` virtual reads. */
interface SchemaShape {
  paths: object;
  virtuals: object;
}

/** The parts of a mongoose SchemaType that applying defaults reads (mongoose types them only internally). */
interface PathType {
  defaultValue?: unknown;
  $isSingleNested?: boolean;
  $isMongooseDocumentArray?: boolean;
  schema?: SchemaShape;
  splitPath(): string[];
  getDefault(doc: object, init: boolean, options: { skipCast: boolean }): unknown;
}

interface DefaultedPath {
  type: PathType;
  pieces: string[];
}

/** What one schema (or the top-level fields of one projection of it) needs to read like a hydrated document. */
interface ReadPlan {
  paths: DefaultedPath[];
  idVirtual: { applyGetters(value: unknown, doc: object): unknown } | null;
}

const plans = new WeakMap<SchemaShape, Map<string, ReadPlan>>();

/**
 * The schema paths a plain document may need a default for: those under the projected top-level fields (all of
 * them without a projection; a projected-out field is absent by construction and never read), less the plain paths
 * without a default, for which there is nothing to do.
 */
function readPlan(schema: SchemaShape, fields: readonly string[] | null): ReadPlan {
  let bySelection = plans.get(schema);
  if (!bySelection) plans.set(schema, (bySelection = new Map<string, ReadPlan>()));
  const key = fields ? fields.join('\0') : '';
  let plan = bySelection.get(key);
  if (plan) return plan;
  const wanted = fields ? new Set(fields) : null;
  const paths: DefaultedPath[] = [];
  for (const type of Object.values(schema.paths) as unknown as PathType[]) {
    const pieces = type.splitPath();
    if (wanted && !wanted.has(pieces[0]!)) continue;
    const nested = type.$isSingleNested === true || type.$isMongooseDocumentArray === true;
    if (pieces.length === 1 && !nested && type.defaultValue === undefined) continue;
    paths.push({ type, pieces });
  }
  const virtuals = schema.virtuals as Record<string, ReadPlan['idVirtual']>;
  plan = { paths, idVirtual: virtuals.id ?? null };
  bySelection.set(key, plan);
  return plan;
}

function applyDefaultsOf(type: PathType, value: unknown): void {
  if (type.$isSingleNested) applyDefaults(value as object, readPlan(type.schema!, null));
  else if (type.$isMongooseDocumentArray && Array.isArray(value)) {
    const plan = readPlan(type.schema!, null);
    for (const element of value) applyDefaults(element as object, plan);
  }
}

/** Mongoose's applyDefaultsToPOJO (Model.applyDefaults on a plain object), over the plan's paths only. */
function applyDefaults(doc: object, plan: ReadPlan): void {
  for (const { type, pieces } of plan.paths) {
    let target = doc as Record<string, unknown>;
    const last = pieces.length - 1;
    for (let i = 0; i < last && target != null; i += 1) {
      const piece = pieces[i]!;
      if (target[piece] == null) target[piece] = {};
      target = target[piece] as Record<string, unknown>;
    }
    if (target == null) continue;
    const piece = pieces[last]!;
    if (target[piece] !== undefined) {
      applyDefaultsOf(type, target[piece]);
      continue;
    }
    const value = type.getDefault(doc, false, { skipCast: true });
    if (value === undefined) continue;
    target[piece] = value;
    applyDefaultsOf(type, value);
  }
}

/**
 * Makes plain documents (`.lean()` results, aggregation rows) read like hydrated ones, at a fraction of the cost
 * of hydrating them: the schema's defaults for fields a stored document lacks, and the `id` virtual. No model here
 * has getters, custom virtuals or methods, so that is everything a resolver may read; a resolver given such an
 * object must not call document methods (save, get, populate), which read-only paths never do.
 *
 * `projection` is the projection the documents were read with: when inclusive, only the fields it names get defaults,
 * which is what makes this cheap for a page of a few selected fields. Hand-written rather than mongoose's
 * Model.applyDefaults, which walks every path of the schema for every document; the per-path step is the same.
 */
export function asReadDocuments<T, H, D extends object>(
  model: ModelOf<T, H>,
  docs: D[],
  projection: Readonly<Record<string, unknown>> | null = null,
): D[] {
  const inclusive = projection && Object.values(projection).every((value) => value !== 0 && value !== false);
  const plan = readPlan(model.schema, inclusive ? Object.keys(projection) : null);
  for (const doc of docs) {
    applyDefaults(doc, plan);
    // The same as Model.applyVirtuals(doc, ['id']), which first looks for `id` in every subdocument schema.
    const fields = doc as Record<string, unknown>;
    if (plan.idVirtual) fields.id = plan.idVirtual.applyGetters(fields.id, doc);
  }
  return docs;
}
