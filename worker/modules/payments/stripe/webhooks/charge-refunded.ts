import type Stripe from 'stripe';
import type { PaymentEvent } from '../../../../ports/payments';
import { WebhookVerificationError } from '../../../../ports/payments';
import { currencyOf, idOf } from './shared';

/**
 * Money went back to the buyer. The charge no longer embeds its refunds (API 2022-11-15+), so
 * this reports `amount_refunded`, the cumulative total: applying "refunded so far = X" is
 * idempotent however often and in whatever order the events arrive.
 */
export function chargeRefunded(event: Stripe.ChargeRefundedEvent): PaymentEvent {
  const charge = event.data.object;
  const providerRef = idOf(charge.payment_intent);
  if (!providerRef) {
    throw new WebhookVerificationError(
      'malformed-payload',
      `Refunded charge ${charge.id} has no PaymentIntent.`,
    );
  }
  return {
    id: event.id,
    created: event.created,
    type: 'refund.succeeded',
    providerRef,
    amountRefunded: charge.amount_refunded,
    currency: currencyOf(charge.currency, event.id),
    fullyRefunded: charge.refunded,
  };
}
