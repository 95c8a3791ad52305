import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';

/** value → label of every enum of the supergraph: its description there, or the value (the SDL owns the vocabulary). */
export type EnumLabels = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function enumLabelsOf(supergraphSdl: string): EnumLabels {
  const labels = new Map<string, Map<string, string>>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    const values = new Map<string, string>();
    for (const value of definition.values ?? []) {
      values.set(value.name.value, value.description?.value ?? value.name.value);
    }
    labels.set(definition.name.value, values);
  }
  return labels;
}

export function readEnumLabels(supergraphPath: string): EnumLabels {
  return enumLabelsOf(readFileSync(supergraphPath, 'utf8'));
}

/** The label of an enum value (the value itself for a value the supergraph does not know). */
export function labelOf(labels: EnumLabels, enumName: string, value: string): string {
  return labels.get(enumName)?.get(value) ?? value;
}

/** An enum's values in SDL order. */
export function valuesOf(labels: EnumLabels, enumName: string): string[] {
  return [...(labels.get(enumName)?.keys() ?? [])];
}
