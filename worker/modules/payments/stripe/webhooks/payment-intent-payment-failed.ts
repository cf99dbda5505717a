import type Stripe from 'stripe';
import type { PaymentEvent } from '../../../../ports/payments';
import { milestoneOf } from './shared';

/** An attempt failed; the PaymentIntent stays usable, so the buyer may simply try again. */
export function paymentIntentPaymentFailed(event: Stripe.PaymentIntentPaymentFailedEvent): PaymentEvent {
  const intent = event.data.object;
  const error = intent.last_payment_error;
  return {
    id: event.id,
    created: event.created,
    type: 'payment.failed',
    providerRef: intent.id,
    ...milestoneOf(intent.metadata),
    ...(error?.code ? { failureCode: error.code } : {}),
    ...(error?.message ? { failureMessage: error.message } : {}),
  };
}
