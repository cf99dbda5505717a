import { and, eq } from 'drizzle-orm';
import { payments, payoutAccounts } from '../../../schema/index';
import type { PaymentSplit, PaymentTransfer } from '../../../schema/payments';
import type { Deal, Payment, Tenant } from '../../../schema/types';
import type { Database } from '../../db';
import { StateConflict } from '../../lib/errors';
import type { ServiceContext } from '../../lib/service-context';
import type { PaymentProvider } from '../../ports/payments';
import { lockDeal } from '../deals/transitions';
import { postMovement } from '../ledger/service';
import { computeFees } from './fees';
import { milestoneReleased, payoutSent } from './ledger-rules';
import { lockPayment, PAYOUT_PARTIES, type PayoutParty, partyAccount, shareAfterRefunds } from './refunds';

// The release of an accepted milestone: the ledger movement escrow → parties (in the acceptance
// transaction), then the payouts through the rail, one party at a time.

/** The fee split of `amount` from the tenant's policy (fees.ts: the one rounding rule). */
export const splitOf = (deal: Deal, amount: number, tenant: Tenant): PaymentSplit => {
  const f = computeFees({ amount, currency: deal.currency }, tenant.feePolicy, {
    hasBroker: Boolean(deal.brokerUserId),
  });
  return {
    gross: amount,
    platformFee: f.platformFee.amount,
    tenantShare: f.tenantShare.amount,
    brokerCommission: f.brokerCommission.amount,
    sellerNet: f.sellerNet.amount,
  };
};

export const transferGroup = (p: Payment) => `${p.dealId}:${p.milestoneId}`;

/**
 * Inside the acceptance transaction, with the deal locked: escrow → seller net, broker, tenant,
 * platform fee. Only what escrow still holds for the milestone is released: after a partial
 * refund before acceptance the split is recomputed on the remainder (same policy and rounding),
 * so escrow never goes negative. A fully refunded payment cannot be released (409).
 */
export async function bookRelease(
  tx: Database,
  ctx: ServiceContext,
  deal: Deal,
  paymentId: string,
  at: Date,
): Promise<Payment> {
  let payment = await lockPayment(tx, paymentId);
  const remaining = payment.amount - payment.amountRefunded;
  if (payment.status !== 'succeeded' || remaining <= 0)
    throw new StateConflict('payment', payment.status, 'release', ['succeeded, not fully refunded']);
  if (payment.split.gross !== remaining) {
    const [row] = await tx
      .update(payments)
      .set({ split: splitOf(deal, remaining, ctx.tenant), version: payment.version + 1, updatedAt: at })
      .where(and(eq(payments.id, payment.id), eq(payments.version, payment.version)))
      .returning();
    if (!row) throw new StateConflict('payment', 'changed meanwhile', 'release');
    payment = row;
  }
  const c = payment.currency;
  const s = payment.split;
  const m = (amount: number) => ({ amount, currency: c });
  const lines = milestoneReleased({
    dealId: deal.id,
    milestoneId: payment.milestoneId,
    sellerOrgId: deal.sellerOrgId,
    brokerUserId: deal.brokerUserId,
    tenantId: deal.tenantId,
    breakdown: {
      gross: m(s.gross),
      platformFee: m(s.platformFee),
      tenantShare: m(s.tenantShare),
      brokerCommission: m(s.brokerCommission),
      sellerNet: m(s.sellerNet),
    },
  });
  const booked = await postMovement(
    tx,
    { tenantId: deal.tenantId, dealId: deal.id, paymentId: payment.id, key: `${payment.id}:released`, lines },
    at,
  );
  if (!booked) throw new StateConflict('payment', 'already released', 'release');
  return payment;
}

const ORDER: Record<PayoutParty, number> = { seller: 0, broker: 1, tenant: 2 };
const SHARE_KEY = { seller: 'sellerNet', broker: 'brokerCommission', tenant: 'tenantShare' } as const;

/**
 * After the release is committed: pays each party its share through the rail (Stripe
 * transfers in the milestone's transfer group; bank: payout instructions for finance). A party
 * without a connected account keeps its balance owed. Each transfer has its own idempotency key,
 * so a retried release never pays twice.
 */
export async function sendPayouts(
  ctx: ServiceContext & { payments: PaymentProvider },
  deal: Deal,
  paymentId: string,
): Promise<PaymentTransfer[]> {
  for (const party of PAYOUT_PARTIES) await payParty(ctx, deal.id, paymentId, party);
  const [payment] = await ctx.db.select().from(payments).where(eq(payments.id, paymentId));
  return payment?.transfers ?? [];
}

/**
 * One party's payout, in one transaction holding the deal and payment locks across the rail
 * call: a refund (which takes the same locks) sees either no payout or the payout made, never a
 * payout in flight, so the amount sent is always the share after refunds and neither the payout
 * nor a claw-back record is overwritten. A rollback after the rail call is safe: the retry sends
 * the same idempotency key for the same amount and gets the same transfer back.
 */
async function payParty(
  ctx: ServiceContext & { payments: PaymentProvider },
  dealId: string,
  paymentId: string,
  party: PayoutParty,
) {
  await ctx.db.transaction(async (tx) => {
    const deal = await lockDeal(tx, dealId);
    const payment = await lockPayment(tx, paymentId);
    const previous = payment.transfers.find((t) => t.party === party);
    if (previous && previous.status !== 'failed' && previous.status !== 'no_account') return;
    const account = partyAccount(deal, party);
    const partyId =
      party === 'seller' ? deal.sellerOrgId : party === 'broker' ? deal.brokerUserId : deal.tenantId;
    const amount = shareAfterRefunds(payment, party);
    if (!partyId || !account || amount <= 0) return;
    const kind = party === 'seller' ? 'organization' : party === 'broker' ? 'user' : 'tenant';
    const destination = payment.rail === 'bank' ? partyId : await connectedAccount(tx, kind, partyId);
    let transfer: PaymentTransfer = { party, destination, amount, providerRef: null, status: 'no_account' };
    if (destination) {
      try {
        const r = await ctx.payments.releaseTransfer({
          destination,
          amount,
          currency: payment.currency,
          transferGroup: transferGroup(payment),
          // The first key stays the same for the full share; a share reduced by a refund is a new request.
          idempotencyKey:
            amount === payment.split[SHARE_KEY[party]]
              ? `release:${payment.id}:${party}`
              : `release:${payment.id}:${party}:${amount}`,
          description: `${party} share of ${payment.milestoneId}`,
          ...(payment.sourceRef ? { sourceRef: payment.sourceRef } : {}),
        });
        transfer = { party, destination, amount, providerRef: r.providerRef, status: r.status };
      } catch (error) {
        ctx.logger.warn('payout failed; retried on the next release call', {
          paymentId,
          party,
          error: String(error),
        });
        transfer = { party, destination, amount, providerRef: null, status: 'failed' };
      }
    }
    if (transfer.status === 'succeeded') {
      await postMovement(
        tx,
        {
          tenantId: deal.tenantId,
          dealId: deal.id,
          paymentId,
          key: `${paymentId}:payout:${party}`,
          lines: payoutSent({
            party: account,
            amount: { amount, currency: payment.currency },
            rail: payment.rail,
            memo: `${party} payout ${transfer.providerRef}`,
          }),
        },
        ctx.clock.now(),
      );
    }
    const transfers = [...payment.transfers.filter((t) => t.party !== party), transfer].sort(
      (a, b) => ORDER[a.party] - ORDER[b.party],
    );
    const [row] = await tx
      .update(payments)
      .set({ transfers, version: payment.version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(payments.id, paymentId), eq(payments.version, payment.version)))
      .returning({ id: payments.id });
    if (!row) throw new StateConflict('payment', 'changed meanwhile', 'record the payout of');
  });
}

async function connectedAccount(
  db: Database,
  kind: 'organization' | 'user' | 'tenant',
  id: string,
): Promise<string | null> {
  const [row] = await db
    .select({ accountId: payoutAccounts.accountId })
    .from(payoutAccounts)
    .where(
      and(
        eq(payoutAccounts.partyKind, kind),
        eq(payoutAccounts.partyId, id),
        eq(payoutAccounts.rail, 'stripe'),
      ),
    );
  return row?.accountId ?? null;
}
