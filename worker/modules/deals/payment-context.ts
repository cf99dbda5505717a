import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/service-context';
import { type PaymentContext, paymentProvider } from '../payments/service';

/** The service context plus the payment rail chosen by configuration. */
export function paymentContext(c: Context<AppEnv>): PaymentContext {
  return { ...serviceContext(c), payments: paymentProvider(c.var.deps) };
}
