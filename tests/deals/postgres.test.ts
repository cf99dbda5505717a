import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../schema/bootstrap';
import * as schema from '../../schema/index';
import { migratePostgres } from '../../schema/migrate';
import { createSearchFactory } from '../../search/create';
import { memoryMailer } from '../../worker/adapters/mailers';
import { memoryBlobStore } from '../../worker/adapters/memory-blobs';
import { createApp } from '../../worker/app';
import { parseConfig } from '../../worker/config';
import { type Database, sharedDatabase } from '../../worker/db';
import type { Deps } from '../../worker/env';
import { BankTransferProvider } from '../../worker/modules/payments/bank-transfer/provider';
import { StripePaymentProvider } from '../../worker/modules/payments/stripe/provider';
import { noopQueue, silentLogger, systemClock } from '../../worker/ports';
import { Harness, type Json } from '../support/harness';
import { ADMIN, type TestHost } from '../support/host';
import { type PostgresServer, startPostgres } from '../support/postgres';
import { fakeStripe } from '../unit/payments/support/fake-stripe';
import { WEBHOOK_SECRET } from '../unit/payments/support/stripe-events';
import { chargeRefunded, paidAndDelivered, payIntent, succeeded } from './stripe-support';
import {
  balanceOf,
  type Cast,
  cast,
  ok,
  publishedListing,
  raceAccepts,
  setFeePolicy,
  signedDeal,
} from './support';

// The races again on a real PostgreSQL (a throwaway cluster, or TEST_DATABASE_URL), where
// requests run on separate pooled connections and really interleave. Skipped, saying why,
// when no PostgreSQL can be started.

let server: PostgresServer | undefined;
let pool: pg.Pool | undefined;
let h: Harness | undefined;
let c: Cast;
let skipReason = '';

async function postgresHost(url: string): Promise<TestHost> {
  pool = new pg.Pool({ connectionString: url, max: 60 });
  await migratePostgres(pool);
  const db = drizzle(pool, { schema }) as unknown as Database;
  await bootstrap(db, ADMIN);
  const stripe = fakeStripe('sk_test_fake');
  const deps: Deps = {
    search: createSearchFactory({}).forDb,
    config: parseConfig({ NODE_ENV: 'test', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
    database: sharedDatabase(db),
    queue: noopQueue,
    blobs: memoryBlobStore(),
    mailer: memoryMailer(),
    clock: systemClock,
    logger: silentLogger,
    extensions: {
      payments: new StripePaymentProvider({
        secretKey: 'sk_test_fake',
        webhookSecrets: [WEBHOOK_SECRET],
        fetch: stripe.fetch,
        maxNetworkRetries: 0,
      }),
    },
  };
  const app = createApp(deps);
  return { name: 'node', fetch: async (r) => app.fetch(r), db, deps, close: async () => {} };
}

beforeAll(async () => {
  try {
    server = await startPostgres('techmarket_deals');
  } catch (error) {
    skipReason = `PostgreSQL unavailable: ${(error as Error).message}`;
    console.warn(`[deals] skipping the real-PostgreSQL races — ${skipReason}`);
    return;
  }
  const host = await postgresHost(server.url);
  // The harness's tenant/user helpers over the Postgres host (its constructor is private by design).
  h = Reflect.construct(Harness as unknown as new (...args: unknown[]) => Harness, [
    host,
    { id: '', slug: '' },
  ]) as Harness;
  const tenant = await h.createTenant();
  h = Reflect.construct(Harness as unknown as new (...args: unknown[]) => Harness, [host, tenant]) as Harness;
  await setFeePolicy(h);
  c = await cast(h);
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await server?.stop();
});

async function deliver(event: Record<string, unknown>) {
  const payload = JSON.stringify(event);
  const header = await Stripe.webhooks.generateTestHeaderStringAsync({
    payload,
    secret: WEBHOOK_SECRET,
    cryptoProvider: Stripe.createSubtleCryptoProvider(),
  });
  return (h as Harness)
    .client()
    .post('/v1/webhooks/stripe', undefined, { raw: payload, headers: { 'stripe-signature': header } });
}

describe('on real PostgreSQL', () => {
  it('50 concurrent accepts of one offer → 1 × 200 and 49 × 409', async (ctx) => {
    if (!h) return ctx.skip(skipReason);
    const r = await raceAccepts(h, c, 50);
    console.info(`[deals] PostgreSQL ${server?.source}: 50 concurrent accepts → ${JSON.stringify(r.counts)}`);
    expect(r.counts).toEqual({ 200: 1, 409: 49 });
    expect(r.problems).toBe(true);
    expect(r.deal.status).toBe('agreed');
    expect(r.audits).toBe(1);
    expect(r.events).toBe(1);
  });

  it('both parties signing at the same moment → signed exactly once', async (ctx) => {
    if (!h) return ctx.skip(skipReason);
    const deal = ok(
      await c.as(c.buyer).post('/v1/deals', { listingId: c.listingId, mode: 'transfer', amount: 50_000_000 }),
      201,
    );
    const counter = ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${deal.id}/offers`, { mode: 'transfer', amount: 60_000_000, currency: 'CNY' }),
      201,
    );
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/offers/${counter.id}/accept`));
    const contract = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}/contract`));
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        c
          .as(i % 2 ? c.seller : c.buyer)
          .post(`/v1/deals/${deal.id}/contract/sign`, { contentHash: contract.contentHash }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    expect(results.filter((r) => r.status === 409)).toHaveLength(8);
    const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(after.status).toBe('signed');
    const signs = await (h as Harness).db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, deal.id), eq(schema.auditLog.action, 'deal.sign')));
    expect(signs).toHaveLength(1);
  });

  it('webhook events delivered three times, shuffled and concurrent → each payment applied once, ledgers sum to zero', async (ctx) => {
    if (!h) return ctx.skip(skipReason);
    const deals = [await signedDeal(c), await signedDeal(c)];
    const events: Record<string, unknown>[] = [];
    for (const d of deals) {
      for (const m of d.milestones as Json[]) {
        const paid = ok(await c.as(c.buyer).post(`/v1/deals/${d.id}/milestones/${m.id}/pay`));
        const [row] = await (h as Harness).db
          .select()
          .from(schema.payments)
          .where(eq(schema.payments.id, paid.payment.id));
        const pi = {
          id: row?.providerRef,
          object: 'payment_intent',
          amount: m.amount,
          amount_received: m.amount,
          currency: 'cny',
          status: 'succeeded',
          latest_charge: `ch_${m.id}`,
          metadata: { deal_id: d.id, milestone_id: m.id },
        };
        events.push({
          id: `evt_pg_${m.id}`,
          object: 'event',
          created: Math.floor(Date.now() / 1000),
          type: 'payment_intent.succeeded',
          data: { object: pi },
          livemode: false,
          pending_webhooks: 1,
          request: { id: null, idempotency_key: null },
          api_version: '2026-10-28.endive',
        });
      }
    }
    const deliveries = [...events, ...events, ...events].sort(() => Math.random() - 0.5);
    const statuses = (await Promise.all(deliveries.map((e) => deliver(e)))).map((r) => r.status);
    console.info(
      `[deals] PostgreSQL: ${deliveries.length} concurrent webhook deliveries → ${statuses.filter((s) => s === 200).length} × 200`,
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    for (const d of deals) {
      const ledger = ok(await c.as(c.buyer).get(`/v1/deals/${d.id}/ledger`));
      expect(ledger.balanced).toBe(true);
      expect(ledger.entries.filter((e: Json) => e.movement.endsWith(':received'))).toHaveLength(4);
      expect(ok(await c.as(c.buyer).get(`/v1/deals/${d.id}`)).status).toBe('in_progress');
    }
  });

  it('30 concurrent confirmations of one bank payout → 1 × 200 and 29 × 409, booked once', async (ctx) => {
    if (!h) return ctx.skip(skipReason);
    const harness = h;
    const extensions = harness.host.deps.extensions ?? {};
    const stripeProvider = extensions.payments;
    extensions.payments = new BankTransferProvider({
      account: { payeeName: '平台运营方', bankName: '测试银行', accountNumber: '6222000000000000' },
      clock: systemClock,
    });
    harness.host.deps.extensions = extensions;
    try {
      const deal = await signedDeal(c);
      const [m1] = deal.milestones as Json[];
      const pay = ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/pay`));
      ok(
        await c.as(c.admin).post(`/v1/payments/${pay.payment.id}/confirm`, {
          amount: m1.amount,
          bankReference: 'PG-IN-1',
          receivedAt: '2026-03-12T10:20:00+08:00',
        }),
      );
      ok(
        await c
          .as(c.seller)
          .post(`/v1/deals/${deal.id}/milestones/${m1.id}/deliver`, { evidence: [{ title: 'x' }] }),
      );
      ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          c.as(c.admin).post(`/v1/payments/${pay.payment.id}/payouts/seller/confirm`, {
            reference: `PG-OUT-${i}`,
            sentAt: '2026-04-01T15:00:00+08:00',
          }),
        ),
      );
      const counts: Record<number, number> = {};
      for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
      console.info(`[deals] PostgreSQL: 30 concurrent payout confirmations → ${JSON.stringify(counts)}`);
      expect(counts).toEqual({ 200: 1, 409: 29 });
      const lines = await harness.db
        .select()
        .from(schema.ledgerEntries)
        .where(eq(schema.ledgerEntries.movementKey, `${pay.payment.id}:payout:seller`));
      expect(lines).toHaveLength(2);
      const ledger = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}/ledger`));
      expect(ledger.balanced).toBe(true);
    } finally {
      extensions.payments = stripeProvider;
    }
  });

  it('a payout retry racing a refund: neither the payout nor the claw-back record is lost, nobody is overpaid', async (ctx) => {
    if (!h) return ctx.skip(skipReason);
    const harness = h;
    const extensions = harness.host.deps.extensions ?? {};
    const previous = extensions.payments;
    // Transfers take a while at "Stripe", so the refund webhook lands while a payout is in flight.
    const stripe = fakeStripe('sk_test_fake');
    const slow: typeof fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/v1/transfers')) await new Promise((r) => setTimeout(r, 300));
      return stripe.fetch(input, init);
    };
    extensions.payments = new StripePaymentProvider({
      secretKey: 'sk_test_fake',
      webhookSecrets: [WEBHOOK_SECRET],
      fetch: slow,
      maxNetworkRetries: 0,
    });
    harness.host.deps.extensions = extensions;
    const urls = { refreshUrl: 'https://m.example/r', returnUrl: 'https://m.example/d' };
    try {
      ok(await c.as(c.seller).post('/v1/payments/connect/onboarding', { party: 'organization', ...urls }));
      ok(await c.as(c.broker).post('/v1/payments/connect/onboarding', { party: 'broker', ...urls }));
      c.listingId = await publishedListing(c);
      const deal = await signedDeal(c);
      const [m1] = deal.milestones as Json[];
      const { paymentId, pi } = await paidAndDelivered(harness, c, deal.id, m1, 'pgrace');
      const accepted = ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
      expect(accepted.transfers.map((t: Json) => t.status)).toEqual(['succeeded', 'succeeded', 'no_account']);
      // The tenant onboards late; an admin retries its payout while Stripe reports a partial refund.
      ok(await c.as(c.admin).post('/v1/payments/connect/onboarding', { party: 'tenant', ...urls }));
      const retryPath = `/v1/payments/${paymentId}/payouts/retry`;
      const [r1, r2, refund] = await Promise.all([
        c.as(c.admin).post(retryPath),
        c.as(c.admin).post(retryPath),
        new Promise((r) => setTimeout(r, 60)).then(() =>
          deliver(chargeRefunded('evt_pgrace_refund', pi, 33_333_333)),
        ),
      ]);
      expect([r1.status, r2.status, refund.status]).toEqual([200, 200, 200]);
      ok(await c.as(c.admin).post(retryPath)); // settles any claw-back still pending
      const pay = ok(await c.as(c.admin).get(`/v1/payments/${paymentId}`));
      expect(pay.amountRefunded).toBe(33_333_333);
      const key = { seller: 'sellerNet', broker: 'brokerCommission', tenant: 'tenantShare' } as const;
      for (const t of pay.transfers as Json[]) {
        const party = t.party as keyof typeof key;
        const clawed = (pay.reversals as Json[])
          .filter((r) => r.party === party)
          .reduce((sum, r) => sum + r.amount, 0);
        // The claw-back record on the transfer matches the reversals made, and what the party
        // kept is exactly its share after the refund.
        expect(t.status, party).toBe('succeeded');
        expect(t.reversed ?? 0, party).toBe(clawed);
        expect(t.amount - clawed, party).toBe(pay.split[key[party]] - pay.reversedSplit[key[party]]);
      }
      expect((pay.reversals as Json[]).every((r) => r.status === 'succeeded')).toBe(true);
      const tenantTransfers = stripe.requests.filter(
        (r) =>
          r.path === '/v1/transfers' &&
          r.headers.get('idempotency-key')?.startsWith(`release:${paymentId}:tenant`),
      );
      expect(new Set(tenantTransfers.map((r) => r.headers.get('idempotency-key'))).size).toBe(1);
      const ledger = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}/ledger`));
      expect(ledger.balanced).toBe(true);
      for (const p of ['seller:', 'broker:', 'tenant:', 'escrow:']) expect(balanceOf(ledger, p), p).toBe(0);
      console.info(
        `[deals] PostgreSQL: payout retry ×2 racing a refund → transfers ${JSON.stringify(
          (pay.transfers as Json[]).map((t) => [t.party, t.amount, t.reversed ?? 0]),
        )}`,
      );
    } finally {
      extensions.payments = previous;
    }
  });

  it('full refunds at Stripe delivered three times, concurrently → milestones and deal refunded once, ledger zero', async (ctx) => {
    if (!h) return ctx.skip(skipReason);
    const harness = h;
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const events: Record<string, unknown>[] = [];
    for (const m of deal.milestones as Json[]) {
      const { pi } = await payIntent(harness, c, deal.id, m.id);
      ok(await deliver(succeeded(`evt_pgfull_${m.id}_paid`, pi)));
      events.push(
        chargeRefunded(`evt_pgfull_${m.id}_part`, pi, 1_000),
        chargeRefunded(`evt_pgfull_${m.id}`, pi, m.amount),
      );
    }
    const deliveries = [...events, ...events, ...events].sort(() => Math.random() - 0.5);
    const statuses = (await Promise.all(deliveries.map((e) => deliver(e)))).map((r) => r.status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(after.status).toBe('refunded');
    expect(after.milestones.map((m: Json) => m.status)).toEqual(['refunded', 'refunded']);
    const dealRefunds = await harness.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, deal.id), eq(schema.auditLog.action, 'deal.refund')));
    expect(dealRefunds).toHaveLength(1);
    const ledger = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}/ledger`));
    expect(ledger.balanced).toBe(true);
    for (const p of ['buyer:', 'escrow:']) expect(balanceOf(ledger, p), p).toBe(0);
  });
});
