// Visibility and filters compiled once per query into flags over dictionary codes, so the
// per-document test in the scan is a handful of typed-array reads.
import { TRANSACTION_MODES } from '../../schema/enums';
import type { SearchFilters, SearchVisibility } from '../port';
import type { Dictionary, DocColumns } from './columns';

export type DocTest = (key: number) => boolean;

function flags(dict: Dictionary, values: readonly string[] | undefined): Uint8Array | null {
  if (!values || values.length === 0) return null;
  const out = new Uint8Array(dict.values.length + 1);
  for (const value of values) {
    const code = dict.lookup(value);
    if (code !== undefined) out[code] = 1;
  }
  return out;
}

/**
 * Visibility as flags over dictionary codes, read inline by the scan: tenant flag 2 = all of
 * that tenant's items are visible, 1 = only those whose sector flag is 1 (syndicated hub), 0 = none.
 */
export interface VisibilityFlags {
  tenant: Uint8Array;
  sector: Uint8Array;
}

export function visibilityFlags(cols: DocColumns, visibility: SearchVisibility): VisibilityFlags {
  const tenant = new Uint8Array(cols.dict.tenant.values.length + 1);
  const sector = new Uint8Array(cols.dict.sector.values.length + 1);
  const own = cols.dict.tenant.lookup(visibility.tenantId);
  if (own !== undefined) tenant[own] = 2;
  const hub = cols.dict.tenant.lookup(visibility.hubTenantId);
  const { mode, sectors } = visibility.syndication;
  if (hub !== undefined && hub !== own && mode !== 'own') {
    if (mode === 'all') tenant[hub] = 2;
    else {
      tenant[hub] = 1;
      for (const slug of sectors ?? []) {
        const code = cols.dict.sector.lookup(slug);
        if (code !== undefined) sector[code] = 1;
      }
    }
  }
  return { tenant, sector };
}

export function filterTest(cols: DocColumns, filters: SearchFilters | undefined): DocTest | null {
  if (!filters) return null;
  const tests: DocTest[] = [];
  const sector = flags(cols.dict.sector, filters.sector);
  if (sector) tests.push((k) => sector[cols.sector[k]!] === 1);
  const ipType = flags(cols.dict.ipType, filters.ipType);
  if (ipType) tests.push((k) => ipType[cols.ipType[k]!] === 1);
  const orgType = flags(cols.dict.orgType, filters.orgType);
  if (orgType) tests.push((k) => orgType[cols.orgType[k]!] === 1);
  const region = flags(cols.dict.region, filters.region);
  if (region) tests.push((k) => region[cols.region[k]!] === 1);
  if (filters.trlMin !== undefined || filters.trlMax !== undefined) {
    const min = filters.trlMin ?? 1;
    const max = filters.trlMax ?? 9;
    tests.push((k) => cols.trl[k]! >= min && cols.trl[k]! <= max);
  }
  if (filters.modes && filters.modes.length > 0) {
    let mask = 0;
    for (const mode of filters.modes) mask |= 1 << TRANSACTION_MODES.indexOf(mode);
    tests.push((k) => (cols.modes[k]! & mask) !== 0);
  }
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    const min = filters.priceMin ?? 0;
    const max = filters.priceMax ?? Number.POSITIVE_INFINITY;
    // Ranges overlap; negotiable items (no price) never match a price filter.
    tests.push((k) => cols.priceMax[k]! >= min && cols.priceMin[k]! <= max);
  }
  if (filters.evaluated !== undefined) {
    const wanted = filters.evaluated;
    tests.push((k) => !Number.isNaN(cols.score[k]!) === wanted);
  }
  if (tests.length === 0) return null;
  return (key) => {
    for (const test of tests) if (!test(key)) return false;
    return true;
  };
}
