import { and, eq } from 'drizzle-orm';
import { payments } from '../../../schema/index';
import type { PaymentReversal } from '../../../schema/payments';
import type { Payment } from '../../../schema/types';
import type { Database } from '../../db';
import { StateConflict } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { type PaymentProvider, PaymentProviderError } from '../../ports/payments';

// Claw-backs of released payouts at the rail (Stripe transfer reversals, or bank claw-back
// instructions), as refund-execution.ts does for the buyer's refunds. A claw-back is booked with
// its refund (refunds.ts) as `pending` on the payment; after the commit it is claimed
// (`processing`, under the payment row lock, so of racing callers one sends it), sent, and its
// outcome recorded and audited. Idempotency keys: the same key while the outcome is unknown (a
// network error: the reversal may exist), a new key per attempt after a definite failure
// (Stripe saves a failed response and replays it for the same key for 24 hours).

const STUCK_AFTER_MS = 10 * 60 * 1000;

/** `booked`: send what was never sent (after a refund). `retry` (an admin): also failed ones and lost calls. */
export type ReversalMode = 'booked' | 'retry';

/** A reversal's identity on the payment: one per party and refund. */
const idOf = (r: Pick<PaymentReversal, 'party' | 'refundTotal'>) => `${r.party}:${r.refundTotal}`;

/** Attempts made so far (rows written before attempts were counted had made one if they failed). */
const attemptsOf = (r: PaymentReversal) => r.attempts ?? (r.status === 'failed' ? 1 : 0);

function claimable(r: PaymentReversal, mode: ReversalMode, now: Date): boolean {
  if (r.status === 'pending') return true;
  if (mode === 'booked') return false;
  if (r.status === 'failed') return true;
  const since = r.updatedAt ? now.getTime() - Date.parse(r.updatedAt) : Number.POSITIVE_INFINITY;
  return r.status === 'processing' && since > STUCK_AFTER_MS;
}

/** The key of the next attempt: new after a definite failure, the same after an unknown outcome. */
function nextKey(r: PaymentReversal): string {
  const attempts = attemptsOf(r);
  if (r.status !== 'failed' || r.ambiguous || attempts === 0) return r.idempotencyKey;
  return `${r.idempotencyKey.replace(/:attempt-\d+$/, '')}:attempt-${attempts + 1}`;
}

async function writeReversals(tx: Database, payment: Payment, reversals: PaymentReversal[], at: Date) {
  const [row] = await tx
    .update(payments)
    .set({ reversals, version: payment.version + 1, updatedAt: at })
    .where(and(eq(payments.id, payment.id), eq(payments.version, payment.version)))
    .returning({ id: payments.id });
  if (!row) throw new StateConflict('payment', 'changed meanwhile', 'record the claw-backs of');
}

/** Marks the reversals to send now as `processing` (one more attempt, its key), under the row lock. */
async function claim(ctx: ServiceContext, paymentId: string, mode: ReversalMode) {
  return ctx.db.transaction(async (tx) => {
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('update');
    if (!payment) return null;
    const now = ctx.clock.now();
    const claimed: PaymentReversal[] = [];
    const reversals = payment.reversals.map((r) => {
      if (!claimable(r, mode, now)) return r;
      const next: PaymentReversal = {
        ...r,
        status: 'processing',
        attempts: attemptsOf(r) + 1,
        idempotencyKey: nextKey(r),
        updatedAt: now.toISOString(),
      };
      claimed.push(next);
      return next;
    });
    if (claimed.length > 0) await writeReversals(tx, payment, reversals, now);
    return { payment, claimed };
  });
}

type Outcome = Pick<
  PaymentReversal,
  'status' | 'providerRef' | 'instruction' | 'failureCode' | 'failureReason' | 'ambiguous'
>;

async function send(provider: PaymentProvider, payment: Payment, r: PaymentReversal): Promise<Outcome> {
  if (!r.transferRef)
    return { status: 'failed', providerRef: null, failureReason: 'no payout on record to reverse' };
  try {
    const result = await provider.reverseTransfer({
      transferRef: r.transferRef,
      amount: r.amount,
      currency: payment.currency,
      idempotencyKey: r.idempotencyKey,
    });
    if (result.status === 'failed')
      return { status: 'failed', providerRef: result.providerRef, failureReason: 'the provider refused it' };
    return {
      status: result.status,
      providerRef: result.providerRef,
      ...(result.instruction ? { instruction: { ...result.instruction } } : {}),
    };
  } catch (error) {
    if (error instanceof PaymentProviderError)
      return {
        status: 'failed',
        providerRef: r.providerRef,
        failureCode: error.details.providerCode ?? null,
        failureReason: error.message,
        // No HTTP answer at all: the reversal may exist, so the next attempt reuses the key.
        ambiguous: error.details.retryable && error.details.httpStatus === undefined,
      };
    return { status: 'failed', providerRef: r.providerRef, failureReason: String(error), ambiguous: true };
  }
}

/** Records each attempt's outcome on the reversal it claimed (still `processing` at that attempt). */
async function settle(
  ctx: ServiceContext,
  paymentId: string,
  attempts: { claimed: PaymentReversal; outcome: Outcome }[],
) {
  return ctx.db.transaction(async (tx) => {
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('update');
    if (!payment) return [];
    const now = ctx.clock.now();
    const byId = new Map(attempts.map((a) => [idOf(a.claimed), a]));
    const recorded: { before: PaymentReversal; after: PaymentReversal }[] = [];
    const reversals = payment.reversals.map((r) => {
      const a = byId.get(idOf(r));
      if (!a || r.status !== 'processing' || r.attempts !== a.claimed.attempts) return r;
      const failed = a.outcome.status === 'failed';
      const after: PaymentReversal = {
        ...r,
        ...a.outcome,
        failureCode: failed ? (a.outcome.failureCode ?? null) : null,
        failureReason: failed ? (a.outcome.failureReason ?? 'unknown') : null,
        ambiguous: failed ? (a.outcome.ambiguous ?? false) : false,
        updatedAt: now.toISOString(),
      };
      recorded.push({ before: r, after });
      return after;
    });
    if (recorded.length === 0) return payment.reversals;
    await writeReversals(tx, payment, reversals, now);
    const audited = { ...ctx, tenant: { ...ctx.tenant, id: payment.tenantId } };
    for (const { after } of recorded) {
      const failed = after.status === 'failed';
      await recordChange(tx, audited, {
        action: `payment.reversal_${after.status}`,
        entityType: 'payment',
        entityId: payment.id,
        fromState: 'processing',
        toState: after.status,
        data: {
          dealId: payment.dealId,
          party: after.party,
          amount: after.amount,
          refundTotal: after.refundTotal,
          attempt: after.attempts,
          providerRef: after.providerRef,
          ...(failed ? { failureCode: after.failureCode, failureReason: after.failureReason } : {}),
        },
        ...(failed
          ? {
              topic: 'payment.reversal_failed',
              payload: { id: payment.id, dealId: payment.dealId, party: after.party },
            }
          : {}),
      });
    }
    return reversals;
  });
}

/**
 * After the commit that booked them: sends the claw-backs of a payment to the rail and records
 * each outcome. Never throws for a rail failure (recorded as `failed` with its reason, audited,
 * retried by an admin: POST /v1/payments/{id}/payouts/retry); one being sent by another request
 * is left to it.
 */
export async function executeReversals(
  ctx: ServiceContext,
  provider: PaymentProvider,
  paymentId: string,
  mode: ReversalMode = 'booked',
): Promise<PaymentReversal[]> {
  const claimed = await claim(ctx, paymentId, mode);
  if (!claimed) return [];
  if (claimed.claimed.length === 0) return claimed.payment.reversals;
  const attempts: { claimed: PaymentReversal; outcome: Outcome }[] = [];
  for (const r of claimed.claimed) {
    const outcome = await send(provider, claimed.payment, r);
    if (outcome.status === 'failed')
      ctx.logger.error('transfer reversal failed; recorded for an admin to retry (payouts/retry)', {
        paymentId,
        party: r.party,
        attempt: r.attempts,
        reason: outcome.failureReason,
      });
    attempts.push({ claimed: r, outcome });
  }
  return settle(ctx, paymentId, attempts);
}
