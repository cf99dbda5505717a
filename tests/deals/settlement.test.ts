import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, deals, outbox, payments } from '../../schema/index';
import type { Database } from '../../worker/db';
import { Harness, type Json } from '../support/harness';
import { defaultRoutes, type FakeStripe, stripeError } from '../unit/payments/support/fake-stripe';
import {
  chargeRefunded,
  deliver,
  onboard,
  paidAndDelivered,
  payIntent,
  SETTLED_ACCOUNTS,
  succeeded,
  useFakeStripe,
} from './stripe-support';
import { balanceOf, type Cast, cast, ok, publishedListing, setFeePolicy, signedDeal } from './support';

// How a deal's money and state settle at the end: claw-backs Stripe refuses (retried with a new
// key after a definite failure, the same key after a network error), completion when a milestone
// was refunded and the rest accepted, milestone steps under the deal lock, and open
// PaymentIntents closed when the deal closes.

let h: Harness;
let c: Cast;
let stripe: FakeStripe;
type Route = FakeStripe['routes'][string];

beforeAll(async () => {
  h = await Harness.start();
  await setFeePolicy(h);
  stripe = useFakeStripe(h);
  c = await cast(h);
  await onboard(c);
});
afterAll(() => h.close());

const PREFIXES = SETTLED_ACCOUNTS;

async function audits(entityIds: string[], action: string) {
  return h.db
    .select()
    .from(auditLog)
    .where(and(inArray(auditLog.entityId, entityIds), eq(auditLog.action, action)));
}

async function zeroLedger(dealId: string) {
  const ledger = ok(await c.as(c.admin).get(`/v1/deals/${dealId}/ledger`));
  expect(ledger.balanced).toBe(true);
  for (const p of PREFIXES) expect(balanceOf(ledger, p), p).toBe(0);
}

async function freshDeal() {
  c.listingId = await publishedListing(c);
  return signedDeal(c);
}

const reversalRoute = 'POST /v1/transfers/([^/]+)/reversals';

describe('claw-backs Stripe refuses', () => {
  it('are recorded failed with the reason and audited; an admin retry reuses the key after a network error and takes a new one after a definite failure', async () => {
    const deal = await freshDeal();
    const [m1] = deal.milestones as Json[];
    const { paymentId } = await paidAndDelivered(h, c, deal.id, m1, 'rev1');
    const accepted = ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
    const seller = (accepted.transfers as Json[]).find((t) => t.party === 'seller');
    const path = `/v1/transfers/${seller.providerRef}/reversals`;
    const sent = () => stripe.requests.filter((r) => r.path === path);

    // First the connection drops (no answer: the reversal may exist), then Stripe refuses.
    stripe.routes[reversalRoute] = () => {
      throw new TypeError('fetch failed: connection reset');
    };
    try {
      ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/dispute`, { reason: '交付不符。' }));
      const resolved = ok(
        await c.as(c.admin).post(`/v1/deals/${deal.id}/resolve`, { outcome: 'refund', reason: '退款。' }),
      );
      expect(resolved.status).toBe('refunded');
      const pay = ok(await c.as(c.admin).get(`/v1/payments/${paymentId}`));
      expect(pay.reversals.map((r: Json) => [r.party, r.status, r.attempts])).toEqual([
        ['seller', 'failed', 1],
        ['broker', 'failed', 1],
        ['tenant', 'failed', 1],
      ]);
      expect(pay.reversals[0].failureReason).toContain('reverse a transfer');
      expect(await audits([paymentId], 'payment.reversal_failed')).toHaveLength(3);

      stripe.routes[reversalRoute] = () =>
        stripeError(400, 'invalid_request_error', 'Insufficient funds in the connected account.', {
          code: 'balance_insufficient',
        });
      const retryPath = `/v1/payments/${paymentId}/payouts/retry`;
      expect((await c.as(c.buyer).post(retryPath)).status).toBe(403);
      const refused = ok(await c.as(c.admin).post(retryPath));
      expect(refused.reversals[0]).toMatchObject({
        party: 'seller',
        status: 'failed',
        attempts: 2,
        failureCode: 'balance_insufficient',
      });
      expect(refused.reversals[0].failureReason).toContain('Insufficient funds');
    } finally {
      stripe.routes[reversalRoute] = defaultRoutes[reversalRoute] as Route;
    }
    const done = ok(await c.as(c.admin).post(`/v1/payments/${paymentId}/payouts/retry`));
    expect(done.reversals.map((r: Json) => [r.status, r.attempts, r.failureReason])).toEqual([
      ['succeeded', 3, null],
      ['succeeded', 3, null],
      ['succeeded', 3, null],
    ]);
    const base = `reversal:${paymentId}:seller:${m1.amount}`;
    // Network error → same key; definite failure → a new key (the old one replays the failure).
    expect(sent().map((r) => r.headers.get('idempotency-key'))).toEqual([base, base, `${base}:attempt-3`]);
    expect(new Set(sent().map((r) => r.params.amount))).toEqual(new Set([String(seller.amount)]));
    expect(await audits([paymentId], 'payment.reversal_succeeded')).toHaveLength(3);
    // Done: a further retry sends nothing.
    ok(await c.as(c.admin).post(`/v1/payments/${paymentId}/payouts/retry`));
    expect(sent()).toHaveLength(3);
    await zeroLedger(deal.id);
  });
});

describe('completion with a refunded milestone', () => {
  it('accepted + refunded at Stripe → completed once (refund after the acceptance)', async () => {
    const deal = await freshDeal();
    const [m1, m2] = deal.milestones as Json[];
    await paidAndDelivered(h, c, deal.id, m1, 'cmp1a');
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
    const r2 = await payIntent(h, c, deal.id, m2.id);
    ok(await deliver(h, succeeded('evt_cmp1b_paid', r2.pi)));
    const refund = chargeRefunded('evt_cmp1b_refunded', r2.pi, m2.amount);
    await Promise.all([deliver(h, refund), deliver(h, refund), deliver(h, refund)]);
    const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(after.milestones.map((m: Json) => m.status)).toEqual(['accepted', 'refunded']);
    expect(after.status).toBe('completed');
    expect(after.completedAt).toBeTruthy();
    expect(await audits([deal.id], 'deal.complete')).toHaveLength(1);
  });

  it('refunded at Stripe, then the other accepted → completed; racing acceptance and refund complete it exactly once', async () => {
    const deal = await freshDeal();
    const [m1, m2] = deal.milestones as Json[];
    const r1 = await paidAndDelivered(h, c, deal.id, m1, 'cmp2a');
    const r2 = await payIntent(h, c, deal.id, m2.id);
    ok(await deliver(h, succeeded('evt_cmp2b_paid', r2.pi)));
    // The refund of m2 and the acceptance of m1 race; whichever comes last completes the deal.
    const refund = chargeRefunded('evt_cmp2b_refunded', r2.pi, m2.amount);
    const accept = () => c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`);
    const results = await Promise.all([deliver(h, refund), accept(), deliver(h, refund), accept()]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 409]);
    const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(after.milestones.map((m: Json) => m.status)).toEqual(['accepted', 'refunded']);
    expect(after.status).toBe('completed');
    expect(await audits([deal.id], 'deal.complete')).toHaveLength(1);
    const completed = await h.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateId, deal.id), eq(outbox.topic, 'deal.completed')));
    expect(completed).toHaveLength(1);
    // Refunding the accepted one too leaves nothing accepted: the completed deal is refunded.
    ok(await deliver(h, chargeRefunded('evt_cmp2a_refunded', r1.pi, m1.amount)));
    expect(ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`)).status).toBe('refunded');
    await zeroLedger(deal.id);
  });

  it('a milestone refunded while the deal is disputed: resuming completes it when the rest is accepted', async () => {
    const deal = await freshDeal();
    const [m1, m2] = deal.milestones as Json[];
    await paidAndDelivered(h, c, deal.id, m1, 'cmp3a');
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/accept`));
    const r2 = await payIntent(h, c, deal.id, m2.id);
    ok(await deliver(h, succeeded('evt_cmp3b_paid', r2.pi)));
    ok(await c.as(c.seller).post(`/v1/deals/${deal.id}/dispute`, { reason: '第二期未按期交付。' }));
    ok(await deliver(h, chargeRefunded('evt_cmp3b_refunded', r2.pi, m2.amount)));
    expect(ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`)).status).toBe('disputed');
    const resumed = ok(
      await c.as(c.admin).post(`/v1/deals/${deal.id}/resolve`, { outcome: 'resume', reason: '已退款。' }),
    );
    expect(resumed.status).toBe('completed');
    expect(await audits([deal.id], 'deal.complete')).toHaveLength(1);
  });
});

/**
 * Runs `hook` once, right before the next database transaction of a request begins: after the
 * service's unlocked checks, before its locked ones.
 */
function beforeNextTransaction(hook: () => Promise<void>) {
  const provider = h.host.deps.database;
  let armed = true;
  const wrap = (db: Database) =>
    new Proxy(db, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (prop === 'transaction' && armed)
          return async (...args: Parameters<Database['transaction']>) => {
            armed = false;
            await hook();
            return target.transaction(...args);
          };
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  h.host.deps.database = {
    acquire: async () => {
      const lease = await provider.acquire();
      return { ...lease, db: wrap(lease.db) };
    },
  };
  return () => {
    h.host.deps.database = provider;
    expect(armed, 'the hook ran').toBe(false);
  };
}

async function setDealStatus(id: string, status: 'disputed' | 'in_progress') {
  const [deal] = await h.db.select().from(deals).where(eq(deals.id, id));
  await h.db
    .update(deals)
    .set({
      status,
      disputedFrom: status === 'disputed' ? 'in_progress' : null,
      version: (deal?.version ?? 0) + 1,
    })
    .where(eq(deals.id, id));
}

describe('milestone steps under the deal lock', () => {
  it('pay, deliver, request-changes and accept on a deal disputed a moment before → 409, nothing written', async () => {
    const deal = await freshDeal();
    const [m1, m2] = deal.milestones as Json[];
    const r1 = await payIntent(h, c, deal.id, m1.id);
    ok(await deliver(h, succeeded('evt_lock_paid', r1.pi)));
    const base = `/v1/deals/${deal.id}/milestones`;
    const deliverM1 = () =>
      c.as(c.seller).post(`${base}/${m1.id}/deliver`, { evidence: [{ title: '交付物' }] });
    const steps: [string, () => Promise<{ status: number; body: Json; contentType: string | null }>][] = [
      [m2.id, () => c.as(c.buyer).post(`${base}/${m2.id}/pay`)],
      [m1.id, deliverM1],
      [m1.id, () => c.as(c.buyer).post(`${base}/${m1.id}/request-changes`, { reason: '请补充测试报告。' })],
      [m1.id, () => c.as(c.buyer).post(`${base}/${m1.id}/accept`)],
    ];
    for (const [i, [mid, step]] of steps.entries()) {
      if (i === 3) ok(await deliverM1()); // changes were requested: delivered again before the acceptance
      const before = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}`));
      const intents = stripe.requests.filter((r) => r.path === '/v1/payment_intents').length;
      const done = beforeNextTransaction(() => setDealStatus(deal.id, 'disputed'));
      const res = await step();
      done();
      expect(res.status, `step ${i}: ${JSON.stringify(res.body)}`).toBe(409);
      expect(res.contentType).toContain('application/problem+json');
      const after = ok(await c.as(c.admin).get(`/v1/deals/${deal.id}`));
      expect(after.milestones.find((m: Json) => m.id === mid)).toEqual(
        before.milestones.find((m: Json) => m.id === mid),
      );
      expect(stripe.requests.filter((r) => r.path === '/v1/payment_intents').length).toBe(intents);
      await setDealStatus(deal.id, 'in_progress');
      // The step itself, on the running deal.
      ok(await step());
    }
    expect(await audits([m1.id], 'milestone.request_changes')).toHaveLength(1);
    const payRows = await h.db.select().from(payments).where(eq(payments.milestoneId, m2.id));
    expect(payRows).toHaveLength(1);
  });
});

describe('closing a deal closes its open PaymentIntents', () => {
  const cancels = (pi: string) =>
    stripe.requests.filter((r) => r.path === `/v1/payment_intents/${pi}/cancel`);

  it('a cancelled deal cancels the intent the buyer opened, once, after the commit', async () => {
    const deal = await freshDeal();
    const [m1] = deal.milestones as Json[];
    const r1 = await payIntent(h, c, deal.id, m1.id);
    const cancelled = ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/cancel`, { reason: '预算取消' }));
    expect(cancelled.status).toBe('cancelled');
    expect(cancels(r1.pi.id)).toHaveLength(1);
    expect(cancels(r1.pi.id)[0]?.headers.get('idempotency-key')).toBe(`cancel-payment:${r1.paymentId}`);
    expect(await audits([r1.paymentId], 'payment.cancel')).toHaveLength(1);
  });

  it('an intent that cannot be cancelled any more (paid meanwhile) is logged; its payment is refunded on receipt', async () => {
    const deal = await freshDeal();
    const [m1, m2] = deal.milestones as Json[];
    const r1 = await paidAndDelivered(h, c, deal.id, m1, 'close2');
    const r2 = await payIntent(h, c, deal.id, m2.id);
    const route = `POST /v1/payment_intents/([^/]+)/cancel`;
    stripe.routes[route] = () =>
      stripeError(400, 'invalid_request_error', 'This PaymentIntent could not be canceled.', {
        code: 'payment_intent_unexpected_state',
      });
    try {
      const cancelled = ok(await c.as(c.seller).post(`/v1/deals/${deal.id}/cancel`, { reason: '无法履约' }));
      expect(cancelled.status).toBe('cancelled');
      expect(cancels(r2.pi.id)).toHaveLength(1);
      expect(cancels(r1.pi.id)).toHaveLength(0);
    } finally {
      stripe.routes[route] = defaultRoutes[route] as Route;
    }
    expect(ok(await deliver(h, succeeded('evt_close2_late', r2.pi))).outcome).toBe(
      'applied_refunding_late_payment',
    );
    const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
    expect(after.refunds.map((r: Json) => [r.paymentId, r.cause, r.status])).toEqual([
      [r1.paymentId, 'cancellation', 'succeeded'],
      [r2.paymentId, 'late_payment', 'succeeded'],
    ]);
    await zeroLedger(deal.id);
  });

  it('a dispute resolved by refund cancels the intents of the unpaid milestones too', async () => {
    const deal = await freshDeal();
    const [m1, m2] = deal.milestones as Json[];
    await paidAndDelivered(h, c, deal.id, m1, 'close3');
    const r2 = await payIntent(h, c, deal.id, m2.id);
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/dispute`, { reason: '交付不符。' }));
    ok(await c.as(c.admin).post(`/v1/deals/${deal.id}/resolve`, { outcome: 'refund', reason: '退款。' }));
    expect(cancels(r2.pi.id)).toHaveLength(1);
  });
});
