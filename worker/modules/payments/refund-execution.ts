import { and, asc, eq, inArray } from 'drizzle-orm';
import { type PaymentRefund, paymentRefunds, type RefundState } from '../../../schema/deals-refunds';
import { payments } from '../../../schema/index';
import type { Payment } from '../../../schema/types';
import type { Database } from '../../db';
import { requireTenantAdmin } from '../../lib/access';
import { NotFound, StateConflict } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { type OperationStatus, type PaymentProvider, PaymentProviderError } from '../../ports/payments';
import { dealFlowId } from '../deals/ids';

// Getting a booked refund's money back to the buyer at the rail, and keeping the record of it.
//
// The ledger books a refund when it is decided (escrow → buyer); a `payment_refunds` row is
// written in the same transaction. After the commit the rail is called. The outcome (done,
// pending the provider's word, a bank instruction, or a failure with its reason) is recorded and
// audited; a failure (API error, or a `refund.failed` webhook later) stays visible on the deal
// and the payment until an admin retries it. Idempotency keys: the same key while the outcome is
// unknown (a network error: the refund may exist), a new key per attempt after a definite
// failure (Stripe replays the saved failure for a reused key).

export type RefundCause = 'dispute' | 'cancellation' | 'late_payment' | 'provider';

const STUCK_AFTER_MS = 10 * 60 * 1000;

/** States from which an attempt may (again) be made. */
const RETRYABLE: readonly RefundState[] = ['pending', 'failed', 'processing'];

const baseKey = (paymentId: string, total: number, whole: boolean) =>
  whole ? `refund:${paymentId}` : `refund:${paymentId}:${total}`;

/**
 * Inside the booking transaction: the refund row of a booked refund, once per (payment, total).
 * A refund that already happened at the provider (`cause: 'provider'`) is recorded as succeeded.
 */
export async function recordRefund(
  tx: Database,
  ctx: ServiceContext,
  payment: Payment,
  booked: { amount: number; total: number },
  cause: RefundCause,
): Promise<PaymentRefund | null> {
  const now = ctx.clock.now();
  const done = cause === 'provider';
  const [row] = await tx
    .insert(paymentRefunds)
    .values({
      id: dealFlowId('refund'),
      tenantId: payment.tenantId,
      dealId: payment.dealId,
      paymentId: payment.id,
      amount: booked.amount,
      currency: payment.currency,
      refundTotal: booked.total,
      status: done ? 'succeeded' : 'pending',
      cause,
      idempotencyKey: baseKey(payment.id, booked.total, booked.amount === payment.amount),
      requestedBy: ctx.actor.kind === 'user' ? ctx.actor.user.id : null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await recordChange(tx, ctx, {
    action: done ? 'refund.recorded' : 'refund.booked',
    entityType: 'refund',
    entityId: row.id,
    toState: row.status,
    data: { paymentId: payment.id, dealId: payment.dealId, amount: row.amount, cause },
  });
  return row;
}

interface Outcome {
  status: RefundState;
  providerRef?: string | null;
  failureCode?: string | null;
  failureReason?: string | null;
  ambiguous?: boolean;
}

const fromOperation = (status: OperationStatus): RefundState =>
  status === 'succeeded'
    ? 'succeeded'
    : status === 'manual'
      ? 'manual'
      : status === 'failed'
        ? 'failed'
        : 'pending';

function fromError(error: unknown): Outcome {
  if (error instanceof PaymentProviderError) {
    const ambiguous = error.details.retryable && error.details.httpStatus === undefined;
    return {
      status: 'failed',
      failureCode: error.details.providerCode ?? null,
      failureReason: error.message,
      ambiguous,
    };
  }
  return { status: 'failed', failureReason: String(error), ambiguous: true };
}

/** Claims the refund for one attempt (guarded on its version): of racing callers one wins. */
async function claim(tx: Database, ctx: ServiceContext, refund: PaymentRefund): Promise<PaymentRefund> {
  const again = refund.status === 'failed' && !refund.ambiguous;
  const attempts = refund.attempts + 1;
  const key =
    again && refund.attempts > 0
      ? `${refund.idempotencyKey.replace(/:attempt-\d+$/, '')}:attempt-${attempts}`
      : refund.idempotencyKey;
  const [row] = await tx
    .update(paymentRefunds)
    .set({
      status: 'processing',
      attempts,
      idempotencyKey: key,
      version: refund.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(paymentRefunds.id, refund.id),
        eq(paymentRefunds.version, refund.version),
        inArray(paymentRefunds.status, [...RETRYABLE]),
      ),
    )
    .returning();
  if (!row) throw new StateConflict('refund', 'being executed by another request', 'retry', RETRYABLE);
  return row;
}

/**
 * After the commit that booked it: sends one refund to the rail and records the outcome.
 * Never throws for a rail failure (it is recorded as `failed` and audited); throws 409 when
 * another request is executing the same refund.
 */
export async function executeRefund(
  ctx: ServiceContext,
  provider: PaymentProvider,
  refundId: string,
): Promise<PaymentRefund> {
  const [current] = await ctx.db.select().from(paymentRefunds).where(eq(paymentRefunds.id, refundId));
  if (!current) throw new NotFound('Refund', refundId);
  if (!RETRYABLE.includes(current.status) || (current.status === 'pending' && current.providerRef))
    return current;
  const claimed = await ctx.db.transaction((tx) => claim(tx, ctx, current));
  const [payment] = await ctx.db.select().from(payments).where(eq(payments.id, claimed.paymentId));
  if (!payment) throw new NotFound('Payment', claimed.paymentId);
  let outcome: Outcome;
  try {
    const r = await provider.refund({
      paymentRef: payment.providerRef ?? payment.reference,
      amount: claimed.amount,
      currency: claimed.currency,
      idempotencyKey: claimed.idempotencyKey,
      reason: 'requested_by_customer',
    });
    outcome = {
      status: fromOperation(r.status),
      providerRef: r.providerRef,
      ...(r.status === 'failed' ? { failureReason: 'the provider refused the refund' } : {}),
    };
  } catch (error) {
    outcome = fromError(error);
  }
  if (outcome.status === 'failed')
    ctx.logger.error('refund at the rail failed; recorded for an admin to retry', {
      refundId,
      paymentId: payment.id,
      reason: outcome.failureReason,
    });
  return settleRefund(ctx, claimed, outcome);
}

/** Records an attempt's or the provider's outcome, guarded on the version it was read at. */
async function settleRefund(ctx: ServiceContext, refund: PaymentRefund, outcome: Outcome) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(paymentRefunds)
      .set({
        status: outcome.status,
        providerRef: outcome.providerRef ?? refund.providerRef,
        failureCode: outcome.status === 'failed' ? (outcome.failureCode ?? null) : null,
        failureReason: outcome.status === 'failed' ? (outcome.failureReason ?? 'unknown') : null,
        ambiguous: outcome.ambiguous ?? false,
        version: refund.version + 1,
        updatedAt: ctx.clock.now(),
      })
      .where(and(eq(paymentRefunds.id, refund.id), eq(paymentRefunds.version, refund.version)))
      .returning();
    if (!row) throw new StateConflict('refund', 'changed meanwhile', 'record the outcome of');
    await recordChange(
      tx,
      { ...ctx, tenant: { ...ctx.tenant, id: refund.tenantId } },
      {
        action: `refund.${outcome.status}`,
        entityType: 'refund',
        entityId: refund.id,
        fromState: refund.status,
        toState: outcome.status,
        data: {
          paymentId: refund.paymentId,
          dealId: refund.dealId,
          amount: refund.amount,
          attempt: refund.attempts,
          ...(outcome.status === 'failed'
            ? { failureCode: outcome.failureCode ?? null, failureReason: outcome.failureReason ?? null }
            : {}),
        },
        ...(outcome.status === 'failed'
          ? {
              topic: 'payment.refund_failed',
              payload: { id: refund.id, paymentId: refund.paymentId, dealId: refund.dealId },
            }
          : {}),
      },
    );
    return row;
  });
}

/**
 * Inside the webhook's transaction: a refund's outcome reported by the provider (a pending
 * refund that succeeded or failed). Applied once per change: a report equal to the recorded
 * state, or about a refund being executed right now, changes nothing.
 */
export async function applyRefundUpdate(
  tx: Database,
  ctx: ServiceContext,
  event: { refundRef: string; status: OperationStatus; failureReason?: string },
): Promise<string> {
  const [refund] = await tx
    .select()
    .from(paymentRefunds)
    .where(eq(paymentRefunds.providerRef, event.refundRef))
    .for('update');
  if (!refund) return 'unknown_refund';
  const to = fromOperation(event.status);
  if (to === 'pending' || refund.status === to) return 'refund_unchanged';
  // A failure that an admin has already retried successfully (new refund id) is stale.
  if (refund.status === 'succeeded' || refund.status === 'manual') return 'refund_unchanged';
  const [row] = await tx
    .update(paymentRefunds)
    .set({
      status: to,
      failureCode: to === 'failed' ? (event.failureReason ?? 'unknown') : null,
      failureReason:
        to === 'failed'
          ? `the provider reported the refund failed: ${event.failureReason ?? 'unknown'}`
          : null,
      ambiguous: false,
      version: refund.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(and(eq(paymentRefunds.id, refund.id), eq(paymentRefunds.version, refund.version)))
    .returning();
  if (!row) return 'refund_unchanged';
  await recordChange(
    tx,
    { ...ctx, tenant: { ...ctx.tenant, id: refund.tenantId } },
    {
      action: `refund.${to}`,
      entityType: 'refund',
      entityId: refund.id,
      fromState: refund.status,
      toState: to,
      data: {
        paymentId: refund.paymentId,
        dealId: refund.dealId,
        failureReason: event.failureReason ?? null,
      },
      ...(to === 'failed'
        ? {
            topic: 'payment.refund_failed',
            payload: { id: refund.id, paymentId: refund.paymentId, dealId: refund.dealId },
          }
        : {}),
    },
  );
  return to === 'failed' ? 'refund_failed' : 'refund_succeeded';
}

/** An admin retries a failed (or never sent) refund of a payment of this tenant. */
export async function retryRefund(
  ctx: ServiceContext,
  provider: PaymentProvider,
  paymentId: string,
  refundId: string,
): Promise<PaymentRefund> {
  requireTenantAdmin(ctx.actor);
  const [refund] = await ctx.db
    .select()
    .from(paymentRefunds)
    .where(
      and(
        eq(paymentRefunds.id, refundId),
        eq(paymentRefunds.paymentId, paymentId),
        eq(paymentRefunds.tenantId, ctx.tenant.id),
      ),
    );
  if (!refund) throw new NotFound('Refund', refundId);
  // A call in flight for long is presumed lost (the process died): retried with the same key.
  const stuck =
    refund.status === 'processing' && ctx.clock.now().getTime() - refund.updatedAt.getTime() > STUCK_AFTER_MS;
  if (refund.status !== 'failed' && !(refund.status === 'pending' && !refund.providerRef) && !stuck)
    throw new StateConflict('refund', refund.status, 'retry', ['failed', 'pending (not sent)']);
  return executeRefund(ctx, provider, refund.id);
}

/** Sends every booked refund of these payments that is not sent yet (after a commit). */
export async function executePendingRefunds(
  ctx: ServiceContext,
  provider: PaymentProvider,
  refundIds: readonly string[],
) {
  const out: PaymentRefund[] = [];
  for (const id of refundIds) out.push(await executeRefund(ctx, provider, id));
  return out;
}

export async function refundsOf(db: Database, where: { dealId: string } | { paymentId: string }) {
  return db
    .select()
    .from(paymentRefunds)
    .where(
      'dealId' in where
        ? eq(paymentRefunds.dealId, where.dealId)
        : eq(paymentRefunds.paymentId, where.paymentId),
    )
    .orderBy(asc(paymentRefunds.id));
}

export function refundView(r: PaymentRefund) {
  return {
    id: r.id,
    paymentId: r.paymentId,
    amount: r.amount,
    currency: r.currency,
    status: r.status,
    cause: r.cause,
    providerRef: r.providerRef,
    attempts: r.attempts,
    failureCode: r.failureCode,
    failureReason: r.failureReason,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
