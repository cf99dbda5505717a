import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type Json, type TestUser } from '../support/harness';
import { page } from './page';
import { type Market, seedMarket } from './seed';

// The deal pages through app.request: inquiry thread, NDA, making an offer and the deal room,
// each on the same services as the API; outsiders get 404 and cross-site posts are refused.

let h: Harness;
let m: Market;
let outsider: TestUser;
let listing: string;
beforeAll(async () => {
  h = await Harness.start();
  m = await seedMarket(h);
  outsider = await h.user(['buyer']);
  listing = m.listings.perovskite;
});
afterAll(() => h.close());

const ID = /[a-z]+_[0-9A-Z]{26}/;
const idIn = (location: string | null, prefix: string) => {
  const match = new RegExp(`^${prefix}/(${ID.source})`).exec(location ?? '');
  if (!match?.[1]) throw new Error(`no id in ${location}`);
  return match[1];
};
const api = (u: TestUser) => h.client(u.token);

describe('inquiry (咨询) from the listing page', () => {
  let inquiryId: string;

  it('a signed-in buyer sees the inquiry form; signed out, a link to sign in', async () => {
    const buyer = await page(h, `/listings/${listing}`, { token: m.buyer.token });
    expect(buyer.html).toContain(`action="/listings/${listing}/inquiries"`);
    expect(buyer.html).toContain('签署保密协议');
    expect(buyer.html).toContain(`href="/deals/new?listing=${listing}"`);
    const anon = await page(h, `/listings/${listing}`);
    expect(anon.html).not.toContain('/inquiries"');
    expect(anon.html).toContain('/signin?next=');
  });

  it('posting a message creates the thread and shows it; a second one joins the same thread', async () => {
    const res = await page(h, `/listings/${listing}/inquiries`, {
      token: m.buyer.token,
      form: { message: '能否提供中试数据？' },
    });
    expect(res.status).toBe(303);
    inquiryId = idIn(res.headers.get('location'), '/inquiries');
    const thread = await page(h, `/inquiries/${inquiryId}`, { token: m.buyer.token });
    expect(thread.status).toBe(200);
    expect(thread.html).toContain('能否提供中试数据？');
    expect(thread.html).toContain('需求方');
    const again = await page(h, `/listings/${listing}/inquiries`, {
      token: m.buyer.token,
      form: { message: '另外，专利是否已授权？' },
    });
    expect(idIn(again.headers.get('location'), '/inquiries')).toBe(inquiryId);
  });

  it('the seller replies in the thread and the buyer sees it', async () => {
    const reply = await page(h, `/inquiries/${inquiryId}/messages`, {
      token: m.seller.token,
      form: { body: '可以，签署保密协议后提供。' },
    });
    expect(reply.status).toBe(303);
    const thread = await page(h, `/inquiries/${inquiryId}`, { token: m.buyer.token });
    expect(thread.html).toContain('可以，签署保密协议后提供。');
    expect(thread.html).toContain('成果方');
    const body = (await api(m.buyer).get(`/v1/inquiries/${inquiryId}`)).body as Json;
    expect(body.messages.map((x: Json) => x.side)).toEqual(['buyer', 'buyer', 'seller']);
  });

  it('an outsider gets 404; a cross-site post is refused', async () => {
    expect((await page(h, `/inquiries/${inquiryId}`, { token: outsider.token })).status).toBe(404);
    expect(
      (
        await page(h, `/inquiries/${inquiryId}/messages`, {
          token: outsider.token,
          form: { body: '插话' },
        })
      ).status,
    ).toBe(404);
    const forged = await page(h, `/listings/${listing}/inquiries`, {
      token: m.buyer.token,
      form: { message: '跨站' },
      origin: 'https://evil.example',
    });
    expect(forged.status).toBe(403);
    const noOrigin = await page(h, `/inquiries/${inquiryId}/messages`, {
      token: m.buyer.token,
      form: { body: '无来源' },
      origin: null,
    });
    expect(noOrigin.status).toBe(403);
  });
});

describe('NDA (保密协议)', () => {
  it('shows the NDA text; after accepting, the listing page shows the confidential section', async () => {
    const before = await page(h, `/listings/${listing}`, { token: m.buyer.token });
    expect(before.html).not.toContain('关键配方');
    const nda = await page(h, `/listings/${listing}/nda`, { token: m.buyer.token });
    expect(nda.status).toBe(200);
    expect(nda.html).toContain('保密协议');
    expect(nda.html).toContain('接收方仅为评估');
    const hash = /name="contentHash" value="([0-9a-f]{64})"/.exec(nda.html)?.[1];
    expect(hash).toBeDefined();
    const forged = await page(h, `/listings/${listing}/nda`, {
      token: m.buyer.token,
      form: { version: '1', contentHash: hash as string },
      origin: 'https://evil.example',
    });
    expect(forged.status).toBe(403);
    const stale = await page(h, `/listings/${listing}/nda`, {
      token: m.buyer.token,
      form: { version: '1', contentHash: '0'.repeat(64) },
    });
    expect(stale.status).toBe(409);
    const accept = await page(h, `/listings/${listing}/nda`, {
      token: m.buyer.token,
      form: { version: '1', contentHash: hash as string },
    });
    expect(accept.status).toBe(303);
    expect(accept.headers.get('location')).toBe(`/listings/${listing}#confidential`);
    const after = await page(h, `/listings/${listing}`, { token: m.buyer.token });
    expect(after.html).toContain('id="confidential"');
    expect(after.html).toContain('关键配方：前驱体溶液配比与退火曲线。');
    expect((await page(h, `/listings/${listing}/nda`, { token: m.buyer.token })).html).toContain('您已于');
    // The outsider who did not accept still sees no confidential section.
    expect((await page(h, `/listings/${listing}`, { token: outsider.token })).html).not.toContain('关键配方');
  });
});

describe('make an offer and the deal room', () => {
  let dealId: string;
  const offer = {
    mode: 'license_exclusive',
    amount: '150',
    m1Title: '首付款',
    m1Share: '30',
    m1Due: '2026-06-30',
    m2Title: '验收款',
    m2Share: '70',
    m2Due: '2026-12-31',
    m3Title: '',
    m3Share: '',
    m3Due: '',
    terms: '许可期限五年。',
  };

  it('the offer form shows the listing modes and milestones; bad shares keep the input', async () => {
    const form = await page(h, `/deals/new?listing=${listing}`, { token: m.buyer.token });
    expect(form.status).toBe(200);
    expect(form.html).toContain('报价金额（万元）');
    expect(form.html).toContain('value="license_exclusive"');
    const bad = await page(h, `/deals/new?listing=${listing}`, {
      token: m.buyer.token,
      form: { ...offer, m2Share: '60' },
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('各里程碑比例合计须为 100%。');
    expect(bad.html).toContain('value="60"');
    // What the form does not check itself, the API's schema does (a 201-character title).
    const long = await page(h, `/deals/new?listing=${listing}`, {
      token: m.buyer.token,
      form: { ...offer, m1Title: '长'.repeat(201) },
    });
    expect(long.status).toBe(422);
    expect(long.html).toContain('id="f-m1Title-error"');
    expect(
      (await page(h, `/deals/new?listing=${listing}`, { token: m.buyer.token, form: offer, origin: null }))
        .status,
    ).toBe(403);
  });

  it('posting the offer creates the deal and opens its room', async () => {
    const res = await page(h, `/deals/new?listing=${listing}`, { token: m.buyer.token, form: offer });
    expect(res.status).toBe(303);
    dealId = idIn(res.headers.get('location'), '/deals');
    const room = await page(h, `/deals/${dealId}`, { token: m.buyer.token });
    expect(room.status).toBe(200);
    expect(room.html).toContain('洽谈中');
    expect(room.html).toContain('150 万元');
    expect(room.html).toContain('首付款');
    const deal = (await api(m.buyer).get(`/v1/deals/${dealId}`)).body as Json;
    expect(deal.offers[0].milestones.map((x: Json) => x.amount)).toEqual([45_000_000, 105_000_000]);
  });

  it('only the parties and admins see the room: outsiders 404, anonymous to sign-in', async () => {
    expect((await page(h, `/deals/${dealId}`, { token: m.seller.token })).status).toBe(200);
    expect((await page(h, `/deals/${dealId}`, { token: m.admin.token })).status).toBe(200);
    expect((await page(h, `/deals/${dealId}`, { token: outsider.token })).status).toBe(404);
    const anon = await page(h, `/deals/${dealId}`);
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/signin?next=');
    const offerId = ((await api(m.buyer).get(`/v1/deals/${dealId}`)).body as Json).offers[0].id;
    expect(
      (await page(h, `/deals/${dealId}/offers/${offerId}/accept`, { token: outsider.token, form: {} }))
        .status,
    ).toBe(404);
  });

  it('the seller counters, the buyer accepts; cross-site accept is refused', async () => {
    const counter = await page(h, `/deals/${dealId}/offers`, {
      token: m.seller.token,
      form: { ...offer, amount: '180', message: '价格需上调' },
    });
    expect(counter.status).toBe(303);
    const deal = (await api(m.buyer).get(`/v1/deals/${dealId}`)).body as Json;
    const pending = deal.offers.find((o: Json) => o.status === 'pending');
    expect(pending.amount).toBe(180_000_000);
    const buyerRoom = await page(h, `/deals/${dealId}`, { token: m.buyer.token });
    expect(buyerRoom.html).toContain(`/deals/${dealId}/offers/${pending.id}/accept`);
    const sellerRoom = await page(h, `/deals/${dealId}`, { token: m.seller.token });
    expect(sellerRoom.html).not.toContain(`/offers/${pending.id}/accept`);
    expect(
      (
        await page(h, `/deals/${dealId}/offers/${pending.id}/accept`, {
          token: m.buyer.token,
          form: {},
          origin: 'https://evil.example',
        })
      ).status,
    ).toBe(403);
    const accepted = await page(h, `/deals/${dealId}/offers/${pending.id}/accept`, {
      token: m.buyer.token,
      form: {},
    });
    expect(accepted.status).toBe(303);
    const room = await page(h, `/deals/${dealId}`, { token: m.buyer.token });
    expect(room.html).toContain('已达成一致');
    expect(room.html).toContain('技术合同');
    expect(room.html).toContain('以买方身份签署合同');
  });

  it('a bad counter-offer re-renders the room with the errors', async () => {
    const bad = await page(h, `/deals/${dealId}/offers`, {
      token: m.seller.token,
      form: { ...offer, amount: 'abc' },
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('value="abc"');
    expect(bad.html).toContain('id="f-amount-error"');
  });

  it('both sides sign the contract shown with its hash → signed', async () => {
    const contract = (await api(m.buyer).get(`/v1/deals/${dealId}/contract`)).body as Json;
    const room = await page(h, `/deals/${dealId}`, { token: m.buyer.token });
    expect(room.html).toContain(contract.contentHash);
    expect(room.html).toContain('独占许可');
    for (const who of [m.buyer, m.seller]) {
      const res = await page(h, `/deals/${dealId}/sign`, {
        token: who.token,
        form: { contentHash: contract.contentHash },
      });
      expect(res.status).toBe(303);
    }
    const signed = await page(h, `/deals/${dealId}`, { token: m.seller.token });
    expect(signed.html).toContain('已签约');
    expect(signed.html).toContain('技术合同登记号');
  });

  it('pay (bank-transfer instructions) → admin confirms → deliver → accept; the ledger summary', async () => {
    const deal = (await api(m.buyer).get(`/v1/deals/${dealId}`)).body as Json;
    const m1 = deal.milestones[0];
    expect(
      (await page(h, `/deals/${dealId}/milestones/${m1.id}/pay`, { token: m.seller.token, form: {} })).status,
    ).toBe(403);
    const pay = await page(h, `/deals/${dealId}/milestones/${m1.id}/pay`, { token: m.buyer.token, form: {} });
    expect(pay.status).toBe(303);
    const room = await page(h, `/deals/${dealId}`, { token: m.buyer.token });
    expect(room.html).toContain('对公转账信息');
    const reference = /<strong class="reference">([^<]+)<\/strong>/.exec(room.html)?.[1];
    expect(reference).toMatch(/^TM/);
    expect(room.html).toContain('等待到账');
    // The admin sees the confirm-receipt form; the buyer does not.
    expect(room.html).not.toContain('确认到账');
    const adminRoom = await page(h, `/deals/${dealId}`, { token: m.admin.token });
    expect(adminRoom.html).toContain('确认到账');
    const paymentId = /\/payments\/([a-z]+_[0-9A-Z]{26})\/confirm/.exec(adminRoom.html)?.[1] as string;
    const receipt = {
      amount: String(m1.amount),
      bankReference: 'ICBC20260312000123',
      receivedAt: '2026-03-12',
    };
    expect(
      (
        await page(h, `/deals/${dealId}/payments/${paymentId}/confirm`, {
          token: m.buyer.token,
          form: receipt,
        })
      ).status,
    ).toBe(403);
    const confirm = await page(h, `/deals/${dealId}/payments/${paymentId}/confirm`, {
      token: m.admin.token,
      form: receipt,
    });
    expect(confirm.status).toBe(303);
    const seller = await page(h, `/deals/${dealId}`, { token: m.seller.token });
    expect(seller.html).toContain('履行中');
    expect(seller.html).toContain('提交交付');
    const deliver = await page(h, `/deals/${dealId}/milestones/${m1.id}/deliver`, {
      token: m.seller.token,
      form: { title: '工艺参数表' },
    });
    expect(deliver.status).toBe(303);
    const buyerRoom = await page(h, `/deals/${dealId}`, { token: m.buyer.token });
    expect(buyerRoom.html).toContain('工艺参数表');
    expect(buyerRoom.html).toContain('验收通过');
    const accept = await page(h, `/deals/${dealId}/milestones/${m1.id}/accept`, {
      token: m.buyer.token,
      form: {},
    });
    expect(accept.status).toBe(303);
    const done = await page(h, `/deals/${dealId}`, { token: m.buyer.token });
    expect(done.html).toContain('已验收');
    expect(done.html).toContain('台账平衡');
    expect(done.html).toContain('escrow:');
    // Page weight of the busiest room (contract in two languages, milestones, ledger) with the CSS.
    const css = Buffer.byteLength((await page(h, '/app.css')).html);
    const weights: Record<string, { html: number; css: number; total: number }> = {};
    for (const [path, token] of [
      [`/deals/${dealId}`, m.buyer.token],
      [`/deals/${dealId} (admin)`, m.admin.token],
      [`/deals/new?listing=${listing}`, m.buyer.token],
      [`/listings/${listing}/nda`, m.buyer.token],
    ] as const) {
      const html = Buffer.byteLength((await page(h, path.replace(' (admin)', ''), { token })).html);
      weights[path.replace(ID, ':id')] = { html, css, total: html + css };
      expect(html + css, path).toBeLessThan(100 * 1024);
    }
    await mkdir('test-output', { recursive: true });
    await writeFile('test-output/page-weights-deals.json', `${JSON.stringify(weights, null, 2)}\n`);
  });

  it('the dashboard lists my deals for the buyer and the seller, not for an outsider', async () => {
    for (const who of [m.buyer, m.seller]) {
      const dash = await page(h, '/dashboard', { token: who.token });
      expect(dash.html).toContain(`href="/deals/${dealId}"`);
    }
    const other = await page(h, '/dashboard', { token: outsider.token });
    expect(other.html).not.toContain(`/deals/${dealId}`);
    expect(other.html).toContain('暂无交易。');
  });

  it('the room is in English on request', async () => {
    const en = await page(h, `/deals/${dealId}`, { token: m.buyer.token, lang: 'en' });
    expect(en.html).toContain('Deal room');
    expect(en.html).toContain('Technology contract');
    expect(en.html).toContain('Milestones');
  });
});
