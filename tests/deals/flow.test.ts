import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type Json } from '../support/harness';
import { balanceOf, type Cast, cast, dealBody, ok, setFeePolicy } from './support';

// The whole path on the embedded defaults (PGlite, bank transfer): inquiry → NDA →
// confidential → deal → counter-offer → accept → contract → both sign → milestones paid by bank
// transfer and confirmed by an admin → delivered → accepted → completed, with the ledger.

let h: Harness;
let c: Cast;
beforeAll(async () => {
  h = await Harness.start();
  await setFeePolicy(h);
  c = await cast(h);
});
afterAll(() => h.close());

describe('deal flow on the embedded defaults', () => {
  let dealId: string;

  it('a buyer inquires and the seller answers in the thread; outsiders see nothing', async () => {
    const inq = ok(
      await c.as(c.buyer).post(`/v1/listings/${c.listingId}/inquiries`, {
        subject: '能否提供中试数据？',
        message: '请提供组件稳定性数据。',
      }),
      201,
    );
    expect(inq.messages).toHaveLength(1);
    ok(
      await c.as(c.seller).post(`/v1/inquiries/${inq.id}/messages`, { body: '可以，签署保密协议后提供。' }),
      201,
    );
    const thread = ok(await c.as(c.buyer).get(`/v1/inquiries/${inq.id}`));
    expect(thread.messages.map((m: Json) => m.side)).toEqual(['buyer', 'seller']);
    expect((await c.as(c.outsider).get(`/v1/inquiries/${inq.id}`)).status).toBe(404);
    const sellerList = ok(await c.as(c.seller).get(`/v1/listings/${c.listingId}/inquiries`));
    expect(sellerList.items.map((i: Json) => i.id)).toContain(inq.id);
  });

  it('the confidential section opens only after the NDA, and every view is logged for the owner', async () => {
    const before = await c.as(c.buyer).get(`/v1/listings/${c.listingId}/confidential`);
    expect(before.status).toBe(403);
    expect(before.contentType).toContain('application/problem+json');
    const nda = ok(await c.as(c.buyer).get(`/v1/listings/${c.listingId}/nda`));
    expect(nda.version).toBe(1);
    expect(nda.acceptance).toBeNull();
    const stale = await c
      .as(c.buyer)
      .post(`/v1/listings/${c.listingId}/nda`, { version: 1, contentHash: '0'.repeat(64) });
    expect(stale.status).toBe(409);
    const accepted = ok(
      await c.as(c.buyer).post(`/v1/listings/${c.listingId}/nda`, {
        version: 1,
        contentHash: nda.contentHash,
        orgId: c.buyer.orgId,
      }),
      201,
    );
    expect(accepted.acceptance).toMatchObject({
      userId: c.buyer.id,
      orgId: c.buyer.orgId,
      contentHash: nda.contentHash,
      version: 1,
    });
    const conf = ok(await c.as(c.buyer).get(`/v1/listings/${c.listingId}/confidential`));
    expect(conf.zh).toContain('关键配方');
    ok(await c.as(c.buyer).get(`/v1/listings/${c.listingId}/confidential`));
    const views = ok(await c.as(c.seller).get(`/v1/listings/${c.listingId}/confidential/views`));
    expect(views.items.filter((v: Json) => v.userId === c.buyer.id)).toHaveLength(2);
    expect(views.items[0].orgId).toBe(c.buyer.orgId);
    expect((await c.as(c.buyer).get(`/v1/listings/${c.listingId}/confidential/views`)).status).toBe(404);
  });

  it('a new NDA version needs a new acceptance', async () => {
    const v2 = ok(
      await c.as(c.seller).post(`/v1/listings/${c.listingId}/nda/versions`, {
        textZh: '新版保密协议：接收方不得向任何第三方披露保密信息，期限十年。',
        textEn: 'New NDA: the recipient discloses nothing to anyone, for ten years.',
      }),
      201,
    );
    expect(v2.version).toBe(2);
    expect((await c.as(c.buyer).get(`/v1/listings/${c.listingId}/confidential`)).status).toBe(403);
    ok(
      await c
        .as(c.buyer)
        .post(`/v1/listings/${c.listingId}/nda`, { version: 2, contentHash: v2.contentHash }),
      201,
    );
    ok(await c.as(c.buyer).get(`/v1/listings/${c.listingId}/confidential`));
  });

  it('the buyer opens a deal; only the parties, the broker and admins see it', async () => {
    const deal = ok(await c.as(c.buyer).post('/v1/deals', dealBody(c)), 201);
    dealId = deal.id;
    expect(deal.status).toBe('negotiating');
    expect(deal.offers).toHaveLength(1);
    expect(deal.offers[0].milestones.map((m: Json) => m.amount)).toEqual([30_000_000, 70_000_000]);
    for (const who of [c.buyer, c.seller, c.broker, c.admin]) ok(await c.as(who).get(`/v1/deals/${dealId}`));
    expect((await c.as(c.outsider).get(`/v1/deals/${dealId}`)).status).toBe(404);
    expect((await h.client().get(`/v1/deals/${dealId}`)).status).toBe(401);
  });

  it('counter-offers by either side; the proposer cannot accept its own; accept → agreed', async () => {
    const deal = ok(await c.as(c.buyer).get(`/v1/deals/${dealId}`));
    const first = deal.offers[0].id;
    const counter = ok(
      await c.as(c.seller).post(`/v1/deals/${dealId}/offers`, {
        mode: 'license_exclusive',
        amount: 120_000_001,
        currency: 'CNY',
        milestones: [
          { title: '首付款', shareBps: 3333, dueDate: '2026-06-30' },
          { title: '验收款', shareBps: 6667 },
        ],
        message: '价格需上调',
      }),
      201,
    );
    expect(counter.milestones.map((m: Json) => m.amount)).toEqual([39_996_000, 80_004_001]);
    expect((await c.as(c.seller).post(`/v1/deals/${dealId}/offers/${first}/accept`)).status).toBe(409);
    expect((await c.as(c.seller).post(`/v1/deals/${dealId}/offers/${counter.id}/accept`)).status).toBe(403);
    const agreed = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/offers/${counter.id}/accept`));
    expect(agreed).toMatchObject({ status: 'agreed', amount: 120_000_001, agreedOfferId: counter.id });
    expect(agreed.milestones).toHaveLength(2);
  });

  it('the contract is generated in zh and en; a changed contract needs new acceptance; both sign → signed', async () => {
    const v1 = ok(await c.as(c.buyer).get(`/v1/deals/${dealId}/contract`));
    expect(v1.contentZh).toContain('独占许可');
    expect(v1.contentEn).toContain('exclusive licence');
    expect(v1.contentZh).toContain('1200000.01');
    ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/contract/sign`, { contentHash: v1.contentHash }));
    expect(
      (await c.as(c.buyer).post(`/v1/deals/${dealId}/contract/sign`, { contentHash: v1.contentHash })).status,
    ).toBe(409);
    // The seller reopens with a new offer: the buyer's signature on v1 no longer counts.
    const amended = ok(
      await c.as(c.seller).post(`/v1/deals/${dealId}/offers`, {
        mode: 'license_exclusive',
        amount: 120_000_001,
        currency: 'CNY',
        milestones: [
          { title: '首付款', shareBps: 3333 },
          { title: '验收款', shareBps: 6667 },
        ],
        ipTerms: '改进成果归双方共有。',
      }),
      201,
    );
    ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/offers/${amended.id}/accept`));
    expect(
      (await c.as(c.seller).post(`/v1/deals/${dealId}/contract/sign`, { contentHash: v1.contentHash }))
        .status,
    ).toBe(409);
    const v2 = ok(await c.as(c.seller).get(`/v1/deals/${dealId}/contract`));
    expect(v2.version).toBe(2);
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect(v2.signatures).toEqual([]);
    const one = ok(
      await c.as(c.seller).post(`/v1/deals/${dealId}/contract/sign`, { contentHash: v2.contentHash }),
    );
    expect(one.deal.status).toBe('agreed');
    const both = ok(
      await c.as(c.buyer).post(`/v1/deals/${dealId}/contract/sign`, { contentHash: v2.contentHash }),
    );
    expect(both.deal.status).toBe('signed');
    expect(both.deal.registrationNumber).toMatch(/^TM\d{4}-/);
    expect(both.contract.signatures.map((s: Json) => s.side).sort()).toEqual(['buyer', 'seller']);
    // An exclusive deal under contract takes the listing off the market.
    expect(ok(await h.client().get(`/v1/listings/${c.listingId}`)).status).toBe('under_negotiation');
  });

  it('registration data as JSON and CSV, and the admin period export', async () => {
    const reg = ok(await c.as(c.seller).get(`/v1/deals/${dealId}/registration`));
    expect(reg).toMatchObject({
      contractType: 'license',
      contractTypeZh: '技术许可',
      technologyField: 'new-energy',
      ipType: 'invention_patent',
      amount: 120_000_001,
      amountDecimal: '1200000.01',
    });
    const csv = await c.as(c.seller).get(`/v1/deals/${dealId}/registration?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    expect(String(csv.body)).toContain('"技术许可"');
    const year = new Date().getUTCFullYear();
    const period = ok(await c.as(c.admin).get(`/v1/registrations?from=${year}-01-01&to=${year + 1}-01-01`));
    expect(period.items.map((r: Json) => r.dealId)).toContain(dealId);
    expect(
      (await c.as(c.buyer).get(`/v1/registrations?from=${year}-01-01&to=${year + 1}-01-01`)).status,
    ).toBe(403);
  });

  it('milestones: pay by bank transfer → admin confirms → deliver → accept → completed; the ledger balances', async () => {
    const deal = ok(await c.as(c.buyer).get(`/v1/deals/${dealId}`));
    const [m1, m2] = deal.milestones;
    expect((await c.as(c.seller).post(`/v1/deals/${dealId}/milestones/${m1.id}/pay`)).status).toBe(403);
    const pay1 = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m1.id}/pay`));
    expect(pay1.milestone.status).toBe('awaiting_payment');
    expect(pay1.payment.rail).toBe('bank');
    expect(pay1.payment.instructions).toMatchObject({
      kind: 'bank_transfer',
      amount: m1.amount,
      currency: 'CNY',
    });
    expect(pay1.payment.instructions.reference).toBe(pay1.payment.reference);
    // Paying again returns the same payment and reference.
    const again = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m1.id}/pay`));
    expect(again.payment.reference).toBe(pay1.payment.reference);
    expect(
      (
        await c
          .as(c.seller)
          .post(`/v1/deals/${dealId}/milestones/${m1.id}/deliver`, { evidence: [{ title: 'x' }] })
      ).status,
    ).toBe(409);

    const receipt = {
      amount: m1.amount,
      bankReference: 'ICBC20260312000123',
      receivedAt: '2026-03-12T10:20:00+08:00',
      payerName: '测试企业',
    };
    expect((await c.as(c.buyer).post(`/v1/payments/${pay1.payment.id}/confirm`, receipt)).status).toBe(403);
    expect(
      (
        await c
          .as(c.admin)
          .post(`/v1/payments/${pay1.payment.id}/confirm`, { ...receipt, amount: m1.amount - 1 })
      ).status,
    ).toBe(422);
    const confirmed = ok(await c.as(c.admin).post(`/v1/payments/${pay1.payment.id}/confirm`, receipt));
    expect(confirmed.status).toBe('succeeded');
    expect((await c.as(c.admin).post(`/v1/payments/${pay1.payment.id}/confirm`, receipt)).status).toBe(409);
    expect(ok(await c.as(c.buyer).get(`/v1/deals/${dealId}`)).status).toBe('in_progress');

    ok(
      await c.as(c.seller).post(`/v1/deals/${dealId}/milestones/${m1.id}/deliver`, {
        evidence: [{ title: '工艺参数表', url: 'https://files.example.com/p.pdf' }],
      }),
    );
    const changes = ok(
      await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m1.id}/accept`, {
        decision: 'request_changes',
        reason: '缺少退火曲线。',
      }),
    );
    expect(changes.milestone.status).toBe('changes_requested');
    ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${dealId}/milestones/${m1.id}/deliver`, { evidence: [{ title: '退火曲线' }] }),
    );
    const acc1 = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m1.id}/accept`));
    expect(acc1.milestone.status).toBe('accepted');
    expect(acc1.milestone.evidence).toHaveLength(2);
    expect(acc1.dealStatus).toBe('in_progress');
    expect(acc1.transfers.map((t: Json) => [t.party, t.status])).toEqual([
      ['seller', 'manual'],
      ['broker', 'manual'],
      ['tenant', 'manual'],
    ]);

    const pay2 = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m2.id}/pay`));
    ok(
      await c.as(c.admin).post(`/v1/payments/${pay2.payment.id}/confirm`, {
        ...receipt,
        amount: m2.amount,
        bankReference: 'ICBC2',
      }),
    );
    ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${dealId}/milestones/${m2.id}/deliver`, { evidence: [{ title: '验收报告' }] }),
    );
    const acc2 = ok(await c.as(c.buyer).post(`/v1/deals/${dealId}/milestones/${m2.id}/accept`));
    expect(acc2.dealStatus).toBe('completed');
    const closed = ok(await h.client().get(`/v1/listings/${c.listingId}`));
    expect([closed.status, closed.closedAs]).toEqual(['closed', 'licensed']);

    const ledger = ok(await c.as(c.seller).get(`/v1/deals/${dealId}/ledger`));
    expect(ledger.balanced).toBe(true);
    expect(ledger.totals).toEqual([{ currency: 'CNY', total: 0 }]);
    // Fees per milestone from the tenant policy (3 % platform ≥ ¥100, 1 % tenant, 2 % broker), seller the rest.
    const fees = (gross: number) => {
      const bps = (b: number) => Number((BigInt(gross) * BigInt(b) + 5000n) / 10000n);
      const platform = Math.max(bps(300), 10_000);
      const broker = bps(200);
      const tenant = bps(100);
      return { platform, broker, tenant, seller: gross - platform - broker - tenant };
    };
    const f1 = fees(m1.amount);
    const f2 = fees(m2.amount);
    expect(balanceOf(ledger, 'buyer:')).toBe(-120_000_001);
    expect(balanceOf(ledger, 'escrow:')).toBe(0);
    expect(balanceOf(ledger, 'seller:')).toBe(f1.seller + f2.seller);
    expect(balanceOf(ledger, 'broker:')).toBe(f1.broker + f2.broker);
    expect(balanceOf(ledger, 'tenant:')).toBe(f1.tenant + f2.tenant);
    expect(balanceOf(ledger, 'platform:')).toBe(f1.platform + f2.platform);
    expect((await c.as(c.outsider).get(`/v1/deals/${dealId}/ledger`)).status).toBe(404);
  });

  it('statistics count the signed contract turnover', async () => {
    const stats = ok(await c.as(c.admin).get('/v1/stats'));
    expect(JSON.stringify(stats)).toContain('120000001');
  });
});
