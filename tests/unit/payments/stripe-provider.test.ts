import { describe, expect, it } from 'vitest';
import { StripePaymentProvider } from '../../../worker/modules/payments/stripe/provider';
import { PaymentProviderError } from '../../../worker/ports/payments';
import { type FakeStripe, fakeStripe, stripeError } from './support/fake-stripe';

function setup(): { fake: FakeStripe; provider: StripePaymentProvider } {
  const fake = fakeStripe();
  const provider = new StripePaymentProvider({
    secretKey: 'sk_test_fake',
    webhookSecrets: ['whsec_test'],
    defaultCountry: 'SG',
    fetch: fake.fetch,
    maxNetworkRetries: 0,
  });
  return { fake, provider };
}

const milestone = {
  dealId: 'deal_01',
  milestoneId: 'ms_01',
  amount: 30000000,
  currency: 'CNY' as const,
  transferGroup: 'deal_01:ms_01',
  idempotencyKey: 'pay:ms_01:1',
  description: 'Deal deal_01, milestone 1 of 3',
};

describe('StripePaymentProvider: outgoing requests', () => {
  it('creates one PaymentIntent per milestone on the platform, tagged with the transfer group', async () => {
    const { fake, provider } = setup();
    const result = await provider.createMilestonePayment(milestone);
    expect(fake.requests).toHaveLength(1);
    const [req] = fake.requests;
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe('/v1/payment_intents');
    expect(req!.params).toEqual({
      amount: '30000000',
      currency: 'cny',
      transfer_group: 'deal_01:ms_01',
      description: 'Deal deal_01, milestone 1 of 3',
      'automatic_payment_methods[enabled]': 'true',
      'metadata[deal_id]': 'deal_01',
      'metadata[milestone_id]': 'ms_01',
    });
    expect(req!.headers.get('idempotency-key')).toBe('pay:ms_01:1');
    expect(req!.headers.get('stripe-account')).toBeNull();
    expect(result.providerRef).toMatch(/^pi_/);
    expect(result.status).toBe('requires_customer_action');
    expect(result.clientSecret).toBe(`${result.providerRef}_secret_XyZ`);
  });

  it('replays a retried payment instead of charging twice', async () => {
    const { provider } = setup();
    const first = await provider.createMilestonePayment(milestone);
    const again = await provider.createMilestonePayment(milestone);
    expect(again.providerRef).toBe(first.providerRef);
    await expect(provider.createMilestonePayment({ ...milestone, amount: 1 })).rejects.toMatchObject({
      details: { providerCode: 'idempotency_error', retryable: false },
    });
  });

  it('transfers a release share to the connected account in the same transfer group', async () => {
    const { fake, provider } = setup();
    const result = await provider.releaseTransfer({
      destination: 'acct_1Seller',
      amount: 28200000,
      currency: 'CNY',
      transferGroup: 'deal_01:ms_01',
      idempotencyKey: 'release:ms_01:seller',
      description: 'Seller net, milestone 1',
      sourceRef: 'ch_3Paid',
    });
    const [req] = fake.requests;
    expect(req!.path).toBe('/v1/transfers');
    expect(req!.params).toEqual({
      amount: '28200000',
      currency: 'cny',
      destination: 'acct_1Seller',
      transfer_group: 'deal_01:ms_01',
      description: 'Seller net, milestone 1',
      source_transaction: 'ch_3Paid',
    });
    expect(req!.headers.get('idempotency-key')).toBe('release:ms_01:seller');
    expect(req!.headers.get('stripe-account')).toBeNull();
    expect(result).toEqual({ providerRef: expect.stringMatching(/^tr_/), status: 'succeeded' });
  });

  it('refunds the milestone PaymentIntent', async () => {
    const { fake, provider } = setup();
    const result = await provider.refund({
      paymentRef: 'pi_3Paid',
      amount: 15000000,
      currency: 'CNY',
      idempotencyKey: 'refund:ms_01:1',
      reason: 'requested_by_customer',
    });
    const [req] = fake.requests;
    expect(req!.path).toBe('/v1/refunds');
    expect(req!.params).toEqual({
      payment_intent: 'pi_3Paid',
      amount: '15000000',
      reason: 'requested_by_customer',
    });
    expect(req!.headers.get('idempotency-key')).toBe('refund:ms_01:1');
    expect(result).toEqual({ providerRef: expect.stringMatching(/^re_/), status: 'succeeded' });
  });

  it('reports a pending refund as pending, to be settled by the webhook', async () => {
    const { fake, provider } = setup();
    const original = fake.routes['POST /v1/refunds']!;
    fake.routes['POST /v1/refunds'] = (req, m) => {
      const reply = original(req, m);
      return { ...reply, body: { ...(reply.body as object), status: 'pending' } };
    };
    const result = await provider.refund({
      paymentRef: 'pi_1',
      amount: 5,
      currency: 'CNY',
      idempotencyKey: 'k',
    });
    expect(result.status).toBe('pending');
  });

  it('reverses part of a transfer', async () => {
    const { fake, provider } = setup();
    const result = await provider.reverseTransfer({
      transferRef: 'tr_1Seller',
      amount: 1000,
      currency: 'CNY',
      idempotencyKey: 'reverse:ms_01:seller',
    });
    const [req] = fake.requests;
    expect(req!.path).toBe('/v1/transfers/tr_1Seller/reversals');
    expect(req!.params).toEqual({ amount: '1000' });
    expect(req!.headers.get('idempotency-key')).toBe('reverse:ms_01:seller');
    expect(result).toEqual({ providerRef: expect.stringMatching(/^trr_/), status: 'succeeded' });
  });

  it('cancels an open PaymentIntent (abandoned), with the idempotency key', async () => {
    const { fake, provider } = setup();
    const result = await provider.cancelPayment({
      paymentRef: 'pi_1Open',
      idempotencyKey: 'cancel-payment:p1',
    });
    const [req] = fake.requests;
    expect(req!.path).toBe('/v1/payment_intents/pi_1Open/cancel');
    expect(req!.params).toEqual({ cancellation_reason: 'abandoned' });
    expect(req!.headers.get('idempotency-key')).toBe('cancel-payment:p1');
    expect(result).toEqual({ status: 'canceled' });
  });

  it('refuses to cancel an intent that already succeeded (non-retryable: the receipt refunds it)', async () => {
    const { fake, provider } = setup();
    fake.routes['POST /v1/payment_intents/([^/]+)/cancel'] = () =>
      stripeError(
        400,
        'invalid_request_error',
        'You cannot cancel this PaymentIntent because it has a status of succeeded.',
        {
          code: 'payment_intent_unexpected_state',
        },
      );
    await expect(
      provider.cancelPayment({ paymentRef: 'pi_1Paid', idempotencyKey: 'cancel-payment:p2' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { providerCode: 'payment_intent_unexpected_state', retryable: false },
    });
  });

  it('creates a recipient account once per party, then an onboarding link', async () => {
    const { fake, provider } = setup();
    const link = await provider.createConnectOnboardingLink({
      party: { kind: 'organization', id: 'org_uni' },
      email: 'tto@uni.example',
      refreshUrl: 'https://techmarket.example/connect/refresh',
      returnUrl: 'https://techmarket.example/connect/done',
    });
    const [account, accountLink] = fake.requests;
    expect(account!.path).toBe('/v1/accounts');
    expect(account!.params).toEqual({
      country: 'SG',
      email: 'tto@uni.example',
      'controller[fees][payer]': 'application',
      'controller[losses][payments]': 'application',
      'controller[requirement_collection]': 'stripe',
      'controller[stripe_dashboard][type]': 'express',
      'capabilities[transfers][requested]': 'true',
      'metadata[party_kind]': 'organization',
      'metadata[party_id]': 'org_uni',
    });
    expect(account!.headers.get('idempotency-key')).toBe('connect-account:organization:org_uni');
    expect(accountLink!.path).toBe('/v1/account_links');
    expect(accountLink!.params).toEqual({
      account: link.accountId,
      refresh_url: 'https://techmarket.example/connect/refresh',
      return_url: 'https://techmarket.example/connect/done',
      type: 'account_onboarding',
    });
    expect(link.url).toContain(link.accountId);
    expect(link.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('skips account creation when the party already has an account', async () => {
    const { fake, provider } = setup();
    const link = await provider.createConnectOnboardingLink({
      accountId: 'acct_existing',
      party: { kind: 'user', id: 'usr_broker' },
      refreshUrl: 'https://x.example/r',
      returnUrl: 'https://x.example/d',
    });
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/account_links']);
    expect(link.accountId).toBe('acct_existing');
  });
});

describe('StripePaymentProvider: failures', () => {
  it('turns a declined or invalid request into a non-retryable PaymentProviderError', async () => {
    const { fake, provider } = setup();
    fake.routes['POST /v1/transfers'] = () =>
      stripeError(400, 'invalid_request_error', 'Insufficient available funds', {
        code: 'balance_insufficient',
      });
    const attempt = provider.releaseTransfer({
      destination: 'acct_1',
      amount: 10,
      currency: 'CNY',
      transferGroup: 'g',
      idempotencyKey: 'k',
    });
    await expect(attempt).rejects.toBeInstanceOf(PaymentProviderError);
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      details: { providerCode: 'balance_insufficient', httpStatus: 400, retryable: false },
    });
  });

  it('marks Stripe outages as retryable (503 to the client)', async () => {
    const { fake, provider } = setup();
    fake.routes['POST /v1/payment_intents'] = () =>
      stripeError(500, 'api_error', 'Something went wrong on our end');
    await expect(provider.createMilestonePayment(milestone)).rejects.toMatchObject({
      code: 'unavailable',
      details: { retryable: true, httpStatus: 500 },
    });
  });

  it('answers 503, not 409, when our own Stripe key is wrong', async () => {
    const fake = fakeStripe('sk_test_other');
    const provider = new StripePaymentProvider({
      secretKey: 'sk_test_fake',
      webhookSecrets: [],
      fetch: fake.fetch,
      maxNetworkRetries: 0,
    });
    await expect(provider.createMilestonePayment(milestone)).rejects.toMatchObject({
      code: 'unavailable',
      details: { retryable: false, misconfigured: true, httpStatus: 401 },
    });
  });

  it('marks a network failure as retryable', async () => {
    const provider = new StripePaymentProvider({
      secretKey: 'sk_test_fake',
      webhookSecrets: [],
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
      maxNetworkRetries: 0,
    });
    await expect(provider.createMilestonePayment(milestone)).rejects.toMatchObject({
      details: { retryable: true },
    });
  });

  it('refuses non-positive or fractional amounts before calling Stripe', async () => {
    const { fake, provider } = setup();
    await expect(provider.createMilestonePayment({ ...milestone, amount: 0 })).rejects.toBeInstanceOf(
      PaymentProviderError,
    );
    await expect(
      provider.refund({ paymentRef: 'pi', amount: 0.5, currency: 'CNY', idempotencyKey: 'k' }),
    ).rejects.toBeInstanceOf(PaymentProviderError);
    expect(fake.requests).toHaveLength(0);
  });
});
