import type Stripe from 'stripe';
import type { PaymentEvent } from '../../../../ports/payments';

/** A connected account changed; payouts to it may start (or must stop) once these flags flip. */
export function accountUpdated(event: Stripe.AccountUpdatedEvent): PaymentEvent {
  const account = event.data.object;
  return {
    id: event.id,
    created: event.created,
    type: 'account.updated',
    accountId: account.id,
    chargesEnabled: account.charges_enabled ?? false,
    payoutsEnabled: account.payouts_enabled ?? false,
    detailsSubmitted: account.details_submitted ?? false,
    // Recipient accounts (separate charges and transfers) never get charges_enabled; this is the flag that matters.
    transfersActive: account.capabilities?.transfers === 'active',
  };
}
