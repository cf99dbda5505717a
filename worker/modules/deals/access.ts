import { and, eq } from 'drizzle-orm';
import type { DealSide } from '../../../schema/deals-offers';
import { deals } from '../../../schema/index';
import type { Deal } from '../../../schema/types';
import type { Database } from '../../db';
import { isTenantAdmin, requireUser } from '../../lib/access';
import { Forbidden, NotFound, Unauthenticated } from '../../lib/errors';
import type { ServiceContext } from '../../lib/service-context';
import { memberRole } from '../organizations/service';

export interface DealAccess {
  /** The caller's side when a member of the buyer or seller organization. */
  side: DealSide | null;
  orgId: string | null;
  isBroker: boolean;
  isAdmin: boolean;
}

/**
 * A deal of this tenant that the caller may see: the two parties' members, the deal's broker
 * and the tenant's admins. Anyone else, and every other tenant, gets 404.
 */
export async function loadDeal(
  ctx: ServiceContext,
  id: string,
  db: Database = ctx.db,
): Promise<{ deal: Deal; access: DealAccess }> {
  if (ctx.actor.kind === 'anonymous') throw new Unauthenticated();
  const [deal] = await db
    .select()
    .from(deals)
    .where(and(eq(deals.id, id), eq(deals.tenantId, ctx.tenant.id)));
  if (!deal) throw new NotFound('Deal', id);
  const access = await dealAccess(ctx, deal);
  if (!access.side && !access.isBroker && !access.isAdmin) throw new NotFound('Deal', id);
  return { deal, access };
}

export async function dealAccess(ctx: ServiceContext, deal: Deal): Promise<DealAccess> {
  const isAdmin = isTenantAdmin(ctx.actor);
  if (ctx.actor.kind !== 'user') return { side: null, orgId: null, isBroker: false, isAdmin };
  const userId = ctx.actor.user.id;
  const [buyer, seller] = await Promise.all([
    memberRole(ctx.db, deal.buyerOrgId, userId),
    memberRole(ctx.db, deal.sellerOrgId, userId),
  ]);
  const side: DealSide | null = buyer ? 'buyer' : seller ? 'seller' : null;
  const orgId = side === 'buyer' ? deal.buyerOrgId : side === 'seller' ? deal.sellerOrgId : null;
  return { side, orgId, isBroker: deal.brokerUserId === userId, isAdmin };
}

/** The caller must act for one of the two parties (optionally a given one). */
export function requireSide(
  ctx: ServiceContext,
  access: DealAccess,
  wanted?: DealSide,
): { side: DealSide; orgId: string; userId: string } {
  const user = requireUser(ctx.actor);
  if (!access.side || !access.orgId) throw new Forbidden('Only the buyer or the seller may do this.');
  if (wanted && access.side !== wanted) throw new Forbidden(`Only the ${wanted} may do this.`);
  return { side: access.side, orgId: access.orgId, userId: user.user.id };
}

export const otherSide = (side: DealSide): DealSide => (side === 'buyer' ? 'seller' : 'buyer');
