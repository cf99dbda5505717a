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
import { cancelOpenPayments } from '../payments/cancellation';
import { refundsOf } from '../payments/refund-execution';
import type { PaymentContext } from '../payments/service';
import { type DealAccess, loadDeal, requireSide } from './access';
import { dealFlowId } from './ids';
import { cancelUnpaidMilestones, HOLDING_MONEY } from './milestone-steps';
import { type RefundToSend, refundHeldPayments, sendRefunds } from './milestones';
import type { CreateDealBody, ListDealsQuery } from './schemas';
import { DEAL_STEPS } from './states';
import { resolveMilestones } from './terms';
import { lockDeal, stepDeal, touchDeal } from './transitions';

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
  // A deal opened from an inquiry carries the broker assigned to it, unless another is named.
  const inquiry = input.inquiryId
    ? await assertInquiry(ctx, input.inquiryId, listing.id, user.user.id)
    : undefined;
  const brokerUserId = input.brokerUserId ?? inquiry?.brokerUserId ?? null;
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
        brokerUserId,
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

/** The user holds the broker role in the caller's tenant (422 otherwise). */
export async function assertBroker(ctx: ServiceContext, userId: string) {
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
  return inq;
}

export async function dealDetail(ctx: ServiceContext, id: string) {
  const { deal, access } = await loadDeal(ctx, id);
  return { deal, access, ...(await dealParts(ctx, id)) };
}

export async function dealParts(ctx: ServiceContext, dealId: string) {
  const [offers, milestones, refunds] = await Promise.all([
    ctx.db.select().from(dealOffers).where(eq(dealOffers.dealId, dealId)).orderBy(asc(dealOffers.id)),
    ctx.db
      .select()
      .from(dealMilestones)
      .where(eq(dealMilestones.dealId, dealId))
      .orderBy(asc(dealMilestones.seq)),
    refundsOf(ctx.db, { dealId }),
  ]);
  return { offers, milestones, refunds };
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

/**
 * Either party or an admin cancels before money has moved. Once milestones are paid (none
 * accepted yet), only an admin or the seller may cancel, and the escrow goes back to the buyer:
 * booked in the same transaction, then refunded through the rail. The buyer, and anyone once a
 * milestone was accepted, opens a dispute instead. Checked under the deal lock, so a payment
 * landing meanwhile is either refunded here or, arriving after, refunded on receipt. After the
 * commit the payments still open at the rail (PaymentIntents of unpaid milestones) are cancelled.
 */
export async function cancelDeal(
  ctx: ServiceContext | PaymentContext,
  id: string,
  reason: string | undefined,
  access?: DealAccess,
): Promise<Deal> {
  const loaded = await loadDeal(ctx, id);
  const a = access ?? loaded.access;
  if (!a.isAdmin) requireSide(ctx, a);
  const now = ctx.clock.now();
  const {
    deal: row,
    eventIds,
    refunds,
  } = await ctx.db.transaction(async (tx) => {
    const deal = await lockDeal(tx, id);
    const milestones = await tx
      .select({ status: dealMilestones.status })
      .from(dealMilestones)
      .where(eq(dealMilestones.dealId, id));
    let refunds: RefundToSend[] = [];
    if (milestones.some((m) => HOLDING_MONEY.includes(m.status))) {
      if (milestones.some((m) => m.status === 'accepted'))
        throw new StateConflict(
          'deal',
          `${deal.status} with accepted milestones`,
          'cancel (open a dispute instead)',
        );
      if (!a.isAdmin && a.side !== 'seller')
        throw new StateConflict(
          'deal',
          `${deal.status} with paid milestones`,
          'cancel (open a dispute instead)',
        );
      if (!DEAL_STEPS.cancel.from.includes(deal.status))
        throw new StateConflict('deal', deal.status, 'cancel', DEAL_STEPS.cancel.from);
      refunds = await refundHeldPayments(tx, ctx, deal, 'cancellation');
    }
    const moved = await stepDeal(
      tx,
      ctx,
      deal,
      'cancel',
      { closeReason: reason ?? null },
      { reason, refunded: refunds.map((r) => r.paymentId) },
    );
    await tx
      .update(dealOffers)
      .set({ status: 'withdrawn', updatedAt: now })
      .where(and(eq(dealOffers.dealId, id), eq(dealOffers.status, 'pending')));
    await cancelUnpaidMilestones(tx, ctx, id);
    return { deal: moved.deal, eventIds: [moved.eventId, ...refunds.flatMap((r) => r.eventIds)], refunds };
  });
  await notifyAfterCommit(ctx, eventIds);
  // Without the rail at hand (a bare ServiceContext) the refunds stay pending on the deal for an
  // admin to send, and open payments stay open (one paid anyway is refunded on receipt).
  if ('payments' in ctx) {
    await sendRefunds(ctx, refunds);
    await cancelOpenPayments(ctx, id);
  }
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
