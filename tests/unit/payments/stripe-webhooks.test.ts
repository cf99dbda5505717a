import { describe, expect, it } from 'vitest';
import { StripePaymentProvider } from '../../../worker/modules/payments/stripe/provider';
import { WebhookVerificationError } from '../../../worker/ports/payments';
import {
  CONNECT_WEBHOOK_SECRET,
  NOW_MS,
  paymentIntent,
  signed,
  stripeEvent,
  WEBHOOK_SECRET,
} from './support/stripe-events';

const provider = new StripePaymentProvider(
  {
    secretKey: 'sk_test_fake',
    webhookSecrets: [WEBHOOK_SECRET, CONNECT_WEBHOOK_SECRET],
    maxNetworkRetries: 0,
  },
  () => NOW_MS,
);

async function parse(event: unknown) {
  const body = JSON.stringify(event);
  return provider.parseWebhook(body, await signed(body));
}

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WebhookVerificationError);
  return err as WebhookVerificationError;
}

describe('Stripe webhook events, normalized', () => {
  it('payment_intent.succeeded -> payment.succeeded with the milestone and the charge', async () => {
    expect(await parse(stripeEvent('payment_intent.succeeded', paymentIntent()))).toEqual({
      id: 'evt_payment_intent_succeeded_1',
      created: Math.floor(NOW_MS / 1000) - 2,
      type: 'payment.succeeded',
      providerRef: 'pi_3Milestone1',
      amount: 30000000,
      currency: 'CNY',
      dealId: 'deal_01',
      milestoneId: 'ms_01',
      sourceRef: 'ch_3Milestone1',
    });
  });

  it('payment_intent.payment_failed -> payment.failed with the decline reason', async () => {
    const intent = paymentIntent({
      status: 'requires_payment_method',
      amount_received: 0,
      latest_charge: 'ch_failed',
      last_payment_error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
    });
    expect(await parse(stripeEvent('payment_intent.payment_failed', intent))).toMatchObject({
      type: 'payment.failed',
      providerRef: 'pi_3Milestone1',
      dealId: 'deal_01',
      milestoneId: 'ms_01',
      failureCode: 'card_declined',
      failureMessage: 'Your card was declined.',
    });
  });

  it('charge.refunded -> refund.succeeded with the cumulative amount refunded', async () => {
    const charge = {
      id: 'ch_3Milestone1',
      object: 'charge',
      amount: 30000000,
      amount_refunded: 10000000,
      currency: 'cny',
      payment_intent: 'pi_3Milestone1',
      refunded: false,
      status: 'succeeded',
    };
    expect(await parse(stripeEvent('charge.refunded', charge))).toMatchObject({
      type: 'refund.succeeded',
      providerRef: 'pi_3Milestone1',
      amountRefunded: 10000000,
      currency: 'CNY',
      fullyRefunded: false,
    });
  });

  it('account.updated -> account.updated with the readiness flags', async () => {
    const account = {
      id: 'acct_1Seller',
      object: 'account',
      charges_enabled: false,
      payouts_enabled: true,
      details_submitted: true,
      capabilities: { transfers: 'active' },
    };
    const event = stripeEvent('account.updated', account, { account: 'acct_1Seller' });
    expect(await parse(event)).toMatchObject({
      type: 'account.updated',
      accountId: 'acct_1Seller',
      chargesEnabled: false,
      payoutsEnabled: true,
      detailsSubmitted: true,
      transfersActive: true,
    });
  });

  it('ignores event types it does not handle', async () => {
    const event = stripeEvent('customer.created', { id: 'cus_1', object: 'customer' });
    expect(await parse(event)).toEqual({
      id: event.id,
      created: event.created,
      type: 'ignored',
      providerType: 'customer.created',
    });
  });

  it('accepts the raw body as bytes, and events signed with the Connect endpoint secret', async () => {
    const body = JSON.stringify(stripeEvent('payment_intent.succeeded', paymentIntent()));
    const headers = await signed(body, { secret: CONNECT_WEBHOOK_SECRET });
    const event = await provider.parseWebhook(new TextEncoder().encode(body), headers);
    expect(event.type).toBe('payment.succeeded');
  });

  it('rejects a signed event in a currency the platform does not support', async () => {
    const err = await rejection(
      parse(stripeEvent('payment_intent.succeeded', paymentIntent({ currency: 'jpy' }))),
    );
    expect(err.reason).toBe('malformed-payload');
  });
});

describe('Stripe webhook verification', () => {
  const body = JSON.stringify(stripeEvent('payment_intent.succeeded', paymentIntent()));

  it('rejects a missing Stripe-Signature header', async () => {
    const err = await rejection(provider.parseWebhook(body, new Headers()));
    expect(err.reason).toBe('missing-signature');
    expect(err.code).toBe('bad-request');
  });

  it('rejects a signature made with another secret', async () => {
    const err = await rejection(
      provider.parseWebhook(body, await signed(body, { secret: 'whsec_attacker' })),
    );
    expect(err.reason).toBe('bad-signature');
  });

  it('rejects a body changed after signing', async () => {
    const headers = await signed(body);
    const tampered = body.replace('30000000', '30000001');
    const err = await rejection(provider.parseWebhook(tampered, headers));
    expect(err.reason).toBe('bad-signature');
  });

  it('rejects a header without a timestamp or a v1 signature', async () => {
    for (const header of ['garbage', 't=abc,v1=00', `t=${Math.floor(NOW_MS / 1000)}`]) {
      const err = await rejection(provider.parseWebhook(body, new Headers({ 'stripe-signature': header })));
      expect(err.reason, header).toBe('bad-signature');
    }
  });

  it('rejects correctly signed events older than five minutes (replays) and from the future', async () => {
    const nowSec = Math.floor(NOW_MS / 1000);
    const old = await rejection(
      provider.parseWebhook(body, await signed(body, { timestampSec: nowSec - 301 })),
    );
    expect(old.reason).toBe('stale-timestamp');
    const future = await rejection(
      provider.parseWebhook(body, await signed(body, { timestampSec: nowSec + 301 })),
    );
    expect(future.reason).toBe('stale-timestamp');
    // Inside the window it passes.
    const fresh = await provider.parseWebhook(body, await signed(body, { timestampSec: nowSec - 299 }));
    expect(fresh.type).toBe('payment.succeeded');
  });

  it('rejects a correctly signed body that is not a Stripe event', async () => {
    for (const payload of ['not json', '{"object":"list"}']) {
      const err = await rejection(provider.parseWebhook(payload, await signed(payload)));
      expect(err.reason, payload).toBe('malformed-payload');
    }
  });

  it('refuses every webhook when no secret is configured', async () => {
    const unconfigured = new StripePaymentProvider(
      { secretKey: 'sk_test_fake', webhookSecrets: [''] },
      () => NOW_MS,
    );
    const err = await rejection(unconfigured.parseWebhook(body, await signed(body)));
    expect(err.reason).toBe('not-configured');
  });
});
