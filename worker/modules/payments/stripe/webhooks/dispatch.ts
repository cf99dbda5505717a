import type Stripe from 'stripe';
import type { PaymentEvent } from '../../../../ports/payments';
import { accountUpdated } from './account-updated';
import { chargeRefunded } from './charge-refunded';
import { paymentIntentPaymentFailed } from './payment-intent-payment-failed';
import { paymentIntentSucceeded } from './payment-intent-succeeded';
import { refundUpdated } from './refund-updated';

// One dispatcher, one small file per event type. Each handler only normalizes: applying the
// event (state change, ledger lines, recording the event id once) is the payments service's job.
// Any type not listed here comes back as `ignored`, so Stripe gets a 2xx and stops retrying.

type HandledType =
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'charge.refunded'
  | 'refund.updated'
  | 'refund.failed'
  | 'charge.refund.updated'
  | 'account.updated';
type EventOf<T extends HandledType> = Extract<Stripe.Event, { type: T }>;
type Handlers = { [T in HandledType]: (event: EventOf<T>) => PaymentEvent };

const handlers: Handlers = {
  'payment_intent.succeeded': paymentIntentSucceeded,
  'payment_intent.payment_failed': paymentIntentPaymentFailed,
  'charge.refunded': chargeRefunded,
  'refund.updated': refundUpdated,
  'refund.failed': refundUpdated,
  'charge.refund.updated': refundUpdated,
  'account.updated': accountUpdated,
};

function isHandled(type: string): type is HandledType {
  return Object.hasOwn(handlers, type);
}

export function dispatchStripeEvent(event: Stripe.Event): PaymentEvent {
  const type: string = event.type;
  if (!isHandled(type)) return { id: event.id, created: event.created, type: 'ignored', providerType: type };
  // The map is keyed by the same literal as the event's `type`, so the pairing is sound.
  const handler = handlers[type] as (e: Stripe.Event) => PaymentEvent;
  return handler(event);
}
