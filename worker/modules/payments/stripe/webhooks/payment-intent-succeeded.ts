import type Stripe from 'stripe';
import type { PaymentEvent } from '../../../../ports/payments';
import { currencyOf, idOf, milestoneOf } from './shared';

/** The buyer's money reached the platform: the milestone becomes paid (buyer → escrow). */
export function paymentIntentSucceeded(event: Stripe.PaymentIntentSucceededEvent): PaymentEvent {
  const intent = event.data.object;
  const sourceRef = idOf(intent.latest_charge);
  return {
    id: event.id,
    created: event.created,
    type: 'payment.succeeded',
    providerRef: intent.id,
    // amount_received, not amount: what actually arrived is what escrow holds.
    amount: intent.amount_received,
    currency: currencyOf(intent.currency, event.id),
    ...milestoneOf(intent.metadata),
    ...(sourceRef ? { sourceRef } : {}),
  };
}
