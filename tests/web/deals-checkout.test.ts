import { mkdir, writeFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payments } from '../../schema/index';
import { StripePaymentProvider } from '../../worker/modules/payments/stripe/provider';
import { Harness, type Json, type TestUser } from '../support/harness';
import { type FakeStripe, fakeStripe } from '../unit/payments/support/fake-stripe';
import { WEBHOOK_SECRET } from '../unit/payments/support/stripe-events';
import { page } from './page';
import { type Market, seedMarket } from './seed';

// Card checkout when Stripe is configured: the buyer's "pay by card (Stripe)" starts the
// milestone's PaymentIntent (through the in-process Stripe HTTP client) and opens the checkout
// page, which carries the publishable key and the client secret for Stripe's Payment Element,
// loads Stripe.js and /checkout.js (no inline script) and is the only page whose CSP allows
// Stripe. Back in the room the milestone says "processing" until the webhook marks it paid.

const PK = 'pk_test_51TechMarketFake';
let h: Harness;
let m: Market;
let stripe: FakeStripe;
let outsider: TestUser;
let dealId: string;
let mid: string;

const api = (u: TestUser) => h.client(u.token);
const ok = (res: { status: number; body: Json }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

beforeAll(async () => {
  h = await Harness.start();
  stripe = fakeStripe('sk_test_fake');
  h.host.deps.extensions = {
    payments: new StripePaymentProvider({
      secretKey: 'sk_test_fake',
      webhookSecrets: [WEBHOOK_SECRET],
      fetch: stripe.fetch,
      maxNetworkRetries: 0,
    }),
  };
  h.host.deps.config = { ...h.host.deps.config, STRIPE_PUBLISHABLE_KEY: PK };
  m = await seedMarket(h);
  outsider = await h.user(['buyer']);
  const deal = ok(
    await api(m.buyer).post('/v1/deals', {
      listingId: m.listings.perovskite,
      mode: 'license_exclusive',
      amount: 100_000_000,
      currency: 'CNY',
      milestones: [
        { title: '首付款', shareBps: 4000 },
        { title: '验收款', shareBps: 6000 },
      ],
    }),
    201,
  );
  ok(await api(m.seller).post(`/v1/deals/${deal.id}/offers/${deal.offers[0].id}/accept`));
  const { contentHash } = ok(await api(m.buyer).get(`/v1/deals/${deal.id}/contract`));
  for (const u of [m.buyer, m.seller])
    ok(await api(u).post(`/v1/deals/${deal.id}/contract/sign`, { contentHash }));
  dealId = deal.id;
  mid = ok(await api(m.buyer).get(`/v1/deals/${deal.id}`)).milestones[0].id;
});
afterAll(() => h.close());

const checkout = () => `/deals/${dealId}/milestones/${mid}/checkout`;

describe('card checkout with Stripe configured', () => {
  it('the buyer sees "pay by card (Stripe)" and no bank-transfer pay button; the seller sees neither', async () => {
    const buyer = await page(h, `/deals/${dealId}`, { token: m.buyer.token });
    expect(buyer.html).toContain(`action="${checkout()}"`);
    expect(buyer.html).toContain('银行卡支付（Stripe）');
    expect(buyer.html).not.toContain(`/milestones/${mid}/pay"`);
    const seller = await page(h, `/deals/${dealId}`, { token: m.seller.token });
    expect(seller.html).not.toContain('/checkout"');
    // The room itself does not allow Stripe.
    const csp = buyer.headers.get('content-security-policy') ?? '';
    expect(csp).not.toContain('stripe.com');
  });

  it('a forged or cross-site start is refused; nothing is created at Stripe', async () => {
    expect((await page(h, checkout(), { token: m.seller.token, form: {} })).status).toBe(403);
    expect((await page(h, checkout(), { token: outsider.token, form: {} })).status).toBe(404);
    expect(
      (await page(h, checkout(), { token: m.buyer.token, form: {}, origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect(stripe.requests.filter((r) => r.path === '/v1/payment_intents')).toHaveLength(0);
  });

  it('starting creates one PaymentIntent and opens the checkout page with key, secret and Stripe.js', async () => {
    const start = await page(h, checkout(), { token: m.buyer.token, form: {} });
    expect(start.status).toBe(303);
    expect(start.headers.get('location')).toBe(checkout());
    const [row] = await h.db.select().from(payments).where(eq(payments.milestoneId, mid));
    const secret = String(row?.instructions?.clientSecret);
    expect(secret).toMatch(/^pi_.+_secret_/);
    const res = await page(h, checkout(), { token: m.buyer.token });
    expect(res.status).toBe(200);
    expect(res.html).toContain(`data-key="${PK}"`);
    expect(res.html).toContain(`data-secret="${secret}"`);
    expect(res.html).toContain(`data-return-url="http://web.test/deals/${dealId}?checkout=${mid}#ms-${mid}"`);
    expect(res.html).toContain('<script src="https://js.stripe.com/v3/" defer=""></script>');
    expect(res.html).toContain('<script src="/checkout.js" defer=""></script>');
    // No inline script: every script element has a src and no body.
    const scripts = res.html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(2);
    for (const s of scripts) expect(s).toMatch(/^<script src="[^"]+"[^>]*><\/script>$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.byteLength(res.html);
    expect(bytes).toBeLessThan(100 * 1024);
    await mkdir('test-output', { recursive: true });
    await writeFile(
      'test-output/page-weights-checkout.json',
      `${JSON.stringify({ '/deals/:id/milestones/:mid/checkout': { html: bytes } })}\n`,
    );
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' https:\/\/js\.stripe\.com https:\/\/\*\.js\.stripe\.com/);
    expect(csp).toMatch(/frame-src 'self' https:\/\/js\.stripe\.com [^;]*https:\/\/hooks\.stripe\.com/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/api\.stripe\.com/);
    expect(csp).not.toContain('unsafe-inline');
    // Again: the same PaymentIntent, not a second one.
    await page(h, checkout(), { token: m.buyer.token, form: {} });
    expect(stripe.requests.filter((r) => r.path === '/v1/payment_intents')).toHaveLength(1);
  });

  it('only the buyer opens the page: the seller gets 403, an outsider 404', async () => {
    expect((await page(h, checkout(), { token: m.seller.token })).status).toBe(403);
    expect((await page(h, checkout(), { token: outsider.token })).status).toBe(404);
  });

  it('serves /checkout.js as a script', async () => {
    const js = await page(h, '/checkout.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.html).toContain('confirmPayment');
  });

  it('back from Stripe the room says "processing" until the webhook marks the milestone paid', async () => {
    const back = await page(
      h,
      `/deals/${dealId}?checkout=${mid}&payment_intent=pi_x&redirect_status=succeeded`,
      {
        token: m.buyer.token,
      },
    );
    expect(back.html).toContain('付款处理中');
    expect(back.html).not.toContain(`action="${checkout()}"`);
    const [row] = await h.db.select().from(payments).where(eq(payments.milestoneId, mid));
    const payload = JSON.stringify({
      id: 'evt_checkout_paid',
      object: 'event',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      type: 'payment_intent.succeeded',
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: {
        object: {
          id: row?.providerRef,
          object: 'payment_intent',
          amount: row?.amount,
          amount_received: row?.amount,
          currency: 'cny',
          status: 'succeeded',
          latest_charge: `ch_${row?.providerRef}`,
          transfer_group: `${dealId}:${mid}`,
          metadata: { deal_id: dealId, milestone_id: mid },
        },
      },
    });
    const header = await Stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: WEBHOOK_SECRET,
      cryptoProvider: Stripe.createSubtleCryptoProvider(),
    });
    ok(
      await h
        .client()
        .post('/v1/webhooks/stripe', undefined, { raw: payload, headers: { 'stripe-signature': header } }),
    );
    const paid = await page(h, `/deals/${dealId}?checkout=${mid}&redirect_status=succeeded`, {
      token: m.buyer.token,
    });
    expect(paid.html).not.toContain('付款处理中');
    expect(paid.html).toContain('履行中');
    // A paid milestone's checkout goes back to the room.
    expect((await page(h, checkout(), { token: m.buyer.token })).status).toBe(303);
  });

  it('without a publishable key the page says so and loads no script', async () => {
    const mid2 = ok(await api(m.buyer).get(`/v1/deals/${dealId}`)).milestones[1].id;
    const path = `/deals/${dealId}/milestones/${mid2}/checkout`;
    expect((await page(h, path, { token: m.buyer.token, form: {} })).status).toBe(303);
    const config = h.host.deps.config;
    h.host.deps.config = { ...config, STRIPE_PUBLISHABLE_KEY: undefined };
    try {
      const res = await page(h, path, { token: m.buyer.token });
      expect(res.html).toContain('STRIPE_PUBLISHABLE_KEY');
      expect(res.html).not.toContain('<script');
    } finally {
      h.host.deps.config = config;
    }
  });
});
