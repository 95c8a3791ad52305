import { type ArgumentNode, Kind, parse, print, visit } from 'graphql';

/** Authorization features the subgraphs enforce themselves (the service kit checks these directives). */
export const SUBGRAPH_ENFORCED_FEATURES = [
  'https://specs.apollo.dev/authenticated/',
  'https://specs.apollo.dev/requiresScopes/',
] as const;

/**
 * @apollo/gateway refuses a supergraph that links a `for: SECURITY` feature it cannot enforce, and it enforces
 * neither @authenticated nor @requiresScopes (a router feature). In Kyodo Graph each subgraph enforces them on
 * the viewer the gateway signs, so for those two links only the `for: SECURITY` purpose is dropped before the
 * gateway loads the supergraph; the checked-in file stays the composition's exact output, and any other
 * security feature (e.g. @policy) is still refused.
 */
export function supergraphForGateway(supergraphSdl: string): string {
  let changed = false;
  const document = visit(parse(supergraphSdl), {
    Directive(node) {
      if (node.name.value !== 'link') return undefined;
      const url = node.arguments?.find((a) => a.name.value === 'url')?.value;
      if (url?.kind !== Kind.STRING || !SUBGRAPH_ENFORCED_FEATURES.some((f) => url.value.startsWith(f)))
        return undefined;
      const isSecurityPurpose = (a: ArgumentNode) =>
        a.name.value === 'for' && a.value.kind === Kind.ENUM && a.value.value === 'SECURITY';
      if (!node.arguments?.some(isSecurityPurpose)) return undefined;
      changed = true;
      return { ...node, arguments: node.arguments.filter((a) => !isSecurityPurpose(a)) };
    },
  });
  return changed ? print(document) : supergraphSdl;
}
