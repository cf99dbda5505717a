import Stripe from 'stripe';

// Webhook payloads shaped like Stripe's documented events, and a signer that uses the SDK's
// async test-header helper (the sync one throws under workerd's SubtleCrypto).

export const WEBHOOK_SECRET = 'whsec_test_platform';
export const CONNECT_WEBHOOK_SECRET = 'whsec_test_connect';
export const NOW_MS = Date.UTC(2026, 4, 1, 8, 0, 0);

export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    id: `evt_${type.replace(/\W/g, '_')}_1`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(NOW_MS / 1000) - 2,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    ...extra,
  };
}

export const paymentIntent = (overrides: Record<string, unknown> = {}) => ({
  id: 'pi_3Milestone1',
  object: 'payment_intent',
  amount: 30000000,
  amount_received: 30000000,
  currency: 'cny',
  status: 'succeeded',
  latest_charge: 'ch_3Milestone1',
  transfer_group: 'deal_01:ms_01',
  metadata: { deal_id: 'deal_01', milestone_id: 'ms_01' },
  last_payment_error: null,
  ...overrides,
});

export async function signed(payload: string, options: { secret?: string; timestampSec?: number } = {}) {
  const header = await Stripe.webhooks.generateTestHeaderStringAsync({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: options.timestampSec ?? Math.floor(NOW_MS / 1000),
    cryptoProvider: Stripe.createSubtleCryptoProvider(),
  });
  return new Headers({ 'stripe-signature': header, 'content-type': 'application/json' });
}
