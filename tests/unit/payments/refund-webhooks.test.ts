import { describe, expect, it } from 'vitest';
import { StripePaymentProvider } from '../../../worker/modules/payments/stripe/provider';
import { NOW_MS, signed, stripeEvent, WEBHOOK_SECRET } from './support/stripe-events';

// refund.failed / refund.updated / charge.refund.updated normalize to `refund.updated`, so the
// payments service can mark a refund the buyer never got as failed.

const provider = new StripePaymentProvider(
  { secretKey: 'sk_test_fake', webhookSecrets: [WEBHOOK_SECRET], maxNetworkRetries: 0 },
  () => NOW_MS,
);

async function parse(event: unknown) {
  const body = JSON.stringify(event);
  return provider.parseWebhook(body, await signed(body));
}

const refund = (overrides: Record<string, unknown> = {}) => ({
  id: 're_3Refund1',
  object: 'refund',
  amount: 30_000_000,
  currency: 'cny',
  payment_intent: 'pi_3Milestone1',
  status: 'failed',
  failure_reason: 'expired_or_canceled_card',
  metadata: {},
  ...overrides,
});

describe('Stripe refund outcome events, normalized', () => {
  it('refund.failed -> refund.updated failed with the reason and the payment', async () => {
    expect(await parse(stripeEvent('refund.failed', refund()))).toEqual({
      id: 'evt_refund_failed_1',
      created: Math.floor(NOW_MS / 1000) - 2,
      type: 'refund.updated',
      refundRef: 're_3Refund1',
      providerRef: 'pi_3Milestone1',
      status: 'failed',
      amount: 30_000_000,
      currency: 'CNY',
      failureReason: 'expired_or_canceled_card',
    });
  });

  it('refund.updated and charge.refund.updated carry the status; canceled counts as failed, pending stays pending', async () => {
    const ok = await parse(
      stripeEvent('refund.updated', refund({ status: 'succeeded', failure_reason: undefined })),
    );
    expect(ok).toMatchObject({ type: 'refund.updated', status: 'succeeded' });
    expect(ok).not.toHaveProperty('failureReason');
    const canceled = await parse(
      stripeEvent('charge.refund.updated', refund({ status: 'canceled', failure_reason: undefined })),
    );
    expect(canceled).toMatchObject({ status: 'failed', failureReason: 'canceled' });
    expect(await parse(stripeEvent('refund.updated', refund({ status: 'pending' })))).toMatchObject({
      status: 'pending',
    });
  });
});
