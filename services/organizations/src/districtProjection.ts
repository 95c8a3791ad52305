import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '@kyodo/service-kit';

// District fields read straight from the stored document; the rest (organizations, other subgraphs' fields) need
// only the code, which every projection includes.
const STORED_FIELDS = ['name', 'nameJa', 'boundary'] as const;

/**
 * The mongoose projection for the District fields a query selects, e.g. "code nameJa": a district's boundary
 * (several KB of coordinates) is read only when `boundary` is asked for.
 */
export function districtProjection(info: GraphQLResolveInfo): string {
  const selected = selectedFieldNames(info, 'District');
  return ['code', ...STORED_FIELDS.filter((field) => selected.has(field))].join(' ');
}
