import { and, eq } from 'drizzle-orm';
import type { DeliveryEvidence } from '../../../schema/deals-milestones';
import { dealMilestones, deals, payments } from '../../../schema/index';
import type { Deal, DealMilestone } from '../../../schema/types';
import type { Database } from '../../db';
import { requireTenantAdmin } from '../../lib/access';
import { NotFound, StateConflict } from '../../lib/errors';
import { notifyAfterCommit } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { cancelOpenPayments } from '../payments/cancellation';
import { executeRefund, type RefundCause, recordRefund } from '../payments/refund-execution';
import { bookRefund, lockPayment } from '../payments/refunds';
import { bookRelease, sendPayouts } from '../payments/release';
import { executeReversals } from '../payments/reversal-execution';
import { openAtRail, type PaymentContext, paymentRowOf, paymentsOfDeal } from '../payments/service';
import { loadDeal, requireSide } from './access';
import { cancelUnpaidMilestones, HOLDING_MONEY, settleDeal, stepMilestone } from './milestone-steps';
import { EXECUTING_STATES, MILESTONE_STEPS } from './states';
import { lockDeal, stepDeal } from './transitions';

async function milestoneOf(db: Database, dealId: string, mid: string): Promise<DealMilestone> {
  const [m] = await db
    .select()
    .from(dealMilestones)
    .where(and(eq(dealMilestones.id, mid), eq(dealMilestones.dealId, dealId)));
  if (!m) throw new NotFound('Milestone', mid);
  return m;
}

function assertExecuting(status: string) {
  if (!(EXECUTING_STATES as readonly string[]).includes(status))
    throw new StateConflict('deal', status, 'work on milestones of', EXECUTING_STATES);
}

/**
 * Inside a milestone step's transaction: the deal locked (as cancel, dispute resolution and
 * refunds lock it) and still executing, and the milestone as of now. A dispute or cancellation
 * that committed a moment before is seen here: 409, nothing written.
 */
async function lockForStep(tx: Database, dealId: string, mid: string) {
  const deal = await lockDeal(tx, dealId);
  assertExecuting(deal.status);
  return { deal, milestone: await milestoneOf(tx, dealId, mid) };
}

/**
 * The buyer pays a milestone: under the deal lock the payment row is created (once) and the
 * milestone awaits it; after the commit the rail opens the payment (bank-transfer instructions
 * or a PaymentIntent). A deal closed while the rail was called gets that payment cancelled.
 */
export async function payMilestone(ctx: PaymentContext, dealId: string, mid: string) {
  const { deal, access } = await loadDeal(ctx, dealId);
  requireSide(ctx, access, 'buyer');
  assertExecuting(deal.status);
  const opened = await ctx.db.transaction(async (tx) => {
    const { deal: locked, milestone: m } = await lockForStep(tx, dealId, mid);
    if (!MILESTONE_STEPS.pay.from.includes(m.status))
      throw new StateConflict('milestone', m.status, 'pay', MILESTONE_STEPS.pay.from);
    const payment = await paymentRowOf(tx, ctx, locked, m);
    if (m.status !== 'pending') return { deal: locked, milestone: m, payment, eventId: null };
    const r = await stepMilestone(tx, ctx, m, 'pay', {}, { paymentId: payment.id });
    return { deal: locked, milestone: r.milestone, payment, eventId: r.eventId };
  });
  await notifyAfterCommit(ctx, [opened.eventId]);
  const payment = await openAtRail(ctx, opened.deal, opened.milestone, opened.payment);
  // Stored before this read; a cancellation reads payments after its commit: one of the two sees the other.
  const [now] = await ctx.db.select({ status: deals.status }).from(deals).where(eq(deals.id, dealId));
  if (now?.status === 'cancelled' || now?.status === 'refunded') await cancelOpenPayments(ctx, dealId);
  return { milestone: opened.milestone, payment };
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
  const r = await ctx.db.transaction(async (tx) => {
    const { milestone: m } = await lockForStep(tx, dealId, mid);
    return stepMilestone(
      tx,
      ctx,
      m,
      'deliver',
      { evidence: [...m.evidence, ...evidence], deliveredAt: ctx.clock.now(), changesRequested: null },
      { evidence: evidence.length },
    );
  });
  await notifyAfterCommit(ctx, [r.eventId]);
  return r.milestone;
}

/**
 * The buyer accepts a delivered milestone: in one transaction the milestone is accepted, what
 * escrow still holds for it released in the ledger (less any refund made before), and the deal
 * completed when every milestone is settled (accepted, refunded or cancelled). Payouts through
 * the rail follow after the commit.
 */
export async function acceptMilestone(ctx: PaymentContext, dealId: string, mid: string) {
  const { deal, access } = await loadDeal(ctx, dealId);
  requireSide(ctx, access, 'buyer');
  assertExecuting(deal.status);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    const { deal: locked, milestone: m } = await lockForStep(tx, dealId, mid);
    const [payment] = await tx.select().from(payments).where(eq(payments.milestoneId, m.id));
    if (!payment) throw new StateConflict('milestone', 'not paid', 'accept', ['delivered']);
    const r = await stepMilestone(tx, ctx, m, 'accept', { acceptedAt: now });
    // Read under the locks: a refund that landed since the checks above is taken into account.
    await bookRelease(tx, ctx, locked, payment.id, now);
    const settled = await settleDeal(tx, ctx, locked, { milestoneId: m.id });
    return { milestone: r.milestone, deal: settled.deal, eventIds: [r.eventId, settled.eventId], payment };
  });
  await notifyAfterCommit(ctx, result.eventIds);
  const transfers = await sendPayouts(ctx, result.deal, result.payment.id);
  return { milestone: result.milestone, deal: result.deal, transfers };
}

export async function requestChanges(ctx: ServiceContext, dealId: string, mid: string, reason: string) {
  const { deal, access } = await loadDeal(ctx, dealId);
  requireSide(ctx, access, 'buyer');
  assertExecuting(deal.status);
  const r = await ctx.db.transaction(async (tx) => {
    const { milestone: m } = await lockForStep(tx, dealId, mid);
    return stepMilestone(tx, ctx, m, 'request_changes', { changesRequested: reason }, { reason });
  });
  await notifyAfterCommit(ctx, [r.eventId]);
  return r.milestone;
}

/**
 * An admin resolves a dispute: resume where the deal was, or refund the buyer everything paid
 * and not yet refunded. Money still in escrow goes straight back; for accepted (released)
 * milestones the released shares are taken back first, prorated (see payments/refunds.ts). The
 * ledger books it all at once with a refund record per payment; then the rail claws back payouts
 * already sent (Stripe transfer reversals, or bank claw-back instructions) and refunds the buyer
 * (Stripe refund, or a bank refund instruction), and the payments of unpaid milestones still
 * open at the rail are cancelled. A refund the rail refuses is recorded as failed and shown on
 * the deal for an admin to retry; it never undoes the resolution. Resuming settles the deal:
 * milestones refunded at the provider meanwhile may leave it complete.
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
  const result = await ctx.db.transaction(async (tx) => {
    const locked = await lockDeal(tx, dealId);
    if (outcome === 'resume') {
      const resumed = await stepDeal(tx, ctx, locked, 'resume', { closeReason: null }, { reason });
      // Milestones refunded at the provider during the dispute may have left nothing to do.
      const settled = await settleDeal(tx, ctx, resumed.deal, { reason, after: 'resume' });
      return { ...settled, eventIds: [resumed.eventId, settled.eventId], refunds: [] as RefundToSend[] };
    }
    const refunds = await refundHeldPayments(tx, ctx, locked, 'dispute');
    await cancelUnpaidMilestones(tx, ctx, dealId);
    const moved = await stepDeal(
      tx,
      ctx,
      locked,
      'refund',
      { closeReason: reason },
      { reason, refunded: refunds.map((r) => r.paymentId) },
    );
    return { deal: moved.deal, eventIds: [moved.eventId], refunds };
  });
  await notifyAfterCommit(ctx, [...result.eventIds, ...result.refunds.flatMap((r) => r.eventIds)]);
  await sendRefunds(ctx, result.refunds);
  if (result.deal.status === 'refunded') await cancelOpenPayments(ctx, dealId);
  return result.deal;
}

export interface RefundToSend {
  paymentId: string;
  refundId: string | null;
  reversals: number;
  eventIds: (string | null)[];
}

/**
 * Inside a transaction holding the deal lock: every payment of the deal that holds money is
 * refunded in full (what is left of it), its milestone moved to `refunded`, and a refund record
 * written. Payments are read here, under the lock, so one that succeeded a moment ago is included.
 */
export async function refundHeldPayments(
  tx: Database,
  ctx: ServiceContext,
  deal: Deal,
  cause: RefundCause,
): Promise<RefundToSend[]> {
  const now = ctx.clock.now();
  const out: RefundToSend[] = [];
  for (const p of await paymentsOfDeal(tx, deal.id)) {
    if (p.status !== 'succeeded') continue;
    const [m] = await tx.select().from(dealMilestones).where(eq(dealMilestones.id, p.milestoneId));
    if (!m || !HOLDING_MONEY.includes(m.status)) continue;
    const fresh = await lockPayment(tx, p.id);
    const booked = await bookRefund(tx, deal, fresh, fresh.amount - fresh.amountRefunded, now);
    const step = await stepMilestone(
      tx,
      ctx,
      m,
      'refund',
      {},
      { paymentId: p.id, released: booked?.released ?? false, cause },
    );
    const refund = booked ? await recordRefund(tx, ctx, booked.payment, booked, cause) : null;
    out.push({
      paymentId: p.id,
      refundId: refund?.id ?? null,
      reversals: booked?.reversals.length ?? 0,
      eventIds: [step.eventId],
    });
  }
  return out;
}

/** After the commit: claw-backs first (Stripe needs the balance back), then the buyer's refunds. */
export async function sendRefunds(ctx: PaymentContext, refunds: readonly RefundToSend[]) {
  for (const r of refunds) {
    if (r.reversals > 0) await executeReversals(ctx, ctx.payments, r.paymentId);
    if (r.refundId) await executeRefund(ctx, ctx.payments, r.refundId);
  }
}
