import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields the query selects on `typeName` below the field being resolved (or below `path` under
 * it, e.g. ['edges', 'node'] for the nodes of a connection), through inline fragments and named fragments on that
 * type (or untyped ones). For `_entities`, that is what the gateway asks of each entity; for a root field, what the
 * client asks. Lets a loader read only the stored fields that are needed.
 */
export function selectedFieldNames(
  info: GraphQLResolveInfo,
  typeName: string,
  path: readonly string[] = [],
): Set<string> {
  // Every selection of the field the path leads to (a field may be selected more than once, in fragments too).
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const step of path) {
    const next: (SelectionSetNode | undefined)[] = [];
    const collect = (selectionSet: SelectionSetNode | undefined) => {
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value === step) next.push(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
        else collect(info.fragments[selection.name.value]?.selectionSet);
      }
    };
    sets.forEach(collect);
    sets = next;
  }
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value;
        if (on === undefined || on === typeName) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && fragment.typeCondition.name.value === typeName) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return names;
}
