import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { payments } from '../../schema/index';
import { StripePaymentProvider } from '../../worker/modules/payments/stripe/provider';
import type { Harness, Json } from '../support/harness';
import { type FakeStripe, fakeStripe } from '../unit/payments/support/fake-stripe';
import { WEBHOOK_SECRET } from '../unit/payments/support/stripe-events';
import { type Cast, ok } from './support';

// Stripe-path helpers of the deal suites: the fake Stripe wired into the host, signed webhook
// deliveries, and events shaped as Stripe documents them.

export function useFakeStripe(h: Harness): FakeStripe {
  const stripe = fakeStripe('sk_test_fake');
  h.host.deps.extensions = {
    ...(h.host.deps.extensions ?? {}),
    payments: new StripePaymentProvider({
      secretKey: 'sk_test_fake',
      webhookSecrets: [WEBHOOK_SECRET],
      fetch: stripe.fetch,
      maxNetworkRetries: 0,
    }),
  };
  return stripe;
}

export async function deliver(h: Harness, event: Record<string, unknown>) {
  const payload = JSON.stringify(event);
  const header = await Stripe.webhooks.generateTestHeaderStringAsync({
    payload,
    secret: WEBHOOK_SECRET,
    cryptoProvider: Stripe.createSubtleCryptoProvider(),
  });
  return h
    .client()
    .post('/v1/webhooks/stripe', undefined, { raw: payload, headers: { 'stripe-signature': header } });
}

export const envelope = (id: string, type: string, object: Record<string, unknown>) => ({
  id,
  object: 'event',
  api_version: '2026-10-28.endive',
  created: Math.floor(Date.now() / 1000),
  type,
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  data: { object },
});

export interface Intent {
  id: string;
  amount: number;
  transfer_group: string;
  metadata: Record<string, string>;
}

export const succeeded = (id: string, pi: Intent) =>
  envelope(id, 'payment_intent.succeeded', {
    ...pi,
    object: 'payment_intent',
    amount_received: pi.amount,
    currency: 'cny',
    status: 'succeeded',
    latest_charge: `ch_${pi.id}`,
  });

export const chargeRefunded = (id: string, pi: Intent, amountRefunded: number) =>
  envelope(id, 'charge.refunded', {
    id: `ch_${pi.id}`,
    object: 'charge',
    payment_intent: pi.id,
    amount: pi.amount,
    amount_refunded: amountRefunded,
    refunded: amountRefunded === pi.amount,
    currency: 'cny',
  });

export const refundEvent = (
  id: string,
  type: 'refund.failed' | 'refund.updated',
  refund: { id: string; pi: string; amount: number; status: string; failure_reason?: string },
) =>
  envelope(id, type, {
    id: refund.id,
    object: 'refund',
    amount: refund.amount,
    currency: 'cny',
    payment_intent: refund.pi,
    status: refund.status,
    ...(refund.failure_reason ? { failure_reason: refund.failure_reason } : {}),
    metadata: {},
  });

export async function payIntent(h: Harness, c: Cast, dealId: string, milestoneId: string) {
  const paid = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${milestoneId}/pay`));
  const [row] = await h.db.select().from(payments).where(eq(payments.id, paid.payment.id));
  const pi: Intent = {
    id: row?.providerRef as string,
    amount: paid.payment.amount as number,
    transfer_group: `${dealId}:${milestoneId}`,
    metadata: { deal_id: dealId, milestone_id: milestoneId },
  };
  return { paymentId: paid.payment.id as string, pi };
}

/** Pays (webhook) and delivers a milestone; returns the payment id and the intent. */
export async function paidAndDelivered(h: Harness, c: Cast, dealId: string, m: Json, tag: string) {
  const r = await payIntent(h, c, dealId, m.id);
  ok(await deliver(h, succeeded(`evt_${tag}_paid`, r.pi)));
  ok(
    await c
      .as(c.seller)
      .post(`/v1/deals/${dealId}/milestones/${m.id}/deliver`, { evidence: [{ title: '交付物' }] }),
  );
  return r;
}

export type ConnectParty = 'organization' | 'broker' | 'tenant';

/** Connect onboarding of the deal's parties (the seller's organization, the broker, the tenant). */
export async function onboard(c: Cast, parties: ConnectParty[] = ['organization', 'broker', 'tenant']) {
  const who = { organization: c.seller, broker: c.broker, tenant: c.admin };
  const urls = {
    refreshUrl: 'https://market.example/connect/refresh',
    returnUrl: 'https://market.example/connect/done',
  };
  for (const party of parties) {
    ok(await c.as(who[party]).post('/v1/payments/connect/onboarding', { party, ...urls }));
  }
}

/** Every ledger account family a settled Stripe deal must leave at zero. */
export const SETTLED_ACCOUNTS = [
  'buyer:',
  'escrow:',
  'seller:',
  'broker:',
  'tenant:',
  'platform:',
  'stripe:clearing',
];
