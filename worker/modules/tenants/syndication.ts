import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Tenant } from '../../../schema/types';

/**
 * Which tenants' public records a storefront shows: its own always; the hub's too when its
 * syndication rule is `all`, or `sectors` (only those sectors). The hub shows only its own.
 */
export function syndicatedSectors(tenant: Tenant): 'all' | string[] | null {
  if (tenant.slug === 'hub') return null;
  if (tenant.syndication.mode === 'all') return 'all';
  if (tenant.syndication.mode === 'sectors') return tenant.syndication.sectors ?? [];
  return null;
}

export function isSyndicated(tenant: Tenant, hubId: string, recordTenantId: string, sector: string): boolean {
  if (recordTenantId !== hubId) return false;
  const rule = syndicatedSectors(tenant);
  return rule === 'all' || (Array.isArray(rule) && rule.includes(sector));
}

/** The SQL form of the same rule, for lists of public records. */
export function visibleTenantsCondition(
  tenant: Tenant,
  hubId: string,
  columns: { tenantId: PgColumn; sector: PgColumn },
): SQL {
  const own = eq(columns.tenantId, tenant.id);
  const rule = syndicatedSectors(tenant);
  if (rule === null || (Array.isArray(rule) && rule.length === 0)) return own;
  const fromHub =
    rule === 'all'
      ? eq(columns.tenantId, hubId)
      : and(eq(columns.tenantId, hubId), inArray(columns.sector, rule));
  return or(own, fromHub) as SQL;
}
