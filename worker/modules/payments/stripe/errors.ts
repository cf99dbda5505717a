import Stripe from 'stripe';
import { PaymentProviderError } from '../../../ports/payments';

// Turns an SDK error into the port's typed error. Only connection, rate-limit and 5xx errors
// are worth retrying with the same idempotency key; a declined card or a bad parameter is not.
export function toProviderError(err: unknown, operation: string): PaymentProviderError {
  if (err instanceof Stripe.errors.StripeError) {
    const retryable =
      err instanceof Stripe.errors.StripeConnectionError ||
      err instanceof Stripe.errors.StripeRateLimitError ||
      err instanceof Stripe.errors.StripeAPIError ||
      (err.statusCode ?? 0) >= 500;
    const misconfigured =
      err instanceof Stripe.errors.StripeAuthenticationError ||
      err instanceof Stripe.errors.StripePermissionError;
    // Stripe's text for a bad key quotes part of the key: keep it out of the client's problem body.
    const detail = misconfigured ? 'the platform credentials were rejected' : err.message;
    return new PaymentProviderError('stripe', `Stripe refused to ${operation}: ${detail}`, {
      providerCode: err.code ?? err.rawType ?? err.type,
      httpStatus: err.statusCode,
      retryable,
      misconfigured,
      requestId: err.requestId,
    });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new PaymentProviderError('stripe', `Stripe call failed to ${operation}: ${message}`, {
    retryable: true,
  });
}

/** Runs one SDK call and rethrows its failure as a PaymentProviderError. */
export async function callStripe<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toProviderError(err, operation);
  }
}
