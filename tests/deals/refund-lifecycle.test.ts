import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../../schema/index';
import { computeFees } from '../../worker/modules/payments/fees';
import { Harness, type Json } from '../support/harness';
import type { FakeStripe } from '../unit/payments/support/fake-stripe';
import { defaultRoutes, stripeError } from '../unit/payments/support/fake-stripe';
import {
  chargeRefunded,
  deliver,
  onboard,
  paidAndDelivered,
  payIntent,
  refundEvent,
  SETTLED_ACCOUNTS,
  succeeded,
  useFakeStripe,
} from './stripe-support';
import {
  balanceOf,
  type Cast,
  cast,
  FEE_POLICY,
  ok,
  publishedListing,
  setFeePolicy,
  signedDeal,
} from './support';

// Refunds through their whole life on the Stripe path: a partial refund before acceptance
// (the release pays out only the remainder), full refunds made at Stripe (milestone and deal
// move to refunded, once), refunds Stripe refuses (recorded, shown, retried with a new key), and
// a cancellation of a running deal (escrow back to the buyer, late payments refunded on receipt).

let h: Harness;
let c: Cast;
let stripe: FakeStripe;

beforeAll(async () => {
  h = await Harness.start();
  await setFeePolicy(h);
  stripe = useFakeStripe(h);
  c = await cast(h);
  await onboard(c);
});
afterAll(() => h.close());

const PREFIXES = SETTLED_ACCOUNTS;

async function ledgerOf(dealId: string) {
  const ledger = ok(await c.as(c.admin).get(`/v1/deals/${dealId}/ledger`));
  expect(ledger.balanced).toBe(true);
  return ledger;
}

async function audits(entityIds: string[], action: string) {
  return h.db
    .select()
    .from(auditLog)
    .where(and(inArray(auditLog.entityId, entityIds), eq(auditLog.action, action)));
}

const shuffle = <T>(xs: T[]) => [...xs].sort(() => Math.random() - 0.5);

describe('a partial refund before acceptance', () => {
  it('the release pays out only what escrow still holds, split on the remainder; escrow never goes negative', async () => {
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const { paymentId, pi } = await paidAndDelivered(h, c, deal.id, m1, 'pre1');
    const refunded = 10_000_001;
    expect(ok(await deliver(h, chargeRefunded('evt_pre1_partial', pi, refunded))).outcome).toBe(
      'refund_booked',
    );
    const remainder = m1.amount - refunded;
    expect(balanceOf(await ledgerOf(deal.id), 'escrow:')).toBe(remainder);

    const accepted = ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
    const pay = ok(await c.as(c.admin).get(`/v1/payments/${paymentId}`));
    const fees = computeFees({ amount: remainder, currency: 'CNY' }, FEE_POLICY, { hasBroker: true });
    expect(pay.split).toEqual({
      gross: remainder,
      platformFee: fees.platformFee.amount,
      tenantShare: fees.tenantShare.amount,
      brokerCommission: fees.brokerCommission.amount,
      sellerNet: fees.sellerNet.amount,
    });
    expect(accepted.transfers.map((t: Json) => [t.party, t.amount, t.status])).toEqual([
      ['seller', fees.sellerNet.amount, 'succeeded'],
      ['broker', fees.brokerCommission.amount, 'succeeded'],
      ['tenant', fees.tenantShare.amount, 'succeeded'],
    ]);
    const ledger = await ledgerOf(deal.id);
    expect(balanceOf(ledger, 'escrow:')).toBe(0);
    expect(balanceOf(ledger, 'buyer:')).toBe(-remainder);
    expect(balanceOf(ledger, 'platform:')).toBe(fees.platformFee.amount);
    for (const p of ['seller:', 'broker:', 'tenant:']) expect(balanceOf(ledger, p), p).toBe(0);

    // Stripe then refunds the rest: the released shares come back in full, everything is zero.
    expect(ok(await deliver(h, chargeRefunded('evt_pre1_rest', pi, m1.amount))).outcome).toBe(
      'refund_booked_release_reversed',
    );
    const after = await ledgerOf(deal.id);
    for (const p of PREFIXES) expect(balanceOf(after, p), p).toBe(0);
    const final = ok(await c.as(c.admin).get(`/v1/payments/${paymentId}`));
    expect(final.reversedSplit).toEqual(final.split);
  });

  it('a milestone refunded in full before acceptance cannot be accepted (409), nothing is released', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const { pi } = await paidAndDelivered(h, c, deal.id, m1, 'pre2');
    ok(await deliver(h, chargeRefunded('evt_pre2_full', pi, m1.amount)));
    const res = await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`);
    expect(res.status).toBe(409);
    expect(res.contentType).toContain('application/problem+json');
    const ledger = await ledgerOf(deal.id);
    expect(ledger.entries.some((e: Json) => e.movement.endsWith(':released'))).toBe(false);
    for (const p of PREFIXES) expect(balanceOf(ledger, p), p).toBe(0);
  });
});

describe('full refunds made at Stripe', () => {
  it('move each milestone to refunded and the deal to refunded once, however often and in whatever order the events arrive', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1, m2] = deal.milestones as Json[];
    const r1 = await paidAndDelivered(h, c, deal.id, m1, 'full1');
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
    const r2 = await payIntent(h, c, deal.id, m2.id);
    ok(await deliver(h, succeeded('evt_full2_paid', r2.pi)));

    const events = [
      chargeRefunded('evt_full1_part', r1.pi, 1_000_000),
      chargeRefunded('evt_full1_all', r1.pi, m1.amount),
      chargeRefunded('evt_full2_all', r2.pi, m2.amount),
    ];
    for (const e of shuffle([...events, ...events, ...events])) {
      const res = await deliver(h, e);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(after.status).toBe('refunded');
    expect(after.milestones.map((m: Json) => m.status)).toEqual(['refunded', 'refunded']);
    expect(await audits([m1.id, m2.id], 'milestone.refund')).toHaveLength(2);
    expect(await audits([deal.id], 'deal.refund')).toHaveLength(1);
    const topics = await h.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateId, deal.id), eq(outbox.topic, 'deal.refunded')));
    expect(topics).toHaveLength(1);
    for (const p of [r1.paymentId, r2.paymentId])
      expect(ok(await c.as(c.admin).get(`/v1/payments/${p}`)).status).toBe('refunded');
    // Refunds made at Stripe are on record as done; nothing is sent to Stripe again.
    expect(after.refunds.every((r: Json) => r.status === 'succeeded' && r.cause === 'provider')).toBe(true);
    expect(stripe.requests.filter((r) => r.path === '/v1/refunds')).toHaveLength(0);
    const ledger = await ledgerOf(deal.id);
    for (const p of PREFIXES) expect(balanceOf(ledger, p), p).toBe(0);
  });

  it('a full refund of one milestone while another is still running leaves the deal in progress', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1, m2] = deal.milestones as Json[];
    const r1 = await payIntent(h, c, deal.id, m1.id);
    ok(await deliver(h, succeeded('evt_one1_paid', r1.pi)));
    const r2 = await payIntent(h, c, deal.id, m2.id);
    ok(await deliver(h, succeeded('evt_one2_paid', r2.pi)));
    ok(await deliver(h, chargeRefunded('evt_one1_all', r1.pi, m1.amount)));
    const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(after.status).toBe('in_progress');
    expect(after.milestones.map((m: Json) => m.status)).toEqual(['refunded', 'paid']);
  });
});

describe('refunds Stripe refuses', () => {
  it('are recorded as failed with the reason, audited, shown on the deal, and retried by an admin with a new key', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const { paymentId, pi } = await paidAndDelivered(h, c, deal.id, m1, 'fail1');
    stripe.routes['POST /v1/refunds'] = () =>
      stripeError(400, 'invalid_request_error', 'This charge is disputed.', { code: 'charge_disputed' });
    try {
      ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/dispute`, { reason: '交付不符。' }));
      const resolved = ok(
        await c.as(c.admin).post(`/v1/deals/${deal.id}/resolve`, { outcome: 'refund', reason: '退款。' }),
      );
      expect(resolved.status).toBe('refunded');
      const seen = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
      expect(seen.refunds).toHaveLength(1);
      const [refund] = seen.refunds as Json[];
      expect(refund).toMatchObject({
        paymentId,
        amount: m1.amount,
        status: 'failed',
        cause: 'dispute',
        failureCode: 'charge_disputed',
        attempts: 1,
      });
      expect(refund.failureReason).toContain('This charge is disputed.');
      expect(await audits([refund.id], 'refund.failed')).toHaveLength(1);
      expect(ok(await c.as(c.admin).get(`/v1/payments/${paymentId}`)).refunds[0].status).toBe('failed');

      const retryPath = `/v1/payments/${paymentId}/refunds/${refund.id}/retry`;
      const byBuyer = await c.as(c.buyer).post(retryPath);
      expect(byBuyer.status).toBe(403);
      expect(byBuyer.contentType).toContain('application/problem+json');
      expect(
        (await c.as(c.admin).post(`/v1/payments/${paymentId}/refunds/rfd_01JDQ4Z5V3K8T9M2N6P7R8S9TA/retry`))
          .status,
      ).toBe(404);
      expect((await c.as(c.admin).post(`/v1/payments/${paymentId}/refunds/nope/retry`)).status).toBe(422);
      // Still refused: a second failed attempt, recorded.
      const again = ok(await c.as(c.admin).post(retryPath));
      expect(again.refund).toMatchObject({ status: 'failed', attempts: 2 });
    } finally {
      stripe.routes['POST /v1/refunds'] = defaultRoutes['POST /v1/refunds'] as FakeStripe['routes'][string];
    }
    const retried = ok(
      await c.as(c.admin).post(`/v1/payments/${paymentId}/refunds/${(await refundsOf(deal.id))[0].id}/retry`),
    );
    expect(retried.refund).toMatchObject({ status: 'succeeded', attempts: 3, failureReason: null });
    expect(retried.payment.refunds[0].status).toBe('succeeded');
    // Each attempt after a definite failure is a new request at Stripe (a reused key replays the failure).
    const attempts = stripe.requests.filter(
      (r) => r.path === '/v1/refunds' && r.params.payment_intent === pi.id,
    );
    const keys = attempts.map((r) => r.headers.get('idempotency-key'));
    expect(new Set(keys).size).toBe(3);
    expect(attempts.every((r) => r.params.amount === String(m1.amount))).toBe(true);
    // Done: a further retry is refused and sends nothing.
    expect(
      (await c.as(c.admin).post(`/v1/payments/${paymentId}/refunds/${retried.refund.id}/retry`)).status,
    ).toBe(409);
    expect(
      stripe.requests.filter((r) => r.path === '/v1/refunds' && r.params.payment_intent === pi.id),
    ).toHaveLength(3);
    const ledger = await ledgerOf(deal.id);
    for (const p of PREFIXES) expect(balanceOf(ledger, p), p).toBe(0);
  });

  it('a pending refund that Stripe later reports failed (refund.failed) is marked failed once and can be retried', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const { paymentId, pi } = await paidAndDelivered(h, c, deal.id, m1, 'fail2');
    const pending = defaultRoutes['POST /v1/refunds'] as FakeStripe['routes'][string];
    stripe.routes['POST /v1/refunds'] = (req, match) => {
      const reply = pending(req, match);
      return { ...reply, body: { ...(reply.body as Json), status: 'pending' } };
    };
    try {
      ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/dispute`, { reason: '交付不符。' }));
      ok(await c.as(c.admin).post(`/v1/deals/${deal.id}/resolve`, { outcome: 'refund', reason: '退款。' }));
    } finally {
      stripe.routes['POST /v1/refunds'] = pending;
    }
    const [refund] = await refundsOf(deal.id);
    expect(refund).toMatchObject({ status: 'pending', attempts: 1 });
    expect(refund.providerRef).toMatch(/^re_/);
    const failed = refundEvent('evt_fail2_failed', 'refund.failed', {
      id: refund.providerRef,
      pi: pi.id,
      amount: m1.amount,
      status: 'failed',
      failure_reason: 'expired_or_canceled_card',
    });
    const stillPending = refundEvent('evt_fail2_pending', 'refund.updated', {
      id: refund.providerRef,
      pi: pi.id,
      amount: m1.amount,
      status: 'pending',
    });
    for (const e of shuffle([failed, failed, failed, stillPending])) ok(await deliver(h, e));
    const [marked] = await refundsOf(deal.id);
    expect(marked).toMatchObject({ status: 'failed', failureCode: 'expired_or_canceled_card' });
    expect(await audits([refund.id], 'refund.failed')).toHaveLength(1);

    const retried = ok(await c.as(c.admin).post(`/v1/payments/${paymentId}/refunds/${refund.id}/retry`));
    expect(retried.refund).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(retried.refund.providerRef).not.toBe(refund.providerRef);
    // The old refund's failure arriving again changes nothing.
    ok(await deliver(h, { ...failed, id: 'evt_fail2_failed_late' }));
    expect((await refundsOf(deal.id))[0].status).toBe('succeeded');
  });
});

async function refundsOf(dealId: string): Promise<Json[]> {
  return ok(await c.as(c.admin).get(`/v1/deals/${dealId}`)).refunds;
}

describe('cancel, request-changes', () => {
  it('cancelling a running deal with paid, unaccepted milestones refunds the escrow through Stripe (seller or admin; the buyer disputes)', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1, m2] = deal.milestones as Json[];
    const r1 = await paidAndDelivered(h, c, deal.id, m1, 'cancel1');
    const r2 = await payIntent(h, c, deal.id, m2.id); // awaiting payment: an open PaymentIntent
    const byBuyer = await c.as(c.buyer).post(`/v1/deals/${deal.id}/cancel`, { reason: '不想要了' });
    expect(byBuyer.status).toBe(409);
    expect(byBuyer.contentType).toContain('application/problem+json');
    expect(ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`)).status).toBe('in_progress');

    const cancelled = ok(await c.as(c.seller).post(`/v1/deals/${deal.id}/cancel`, { reason: '无法履约' }));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.milestones.map((m: Json) => m.status)).toEqual(['refunded', 'cancelled']);
    expect(cancelled.refunds).toMatchObject([
      { paymentId: r1.paymentId, status: 'succeeded', cause: 'cancellation' },
    ]);
    const sent = stripe.requests.filter(
      (r) => r.path === '/v1/refunds' && r.params.payment_intent === r1.pi.id,
    );
    expect(sent.map((r) => r.params.amount)).toEqual([String(m1.amount)]);
    expect(await audits([deal.id], 'deal.cancel')).toHaveLength(1);
    expect((await c.as(c.seller).post(`/v1/deals/${deal.id}/cancel`)).status).toBe(409);

    // The buyer pays the open intent after the cancellation: the money goes straight back.
    expect(ok(await deliver(h, succeeded('evt_cancel2_late', r2.pi))).outcome).toBe(
      'applied_refunding_late_payment',
    );
    const late = stripe.requests.filter(
      (r) => r.path === '/v1/refunds' && r.params.payment_intent === r2.pi.id,
    );
    expect(late.map((r) => r.params.amount)).toEqual([String(m2.amount)]);
    const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(after.refunds.map((r: Json) => [r.cause, r.status])).toEqual([
      ['cancellation', 'succeeded'],
      ['late_payment', 'succeeded'],
    ]);
    const ledger = await ledgerOf(deal.id);
    for (const p of PREFIXES) expect(balanceOf(ledger, p), p).toBe(0);
  });

  it('a deal with an accepted milestone cannot be cancelled, even by an admin (409, nothing written)', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    await paidAndDelivered(h, c, deal.id, m1, 'cancel3');
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
    const before = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}`));
    for (const who of [c.admin, c.seller]) {
      const res = await c.as(who).post(`/v1/deals/${deal.id}/cancel`, {});
      expect(res.status).toBe(409);
      expect(res.contentType).toContain('application/problem+json');
    }
    const after = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}`));
    expect(after.version).toBe(before.version);
    expect(after.refunds).toEqual([]);
  });

  it('concurrent request-changes on one delivery → one 200, the rest 409, audited once', async () => {
    c.listingId = await publishedListing(c);
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    await paidAndDelivered(h, c, deal.id, m1, 'rc1');
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        c
          .as(c.buyer)
          .post(`/v1/deals/${deal.id}/milestones/${m1.id}/request-changes`, { reason: '请补充测试报告。' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);
    expect(await audits([m1.id], 'milestone.request_changes')).toHaveLength(1);
  });
});
