import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
} from 'graphql';

/** The list size assumed for a list field without a `first` argument, and for `first` left out (its default). */
export const DEFAULT_LIST_SIZE = 20;

export interface OperationMeasure {
  /** Deepest nesting of fields; a top-level field is depth 1. */
  depth: number;
  /**
   * Fields the operation may resolve: each field counts once per parent it can appear under, and a list
   * multiplies its children by its size: `first` (a literal or a variable) where the field takes one, else 20.
   * The `edges` of a connection sized by `first` are not multiplied again.
   */
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function firstArgument(field: FieldNode, walk: Walk): number | null {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  const value = arg ? valueOf(arg.value, walk.variables) : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : null;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/**
 * Measures `operation` against `schema` without executing it. Fragments are expanded (each spread is measured
 * where it is used); introspection fields (`__schema`, `__type`, `__typename`) are free, so tools keep working.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const walk: Walk = { schema, fragments: new Map(fragments.map((f) => [f.name.value, f])), variables };
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { depth: 0, cost: 0 };
  return selectionSet(walk, operation.selectionSet, root, 1, false, new Set());
}

function selectionSet(
  walk: Walk,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  sizedByConnection: boolean,
  activeFragments: Set<string>,
): OperationMeasure {
  let depth = 0;
  let cost = 0;
  const add = (m: OperationMeasure) => {
    depth = Math.max(depth, m.depth);
    cost += m.cost;
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      add(field(walk, selection, parent, multiplier, sizedByConnection, activeFragments));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? typeFromAST(walk.schema, selection.typeCondition) : parent;
      if (type && isCompositeType(type)) {
        add(selectionSet(walk, selection.selectionSet, type, multiplier, sizedByConnection, activeFragments));
      }
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      // Validation rejects cycles before this runs; the guard only keeps a bad document from recursing forever.
      if (!fragment || activeFragments.has(name)) continue;
      const type = typeFromAST(walk.schema, fragment.typeCondition);
      if (!type || !isCompositeType(type)) continue;
      activeFragments.add(name);
      add(selectionSet(walk, fragment.selectionSet, type, multiplier, sizedByConnection, activeFragments));
      activeFragments.delete(name);
    }
  }
  return { depth, cost };
}

function field(
  walk: Walk,
  node: FieldNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  sizedByConnection: boolean,
  activeFragments: Set<string>,
): OperationMeasure {
  if (node.name.value.startsWith('__')) return { depth: 0, cost: 0 };
  const definition =
    isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  if (!definition) return { depth: 1, cost: multiplier };

  const first = definition.args.some((a) => a.name === 'first')
    ? (firstArgument(node, walk) ?? DEFAULT_LIST_SIZE)
    : null;
  const isList = isListType(getNullableType(definition.type));
  // A field taking `first` sizes itself (a list) or the edges below it (a connection); an unsized list is 20.
  const size = first ?? (isList ? (sizedByConnection ? 1 : DEFAULT_LIST_SIZE) : 1);
  const type = getNamedType(definition.type);
  if (!node.selectionSet || !isCompositeType(type)) return { depth: 1, cost: multiplier };

  const children = selectionSet(
    walk,
    node.selectionSet,
    type,
    multiplier * size,
    first !== null && !isList,
    activeFragments,
  );
  return { depth: children.depth + 1, cost: multiplier + children.cost };
}
