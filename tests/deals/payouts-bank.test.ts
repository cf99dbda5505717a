import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntries, payoutConfirmations } from '../../schema/index';
import { Harness, type Json } from '../support/harness';
import { balanceOf, type Cast, cast, ok, setFeePolicy, signedDeal } from './support';

// Bank-transfer payouts recorded by an admin (once per party, concurrent confirmations → one
// 200, the rest 409) and a refund after the release on the bank rail (claw-back instructions).

let h: Harness;
let c: Cast;
beforeAll(async () => {
  h = await Harness.start();
  await setFeePolicy(h);
  c = await cast(h);
});
afterAll(() => h.close());

const receipt = (amount: number, ref: string) => ({
  amount,
  bankReference: ref,
  receivedAt: '2026-03-12T10:20:00+08:00',
});
const wire = (ref: string) => ({ reference: ref, sentAt: '2026-04-01T15:00:00+08:00', note: '付款' });

async function paidByBank(dealId: string, m: Json, ref: string) {
  const pay = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m.id}/pay`));
  ok(await c.as(c.admin).post(`/v1/payments/${pay.payment.id}/confirm`, receipt(m.amount, ref)));
  return pay.payment.id as string;
}

describe('bank-transfer payouts and refunds after release', () => {
  let dealId: string;
  let p1: string;
  let p2: string;
  let m1: Json;
  let m2: Json;

  it('an admin records each party’s payout once; their owed balances go to zero', async () => {
    const deal = await signedDeal(c);
    dealId = deal.id;
    [m1, m2] = deal.milestones as Json[];
    p1 = await paidByBank(dealId, m1, 'ICBC-IN-1');
    ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${dealId}/milestones/${m1.id}/deliver`, { evidence: [{ title: 'x' }] }),
    );
    const acc = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m1.id}/accept`));
    expect(acc.transfers.map((t: Json) => t.status)).toEqual(['manual', 'manual', 'manual']);
    p2 = await paidByBank(dealId, m2, 'ICBC-IN-2');

    const path = (id: string, party: string) => `/v1/payments/${id}/payouts/${party}/confirm`;
    expect((await c.as(c.seller).post(path(p1, 'seller'), wire('W1'))).status).toBe(403);
    const bad = await c.as(c.admin).post(path(p1, 'seller'), { reference: 'W1', sentAt: 'yesterday' });
    expect(bad.status).toBe(422);
    expect(bad.contentType).toContain('application/problem+json');
    expect((await c.as(c.admin).post(path(p1, 'buyer'), wire('W1'))).status).toBe(422);
    // Not released yet (paid, in escrow): nothing to pay out.
    expect((await c.as(c.admin).post(path(p2, 'seller'), wire('W0'))).status).toBe(409);

    const race = await Promise.all(
      Array.from({ length: 20 }, (_, i) => c.as(c.admin).post(path(p1, 'seller'), wire(`W-seller-${i}`))),
    );
    const counts: Record<number, number> = {};
    for (const r of race) counts[r.status] = (counts[r.status] ?? 0) + 1;
    expect(counts).toEqual({ 200: 1, 409: 19 });
    const won = race.find((r) => r.status === 200)?.body as Json;
    expect(won.confirmation).toMatchObject({ party: 'seller', amount: won.payment.split.sellerNet });
    expect(won.payment.transfers.find((t: Json) => t.party === 'seller')).toMatchObject({
      status: 'sent',
      reference: won.confirmation.reference,
    });
    expect(
      await h.db.select().from(payoutConfirmations).where(eq(payoutConfirmations.paymentId, p1)),
    ).toHaveLength(1);
    expect(
      (
        await h.db
          .select()
          .from(ledgerEntries)
          .where(eq(ledgerEntries.movementKey, `${p1}:payout:seller`))
      ).length,
    ).toBe(2);

    let ledger = ok(await c.as(c.admin).get(`/v1/deals/${dealId}/ledger`));
    expect(balanceOf(ledger, 'seller:')).toBe(0);
    expect(balanceOf(ledger, 'broker:')).toBeGreaterThan(0);
    ok(await c.as(c.admin).post(path(p1, 'broker'), wire('W-broker')));
    ok(await c.as(c.admin).post(path(p1, 'tenant'), wire('W-tenant')));
    expect((await c.as(c.admin).post(path(p1, 'tenant'), wire('W-tenant-2'))).status).toBe(409);
    ledger = ok(await c.as(c.admin).get(`/v1/deals/${dealId}/ledger`));
    expect(ledger.balanced).toBe(true);
    for (const prefix of ['seller:', 'broker:', 'tenant:']) expect(balanceOf(ledger, prefix), prefix).toBe(0);
    const pay1 = ok(await c.as(c.admin).get(`/v1/payments/${p1}`));
    expect(balanceOf(ledger, 'bank:clearing')).toBe(
      pay1.split.sellerNet + pay1.split.brokerCommission + pay1.split.tenantShare,
    );
    expect(pay1.transfers.map((t: Json) => t.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('a disputed deal refunded after a release claws the wired payouts back by instruction and refunds the buyer', async () => {
    ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/dispute`, { reason: '技术指标未达到合同约定。' }));
    const resolved = ok(
      await c.as(c.admin).post(`/v1/deals/${dealId}/resolve`, { outcome: 'refund', reason: '全额退款。' }),
    );
    expect(resolved.status).toBe('refunded');
    const pay1 = ok(await c.as(c.admin).get(`/v1/payments/${p1}`));
    expect([pay1.status, pay1.amountRefunded]).toEqual(['refunded', m1.amount]);
    expect(pay1.reversals.map((r: Json) => [r.party, r.status, r.instruction?.kind])).toEqual([
      ['seller', 'manual', 'payout_reversal'],
      ['broker', 'manual', 'payout_reversal'],
      ['tenant', 'manual', 'payout_reversal'],
    ]);
    expect(pay1.reversals.map((r: Json) => r.amount)).toEqual([
      pay1.split.sellerNet,
      pay1.split.brokerCommission,
      pay1.split.tenantShare,
    ]);
    expect(pay1.reversals[0].transferRef).toBe(pay1.transfers[0].reference);
    const pay2 = ok(await c.as(c.admin).get(`/v1/payments/${p2}`));
    expect([pay2.status, pay2.amountRefunded, pay2.reversals]).toEqual(['refunded', m2.amount, []]);

    const ledger = ok(await c.as(c.admin).get(`/v1/deals/${dealId}/ledger`));
    expect(ledger.balanced).toBe(true);
    for (const prefix of ['buyer:', 'escrow:', 'seller:', 'broker:', 'tenant:', 'platform:', 'bank:clearing'])
      expect(balanceOf(ledger, prefix), prefix).toBe(0);
    // Nothing is owed any more: confirming a payout now is a conflict.
    expect(
      (await c.as(c.admin).post(`/v1/payments/${p1}/payouts/seller/confirm`, wire('W-late'))).status,
    ).toBe(409);
  });

  it('the payout routes are documented in OpenAPI', async () => {
    const doc = ok(await h.client().get('/openapi.json'));
    expect(doc.paths['/v1/payments/{id}/payouts/{party}/confirm']?.post).toBeTruthy();
    expect(doc.paths['/v1/payments/{id}/payouts/retry']?.post).toBeTruthy();
  });
});
