/** A GraphQL error's extensions.code: a string by convention, `unknown` by type; `fallback` when absent or not one. */
export function errorCode(error: { extensions?: { code?: unknown } } | undefined, fallback: string): string {
  const code = error?.extensions?.code;
  return typeof code === 'string' ? code : fallback;
}
