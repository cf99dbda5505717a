// Meilisearch filter expressions built from typed filters. Every value is quoted and escaped
// here, so no user input is ever spliced raw into a filter string.
import type { SearchFilters, SearchSort, SearchVisibility } from '../port';

export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function list(values: readonly string[]): string {
  return `[${values.map(quote).join(', ')}]`;
}

/** What a tenant may see; also the search rule baked into its tenant tokens. */
export function visibilityFilter(visibility: SearchVisibility): string {
  const own = `tenantId = ${quote(visibility.tenantId)}`;
  const { mode, sectors } = visibility.syndication;
  if (visibility.tenantId === visibility.hubTenantId || mode === 'own') return own;
  const hub = `tenantId = ${quote(visibility.hubTenantId)}`;
  if (mode === 'all') return `(${own} OR ${hub})`;
  if (!sectors || sectors.length === 0) return own;
  return `(${own} OR (${hub} AND sector IN ${list(sectors)}))`;
}

export function filterExpression(filters: SearchFilters | undefined, visibility: SearchVisibility): string {
  const parts = [visibilityFilter(visibility)];
  if (filters?.sector?.length) parts.push(`sector IN ${list(filters.sector)}`);
  if (filters?.modes?.length) parts.push(`modes IN ${list(filters.modes)}`);
  if (filters?.ipType?.length) parts.push(`ipType IN ${list(filters.ipType)}`);
  if (filters?.orgType?.length) parts.push(`orgType IN ${list(filters.orgType)}`);
  if (filters?.region?.length) parts.push(`region IN ${list(filters.region)}`);
  if (filters?.trlMin !== undefined || filters?.trlMax !== undefined) {
    parts.push(`trl ${filters.trlMin ?? 1} TO ${filters.trlMax ?? 9}`);
  }
  // Range overlap: the item's range reaches the asked minimum and starts below the asked maximum.
  if (filters?.priceMin !== undefined) parts.push(`priceMax >= ${filters.priceMin}`);
  if (filters?.priceMax !== undefined) parts.push(`priceMin <= ${filters.priceMax}`);
  if (filters?.evaluated !== undefined) parts.push(`evaluated = ${filters.evaluated}`);
  return parts.join(' AND ');
}

export function sortExpression(sort: SearchSort | undefined): string[] | undefined {
  switch (sort) {
    case 'newest':
      return ['createdAt:desc'];
    case 'price':
      return ['priceMin:asc'];
    case 'score':
      return ['evaluationScore:desc'];
    default:
      return undefined;
  }
}
