import { and, eq } from 'drizzle-orm';
import { ledgerEntries, payments } from '../../../schema/index';
import type { PaymentReversal, PaymentSplit, PaymentTransfer } from '../../../schema/payments';
import type { Deal, Payment } from '../../../schema/types';
import type { Database } from '../../db';
import { NotFound, StateConflict } from '../../lib/errors';
import { postMovement } from '../ledger/service';
import { type FeeBreakdown, prorateRefund } from './fees';
import {
  accounts,
  escrowRefunded,
  type LedgerAccount,
  payoutReversed,
  releaseReversed,
} from './ledger-rules';

// Refunds of a milestone payment, before or after its release.
//
// Before the release the money is still in escrow: escrow → buyer. After the release each
// party's share is taken back in proportion to what it still holds (`prorateRefund`, so across
// any number of partial refunds no party gives back more than it received): first from what the
// platform still owes it (nothing to execute), then, for the rest, from the payout already sent
// (a Stripe transfer reversal, or a claw-back instruction on the bank rail). Ledger, per refund:
//   payoutReversed (clearing → party, only the clawed-back part) ·
//   releaseReversed (parties → escrow, the prorated parts) · escrowRefunded (escrow → buyer).
// Every movement balances, so the deal's ledger still sums to zero.

export type PayoutParty = PaymentTransfer['party'];
export const PAYOUT_PARTIES: readonly PayoutParty[] = ['seller', 'broker', 'tenant'];

const SHARE_OF: Record<PayoutParty, keyof PaymentSplit & keyof FeeBreakdown> = {
  seller: 'sellerNet',
  broker: 'brokerCommission',
  tenant: 'tenantShare',
};

export function partyAccount(deal: Deal, party: PayoutParty): LedgerAccount | null {
  if (party === 'seller') return accounts.seller(deal.sellerOrgId);
  if (party === 'broker') return deal.brokerUserId ? accounts.broker(deal.brokerUserId) : null;
  return accounts.tenant(deal.tenantId);
}

/** A payout that actually left the platform: a Stripe transfer, or a bank wire confirmed by an admin. */
export const isSent = (t: PaymentTransfer | undefined): t is PaymentTransfer =>
  Boolean(t && (t.status === 'succeeded' || t.status === 'sent'));

/** The party's share of this payment, less what refunds took back. */
export function shareAfterRefunds(payment: Payment, party: PayoutParty): number {
  const key = SHARE_OF[party];
  return payment.split[key] - (payment.reversedSplit?.[key] ?? 0);
}

/** What the ledger still owes the party from this payment: its share after refunds, less what was paid out net of claw-backs. */
export function owedTo(payment: Payment, party: PayoutParty): number {
  const t = payment.transfers.find((x) => x.party === party);
  const sent = isSent(t) ? t.amount - (t.reversed ?? 0) : 0;
  return shareAfterRefunds(payment, party) - sent;
}

export async function isReleased(db: Database, paymentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.movementKey, `${paymentId}:released`))
    .limit(1);
  return Boolean(row);
}

const breakdown = (s: PaymentSplit, currency: Payment['currency']): FeeBreakdown => {
  const m = (amount: number) => ({ amount, currency });
  return {
    gross: m(s.gross),
    platformFee: m(s.platformFee),
    tenantShare: m(s.tenantShare),
    brokerCommission: m(s.brokerCommission),
    sellerNet: m(s.sellerNet),
  };
};

export interface RefundBooking {
  amount: number;
  /** Cumulative refunded total after this refund (names the movements and rail idempotency keys). */
  total: number;
  released: boolean;
  /** Claw-backs to execute at the rail after the commit. */
  reversals: PaymentReversal[];
  /** The payment as updated. */
  payment: Payment;
}

/**
 * Inside a transaction that holds the deal lock, with `payment` read after taking it: books the
 * refund of `amount` (capped at what was not refunded yet). Returns null when nothing is left.
 */
export async function bookRefund(
  tx: Database,
  deal: Deal,
  payment: Payment,
  amount: number,
  at: Date,
): Promise<RefundBooking | null> {
  const amountToRefund = Math.min(amount, payment.amount - payment.amountRefunded);
  if (amountToRefund <= 0) return null;
  const total = payment.amountRefunded + amountToRefund;
  const c = payment.currency;
  const base = { tenantId: deal.tenantId, dealId: deal.id, paymentId: payment.id };
  const ref = { dealId: deal.id, milestoneId: payment.milestoneId };
  const released = await isReleased(tx, payment.id);
  const transfers = payment.transfers.map((t) => ({ ...t }));
  const reversals: PaymentReversal[] = [];
  let reversedSplit = payment.reversedSplit;
  if (released) {
    const part = prorateRefund(
      breakdown(payment.split, c),
      { amount: amountToRefund, currency: c },
      payment.reversedSplit ? breakdown(payment.reversedSplit, c) : undefined,
    );
    for (const party of PAYOUT_PARTIES) {
      const take = part[SHARE_OF[party]].amount;
      if (take <= 0) continue;
      const account = partyAccount(deal, party);
      if (!account) continue;
      const claw = take - Math.max(0, owedTo(payment, party));
      if (claw <= 0) continue;
      const t = transfers.find((x) => x.party === party);
      if (!isSent(t)) throw new Error(`refund of ${payment.id}: ${party} holds less than its prorated part`);
      t.reversed = (t.reversed ?? 0) + claw;
      await postMovement(
        tx,
        {
          ...base,
          key: `${payment.id}:clawback:${party}:${total}`,
          lines: payoutReversed({
            party: account,
            amount: { amount: claw, currency: c },
            rail: payment.rail,
            memo: `${party} payout ${t.providerRef ?? ''} reversed for refund`.trim(),
          }),
        },
        at,
      );
      reversals.push({
        party,
        transferRef: t.providerRef,
        amount: claw,
        refundTotal: total,
        idempotencyKey: `reversal:${payment.id}:${party}:${total}`,
        providerRef: null,
        status: 'pending',
      });
    }
    await postMovement(
      tx,
      {
        ...base,
        key: `${payment.id}:reversed:${total}`,
        lines: releaseReversed({
          ...ref,
          sellerOrgId: deal.sellerOrgId,
          brokerUserId: deal.brokerUserId,
          tenantId: deal.tenantId,
          reversal: part,
        }),
      },
      at,
    );
    const prior = payment.reversedSplit;
    reversedSplit = {
      gross: (prior?.gross ?? 0) + part.gross.amount,
      platformFee: (prior?.platformFee ?? 0) + part.platformFee.amount,
      tenantShare: (prior?.tenantShare ?? 0) + part.tenantShare.amount,
      brokerCommission: (prior?.brokerCommission ?? 0) + part.brokerCommission.amount,
      sellerNet: (prior?.sellerNet ?? 0) + part.sellerNet.amount,
    };
    // A payout not sent yet (bank instruction awaiting confirmation, no account, failed) is now
    // for the reduced share; the confirmation or retry books exactly that.
    for (const t of transfers) {
      if (t.status === 'succeeded' || t.status === 'sent') continue;
      const key = SHARE_OF[t.party];
      t.amount = payment.split[key] - reversedSplit[key];
    }
  }
  const booked = await postMovement(
    tx,
    {
      ...base,
      key: `${payment.id}:refund:${total}`,
      lines: escrowRefunded({
        ...ref,
        buyerOrgId: deal.buyerOrgId,
        amount: { amount: amountToRefund, currency: c },
      }),
    },
    at,
  );
  if (!booked) return null;
  // Guarded on the version read under the row lock: a concurrent payout or claw-back record can
  // never be overwritten with this stale copy (the transaction rolls back instead).
  const [updated] = await tx
    .update(payments)
    .set({
      amountRefunded: total,
      status: total >= payment.amount ? 'refunded' : payment.status,
      reversedSplit,
      transfers,
      reversals: [...payment.reversals, ...reversals],
      version: payment.version + 1,
      updatedAt: at,
    })
    .where(and(eq(payments.id, payment.id), eq(payments.version, payment.version)))
    .returning();
  if (!updated) throw new StateConflict('payment', 'changed meanwhile', 'refund');
  return { amount: amountToRefund, total, released, reversals, payment: updated };
}

/** Inside a transaction: the payment row, locked until the commit (after the deal lock, always). */
export async function lockPayment(tx: Database, paymentId: string): Promise<Payment> {
  const [row] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('update');
  if (!row) throw new NotFound('Payment', paymentId);
  return row;
}
