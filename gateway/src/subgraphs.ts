/** The subgraphs of Kyodo Graph, in composition order, with the port each listens on locally by default. */
export const SUBGRAPHS = [
  { name: 'organizations', defaultPort: 4001 },
  { name: 'facilities', defaultPort: 4002 },
  { name: 'funding', defaultPort: 4003 },
  { name: 'evaluation', defaultPort: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

/** `KYODO_SUBGRAPH_<NAME>_URL`: where the gateway reaches a subgraph. */
export function subgraphUrlVariable(name: string): string {
  return `KYODO_SUBGRAPH_${name.toUpperCase()}_URL`;
}

export function defaultSubgraphUrl(name: SubgraphName): string {
  const port = SUBGRAPHS.find((s) => s.name === name)?.defaultPort;
  return `http://127.0.0.1:${port}/graphql`;
}
