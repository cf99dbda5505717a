import { and, eq } from 'drizzle-orm';
import type { PayoutEvidence } from '../../../schema/deals-payout-confirmations';
import { payments, payoutConfirmations } from '../../../schema/index';
import type { Payment } from '../../../schema/types';
import { requireTenantAdmin } from '../../lib/access';
import { Conflict, NotFound, StateConflict } from '../../lib/errors';
import type { ServiceContext } from '../../lib/service-context';
import { dealFlowId } from '../deals/ids';
import { lockDeal } from '../deals/transitions';
import { postMovement } from '../ledger/service';
import { payoutSent } from './ledger-rules';
import { isReleased, lockPayment, owedTo, type PayoutParty, partyAccount } from './refunds';
import { executeReversals } from './reversal-execution';
import { type PaymentContext, sendPayouts } from './service';

// Payouts after the release: an admin records a bank-transfer payout finance has wired, or
// retries Stripe transfers that could not be made (no connected account yet, or a failure).

async function adminPayment(ctx: ServiceContext, paymentId: string): Promise<Payment> {
  requireTenantAdmin(ctx.actor);
  const [payment] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.id, paymentId), eq(payments.tenantId, ctx.tenant.id)));
  if (!payment) throw new NotFound('Payment', paymentId);
  return payment;
}

/**
 * Records that finance wired `party` its share of the payment (bank rail): books payoutSent for
 * what the ledger still owes it, so its balance goes to zero. The unique (payment, party)
 * confirmation makes this happen once: of concurrent or repeated confirmations one succeeds,
 * the others get 409.
 */
export async function confirmPayout(
  ctx: ServiceContext,
  paymentId: string,
  party: PayoutParty,
  evidence: PayoutEvidence,
) {
  const payment = await adminPayment(ctx, paymentId);
  if (payment.rail !== 'bank')
    throw new StateConflict('payment', `on the ${payment.rail} rail`, 'confirm a payout of by hand');
  const confirmedBy =
    ctx.actor.kind === 'user' ? ctx.actor.user.id : ctx.actor.kind === 'key' ? ctx.actor.keyId : null;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // The deal lock orders this with refunds, which change what is owed.
    const deal = await lockDeal(tx, payment.dealId);
    // The row lock orders this with claw-back records written outside the deal lock.
    const fresh = await lockPayment(tx, paymentId);
    if (!(await isReleased(tx, paymentId)))
      throw new StateConflict('payment', 'not released', 'confirm a payout of', ['accepted milestone']);
    const account = partyAccount(deal, party);
    if (!account) throw new NotFound('Payout party', party);
    const [done] = await tx
      .select({ id: payoutConfirmations.id })
      .from(payoutConfirmations)
      .where(and(eq(payoutConfirmations.paymentId, paymentId), eq(payoutConfirmations.party, party)));
    if (done) throw new Conflict(`The ${party} payout of ${paymentId} is already confirmed.`);
    const amount = owedTo(fresh, party);
    if (amount <= 0) throw new Conflict(`Nothing is owed to the ${party} from ${paymentId}.`);
    const [confirmation] = await tx
      .insert(payoutConfirmations)
      .values({
        id: dealFlowId('payoutConfirmation'),
        tenantId: fresh.tenantId,
        dealId: fresh.dealId,
        paymentId,
        party,
        amount,
        currency: fresh.currency,
        evidence,
        confirmedBy,
        confirmedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!confirmation) throw new Conflict(`The ${party} payout of ${paymentId} is already confirmed.`);
    await postMovement(
      tx,
      {
        tenantId: fresh.tenantId,
        dealId: fresh.dealId,
        paymentId,
        key: `${paymentId}:payout:${party}`,
        lines: payoutSent({
          party: account,
          amount: { amount, currency: fresh.currency },
          rail: 'bank',
          memo: `${party} payout wired (${evidence.reference})`,
        }),
      },
      now,
    );
    const others = fresh.transfers.filter((t) => t.party !== party);
    const previous = fresh.transfers.find((t) => t.party === party);
    const transfers = [
      ...others,
      {
        party,
        destination: previous?.destination ?? null,
        amount,
        providerRef: evidence.reference,
        reference: evidence.reference,
        status: 'sent',
      },
    ].sort((a, b) => ORDER[a.party] - ORDER[b.party]);
    const [updated] = await tx
      .update(payments)
      .set({ transfers, version: fresh.version + 1, updatedAt: now })
      .where(and(eq(payments.id, paymentId), eq(payments.version, fresh.version)))
      .returning();
    return { payment: updated as Payment, confirmation };
  });
}

const ORDER: Record<PayoutParty, number> = { seller: 0, broker: 1, tenant: 2 };

/**
 * Retries what the release could not pay: transfers to parties that had no connected account
 * (and have onboarded since) or that failed, and claw-backs that failed (or were never sent, or
 * whose call was lost). Idempotent: done transfers and claw-backs are kept, a retried payout
 * reuses its idempotency key, and each payout's ledger movement has a unique key; a claw-back
 * that definitely failed is a new attempt with a new key (reversal-execution.ts).
 */
export async function retryPayouts(ctx: PaymentContext, paymentId: string) {
  const payment = await adminPayment(ctx, paymentId);
  if (!(await isReleased(ctx.db, paymentId)))
    throw new StateConflict('payment', 'not released', 'retry the payouts of', ['accepted milestone']);
  const deal = await ctx.db.transaction((tx) => lockDeal(tx, payment.dealId));
  await sendPayouts(ctx, deal, paymentId);
  await executeReversals(ctx, ctx.payments, paymentId, 'retry');
  return (await ctx.db.select().from(payments).where(eq(payments.id, paymentId)))[0] as Payment;
}
