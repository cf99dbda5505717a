import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookEvents } from '../../schema/index';
import { Harness, type Json } from '../support/harness';
import type { FakeStripe } from '../unit/payments/support/fake-stripe';
import {
  chargeRefunded,
  deliver as deliverEvent,
  onboard,
  payIntent as payMilestoneIntent,
  SETTLED_ACCOUNTS,
  succeeded,
  useFakeStripe,
} from './stripe-support';
import { balanceOf, type Cast, cast, ok, publishedListing, setFeePolicy, signedDeal } from './support';

// Refunds after the release on the Stripe path (transfer reversals per party, prorated, never
// more than a party received), payout retries for parties that onboard late, and a refund
// event that arrives before its payment.

let h: Harness;
let c: Cast;
let stripe: FakeStripe;

const deliver = (event: Record<string, unknown>) => deliverEvent(h, event);
const payIntent = (dealId: string, milestoneId: string) => payMilestoneIntent(h, c, dealId, milestoneId);

/** Pays (webhook), delivers and accepts a milestone; returns the payment id, the intent and the transfers. */
async function releaseMilestone(dealId: string, m: Json, tag: string) {
  const { paymentId, pi } = await payIntent(dealId, m.id);
  ok(await deliver(succeeded(`evt_${tag}_paid`, pi)));
  ok(
    await c
      .as(c.seller)
      .post(`/v1/deals/${dealId}/milestones/${m.id}/deliver`, { evidence: [{ title: '交付物' }] }),
  );
  const accepted = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m.id}/accept`));
  return { paymentId, pi, transfers: accepted.transfers as Json[] };
}

const reversalsTo = (transferId: string) =>
  stripe.requests.filter((r) => r.path === `/v1/transfers/${transferId}/reversals`);

beforeAll(async () => {
  h = await Harness.start();
  await setFeePolicy(h);
  stripe = useFakeStripe(h);
  c = await cast(h);
  // The tenant onboards late (see the retry test): its share stays owed until then.
  await onboard(c, ['organization', 'broker']);
});
afterAll(() => h.close());

describe('refund after release (Stripe)', () => {
  it('an admin refund of a disputed deal reverses the released shares, refunds the buyer, and the ledger sums to zero', async () => {
    const deal = await signedDeal(c);
    const [m1, m2] = deal.milestones as Json[];
    const r1 = await releaseMilestone(deal.id, m1, 'rr1');
    expect(r1.transfers.map((t) => [t.party, t.status])).toEqual([
      ['seller', 'succeeded'],
      ['broker', 'succeeded'],
      ['tenant', 'no_account'],
    ]);
    // The second milestone is paid but still in escrow.
    const p2 = await payIntent(deal.id, m2.id);
    ok(await deliver(succeeded('evt_rr2_paid', p2.pi)));

    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/dispute`, { reason: '交付物与合同不符。' }));
    const resolved = ok(
      await c
        .as(c.admin)
        .post(`/v1/deals/${deal.id}/resolve`, { outcome: 'refund', reason: '经调解，全额退款。' }),
    );
    expect(resolved.status).toBe('refunded');
    expect(resolved.milestones.map((m: Json) => m.status)).toEqual(['refunded', 'refunded']);

    const pay1 = ok(await c.as(c.admin).get(`/v1/payments/${r1.paymentId}`));
    expect(pay1.status).toBe('refunded');
    expect(pay1.amountRefunded).toBe(m1.amount);
    expect(pay1.reversedSplit).toEqual(pay1.split);
    // Seller and broker were paid out: their transfers are reversed in full. The tenant was
    // never paid (no account): its share is simply no longer owed, nothing to reverse.
    const [seller, broker] = r1.transfers as Json[];
    expect(reversalsTo(seller.providerRef).map((r) => r.params.amount)).toEqual([
      String(pay1.split.sellerNet),
    ]);
    expect(reversalsTo(broker.providerRef).map((r) => r.params.amount)).toEqual([
      String(pay1.split.brokerCommission),
    ]);
    expect(reversalsTo(seller.providerRef)[0]?.headers.get('idempotency-key')).toBe(
      `reversal:${r1.paymentId}:seller:${m1.amount}`,
    );
    expect(pay1.reversals.map((r: Json) => [r.party, r.status])).toEqual([
      ['seller', 'succeeded'],
      ['broker', 'succeeded'],
    ]);
    const refunds = stripe.requests.filter((r) => r.path === '/v1/refunds').map((r) => r.params);
    expect(refunds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ payment_intent: r1.pi.id, amount: String(m1.amount) }),
        expect.objectContaining({ payment_intent: p2.pi.id, amount: String(m2.amount) }),
      ]),
    );

    const ledger = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}/ledger`));
    expect(ledger.balanced).toBe(true);
    for (const prefix of SETTLED_ACCOUNTS) expect(balanceOf(ledger, prefix), prefix).toBe(0);
    const movements = new Set(ledger.entries.map((e: Json) => e.movement));
    expect(movements).toContain(`${r1.paymentId}:reversed:${m1.amount}`);
    expect(movements).toContain(`${r1.paymentId}:clawback:seller:${m1.amount}`);
    expect(movements).not.toContain(`${r1.paymentId}:clawback:tenant:${m1.amount}`);

    // Stripe's own charge.refunded afterwards changes nothing.
    expect(ok(await deliver(chargeRefunded('evt_rr1_refunded', r1.pi, m1.amount))).outcome).toBe(
      'already_refunded',
    );
    // Nothing is left to pay out: a retry transfers nothing.
    const before = stripe.requests.length;
    ok(await c.as(c.admin).post(`/v1/payments/${r1.paymentId}/payouts/retry`));
    expect(stripe.requests.filter((r) => r.path === '/v1/transfers').length).toBe(2);
    expect(stripe.requests.length).toBe(before);
  });

  it('payouts to a party without a connected account are retried once it has onboarded, idempotently', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1, m2] = deal.milestones as Json[];
    const r1 = await releaseMilestone(deal.id, m1, 'retry1');
    expect(r1.transfers.find((t) => t.party === 'tenant')?.status).toBe('no_account');
    const retryPath = `/v1/payments/${r1.paymentId}/payouts/retry`;
    expect((await c.as(c.buyer).post(retryPath)).status).toBe(403);
    // Not onboarded yet: still no_account, no transfer attempted.
    const transfersBefore = stripe.requests.filter((r) => r.path === '/v1/transfers').length;
    expect(ok(await c.as(c.admin).post(retryPath)).transfers.map((t: Json) => t.status)).toEqual([
      'succeeded',
      'succeeded',
      'no_account',
    ]);
    expect(stripe.requests.filter((r) => r.path === '/v1/transfers').length).toBe(transfersBefore);

    // A partial refund meanwhile: the tenant's part comes out of what it is owed (no reversal),
    // and the transfer still to make shrinks accordingly.
    expect(ok(await deliver(chargeRefunded('evt_retry1_partial', r1.pi, 9_999_999))).outcome).toBe(
      'refund_booked_release_reversed',
    );
    const reduced = ok(await c.as(c.admin).get(`/v1/payments/${r1.paymentId}`));
    const tenantDue = reduced.split.tenantShare - reduced.reversedSplit.tenantShare;
    expect(tenantDue).toBeLessThan(reduced.split.tenantShare);
    expect(reduced.transfers.find((t: Json) => t.party === 'tenant')).toMatchObject({
      status: 'no_account',
      amount: tenantDue,
    });
    expect(reduced.reversals.map((r: Json) => r.party)).toEqual(['seller', 'broker']);
    await onboard(c, ['tenant']);
    const results = await Promise.all([1, 2, 3].map(() => c.as(c.admin).post(retryPath)));
    for (const r of results) expect(r.status).toBe(200);
    const after = ok(await c.as(c.admin).post(retryPath));
    expect(after.transfers.map((t: Json) => [t.party, t.status])).toEqual([
      ['seller', 'succeeded'],
      ['broker', 'succeeded'],
      ['tenant', 'succeeded'],
    ]);
    const tenantTransfers = stripe.requests.filter(
      (r) =>
        r.path === '/v1/transfers' &&
        r.headers.get('idempotency-key') === `release:${r1.paymentId}:tenant:${tenantDue}`,
    );
    expect(tenantTransfers.length).toBeGreaterThanOrEqual(1);
    expect(new Set(tenantTransfers.map((t) => t.params.amount))).toEqual(new Set([String(tenantDue)]));
    expect(after.transfers.find((t: Json) => t.party === 'tenant').amount).toBe(tenantDue);
    const ledger = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}/ledger`));
    expect(ledger.balanced).toBe(true);
    expect(ledger.entries.filter((e: Json) => e.movement === `${r1.paymentId}:payout:tenant`)).toHaveLength(
      2,
    );
    expect(balanceOf(ledger, 'seller:') + balanceOf(ledger, 'broker:') + balanceOf(ledger, 'tenant:')).toBe(
      0,
    );

    // A payment that was not released has nothing to pay out.
    const p2 = await payIntent(deal.id, m2.id);
    expect((await c.as(c.admin).post(`/v1/payments/${p2.paymentId}/payouts/retry`)).status).toBe(409);
  });

  it('two partial refunds of a released milestone take back prorated parts, never more than a party received', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const r1 = await releaseMilestone(deal.id, m1, 'part');
    expect(r1.transfers.map((t) => t.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    const first = 10_000_001;
    const second = m1.amount - 3; // cumulative, as charge.refunded reports it
    expect(ok(await deliver(chargeRefunded('evt_part_1', r1.pi, first))).outcome).toBe(
      'refund_booked_release_reversed',
    );
    const mid = ok(await c.as(c.admin).get(`/v1/payments/${r1.paymentId}`));
    expect(mid.amountRefunded).toBe(first);
    expect(mid.status).toBe('succeeded');
    expect(mid.reversedSplit.gross).toBe(first);
    expect(ok(await deliver(chargeRefunded('evt_part_2', r1.pi, second))).outcome).toBe(
      'refund_booked_release_reversed',
    );
    // Replays and the older cumulative figure arriving late change nothing.
    expect(ok(await deliver(chargeRefunded('evt_part_2', r1.pi, second))).duplicate).toBe(true);
    expect(ok(await deliver(chargeRefunded('evt_part_1_late', r1.pi, first))).outcome).toBe(
      'already_refunded',
    );

    const pay = ok(await c.as(c.admin).get(`/v1/payments/${r1.paymentId}`));
    expect(pay.amountRefunded).toBe(second);
    const keys = ['sellerNet', 'brokerCommission', 'tenantShare', 'platformFee'] as const;
    expect(keys.reduce((s, k) => s + pay.reversedSplit[k], 0)).toBe(second);
    for (const k of keys) {
      expect(pay.reversedSplit[k]).toBeGreaterThanOrEqual(0);
      expect(pay.reversedSplit[k]).toBeLessThanOrEqual(pay.split[k]);
    }
    // At the rail: two reversals per transfer, together exactly the prorated parts and never
    // more than the transfer.
    const partyKey = { seller: 'sellerNet', broker: 'brokerCommission', tenant: 'tenantShare' } as const;
    for (const t of r1.transfers) {
      const reversed = reversalsTo(t.providerRef).map((r) => Number(r.params.amount));
      expect(reversed).toHaveLength(2);
      const total = reversed.reduce((s, a) => s + a, 0);
      expect(total).toBe(pay.reversedSplit[partyKey[t.party as keyof typeof partyKey]]);
      expect(total).toBeLessThanOrEqual(t.amount);
    }
    const ledger = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}/ledger`));
    expect(ledger.balanced).toBe(true);
    expect(balanceOf(ledger, 'buyer:')).toBe(-(m1.amount - second));
    expect(balanceOf(ledger, 'escrow:')).toBe(0);
    for (const prefix of ['seller:', 'broker:', 'tenant:']) expect(balanceOf(ledger, prefix), prefix).toBe(0);
    expect(balanceOf(ledger, 'platform:')).toBe(pay.split.platformFee - pay.reversedSplit.platformFee);
    expect(balanceOf(ledger, 'stripe:clearing')).toBe(
      pay.split.sellerNet +
        pay.split.brokerCommission +
        pay.split.tenantShare -
        (pay.reversedSplit.sellerNet + pay.reversedSplit.brokerCommission + pay.reversedSplit.tenantShare),
    );
  });

  it('a refund event before its payment answers 409 (Stripe retries) and is applied once after the payment', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const { paymentId, pi } = await payIntent(deal.id, m1.id);
    const refund = chargeRefunded('evt_early_refund', pi, 5_000_000);
    for (let i = 0; i < 2; i++) {
      const early = await deliver(refund);
      expect(early.status).toBe(409);
      expect(early.contentType).toContain('application/problem+json');
    }
    expect(await h.db.select().from(webhookEvents).where(eq(webhookEvents.id, 'evt_early_refund'))).toEqual(
      [],
    );
    const before = ok(await c.as(c.admin).get(`/v1/payments/${paymentId}`));
    expect([before.status, before.amountRefunded]).toEqual(['requires_payment', 0]);

    expect(ok(await deliver(succeeded('evt_early_paid', pi))).outcome).toBe('applied');
    const retried = await Promise.all([deliver(refund), deliver(refund), deliver(refund)]);
    expect(retried.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(retried.map((r) => r.body.outcome).sort()).toEqual(['duplicate', 'duplicate', 'refund_booked']);

    const pay = ok(await c.as(c.admin).get(`/v1/payments/${paymentId}`));
    expect([pay.status, pay.amountRefunded]).toEqual(['succeeded', 5_000_000]);
    const ledger = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}/ledger`));
    expect(ledger.balanced).toBe(true);
    expect(ledger.entries.filter((e: Json) => e.movement.startsWith(`${paymentId}:refund:`))).toHaveLength(2);
    expect(balanceOf(ledger, 'buyer:')).toBe(-(m1.amount - 5_000_000));
    expect(balanceOf(ledger, 'escrow:')).toBe(m1.amount - 5_000_000);
  });
});
