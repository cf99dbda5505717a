import { and, count, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import { listings, organizations } from '../../schema/index';
import type { Database } from '../../worker/db';
import type { ServiceContext } from '../../worker/lib/service-context';
import { hubTenantId } from '../../worker/modules/tenants/service';
import { visibleTenantsCondition } from '../../worker/modules/tenants/syndication';

// Read models the pages need and the services do not (yet) offer. Each applies the same
// visibility rule as the listings service (own tenant + syndicated hub, public states only).
// Candidates to move into worker/modules/stats/service.ts.

const PUBLIC = ['published', 'under_negotiation'] as const;

/** Published listings per sector, as the reader's storefront sees them. */
export async function sectorCounts(ctx: ServiceContext): Promise<Map<string, number>> {
  const visible = visibleTenantsCondition(ctx.tenant, await hubTenantId(ctx.db), listings);
  const rows = await ctx.db
    .select({ sector: listings.sector, n: count() })
    .from(listings)
    .where(and(visible, inArray(listings.status, [...PUBLIC])))
    .groupBy(listings.sector);
  return new Map(rows.map((r) => [r.sector, Number(r.n)]));
}

/** Achievements collected (submitted or beyond) per calendar month (UTC), the last 12 months. */
export async function monthlyCollected(ctx: ServiceContext): Promise<{ month: Date; n: number }[]> {
  const now = ctx.clock.now();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const month = sql<string>`to_char(date_trunc('month', ${listings.createdAt} at time zone 'UTC'), 'YYYY-MM')`;
  const rows = await ctx.db
    .select({ month, n: count() })
    .from(listings)
    .where(
      and(eq(listings.tenantId, ctx.tenant.id), ne(listings.status, 'draft'), gte(listings.createdAt, start)),
    )
    .groupBy(month);
  const byMonth = new Map(rows.map((r) => [r.month, Number(r.n)]));
  return Array.from({ length: 12 }, (_, i) => {
    const m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    return { month: m, n: byMonth.get(m.toISOString().slice(0, 7)) ?? 0 };
  });
}

export interface OrgName {
  id: string;
  nameZh: string;
  nameEn: string | null;
}

/**
 * Names of the organizations owning the listed records. A syndicated hub listing's owner
 * lives in the hub, so this is not tenant-scoped; it reads only the public name.
 */
export async function orgNames(db: Database, ids: string[]): Promise<Map<string, OrgName>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, nameZh: organizations.nameZh, nameEn: organizations.nameEn })
    .from(organizations)
    .where(inArray(organizations.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}
