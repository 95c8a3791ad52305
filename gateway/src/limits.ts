import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  SchemaMetaFieldDef,
  OperationTypeNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  typeFromAST,
  valueFromAST,
  visit,
} from 'graphql';
import { type CostDirectives, type ListSize, NO_COST_DIRECTIVES } from './costDirectives.js';

// Hand-written: the JavaScript complexity libraries (graphql-query-complexity, graphql-armor's cost limit) neither
// read the cost spec's @listSize (slicing arguments, sized fields) nor memoize fragments; this follows Apollo
// Router's static estimator (apollo-router src/plugins/demand_control/cost_calculator/static_cost.rs).

/** The size assumed for a list field without `@listSize` (Apollo Router's `static_estimated.list_size`). */
export const DEFAULT_LIST_SIZE = 10;
/** The weight of an object, interface or union field without `@cost` (the cost spec's default). */
export const COMPOSITE_WEIGHT = 1;
/**
 * The weight of a scalar or enum field (`__typename` included) without `@cost`. The cost spec and Apollo Router
 * count them 0; Kyodo counts 1, because every value is work to serialise and send: 2,500 `__typename` aliases
 * under 100 organizations are a 13.9 MB answer, not a free one.
 */
export const LEAF_WEIGHT = 1;
/**
 * Introspection answers from the schema the gateway holds, without a subgraph or a database: `__schema` weighs
 * what a whole schema's answer is (a few hundred kB), `__type` one type's. Lists inside introspection count once:
 * their sizes are the schema's, fixed, and already in those weights; every selection and alias still counts.
 */
export const SCHEMA_INTROSPECTION_WEIGHT = 1000;
export const TYPE_INTROSPECTION_WEIGHT = 10;
/** What a mutation costs before its fields (Apollo Router's demand control: 10). */
export const MUTATION_BASE_COST = 10;

export interface OperationMeasure {
  /**
   * The estimated cost (IBM cost spec, as Apollo Router's demand control computes it, see gateway/README.md).
   * When `complete` is false the walk stopped as soon as the running total passed `maxCost`: the figure is then
   * a lower bound, already over the limit.
   */
  cost: number;
  complete: boolean;
  /** Deepest nesting of fields; a top-level field is depth 1. Introspection fields do not nest the depth. */
  depth: number;
  /** Aliased fields, counting a fragment's aliases at each place it is spread. */
  aliases: number;
  /** Fields selected on the root type, through fragments too. */
  rootFields: number;
}

export interface MeasureOptions {
  directives?: CostDirectives;
  /** Stop walking as soon as the cost passes this. */
  maxCost?: number;
}

/** How a field's `@listSize(sizedFields:)` sizes the lists among its children. */
interface Sizing {
  size: number | null;
  fields: readonly string[];
  key: string;
}

interface Walk {
  schema: GraphQLSchema;
  directives: CostDirectives;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fragment costs, by fragment and the sizing it is spread under: each is computed once. */
  costs: Map<string, number>;
  exceeded: boolean;
}

/**
 * Measures `operation` against `schema` without executing it, in time linear in the document: each fragment is
 * measured once (per sizing context) and reused at every spread, and the cost walk stops once over `maxCost`.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown> = {},
  options: MeasureOptions = {},
): OperationMeasure {
  const fragmentMap = new Map(fragments.map((f) => [f.name.value, f]));
  const shape = measureShape(operation.selectionSet, fragmentMap);
  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { cost: 0, complete: true, ...shape };
  const walk: Walk = {
    schema,
    directives: options.directives ?? NO_COST_DIRECTIVES,
    fragments: fragmentMap,
    variables: coerceVariables(schema, operation, variables),
    costs: new Map(),
    exceeded: false,
  };
  const maxCost = options.maxCost ?? Number.POSITIVE_INFINITY;
  const base = operation.operation === OperationTypeNode.MUTATION ? MUTATION_BASE_COST : 0;
  const cost = base + selectionSetCost(walk, operation.selectionSet, root, null, maxCost - base);
  return { cost, complete: !walk.exceeded, ...shape };
}

/** The variables as execution will see them: defaults applied (`$n: Int = 100` is 100), values coerced. */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const definitions = operation.variableDefinitions ?? [];
  const coerced = getVariableValues(schema, definitions, raw, { maxErrors: 1 });
  if (coerced.coerced) return coerced.coerced;
  // Bad variables are refused by execution before any subgraph is called; measure with what can be read.
  const values: Record<string, unknown> = { ...raw };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (values[name] === undefined && definition.defaultValue && type)
      values[name] = valueFromAST(definition.defaultValue, type as never);
  }
  return values;
}

function skipped(selection: SelectionNode, variables: Record<string, unknown>): boolean {
  if (!selection.directives?.length) return false;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return true;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false;
  } catch {
    return false;
  }
}

function selectionSetCost(
  walk: Walk,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  sizing: Sizing | null,
  budget: number,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (skipped(selection, walk.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, selection, parent, sizing, budget - total);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? typeFromAST(walk.schema, selection.typeCondition) : parent;
      if (type && isCompositeType(type))
        total += selectionSetCost(walk, selection.selectionSet, type, sizing, budget - total);
    } else {
      total += fragmentCost(walk, selection.name.value, sizing, budget - total);
    }
    if (total > budget) walk.exceeded = true;
    if (walk.exceeded) break;
  }
  return total;
}

function fragmentCost(walk: Walk, name: string, sizing: Sizing | null, budget: number): number {
  const key = `${name}|${sizing?.key ?? ''}`;
  const known = walk.costs.get(key);
  if (known !== undefined) return known;
  const fragment = walk.fragments.get(name);
  const type = fragment && typeFromAST(walk.schema, fragment.typeCondition);
  if (!fragment || !type || !isCompositeType(type)) return 0;
  // Validation refuses fragment cycles before this runs; the placeholder keeps a bad document from recursing.
  walk.costs.set(key, 0);
  const cost = selectionSetCost(walk, fragment.selectionSet, type, sizing, budget);
  // A cost cut short by the budget is a lower bound: never reused.
  if (walk.exceeded) walk.costs.delete(key);
  else walk.costs.set(key, cost);
  return cost;
}

function fieldDefinition(
  walk: Walk,
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent === walk.schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** A field's cost: instances x (weight + its selections), as the cost spec and Apollo Router define it. */
function fieldCost(
  walk: Walk,
  node: FieldNode,
  parent: GraphQLCompositeType,
  sizing: Sizing | null,
  budget: number,
): number {
  const name = node.name.value;
  const definition = fieldDefinition(walk, parent, name);
  if (!definition) return LEAF_WEIGHT;
  const coordinate = `${parent.name}.${name}`;
  const listSize = walk.directives.listSizes.get(coordinate);
  const expected = listSize ? expectedSize(listSize, definition, node, walk.variables) : null;
  const type = getNamedType(definition.type);
  const composite = isCompositeType(type);

  let instances = 1;
  if (isListType(getNullableType(definition.type)) && !parent.name.startsWith('__')) {
    const fromParent = sizing && sizing.size !== null && sizing.fields.includes(name) ? sizing.size : null;
    instances = fromParent ?? expected ?? DEFAULT_LIST_SIZE;
  }
  const weight =
    (definition === SchemaMetaFieldDef ? SCHEMA_INTROSPECTION_WEIGHT : undefined) ??
    (definition === TypeMetaFieldDef ? TYPE_INTROSPECTION_WEIGHT : undefined) ??
    walk.directives.weights.get(coordinate) ??
    walk.directives.weights.get(type.name) ??
    (composite ? COMPOSITE_WEIGHT : LEAF_WEIGHT);
  if (!node.selectionSet || !composite) return instances * weight;

  const childSizing: Sizing | null = listSize
    ? { size: expected, fields: listSize.sizedFields, key: `${expected}:${listSize.sizedFields.join(',')}` }
    : null;
  const childBudget = instances > 0 ? budget / instances - weight : Number.POSITIVE_INFINITY;
  const children = selectionSetCost(walk, node.selectionSet, type, childSizing, childBudget);
  return instances * (weight + children);
}

/**
 * The list size `@listSize` gives a field: the largest slicing argument given (a literal, a variable or a
 * variable's default; the argument's schema default too), else `assumedSize`.
 */
function expectedSize(
  listSize: ListSize,
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | null {
  const sizes: number[] = [];
  for (const name of listSize.slicingArguments) {
    const given = node.arguments?.find((a) => a.name.value === name)?.value;
    const value =
      given === undefined
        ? definition.args.find((a) => a.name === name)?.defaultValue
        : given.kind === Kind.VARIABLE
          ? variables[given.name.value]
          : given.kind === Kind.INT
            ? Number(given.value)
            : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) sizes.push(Math.max(0, Math.floor(value)));
  }
  return sizes.length > 0 ? Math.max(...sizes) : listSize.assumedSize;
}

/**
 * The deepest nesting of selection sets in any definition of the document, counted without recursion (graphql's
 * visit keeps its own stack), so a pathologically deep document is refused before the walks below recurse.
 */
export function selectionNesting(document: DocumentNode): number {
  let current = 0;
  let deepest = 0;
  visit(document, {
    SelectionSet: {
      enter() {
        current += 1;
        deepest = Math.max(deepest, current);
      },
      leave() {
        current -= 1;
      },
    },
  });
  return deepest;
}

interface Shape {
  depth: number;
  aliases: number;
  rootFields: number;
}

/** Depth, aliases and root fields, each fragment measured once. */
function measureShape(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Shape {
  const known = new Map<string, { depth: number; aliases: number; fields: number }>();
  const visit = (s: SelectionSetNode): { depth: number; aliases: number; fields: number } => {
    let depth = 0;
    let aliases = 0;
    // Fields at this level, through fragments: what `rootFields` counts at the root.
    let fields = 0;
    for (const selection of s.selections) {
      if (selection.kind === Kind.FIELD) {
        fields += 1;
        if (selection.alias) aliases += 1;
        // Introspection nests type references by design and answers from the schema: it counts in the cost and
        // the aliases, not in the depth.
        const introspection = selection.name.value.startsWith('__');
        const children = selection.selectionSet ? visit(selection.selectionSet) : null;
        if (children) aliases += children.aliases;
        if (!introspection) depth = Math.max(depth, 1 + (children?.depth ?? 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = visit(selection.selectionSet);
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
        fields += inner.fields;
      } else {
        const name = selection.name.value;
        let inner = known.get(name);
        if (!inner) {
          const fragment = fragments.get(name);
          known.set(name, { depth: 0, aliases: 0, fields: 0 });
          inner = fragment ? visit(fragment.selectionSet) : { depth: 0, aliases: 0, fields: 0 };
          known.set(name, inner);
        }
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
        fields += inner.fields;
      }
    }
    return { depth, aliases, fields };
  };
  const root = visit(set);
  return { depth: root.depth, aliases: root.aliases, rootFields: root.fields };
}
