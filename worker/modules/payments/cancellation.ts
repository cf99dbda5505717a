import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { payments } from '../../../schema/index';
import type { PaymentState } from '../../../schema/payments';
import type { Payment } from '../../../schema/types';
import { recordChange } from '../../lib/journal';
import type { PaymentContext } from './service';

// A deal that closes (cancelled, or refunded after a dispute) leaves the payments of its unpaid
// milestones open at the rail: a Stripe PaymentIntent the buyer could still pay. After the
// commit they are cancelled through the provider. A cancel that fails (the intent succeeded a
// moment before, or Stripe is down) is logged and nothing more: the money that arrives anyway
// is refunded on receipt (applyPaymentSucceeded, cause `late_payment`).

/** Payments the buyer may still complete at the rail. */
const OPEN: readonly PaymentState[] = ['requires_payment', 'processing', 'failed'];

export async function cancelOpenPayments(ctx: PaymentContext, dealId: string): Promise<void> {
  const open = await ctx.db
    .select()
    .from(payments)
    .where(
      and(eq(payments.dealId, dealId), inArray(payments.status, [...OPEN]), isNotNull(payments.providerRef)),
    );
  for (const p of open) await cancelAtRail(ctx, p);
}

async function cancelAtRail(ctx: PaymentContext, p: Payment) {
  try {
    const r = await ctx.payments.cancelPayment({
      paymentRef: p.providerRef as string,
      idempotencyKey: `cancel-payment:${p.id}`,
    });
    await ctx.db.transaction((tx) =>
      recordChange(
        tx,
        { ...ctx, tenant: { ...ctx.tenant, id: p.tenantId } },
        {
          action: 'payment.cancel',
          entityType: 'payment',
          entityId: p.id,
          data: { dealId: p.dealId, providerRef: p.providerRef, providerStatus: r.status },
        },
      ),
    );
  } catch (error) {
    ctx.logger.warn(
      'could not cancel an open payment of a closed deal; money that still arrives is refunded',
      {
        paymentId: p.id,
        dealId: p.dealId,
        error: String(error),
      },
    );
  }
}
