import type Stripe from 'stripe';
import type { OperationStatus, PaymentStatus } from '../../../ports/payments';

// Stripe's statuses folded into the port's few. Anything that still needs the buyer (a card
// to confirm, 3-D Secure, a payment method) is `requires_customer_action`.

export function paymentStatus(status: Stripe.PaymentIntent.Status): PaymentStatus {
  switch (status) {
    case 'succeeded':
      return 'succeeded';
    case 'processing':
    case 'requires_capture':
      return 'processing';
    case 'canceled':
      return 'canceled';
    default:
      return 'requires_customer_action';
  }
}

export function refundStatus(status: string | null): OperationStatus {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  // pending and requires_action: the charge.refunded / refund webhook reports the outcome.
  return 'pending';
}
