import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payments, webhookEvents } from '../../schema/index';
import { Harness, type Json } from '../support/harness';
import type { FakeStripe } from '../unit/payments/support/fake-stripe';
import { deliver as deliverEvent, envelope, onboard, succeeded, useFakeStripe } from './stripe-support';
import { balanceOf, type Cast, cast, ok, publishedListing, setFeePolicy, signedDeal } from './support';

// The Stripe Connect path with the adapter's in-process HTTP client: a PaymentIntent per
// milestone in the milestone's transfer group, the succeeded webhook marks it paid, and the
// buyer's acceptance transfers the seller, broker and tenant shares; webhooks apply once.

let h: Harness;
let c: Cast;
let stripe: FakeStripe;

const deliver = (event: Record<string, unknown>) => deliverEvent(h, event);

const failed = (id: string, piId: string) => ({
  ...envelope(id, 'payment_intent.payment_failed', {
    id: piId,
    object: 'payment_intent',
    amount: 1,
    currency: 'cny',
    status: 'requires_payment_method',
    metadata: {},
    last_payment_error: { code: 'card_declined', message: 'declined' },
  }),
  created: Math.floor(Date.now() / 1000) - 60,
});

beforeAll(async () => {
  h = await Harness.start();
  await setFeePolicy(h);
  stripe = useFakeStripe(h);
  c = await cast(h);
  await onboard(c);
});
afterAll(() => h.close());

async function payIntent(dealId: string, milestoneId: string) {
  const paid = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${milestoneId}/pay`));
  const request = stripe.requests.filter((r) => r.path === '/v1/payment_intents').at(-1);
  const [row] = await h.db.select().from(payments).where(eq(payments.id, paid.payment.id));
  return {
    paid,
    request,
    pi: {
      id: row?.providerRef as string,
      amount: paid.payment.amount as number,
      transfer_group: request?.params.transfer_group as string,
      metadata: { deal_id: dealId, milestone_id: milestoneId },
    },
  };
}

describe('Stripe Connect path', () => {
  it('onboarding created one connected account per party', () => {
    expect(stripe.requests.filter((r) => r.path === '/v1/accounts')).toHaveLength(3);
  });

  it('PaymentIntent per milestone → webhook succeeded → paid → accepted → transfers to seller, broker, tenant', async () => {
    const deal = await signedDeal(c);
    const [m1, m2] = deal.milestones as Json[];
    const { paid, request, pi } = await payIntent(deal.id, m1.id);
    expect(paid.payment.rail).toBe('stripe');
    expect(paid.payment.instructions).toMatchObject({
      kind: 'card',
      clientSecret: expect.stringContaining('_secret_'),
    });
    expect(request?.params).toMatchObject({
      amount: String(m1.amount),
      currency: 'cny',
      transfer_group: `${deal.id}:${m1.id}`,
      'metadata[milestone_id]': m1.id,
    });
    expect(request?.headers.get('idempotency-key')).toBe(`milestone-payment:${paid.payment.id}`);

    const forged = await h.client().post('/v1/webhooks/stripe', undefined, {
      raw: JSON.stringify(succeeded('evt_forged', pi)),
      headers: { 'stripe-signature': 't=1,v1=00' },
    });
    expect(forged.status).toBe(400);
    expect(forged.contentType).toContain('application/problem+json');
    const first = ok(await deliver(succeeded('evt_pi_ok_1', pi)));
    expect(first).toMatchObject({ received: true, duplicate: false, outcome: 'applied' });
    expect(ok(await deliver(succeeded('evt_pi_ok_1', pi)))).toMatchObject({ duplicate: true });
    expect(
      ok(
        await deliver({
          ...succeeded('evt_unknown_1', pi),
          type: 'customer.created',
          data: { object: { id: 'cus_1', object: 'customer' } },
        }),
      ),
    ).toMatchObject({ outcome: 'ignored' });
    const running = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(running.status).toBe('in_progress');
    expect(running.milestones[0].status).toBe('paid');

    ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${deal.id}/milestones/${m1.id}/deliver`, { evidence: [{ title: '技术资料包' }] }),
    );
    const accepted = ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
    expect(accepted.transfers.map((t: Json) => [t.party, t.status])).toEqual([
      ['seller', 'succeeded'],
      ['broker', 'succeeded'],
      ['tenant', 'succeeded'],
    ]);
    const transfers = stripe.requests.filter((r) => r.path === '/v1/transfers');
    expect(transfers).toHaveLength(3);
    for (const t of transfers) {
      expect(t.params).toMatchObject({
        currency: 'cny',
        transfer_group: `${deal.id}:${m1.id}`,
        source_transaction: `ch_${pi.id}`,
      });
      expect(t.params.destination).toMatch(/^acct_/);
    }
    const payment = ok(await c.as(c.buyer).get(`/v1/payments/${paid.payment.id}`));
    const sum = transfers.reduce((s, t) => s + Number(t.params.amount), 0);
    expect(sum).toBe(payment.split.sellerNet + payment.split.brokerCommission + payment.split.tenantShare);

    const second = await payIntent(deal.id, m2.id);
    ok(await deliver(succeeded('evt_pi_ok_2', second.pi)));
    ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${deal.id}/milestones/${m2.id}/deliver`, { evidence: [{ title: '验收报告' }] }),
    );
    expect(ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m2.id}/accept`)).dealStatus).toBe(
      'completed',
    );

    const ledger = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}/ledger`));
    expect(ledger.balanced).toBe(true);
    // Everything owed was transferred: the parties' balances are back to zero, Stripe clearing holds the payouts.
    expect(balanceOf(ledger, 'seller:')).toBe(0);
    expect(balanceOf(ledger, 'broker:')).toBe(0);
    expect(balanceOf(ledger, 'tenant:')).toBe(0);
    expect(balanceOf(ledger, 'buyer:')).toBe(-120_000_001);
    expect(balanceOf(ledger, 'stripe:clearing') + balanceOf(ledger, 'platform:')).toBe(120_000_001);
  });

  it('the same webhook events delivered three times in shuffled order are each applied once', async () => {
    // The first test's exclusive licence completed and closed its listing: use a fresh one.
    c.listingId = await publishedListing(c);
    const deals = [await signedDeal(c), await signedDeal(c)];
    const intents = [];
    for (const d of deals)
      for (const m of d.milestones as Json[])
        intents.push({ deal: d.id as string, ...(await payIntent(d.id, m.id)).pi });
    const events: Json[] = intents.flatMap((pi, i) => [
      succeeded(`evt_shuffle_ok_${i}`, pi),
      failed(`evt_shuffle_fail_${i}`, pi.id),
    ]);
    events.push({
      ...succeeded('evt_shuffle_unknown', intents[0] as Json),
      type: 'invoice.paid',
      data: { object: { id: 'in_1', object: 'invoice' } },
    });
    const deliveries = [...events, ...events, ...events];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j] as Json, deliveries[i] as Json];
    }
    // Half one after another, half all at once.
    const half = Math.floor(deliveries.length / 2);
    const statuses: number[] = [];
    for (const e of deliveries.slice(0, half)) statuses.push((await deliver(e)).status);
    statuses.push(...(await Promise.all(deliveries.slice(half).map((e) => deliver(e)))).map((r) => r.status));
    expect(statuses.every((s) => s === 200)).toBe(true);

    const recorded = await h.db.select().from(webhookEvents);
    expect(recorded.filter((e) => e.id.startsWith('evt_shuffle_'))).toHaveLength(events.length);
    for (const d of deals) {
      const rows = await h.db
        .select()
        .from(payments)
        .where(and(eq(payments.dealId, d.id)));
      expect(rows.map((p) => p.status)).toEqual(['succeeded', 'succeeded']);
      const ledger = ok(await c.as(c.buyer).get(`/v1/deals/${d.id}/ledger`));
      expect(ledger.balanced).toBe(true);
      expect(balanceOf(ledger, 'buyer:')).toBe(-120_000_001);
      expect(balanceOf(ledger, 'escrow:')).toBe(120_000_001);
      expect(ledger.entries.filter((e: Json) => e.movement.endsWith(':received'))).toHaveLength(4);
    }
  });

  it('a dispute resolved with a refund gives escrow back to the buyer through a Stripe refund', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const { pi } = await payIntent(deal.id, m1.id);
    ok(await deliver(succeeded('evt_refund_path_paid', pi)));
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/dispute`, { reason: '交付物与合同不符。' }));
    expect(
      (
        await c
          .as(c.buyer)
          .post(`/v1/deals/${deal.id}/resolve`, { outcome: 'refund', reason: '买方自行退款' })
      ).status,
    ).toBe(403);
    const resolved = ok(
      await c
        .as(c.admin)
        .post(`/v1/deals/${deal.id}/resolve`, { outcome: 'refund', reason: '经调解，全额退还首付款。' }),
    );
    expect(resolved.status).toBe('refunded');
    expect(stripe.requests.filter((r) => r.path === '/v1/refunds').at(-1)?.params).toMatchObject({
      payment_intent: pi.id,
      amount: String(m1.amount),
    });
    const ledger = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}/ledger`));
    expect(ledger.balanced).toBe(true);
    expect(balanceOf(ledger, 'buyer:')).toBe(0);
    expect(balanceOf(ledger, 'escrow:')).toBe(0);
    // Stripe's own charge.refunded event afterwards changes nothing.
    const refunded = {
      ...succeeded('evt_refund_path_charge', pi),
      type: 'charge.refunded',
      data: {
        object: {
          id: `ch_${pi.id}`,
          object: 'charge',
          payment_intent: pi.id,
          amount: m1.amount,
          amount_refunded: m1.amount,
          refunded: true,
          currency: 'cny',
        },
      },
    };
    expect(ok(await deliver(refunded)).outcome).toBe('already_refunded');
  });
});
