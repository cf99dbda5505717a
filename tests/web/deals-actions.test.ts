import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type Json, type TestUser } from '../support/harness';
import { page } from './page';
import { type Market, seedMarket } from './seed';

// The deal room's actions as pages: request changes, cancel, dispute, resolve (resume or refund),
// assign a broker; the timeline; refund and payout status. Each action shows only to the roles the
// API allows, keeps the input with the API's validation errors, and a forged post gets 403/404.

let h: Harness;
let m: Market;
let outsider: TestUser;
let broker: TestUser;
let foreignAdmin: TestUser;
beforeAll(async () => {
  h = await Harness.start();
  m = await seedMarket(h);
  outsider = await h.user(['buyer']);
  broker = await h.user(['broker'], { org: false });
  foreignAdmin = await h.user(['tenant_admin'], { tenant: await h.createTenant(), org: false });
});
afterAll(() => h.close());

const api = (u: TestUser) => h.client(u.token);
const ok = (res: { status: number; body: Json }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

/** A deal the buyer opened with an offer; the seller has not answered yet (negotiating). */
async function openDeal(listing = m.listings.perovskite) {
  return ok(
    await api(m.buyer).post('/v1/deals', {
      listingId: listing,
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
}

/** The seller accepts the buyer's offer and both sign: the deal is signed. */
async function sign(deal: Json) {
  ok(await api(m.seller).post(`/v1/deals/${deal.id}/offers/${deal.offers[0].id}/accept`));
  const { contentHash } = ok(await api(m.buyer).get(`/v1/deals/${deal.id}/contract`));
  for (const u of [m.buyer, m.seller])
    ok(await api(u).post(`/v1/deals/${deal.id}/contract/sign`, { contentHash }));
  return ok(await api(m.buyer).get(`/v1/deals/${deal.id}`));
}

/** The buyer pays the first milestone by bank transfer and the admin records the receipt. */
async function payFirst(deal: Json) {
  const mid = deal.milestones[0].id;
  const paid = ok(await api(m.buyer).post(`/v1/deals/${deal.id}/milestones/${mid}/pay`));
  ok(
    await api(m.admin).post(`/v1/payments/${paid.payment.id}/confirm`, {
      amount: paid.payment.amount,
      bankReference: 'ICBC20260312000123',
      receivedAt: '2026-03-12T10:20:00+08:00',
    }),
  );
  return mid as string;
}

describe('assign a broker (tenant admin)', () => {
  let deal: Json;
  beforeAll(async () => {
    deal = await openDeal();
  });

  it('only the admin sees the form, listing the tenant’s brokers', async () => {
    const admin = await page(h, `/deals/${deal.id}`, { token: m.admin.token });
    expect(admin.html).toContain(`action="/deals/${deal.id}/broker"`);
    expect(admin.html).toContain(`value="${broker.id}"`);
    for (const who of [m.buyer, m.seller]) {
      expect((await page(h, `/deals/${deal.id}`, { token: who.token })).html).not.toContain('/broker"');
    }
  });

  it('a bad choice re-renders the room with the error and the choice kept; a buyer’s forged post is refused', async () => {
    const bad = await page(h, `/deals/${deal.id}/broker`, {
      token: m.admin.token,
      form: { brokerUserId: m.seller.id },
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('id="f-brokerUserId-error"');
    const forged = await page(h, `/deals/${deal.id}/broker`, {
      token: m.buyer.token,
      form: { brokerUserId: broker.id },
    });
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('您没有权限执行此操作');
    const outsiderPost = await page(h, `/deals/${deal.id}/broker`, {
      token: outsider.token,
      form: { brokerUserId: broker.id },
    });
    expect(outsiderPost.status).toBe(404);
    const crossSite = await page(h, `/deals/${deal.id}/broker`, {
      token: m.admin.token,
      form: { brokerUserId: broker.id },
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect(ok(await api(m.admin).get(`/v1/deals/${deal.id}`)).brokerUserId ?? null).toBeNull();
  });

  it('the admin assigns the broker, who then sees the room (without party actions)', async () => {
    const res = await page(h, `/deals/${deal.id}/broker`, {
      token: m.admin.token,
      form: { brokerUserId: broker.id },
    });
    expect(res.status).toBe(303);
    const room = await page(h, `/deals/${deal.id}`, { token: broker.token });
    expect(room.status).toBe(200);
    expect(room.html).toContain('您的身份: 技术经理人');
    expect(room.html).not.toContain(`action="/deals/${deal.id}/cancel"`);
    expect(room.html).toContain('指派技术经理人'); // the timeline entry
  });
});

describe('cancel (either party or an admin, before money moved)', () => {
  it('validates the reason, keeps the input, and cancels; an outsider gets 404', async () => {
    const deal = await openDeal();
    const room = await page(h, `/deals/${deal.id}`, { token: m.seller.token });
    expect(room.html).toContain(`action="/deals/${deal.id}/cancel"`);
    expect((await page(h, `/deals/${deal.id}`, { token: m.admin.token })).html).toContain('/cancel"');
    const bad = await page(h, `/deals/${deal.id}/cancel`, {
      token: m.buyer.token,
      form: { cancelReason: '否' },
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('id="f-cancelReason-error"');
    expect(bad.html).toContain('至少需要 2 个字符');
    expect(bad.html).toMatch(/<textarea[^>]*name="cancelReason"[^>]*>否<\/textarea>/);
    const outsiderPost = await page(h, `/deals/${deal.id}/cancel`, {
      token: outsider.token,
      form: { cancelReason: '插一脚' },
    });
    expect(outsiderPost.status).toBe(404);
    const res = await page(h, `/deals/${deal.id}/cancel`, {
      token: m.buyer.token,
      form: { cancelReason: '预算调整' },
    });
    expect(res.status).toBe(303);
    const after = await page(h, `/deals/${deal.id}`, { token: m.seller.token });
    expect(after.html).toContain('已取消');
    expect(after.html).toContain('预算调整');
    expect(after.html).not.toContain(`action="/deals/${deal.id}/cancel"`);
    // Cancelled twice: the state moved on, so the form says so instead of a 500.
    const again = await page(h, `/deals/${deal.id}/cancel`, {
      token: m.buyer.token,
      form: { cancelReason: '再次取消' },
    });
    expect(again.status).toBe(422);
    expect(again.html).toContain('当前状态不允许此操作');
  });
});

describe('deliver → request changes → deliver again → accept; dispute → resolve', () => {
  let deal: Json;
  let mid: string;
  beforeAll(async () => {
    deal = await sign(await openDeal());
    mid = await payFirst(deal);
    ok(
      await api(m.seller).post(`/v1/deals/${deal.id}/milestones/${mid}/deliver`, {
        evidence: [{ title: '工艺参数表' }],
      }),
    );
  });

  it('only the buyer sees "request changes" on a delivered milestone', async () => {
    const buyer = await page(h, `/deals/${deal.id}`, { token: m.buyer.token });
    expect(buyer.html).toContain(`action="/deals/${deal.id}/milestones/${mid}/request-changes"`);
    for (const who of [m.seller, m.admin]) {
      const html = (await page(h, `/deals/${deal.id}`, { token: who.token })).html;
      expect(html).not.toContain('/request-changes"');
    }
  });

  it('a too-short reason keeps the input; the seller’s forged post gets 403', async () => {
    const field = `changes-${mid}`;
    const bad = await page(h, `/deals/${deal.id}/milestones/${mid}/request-changes`, {
      token: m.buyer.token,
      form: { [field]: '缺' },
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain(`id="f-${field}-error"`);
    expect(bad.html).toMatch(new RegExp(`<textarea[^>]*name="${field}"[^>]*>缺</textarea>`));
    expect(bad.html).toContain(`<details class="panel" open="" id="rc-${mid}">`);
    const forged = await page(h, `/deals/${deal.id}/milestones/${mid}/request-changes`, {
      token: m.seller.token,
      form: { [field]: '卖方自己要求修改' },
    });
    expect(forged.status).toBe(403);
  });

  it('the buyer asks for changes; the seller sees the reason and delivers again; the buyer accepts', async () => {
    const field = `changes-${mid}`;
    const res = await page(h, `/deals/${deal.id}/milestones/${mid}/request-changes`, {
      token: m.buyer.token,
      form: { [field]: '缺少工艺参数表第 3 节' },
    });
    expect(res.status).toBe(303);
    const seller = await page(h, `/deals/${deal.id}`, { token: m.seller.token });
    expect(seller.html).toContain('需补充');
    expect(seller.html).toContain('缺少工艺参数表第 3 节');
    expect(seller.html).toContain('重新提交交付');
    const again = await page(h, `/deals/${deal.id}/milestones/${mid}/deliver`, {
      token: m.seller.token,
      form: { title: '工艺参数表 v2' },
    });
    expect(again.status).toBe(303);
    const accept = await page(h, `/deals/${deal.id}/milestones/${mid}/accept`, {
      token: m.buyer.token,
      form: {},
    });
    expect(accept.status).toBe(303);
    const room = await page(h, `/deals/${deal.id}`, { token: m.buyer.token });
    expect(room.html).toContain('已验收');
    // Payout status of the released milestone: the seller's share, on the bank rail a wire to send.
    expect(room.html).toContain('卖方放款');
  });

  it('the timeline lists who did what, oldest first', async () => {
    const room = await page(h, `/deals/${deal.id}`, { token: m.seller.token });
    const timeline = room.html.slice(room.html.indexOf('id="timeline"'));
    const order = [
      '发起交易',
      '接受报价，达成一致',
      '签署合同',
      '确认到账',
      '提交交付',
      '要求补充修改',
      '验收通过',
    ];
    let at = 0;
    for (const label of order) {
      const next = timeline.indexOf(label, at);
      expect(next, label).toBeGreaterThan(-1);
      at = next;
    }
    expect(timeline).toContain('“缺少工艺参数表第 3 节”');
    expect(timeline).toContain('User buyer');
    const en = await page(h, `/deals/${deal.id}`, { token: m.seller.token, lang: 'en' });
    expect(en.html).toContain('Timeline');
    expect(en.html).toContain('requested changes');
  });

  it('either party opens a dispute (reason required); the admin sees the resolve form, the parties do not', async () => {
    const bad = await page(h, `/deals/${deal.id}/dispute`, {
      token: m.seller.token,
      form: { disputeReason: '' },
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('id="f-disputeReason-error"');
    expect(
      (
        await page(h, `/deals/${deal.id}/dispute`, {
          token: m.admin.token,
          form: { disputeReason: '管理员不是一方' },
        })
      ).status,
    ).toBe(403);
    const res = await page(h, `/deals/${deal.id}/dispute`, {
      token: m.seller.token,
      form: { disputeReason: '买方拖延第二期付款' },
    });
    expect(res.status).toBe(303);
    const admin = await page(h, `/deals/${deal.id}`, { token: m.admin.token });
    expect(admin.html).toContain('争议中');
    expect(admin.html).toContain(`action="/deals/${deal.id}/resolve"`);
    expect(admin.html).toContain('买方拖延第二期付款');
    for (const who of [m.buyer, m.seller]) {
      const html = (await page(h, `/deals/${deal.id}`, { token: who.token })).html;
      expect(html).not.toContain('/resolve"');
      expect(html).not.toContain(`action="/deals/${deal.id}/dispute"`);
    }
  });

  it('resolve: a party’s forged post gets 403; a missing reason keeps the outcome; the admin refunds', async () => {
    expect(
      (
        await page(h, `/deals/${deal.id}/resolve`, {
          token: m.buyer.token,
          form: { outcome: 'refund', resolveReason: '我自己裁决' },
        })
      ).status,
    ).toBe(403);
    const bad = await page(h, `/deals/${deal.id}/resolve`, {
      token: m.admin.token,
      form: { outcome: 'refund', resolveReason: '' },
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('id="f-resolveReason-error"');
    expect(bad.html).toMatch(/value="refund" checked/);
    const res = await page(h, `/deals/${deal.id}/resolve`, {
      token: m.admin.token,
      form: { outcome: 'refund', resolveReason: '双方协商一致退款' },
    });
    expect(res.status).toBe(303);
    const room = await page(h, `/deals/${deal.id}`, { token: m.buyer.token });
    expect(room.html).toContain('已退款');
    expect(room.html).toContain('已退还买方');
    expect(room.html).toContain('处理争议：退款');
  });

  it('another tenant’s admin and an outsider get 404 on the room and its actions', async () => {
    for (const who of [foreignAdmin, outsider]) {
      expect((await page(h, `/deals/${deal.id}`, { token: who.token })).status).toBe(404);
      expect(
        (
          await page(h, `/deals/${deal.id}/dispute`, {
            token: who.token,
            form: { disputeReason: '外人争议' },
          })
        ).status,
      ).toBe(404);
    }
  });
});
