import { eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { organizationMembers } from '../../schema/index';
import { hubTenantId } from '../modules/tenants/service';
import { visibleTenantsCondition } from '../modules/tenants/syndication';
import { requireTenantAdmin, requireUser } from './access';
import type { ServiceContext } from './service-context';

/** The columns a tenant-owned, organization-owned record with a public life cycle has. */
export interface ScopedColumns {
  tenantId: PgColumn;
  sector: PgColumn;
  status: PgColumn;
  /** The owning organization. */
  orgId: PgColumn;
}

/**
 * Which rows a list may show, shared by listings and demands: `mine` — my organizations'
 * rows in any state; a non-public `status` — the tenant's admins only; otherwise the public
 * rows of this storefront and of the hub as far as its syndication rule reaches.
 */
export async function listScope<S extends string>(
  ctx: ServiceContext,
  columns: ScopedColumns,
  query: { mine?: boolean; status?: S },
  states: { public: readonly S[]; listedByDefault: readonly S[]; adminOnlyMessage: string },
): Promise<SQL[]> {
  if (query.mine) {
    const user = requireUser(ctx.actor);
    const mine = ctx.db
      .select({ id: organizationMembers.organizationId })
      .from(organizationMembers)
      .where(eq(organizationMembers.userId, user.user.id));
    const where = [eq(columns.tenantId, ctx.tenant.id), inArray(columns.orgId, mine)];
    return query.status ? [...where, eq(columns.status, query.status)] : where;
  }
  if (query.status && !states.public.includes(query.status)) {
    requireTenantAdmin(ctx.actor, states.adminOnlyMessage);
    return [eq(columns.tenantId, ctx.tenant.id), eq(columns.status, query.status)];
  }
  return [
    visibleTenantsCondition(ctx.tenant, await hubTenantId(ctx.db), columns),
    query.status ? eq(columns.status, query.status) : inArray(columns.status, [...states.listedByDefault]),
  ];
}
