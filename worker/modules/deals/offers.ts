import type { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { dealMilestones, dealOffers } from '../../../schema/index';
import type { DealOffer } from '../../../schema/types';
import type { Database } from '../../db';
import { Forbidden, NotFound, StateConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { loadDeal, otherSide, requireSide } from './access';
import { dealFlowId } from './ids';
import type { OfferBody } from './schemas';
import { NEGOTIABLE_STATES } from './states';
import { resolveMilestones } from './terms';
import { stepDeal, touchDeal } from './transitions';

type OfferInput = z.infer<typeof OfferBody>;

/**
 * An offer or counter-offer by either party. It supersedes the pending offer, if any; on an
 * agreed deal it reopens the negotiation (and the contract will need new signatures).
 */
export async function makeOffer(ctx: ServiceContext, dealId: string, input: OfferInput): Promise<DealOffer> {
  const { deal, access } = await loadDeal(ctx, dealId);
  const me = requireSide(ctx, access);
  if (!NEGOTIABLE_STATES.includes(deal.status))
    throw new StateConflict('deal', deal.status, 'make an offer on', NEGOTIABLE_STATES);
  const plan = resolveMilestones(input.amount, input.currency, input.milestones);
  const now = ctx.clock.now();
  const { offer, eventIds } = await ctx.db.transaction(async (tx) => {
    const eventIds: (string | null)[] = [];
    if (deal.status === 'negotiating') await touchDeal(tx, ctx, deal);
    else
      eventIds.push(
        (await stepDeal(tx, ctx, deal, deal.status === 'inquiry' ? 'negotiate' : 'reopen')).eventId,
      );
    await tx
      .update(dealOffers)
      .set({ status: 'superseded', updatedAt: now })
      .where(and(eq(dealOffers.dealId, dealId), eq(dealOffers.status, 'pending')));
    const [offer] = await tx
      .insert(dealOffers)
      .values({
        id: dealFlowId('offer'),
        tenantId: ctx.tenant.id,
        dealId,
        side: me.side,
        proposedBy: me.userId,
        mode: input.mode,
        amount: input.amount,
        currency: input.currency,
        milestones: plan,
        terms: input.terms ?? null,
        ipTerms: input.ipTerms ?? null,
        message: input.message ?? null,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        createdAt: now,
      })
      .returning();
    if (!offer) throw new Error('insert returned nothing');
    eventIds.push(
      await recordChange(tx, ctx, {
        action: 'deal.offer',
        entityType: 'deal',
        entityId: dealId,
        data: { offerId: offer.id, side: me.side, amount: input.amount, currency: input.currency },
        topic: 'deal.offer_made',
        payload: { id: dealId, offerId: offer.id, side: me.side },
      }),
    );
    return { offer, eventIds };
  });
  await notifyAfterCommit(ctx, eventIds);
  return offer;
}

async function pendingOffer(db: Database, dealId: string, offerId: string): Promise<DealOffer> {
  const [offer] = await db
    .select()
    .from(dealOffers)
    .where(and(eq(dealOffers.id, offerId), eq(dealOffers.dealId, dealId)));
  if (!offer) throw new NotFound('Offer', offerId);
  return offer;
}

/**
 * The other side accepts the pending offer → the deal is `agreed` on its terms and its
 * milestones are laid out. Guarded on the deal's state and version and on the offer's state:
 * of many concurrent accepts exactly one succeeds, the rest answer 409.
 */
export async function acceptOffer(ctx: ServiceContext, dealId: string, offerId: string) {
  const { deal, access } = await loadDeal(ctx, dealId);
  const me = requireSide(ctx, access);
  const offer = await pendingOffer(ctx.db, dealId, offerId);
  if (offer.side === me.side)
    throw new Forbidden(`The ${otherSide(me.side)} accepts this offer, not its proposer.`);
  if (offer.status !== 'pending') throw new StateConflict('offer', offer.status, 'accept', ['pending']);
  const now = ctx.clock.now();
  if (offer.expiresAt && offer.expiresAt <= now) {
    await ctx.db
      .update(dealOffers)
      .set({ status: 'expired', updatedAt: now })
      .where(and(eq(dealOffers.id, offerId), eq(dealOffers.status, 'pending')));
    throw new StateConflict('offer', 'expired', 'accept', ['pending']);
  }
  const result = await ctx.db.transaction(async (tx) => {
    const moved = await stepDeal(
      tx,
      ctx,
      deal,
      'agree',
      {
        amount: offer.amount,
        currency: offer.currency,
        mode: offer.mode,
        terms: offer.terms,
        ipTerms: offer.ipTerms,
        agreedOfferId: offer.id,
      },
      { offerId, amount: offer.amount, currency: offer.currency },
    );
    const [taken] = await tx
      .update(dealOffers)
      .set({
        status: 'accepted',
        respondedBy: me.userId,
        respondedAt: now,
        version: offer.version + 1,
        updatedAt: now,
      })
      .where(and(eq(dealOffers.id, offerId), eq(dealOffers.status, 'pending')))
      .returning();
    if (!taken) throw new StateConflict('offer', 'no longer pending', 'accept', ['pending']);
    // Milestones of an earlier agreement were never paid (payment starts after signing): replace them.
    await tx.delete(dealMilestones).where(eq(dealMilestones.dealId, dealId));
    await tx.insert(dealMilestones).values(
      offer.milestones.map((m, i) => ({
        id: dealFlowId('milestone'),
        tenantId: ctx.tenant.id,
        dealId,
        seq: i + 1,
        title: m.title,
        shareBps: m.shareBps,
        amount: m.amount,
        currency: offer.currency,
        dueDate: m.dueDate,
      })),
    );
    return { deal: moved.deal, offer: taken, eventId: moved.eventId };
  });
  await notifyAfterCommit(ctx, [result.eventId]);
  return result;
}

/** The proposer withdraws, or the other side declines, a pending offer; the deal stays in negotiation. */
export async function respondToOffer(
  ctx: ServiceContext,
  dealId: string,
  offerId: string,
  response: 'withdraw' | 'decline',
  reason?: string,
) {
  const { deal, access } = await loadDeal(ctx, dealId);
  const me = requireSide(ctx, access);
  const offer = await pendingOffer(ctx.db, dealId, offerId);
  if (response === 'withdraw' && offer.side !== me.side)
    throw new Forbidden('Only the proposer withdraws an offer.');
  if (response === 'decline' && offer.side === me.side)
    throw new Forbidden('The proposer withdraws an offer; the other side declines it.');
  if (offer.status !== 'pending') throw new StateConflict('offer', offer.status, response, ['pending']);
  const status = response === 'withdraw' ? 'withdrawn' : 'declined';
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(dealOffers)
      .set({ status, respondedBy: me.userId, respondedAt: now, version: offer.version + 1, updatedAt: now })
      .where(and(eq(dealOffers.id, offerId), eq(dealOffers.status, 'pending')))
      .returning();
    if (!row) throw new StateConflict('offer', 'no longer pending', response, ['pending']);
    await recordChange(tx, ctx, {
      action: `deal.offer.${response}`,
      entityType: 'deal',
      entityId: deal.id,
      data: { offerId, reason },
      topic: `deal.offer_${status}`,
    });
    return row;
  });
}
