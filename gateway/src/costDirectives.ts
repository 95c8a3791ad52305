import {
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  Kind,
  type FieldDefinitionNode,
  parse,
} from 'graphql';

/** The cost specification (IBM GraphQL Cost Directive spec) as federation 2.9 links it in a supergraph. */
export const COST_SPEC_URL = 'https://specs.apollo.dev/cost/';

/** `@listSize` on one field definition. */
export interface ListSize {
  assumedSize: number | null;
  slicingArguments: string[];
  sizedFields: string[];
  requireOneSlicingArgument: boolean;
}

/**
 * The `@cost` weights and `@listSize` directives of a supergraph, by schema coordinate: `Type.field` for fields,
 * `Type` for the weight of a type (object, scalar, enum).
 */
export interface CostDirectives {
  weights: ReadonlyMap<string, number>;
  listSizes: ReadonlyMap<string, ListSize>;
}

export const NO_COST_DIRECTIVES: CostDirectives = { weights: new Map(), listSizes: new Map() };

/**
 * Reads the cost directives of a supergraph. The names come from its `@link` to the cost spec (`as:` and
 * `import:` renames included); a supergraph without that link has none, and every field gets the default weights.
 * Read from the SDL because the API schema the gateway serves does not keep directive applications.
 */
export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const document = parse(supergraphSdl, { noLocation: true });
  const names = costDirectiveNames(document);
  if (!names) return NO_COST_DIRECTIVES;
  const weights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  const readWeight = (coordinate: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    const cost = directives?.find((d) => d.name.value === names.cost);
    const weight = cost && intArgument(cost, 'weight');
    if (typeof weight === 'number') weights.set(coordinate, weight);
  };
  const readField = (type: string, field: FieldDefinitionNode) => {
    const coordinate = `${type}.${field.name.value}`;
    readWeight(coordinate, field.directives);
    const listSize = field.directives?.find((d) => d.name.value === names.listSize);
    if (listSize) {
      listSizes.set(coordinate, {
        assumedSize: intArgument(listSize, 'assumedSize') ?? null,
        slicingArguments: stringListArgument(listSize, 'slicingArguments'),
        sizedFields: stringListArgument(listSize, 'sizedFields'),
        // The spec's default is true.
        requireOneSlicingArgument: booleanArgument(listSize, 'requireOneSlicingArgument') ?? true,
      });
    }
  };
  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
        readWeight(definition.name.value, definition.directives);
        for (const field of definition.fields ?? []) readField(definition.name.value, field);
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
        readWeight(definition.name.value, definition.directives);
        break;
      default:
        break;
    }
  }
  return { weights, listSizes };
}

/** The local names of `@cost` and `@listSize`, following the `@link` that brings the cost spec in. */
function costDirectiveNames(document: DocumentNode): { cost: string; listSize: string } | null {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const url = argument(link, 'url');
      if (url?.kind !== Kind.STRING || !url.value.startsWith(COST_SPEC_URL)) continue;
      const as = argument(link, 'as');
      const namespace = as?.kind === Kind.STRING ? as.value : 'cost';
      // Unimported directives are namespaced (`@cost__listSize`), except the one named like the spec (`@cost`).
      const names = { cost: namespace, listSize: `${namespace}__listSize` };
      const imports = argument(link, 'import');
      for (const entry of imports?.kind === Kind.LIST ? imports.values : []) {
        const [name, local] =
          entry.kind === Kind.STRING
            ? [entry.value, entry.value]
            : entry.kind === Kind.OBJECT
              ? [objectString(entry, 'name'), objectString(entry, 'as') ?? objectString(entry, 'name')]
              : [undefined, undefined];
        if (name === '@cost' && local) names.cost = local.replace(/^@/, '');
        if (name === '@listSize' && local) names.listSize = local.replace(/^@/, '');
      }
      return names;
    }
  }
  return null;
}

function argument(directive: ConstDirectiveNode, name: string): ConstValueNode | undefined {
  return directive.arguments?.find((a) => a.name.value === name)?.value;
}

function objectString(value: ConstValueNode, name: string): string | undefined {
  if (value.kind !== Kind.OBJECT) return undefined;
  const field = value.fields.find((f) => f.name.value === name)?.value;
  return field?.kind === Kind.STRING ? field.value : undefined;
}

function intArgument(directive: ConstDirectiveNode, name: string): number | undefined {
  const value = argument(directive, name);
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

function booleanArgument(directive: ConstDirectiveNode, name: string): boolean | undefined {
  const value = argument(directive, name);
  return value?.kind === Kind.BOOLEAN ? value.value : undefined;
}

function stringListArgument(directive: ConstDirectiveNode, name: string): string[] {
  const value = argument(directive, name);
  if (value?.kind === Kind.STRING) return [value.value];
  if (value?.kind !== Kind.LIST) return [];
  return value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
}
