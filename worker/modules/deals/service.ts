import type { z } from '@hono/zod-openapi';
import { and, asc, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import { newId } from '../../../schema/ids';
import {
  dealMilestones,
  dealOffers,
  deals,
  inquiries,
  memberships,
  organizationMembers,
} from '../../../schema/index';
import type { Deal } from '../../../schema/types';
import { requireRole, requireUser } from '../../lib/access';
import { Invalid, NotFound, StateConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { getListing } from '../listings/service';
import { callerOrganization } from '../organizations/service';
import { type DealAccess, loadDeal, requireSide } from './access';
import { dealFlowId } from './ids';
import type { CreateDealBody, ListDealsQuery } from './schemas';
import { resolveMilestones } from './terms';
import { stepDeal, touchDeal } from './transitions';

type CreateDealInput = z.infer<typeof CreateDealBody>;

/** Opens a deal on a listing as the buyer; with an amount the first offer goes with it. */
export async function createDeal(ctx: ServiceContext, input: CreateDealInput): Promise<Deal> {
  const user = requireRole(ctx.actor, 'buyer', 'tenant_admin');
  const { listing } = await getListing(ctx, input.listingId);
  if (listing.tenantId !== ctx.tenant.id) {
    throw new Invalid('Deals are opened on the tenant that owns the listing.', [
      { path: 'listingId', message: 'listing of another tenant' },
    ]);
  }
  if (!['published', 'under_negotiation'].includes(listing.status))
    throw new StateConflict('listing', listing.status, 'open a deal on', ['published', 'under_negotiation']);
  if (!listing.modes.includes(input.mode)) {
    throw new Invalid(`The listing is not offered as ${input.mode}.`, [
      { path: 'mode', message: `one of ${listing.modes.join(', ')}` },
    ]);
  }
  const buyerOrgId = await callerOrganization(ctx, user.user.id, input.buyerOrgId, 'buyerOrgId');
  if (buyerOrgId === listing.ownerOrgId)
    throw new Invalid('A seller cannot buy its own listing.', [
      { path: 'buyerOrgId', message: 'same as the seller' },
    ]);
  if (input.brokerUserId) await assertBroker(ctx, input.brokerUserId);
  if (input.inquiryId) await assertInquiry(ctx, input.inquiryId, listing.id, user.user.id);
  const plan =
    input.amount === undefined ? null : resolveMilestones(input.amount, input.currency, input.milestones);
  if (input.amount === undefined && input.milestones)
    throw new Invalid('Milestones need an amount.', [
      { path: 'amount', message: 'required with milestones' },
    ]);

  const now = ctx.clock.now();
  const id = newId('deal');
  const { deal, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(deals)
      .values({
        id,
        tenantId: ctx.tenant.id,
        listingId: listing.id,
        buyerOrgId,
        sellerOrgId: listing.ownerOrgId,
        brokerUserId: input.brokerUserId ?? null,
        mode: input.mode,
        status: plan ? 'negotiating' : 'inquiry',
        amount: input.amount ?? null,
        currency: input.currency,
        title: input.title ?? listing.titleZh,
        inquiryId: input.inquiryId ?? null,
        createdBy: user.user.id,
        scope: input.scope ?? null,
        terms: input.terms ?? null,
        ipTerms: input.ipTerms ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    if (plan && input.amount !== undefined) {
      await tx.insert(dealOffers).values({
        id: dealFlowId('offer'),
        tenantId: ctx.tenant.id,
        dealId: id,
        side: 'buyer',
        proposedBy: user.user.id,
        mode: input.mode,
        amount: input.amount,
        currency: input.currency,
        milestones: plan,
        terms: input.terms ?? null,
        ipTerms: input.ipTerms ?? null,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        createdAt: now,
      });
    }
    const eventId = await recordChange(tx, ctx, {
      action: 'deal.create',
      entityType: 'deal',
      entityId: id,
      toState: row.status,
      data: { listingId: listing.id, amount: input.amount ?? null },
      topic: 'deal.created',
      payload: { id, status: row.status, listingId: listing.id },
    });
    return { deal: row, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return deal;
}

async function assertBroker(ctx: ServiceContext, userId: string) {
  const [m] = await ctx.db
    .select({ roles: memberships.roles })
    .from(memberships)
    .where(and(eq(memberships.tenantId, ctx.tenant.id), eq(memberships.userId, userId)));
  if (!m?.roles.includes('broker'))
    throw new Invalid('That user is not a broker of this tenant.', [
      { path: 'brokerUserId', message: 'not a broker here' },
    ]);
}

async function assertInquiry(ctx: ServiceContext, inquiryId: string, listingId: string, userId: string) {
  const [inq] = await ctx.db
    .select()
    .from(inquiries)
    .where(
      and(
        eq(inquiries.id, inquiryId),
        eq(inquiries.tenantId, ctx.tenant.id),
        eq(inquiries.listingId, listingId),
      ),
    );
  if (!inq || inq.buyerUserId !== userId)
    throw new Invalid('No such inquiry of yours on this listing.', [
      { path: 'inquiryId', message: 'unknown inquiry' },
    ]);
}

export async function dealDetail(ctx: ServiceContext, id: string) {
  const { deal, access } = await loadDeal(ctx, id);
  return { deal, access, ...(await dealParts(ctx, id)) };
}

export async function dealParts(ctx: ServiceContext, dealId: string) {
  const [offers, milestones] = await Promise.all([
    ctx.db.select().from(dealOffers).where(eq(dealOffers.dealId, dealId)).orderBy(asc(dealOffers.id)),
    ctx.db
      .select()
      .from(dealMilestones)
      .where(eq(dealMilestones.dealId, dealId))
      .orderBy(asc(dealMilestones.seq)),
  ]);
  return { offers, milestones };
}

/** Deals the caller takes part in (admins: all of the tenant's), newest first. */
export async function listDeals(
  ctx: ServiceContext,
  q: z.infer<typeof ListDealsQuery>,
  isAdmin: boolean,
): Promise<Deal[]> {
  const user = requireUser(ctx.actor);
  const where: SQL[] = [eq(deals.tenantId, ctx.tenant.id)];
  if (!isAdmin) {
    const mine = ctx.db
      .select({ id: organizationMembers.organizationId })
      .from(organizationMembers)
      .where(eq(organizationMembers.userId, user.user.id));
    const party = or(
      inArray(deals.buyerOrgId, mine),
      inArray(deals.sellerOrgId, mine),
      eq(deals.brokerUserId, user.user.id),
    );
    if (party) where.push(party);
  }
  if (q.status) where.push(eq(deals.status, q.status));
  if (q.cursor) where.push(lt(deals.id, q.cursor));
  return ctx.db
    .select()
    .from(deals)
    .where(and(...where))
    .orderBy(desc(deals.id))
    .limit(q.limit + 1);
}

/** Admins (or the seller) assign the deal's technology broker, who then sees the deal and earns the commission. */
export async function assignBroker(ctx: ServiceContext, id: string, brokerUserId: string): Promise<Deal> {
  const { deal, access } = await loadDeal(ctx, id);
  if (!access.isAdmin && access.side !== 'seller') throw new NotFound('Deal', id);
  if (!['inquiry', 'negotiating', 'agreed'].includes(deal.status))
    throw new StateConflict('deal', deal.status, 'assign a broker to', ['inquiry', 'negotiating', 'agreed']);
  await assertBroker(ctx, brokerUserId);
  return ctx.db.transaction(async (tx) => {
    const row = await touchDeal(tx, ctx, deal, { brokerUserId });
    await recordChange(tx, ctx, {
      action: 'deal.broker',
      entityType: 'deal',
      entityId: id,
      data: { brokerUserId },
      topic: 'deal.broker_assigned',
    });
    return row;
  });
}

/** Either party cancels before money has moved. */
export async function cancelDeal(
  ctx: ServiceContext,
  id: string,
  reason: string | undefined,
  access?: DealAccess,
): Promise<Deal> {
  const loaded = await loadDeal(ctx, id);
  const a = access ?? loaded.access;
  if (!a.isAdmin) requireSide(ctx, a);
  const { deal } = loaded;
  const milestones = await ctx.db
    .select({ status: dealMilestones.status })
    .from(dealMilestones)
    .where(eq(dealMilestones.dealId, id));
  if (milestones.some((m) => !['pending', 'awaiting_payment'].includes(m.status))) {
    throw new StateConflict('deal', `${deal.status} with paid milestones`, 'cancel (open a dispute instead)');
  }
  const { deal: row, eventId } = await ctx.db.transaction(async (tx) => {
    const moved = await stepDeal(tx, ctx, deal, 'cancel', { closeReason: reason ?? null }, { reason });
    await tx
      .update(dealOffers)
      .set({ status: 'withdrawn', updatedAt: ctx.clock.now() })
      .where(and(eq(dealOffers.dealId, id), eq(dealOffers.status, 'pending')));
    await tx
      .update(dealMilestones)
      .set({ status: 'cancelled', updatedAt: ctx.clock.now() })
      .where(eq(dealMilestones.dealId, id));
    return moved;
  });
  await notifyAfterCommit(ctx, [eventId]);
  return row;
}

/** Either party disputes a signed or running deal; milestones freeze until an admin resolves it. */
export async function disputeDeal(ctx: ServiceContext, id: string, reason: string): Promise<Deal> {
  const { deal, access } = await loadDeal(ctx, id);
  requireSide(ctx, access);
  const { deal: row, eventId } = await ctx.db.transaction((tx) =>
    stepDeal(tx, ctx, deal, 'dispute', { disputedFrom: deal.status, closeReason: reason }, { reason }),
  );
  await notifyAfterCommit(ctx, [eventId]);
  return row;
}
