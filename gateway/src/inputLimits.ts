import { type DocumentNode, visit } from 'graphql';

export interface InputLimits {
  maxStringLength: number;
  maxListItems: number;
}

export interface OversizedInput {
  /** Where: `$name.path.to[3]` for a variable, `a literal` for a value written in the document. */
  where: string;
  kind: 'string' | 'list';
  size: number;
  limit: number;
}

/**
 * The first string longer than `maxStringLength` characters, or list of more than `maxListItems` items, among the
 * request's variables and the document's literal arguments; null when none. Iterative, so a deeply nested
 * variable cannot overflow the stack; it visits each value once.
 */
export function findOversizedInput(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  limits: InputLimits,
): OversizedInput | null {
  const stack: Array<[unknown, string]> = Object.entries(variables ?? {}).map(([k, v]) => [v, `$${k}`]);
  while (stack.length > 0) {
    const [value, where] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength)
        return { where, kind: 'string', size: value.length, limit: limits.maxStringLength };
    } else if (Array.isArray(value)) {
      if (value.length > limits.maxListItems)
        return { where, kind: 'list', size: value.length, limit: limits.maxListItems };
      value.forEach((item, i) => stack.push([item, `${where}[${i}]`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push([item, `${where}.${key}`]);
    }
  }
  // Every string and list literal of an executable document is an input: arguments, defaults, directives.
  let found: OversizedInput | null = null;
  visit(document, {
    StringValue(node) {
      if (!found && node.value.length > limits.maxStringLength)
        found = {
          where: 'a literal',
          kind: 'string',
          size: node.value.length,
          limit: limits.maxStringLength,
        };
    },
    ListValue(node) {
      if (!found && node.values.length > limits.maxListItems)
        found = { where: 'a literal', kind: 'list', size: node.values.length, limit: limits.maxListItems };
    },
  });
  return found;
}
