import Stripe from 'stripe';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Currency, isCurrency } from '../../../worker/modules/payments/money';
import { StripePaymentProvider } from '../../../worker/modules/payments/stripe/provider';

// Calls the real Stripe API in TEST mode, and only when STRIPE_SECRET_KEY (sk_test_…) is set.
// Optional: STRIPE_TEST_COUNTRY (default US) for new connected accounts, STRIPE_TEST_CURRENCY
// (default USD), STRIPE_TEST_CONNECTED_ACCOUNT (an onboarded acct_… with transfers active) to
// also exercise a transfer and its reversal.

const key = process.env.STRIPE_SECRET_KEY ?? '';
const liveKey = key.startsWith('sk_live_') || key.startsWith('rk_live_');
const enabled = key !== '' && !liveKey;
const currencyCode = (process.env.STRIPE_TEST_CURRENCY ?? 'USD').toUpperCase();
const currency: Currency = isCurrency(currencyCode) ? currencyCode : 'USD';
const connected = process.env.STRIPE_TEST_CONNECTED_ACCOUNT;

if (!enabled) {
  console.info(
    liveKey
      ? '[payments] Stripe live tests SKIPPED: STRIPE_SECRET_KEY is a live key; these tests only run with a test-mode key (sk_test_…).'
      : '[payments] Stripe live tests SKIPPED: STRIPE_SECRET_KEY is not set. Set it to a test-mode key (sk_test_…) to run them against the real Stripe API.',
  );
} else if (!connected) {
  console.info(
    '[payments] Stripe live transfer test SKIPPED: set STRIPE_TEST_CONNECTED_ACCOUNT to an onboarded test account.',
  );
}

describe.skipIf(!enabled)('Stripe adapter against the real Stripe API (test mode)', () => {
  // Built in beforeAll: a skipped describe still runs its body, and the SDK throws on an empty key.
  let provider: StripePaymentProvider;
  let sdk: Stripe;
  const run = `${Date.now()}`;
  beforeAll(() => {
    if (!isCurrency(currencyCode))
      throw new Error(`STRIPE_TEST_CURRENCY ${currencyCode} is not a supported currency.`);
    provider = new StripePaymentProvider({
      secretKey: key,
      webhookSecrets: [],
      defaultCountry: process.env.STRIPE_TEST_COUNTRY ?? 'US',
    });
    sdk = new Stripe(key, { httpClient: Stripe.createFetchHttpClient() });
  });

  it('creates a milestone PaymentIntent, pays it with a test card and refunds half', async () => {
    const payment = await provider.createMilestonePayment({
      dealId: `deal_live_${run}`,
      milestoneId: 'ms_1',
      amount: 2000,
      currency,
      transferGroup: `deal_live_${run}:ms_1`,
      idempotencyKey: `live-pay-${run}`,
      description: 'TechMarket live test',
    });
    expect(payment.providerRef).toMatch(/^pi_/);
    expect(payment.clientSecret).toBeTruthy();
    const confirmed = await sdk.paymentIntents.confirm(payment.providerRef, {
      payment_method: 'pm_card_visa',
      return_url: 'https://techmarket.example/return',
    });
    expect(confirmed.status).toBe('succeeded');
    const refund = await provider.refund({
      paymentRef: payment.providerRef,
      amount: 1000,
      currency,
      idempotencyKey: `live-refund-${run}`,
    });
    expect(['succeeded', 'pending']).toContain(refund.status);
  });

  it('creates a connected account and an onboarding link', async () => {
    const link = await provider.createConnectOnboardingLink({
      party: { kind: 'organization', id: `org_live_${run}` },
      refreshUrl: 'https://techmarket.example/connect/refresh',
      returnUrl: 'https://techmarket.example/connect/done',
    });
    expect(link.accountId).toMatch(/^acct_/);
    expect(link.url).toMatch(/^https:\/\/connect\.stripe\.com\//);
  });

  it.skipIf(!connected)('transfers to a connected account and reverses part of it', async () => {
    const transfer = await provider.releaseTransfer({
      destination: connected!,
      amount: 100,
      currency,
      transferGroup: `deal_live_${run}:ms_1`,
      idempotencyKey: `live-transfer-${run}`,
    });
    expect(transfer.providerRef).toMatch(/^tr_/);
    const reversal = await provider.reverseTransfer({
      transferRef: transfer.providerRef,
      amount: 50,
      currency,
      idempotencyKey: `live-reversal-${run}`,
    });
    expect(reversal.providerRef).toMatch(/^trr_/);
  });
});
