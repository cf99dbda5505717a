import type Stripe from 'stripe';
import type { PaymentEvent } from '../../../../ports/payments';
import { refundStatus } from '../status';
import { currencyOf, idOf } from './shared';

type RefundEvent = Stripe.RefundUpdatedEvent | Stripe.RefundFailedEvent | Stripe.ChargeRefundUpdatedEvent;

/**
 * A refund's outcome changed after it was created: a pending refund succeeded, or a refund
 * failed (card closed, `refund.failed`). Money that went back is reported by `charge.refunded`;
 * what matters here is a failure, so the platform knows the buyer still awaits the money.
 */
export function refundUpdated(event: RefundEvent): PaymentEvent {
  const refund = event.data.object;
  const providerRef = idOf(refund.payment_intent);
  const status = event.type === 'refund.failed' ? 'failed' : refundStatus(refund.status);
  return {
    id: event.id,
    created: event.created,
    type: 'refund.updated',
    refundRef: refund.id,
    ...(providerRef ? { providerRef } : {}),
    status,
    amount: refund.amount,
    currency: currencyOf(refund.currency, event.id),
    ...(status === 'failed'
      ? { failureReason: refund.failure_reason ?? (refund.status === 'canceled' ? 'canceled' : 'unknown') }
      : {}),
  };
}
