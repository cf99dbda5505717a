import { and, count, eq, inArray, sql, sum } from 'drizzle-orm';
import { deals, demands, listings, organizations } from '../../../schema/index';
import type { Database } from '../../db';

/** Contracts count toward turnover from signing on (technology-contract turnover, 技术合同成交额). */
export const SIGNED_DEAL_STATES = ['signed', 'in_progress', 'completed'] as const;

export async function tenantStats(db: Database, tenantId: string) {
  const [orgs, listingCounts, demandCounts, dealCounts] = await Promise.all([
    db.select({ n: count() }).from(organizations).where(eq(organizations.tenantId, tenantId)),
    db
      .select({
        // Submitted at some point: an archived draft was never collected, a closed listing was.
        collected:
          sql<number>`count(*) filter (where ${listings.submittedAt} is not null or ${listings.status} not in ('draft','archived'))`.mapWith(
            Number,
          ),
        published:
          sql<number>`count(*) filter (where ${listings.status} in ('published','under_negotiation','closed'))`.mapWith(
            Number,
          ),
        selected: sql<number>`count(*) filter (where ${listings.selected})`.mapWith(Number),
      })
      .from(listings)
      .where(eq(listings.tenantId, tenantId)),
    db
      .select({
        // Published at some point: a draft closed before publication never reached the market.
        total:
          sql<number>`count(*) filter (where ${demands.publishedAt} is not null or ${demands.status} not in ('draft','closed'))`.mapWith(
            Number,
          ),
        open: sql<number>`count(*) filter (where ${demands.status} in ('open','in_talks'))`.mapWith(Number),
      })
      .from(demands)
      .where(eq(demands.tenantId, tenantId)),
    db
      .select({ currency: deals.currency, n: count(), turnover: sum(deals.amount).mapWith(Number) })
      .from(deals)
      .where(and(eq(deals.tenantId, tenantId), inArray(deals.status, [...SIGNED_DEAL_STATES])))
      .groupBy(deals.currency),
  ]);
  return {
    organizations: orgs[0]?.n ?? 0,
    listings: {
      collected: listingCounts[0]?.collected ?? 0,
      published: listingCounts[0]?.published ?? 0,
      selected: listingCounts[0]?.selected ?? 0,
    },
    demands: { total: demandCounts[0]?.total ?? 0, open: demandCounts[0]?.open ?? 0 },
    deals: { signed: dealCounts.reduce((n, row) => n + row.n, 0) },
    contractTurnover: dealCounts.map((row) => ({ currency: row.currency, amount: row.turnover ?? 0 })),
  };
}
