import { and, eq } from 'drizzle-orm';
import type { DeliveryEvidence, MilestoneState } from '../../../schema/deals-milestones';
import { dealMilestones, payments } from '../../../schema/index';
import type { DealMilestone } from '../../../schema/types';
import type { Database } from '../../db';
import { requireTenantAdmin } from '../../lib/access';
import { NotFound, StateConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { bookRefund, executeReversals } from '../payments/refunds';
import {
  bookRelease,
  type PaymentContext,
  paymentsOfDeal,
  sendPayouts,
  startMilestonePayment,
} from '../payments/service';
import { loadDeal, requireSide } from './access';
import { EXECUTING_STATES, MILESTONE_STEPS, type MilestoneAction } from './states';
import { lockDeal, stepDeal } from './transitions';

async function milestoneOf(db: Database, dealId: string, mid: string): Promise<DealMilestone> {
  const [m] = await db
    .select()
    .from(dealMilestones)
    .where(and(eq(dealMilestones.id, mid), eq(dealMilestones.dealId, dealId)));
  if (!m) throw new NotFound('Milestone', mid);
  return m;
}

/** Guarded milestone step inside a transaction: from the state read, bumping the version. */
async function stepMilestone(
  tx: Database,
  ctx: ServiceContext,
  m: DealMilestone,
  action: MilestoneAction,
  changes: Partial<DealMilestone> = {},
  data?: Record<string, unknown>,
) {
  const step = MILESTONE_STEPS[action];
  if (!step.from.includes(m.status))
    throw new StateConflict('milestone', m.status, action.replace('_', ' '), step.from);
  const [row] = await tx
    .update(dealMilestones)
    .set({ ...changes, status: step.to, version: m.version + 1, updatedAt: ctx.clock.now() })
    .where(
      and(
        eq(dealMilestones.id, m.id),
        eq(dealMilestones.status, m.status),
        eq(dealMilestones.version, m.version),
      ),
    )
    .returning();
  if (!row) throw new StateConflict('milestone', 'changed meanwhile', action.replace('_', ' '), step.from);
  const eventId = await recordChange(tx, ctx, {
    action: `milestone.${action}`,
    entityType: 'milestone',
    entityId: m.id,
    fromState: m.status,
    toState: step.to,
    data: { dealId: m.dealId, ...data },
    topic: `deal.milestone_${step.to}`,
    payload: { id: m.id, dealId: m.dealId, status: step.to },
  });
  return { milestone: row, eventId };
}

function assertExecuting(status: string) {
  if (!(EXECUTING_STATES as readonly string[]).includes(status))
    throw new StateConflict('deal', status, 'work on milestones of', EXECUTING_STATES);
}

/** The buyer pays a milestone: bank-transfer instructions or a card payment, per configuration. */
export async function payMilestone(ctx: PaymentContext, dealId: string, mid: string) {
  const { deal, access } = await loadDeal(ctx, dealId);
  requireSide(ctx, access, 'buyer');
  assertExecuting(deal.status);
  const m = await milestoneOf(ctx.db, dealId, mid);
  if (!MILESTONE_STEPS.pay.from.includes(m.status))
    throw new StateConflict('milestone', m.status, 'pay', MILESTONE_STEPS.pay.from);
  const payment = await startMilestonePayment(ctx, deal, m);
  let milestone = m;
  if (m.status === 'pending') {
    const r = await ctx.db.transaction((tx) =>
      stepMilestone(tx, ctx, m, 'pay', {}, { paymentId: payment.id }),
    );
    milestone = r.milestone;
    await notifyAfterCommit(ctx, [r.eventId]);
  }
  return { milestone, payment };
}

/** The seller delivers a paid milestone (or re-delivers after requested changes) with evidence. */
export async function deliverMilestone(
  ctx: ServiceContext,
  dealId: string,
  mid: string,
  evidence: DeliveryEvidence[],
) {
  const { deal, access } = await loadDeal(ctx, dealId);
  requireSide(ctx, access, 'seller');
  assertExecuting(deal.status);
  const m = await milestoneOf(ctx.db, dealId, mid);
  const r = await ctx.db.transaction((tx) =>
    stepMilestone(
      tx,
      ctx,
      m,
      'deliver',
      { evidence: [...m.evidence, ...evidence], deliveredAt: ctx.clock.now(), changesRequested: null },
      { evidence: evidence.length },
    ),
  );
  await notifyAfterCommit(ctx, [r.eventId]);
  return r.milestone;
}

/**
 * The buyer accepts a delivered milestone: in one transaction the milestone is accepted, the
 * escrowed payment released in the ledger, and the deal completed when every milestone is
 * accepted. Payouts through the rail follow after the commit.
 */
export async function acceptMilestone(ctx: PaymentContext, dealId: string, mid: string) {
  const { deal, access } = await loadDeal(ctx, dealId);
  requireSide(ctx, access, 'buyer');
  assertExecuting(deal.status);
  const m = await milestoneOf(ctx.db, dealId, mid);
  const [payment] = await ctx.db.select().from(payments).where(eq(payments.milestoneId, m.id));
  if (payment?.status !== 'succeeded')
    throw new StateConflict('milestone', 'not paid', 'accept', ['delivered']);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    const locked = await lockDeal(tx, dealId);
    assertExecuting(locked.status);
    const r = await stepMilestone(tx, ctx, m, 'accept', { acceptedAt: now });
    await bookRelease(tx, locked, payment, now);
    const all = await tx
      .select({ status: dealMilestones.status })
      .from(dealMilestones)
      .where(eq(dealMilestones.dealId, dealId));
    const eventIds = [r.eventId];
    let current = locked;
    if (all.every((x) => x.status === 'accepted')) {
      const moved = await stepDeal(tx, ctx, locked, 'complete', { completedAt: now });
      current = moved.deal;
      eventIds.push(moved.eventId);
    }
    return { milestone: r.milestone, deal: current, eventIds };
  });
  await notifyAfterCommit(ctx, result.eventIds);
  const transfers = await sendPayouts(ctx, result.deal, payment.id);
  return { milestone: result.milestone, deal: result.deal, transfers };
}

export async function requestChanges(ctx: ServiceContext, dealId: string, mid: string, reason: string) {
  const { deal, access } = await loadDeal(ctx, dealId);
  requireSide(ctx, access, 'buyer');
  assertExecuting(deal.status);
  const m = await milestoneOf(ctx.db, dealId, mid);
  const r = await ctx.db.transaction((tx) =>
    stepMilestone(tx, ctx, m, 'request_changes', { changesRequested: reason }, { reason }),
  );
  await notifyAfterCommit(ctx, [r.eventId]);
  return r.milestone;
}

const REFUNDABLE: readonly MilestoneState[] = ['paid', 'delivered', 'changes_requested', 'accepted'];

/**
 * An admin resolves a dispute: resume where the deal was, or refund the buyer everything paid
 * and not yet refunded. Money still in escrow goes straight back; for accepted (released)
 * milestones the released shares are taken back first, prorated (see payments/refunds.ts). The
 * ledger books it all at once; then the rail claws back payouts already sent (Stripe transfer
 * reversals, or bank claw-back instructions) and refunds the buyer (Stripe refund, or a bank
 * refund instruction).
 */
export async function resolveDispute(
  ctx: PaymentContext,
  dealId: string,
  outcome: 'resume' | 'refund',
  reason: string,
) {
  requireTenantAdmin(ctx.actor);
  const { deal } = await loadDeal(ctx, dealId);
  if (deal.status !== 'disputed') throw new StateConflict('deal', deal.status, 'resolve', ['disputed']);
  const now = ctx.clock.now();
  const held = (await paymentsOfDeal(ctx.db, dealId)).filter((p) => p.status === 'succeeded');
  const result = await ctx.db.transaction(async (tx) => {
    const locked = await lockDeal(tx, dealId);
    if (outcome === 'resume')
      return {
        ...(await stepDeal(tx, ctx, locked, 'resume', { closeReason: null }, { reason })),
        refunded: [] as { id: string; amount: number; total: number; reversals: number }[],
      };
    const refunded: { id: string; amount: number; total: number; reversals: number }[] = [];
    for (const p of held) {
      const [m] = await tx.select().from(dealMilestones).where(eq(dealMilestones.id, p.milestoneId));
      if (!m || !REFUNDABLE.includes(m.status)) continue;
      const [fresh] = await tx.select().from(payments).where(eq(payments.id, p.id));
      if (!fresh) continue;
      const booked = await bookRefund(tx, locked, fresh, fresh.amount - fresh.amountRefunded, now);
      await stepMilestone(tx, ctx, m, 'refund', {}, { paymentId: p.id, released: booked?.released ?? false });
      if (booked)
        refunded.push({
          id: p.id,
          amount: booked.amount,
          total: booked.total,
          reversals: booked.reversals.length,
        });
    }
    await tx
      .update(dealMilestones)
      .set({ status: 'cancelled', updatedAt: now })
      .where(and(eq(dealMilestones.dealId, dealId), eq(dealMilestones.status, 'pending')));
    return {
      ...(await stepDeal(
        tx,
        ctx,
        locked,
        'refund',
        { closeReason: reason },
        { reason, refunded: refunded.map((r) => r.id) },
      )),
      refunded,
    };
  });
  await notifyAfterCommit(ctx, [result.eventId]);
  for (const r of result.refunded) {
    const p = held.find((x) => x.id === r.id);
    if (!p) continue;
    if (r.reversals > 0)
      await executeReversals(ctx.db, ctx.payments, p.id, (msg, d) => ctx.logger.error(msg, d));
    try {
      await ctx.payments.refund({
        paymentRef: p.providerRef ?? p.reference,
        amount: r.amount,
        currency: p.currency,
        idempotencyKey:
          r.total === p.amount && p.amountRefunded === 0 ? `refund:${p.id}` : `refund:${p.id}:${r.total}`,
        reason: 'requested_by_customer',
      });
    } catch (error) {
      ctx.logger.error('refund at the rail failed; the ledger already owes the buyer', {
        paymentId: p.id,
        error: String(error),
      });
    }
  }
  return result.deal;
}
