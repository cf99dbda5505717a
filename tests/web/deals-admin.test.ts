import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type Json, type TestUser } from '../support/harness';
import { page } from './page';
import { type Market, seedMarket } from './seed';

// The tenant admin's deals list (/admin/deals): all deals of the tenant, disputes first, with the
// parties, amount and next milestone due; a state filter; nobody else gets it. Also the bank
// rail's room: without Stripe there is no card checkout. Writes the new pages' weights.

let h: Harness;
let m: Market;
let foreignAdmin: TestUser;
let open: Json;
let disputed: Json;

const api = (u: TestUser) => h.client(u.token);
const ok = (res: { status: number; body: Json }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

async function newDeal(amount: number) {
  return ok(
    await api(m.buyer).post('/v1/deals', {
      listingId: m.listings.perovskite,
      mode: 'license_exclusive',
      amount,
      currency: 'CNY',
      milestones: [
        { title: '首付款', shareBps: 4000, dueDate: '2026-06-30' },
        { title: '验收款', shareBps: 6000, dueDate: '2026-12-31' },
      ],
    }),
    201,
  );
}

beforeAll(async () => {
  h = await Harness.start();
  m = await seedMarket(h);
  foreignAdmin = await h.user(['tenant_admin'], { tenant: await h.createTenant(), org: false });
  disputed = await newDeal(200_000_000);
  ok(await api(m.seller).post(`/v1/deals/${disputed.id}/offers/${disputed.offers[0].id}/accept`));
  const { contentHash } = ok(await api(m.buyer).get(`/v1/deals/${disputed.id}/contract`));
  for (const u of [m.buyer, m.seller])
    ok(await api(u).post(`/v1/deals/${disputed.id}/contract/sign`, { contentHash }));
  ok(await api(m.buyer).post(`/v1/deals/${disputed.id}/dispute`, { reason: '卖方未按期提供资料' }));
  open = await newDeal(150_000_000); // newest, negotiating
});
afterAll(() => h.close());

describe('/admin/deals', () => {
  it('lists every deal of the tenant, disputes first, with parties, amount and the next due milestone', async () => {
    const res = await page(h, '/admin/deals', { token: m.admin.token });
    expect(res.status).toBe(200);
    const a = res.html.indexOf(`href="/deals/${disputed.id}"`);
    const b = res.html.indexOf(`href="/deals/${open.id}"`);
    expect(a).toBeGreaterThan(-1);
    expect(b).toBeGreaterThan(a); // the newer deal, but the dispute comes first
    expect(res.html).toContain('争议中');
    expect(res.html).toContain('200 万元');
    expect(res.html).toContain('1. 首付款 · 80 万元 · 到期 2026-06-30');
    expect(res.html).toContain('测试机构');
    expect(res.html).toContain('href="/admin/deals" aria-current="page"');
  });

  it('filters by state', async () => {
    const res = await page(h, '/admin/deals?status=negotiating', { token: m.admin.token });
    expect(res.html).toContain(`/deals/${open.id}"`);
    expect(res.html).not.toContain(`/deals/${disputed.id}"`);
    expect(res.html).toContain('<option value="negotiating" selected="">');
    const junk = await page(h, '/admin/deals?status=bogus&cursor=x', { token: m.admin.token });
    expect(junk.status).toBe(200);
    expect(junk.html).toContain(`/deals/${open.id}"`);
  });

  it('is for tenant admins only: a party gets 403, another tenant’s admin 403, anonymous sign-in', async () => {
    expect((await page(h, '/admin/deals', { token: m.seller.token })).status).toBe(403);
    const foreign = await page(h, '/admin/deals', { token: foreignAdmin.token });
    expect(foreign.status).toBe(403);
    expect(foreign.html).not.toContain(disputed.id);
    expect((await page(h, '/admin/deals')).status).toBe(303);
    // The admin nav links to it.
    expect((await page(h, '/admin/review', { token: m.admin.token })).html).toContain('href="/admin/deals"');
  });

  it('GET /v1/deals already gives a tenant admin every deal of the tenant', async () => {
    const body = ok(await api(m.admin).get('/v1/deals'));
    expect(body.items.map((d: Json) => d.id).sort()).toEqual([open.id, disputed.id].sort());
  });
});

describe('bank transfer (no Stripe): no card checkout', () => {
  it('the buyer gets the bank "pay" button, no card button; the checkout routes are 404', async () => {
    const deal = await newDeal(120_000_000);
    ok(await api(m.seller).post(`/v1/deals/${deal.id}/offers/${deal.offers[0].id}/accept`));
    const { contentHash } = ok(await api(m.buyer).get(`/v1/deals/${deal.id}/contract`));
    for (const u of [m.buyer, m.seller])
      ok(await api(u).post(`/v1/deals/${deal.id}/contract/sign`, { contentHash }));
    const mid = ok(await api(m.buyer).get(`/v1/deals/${deal.id}`)).milestones[0].id;
    const room = await page(h, `/deals/${deal.id}`, { token: m.buyer.token });
    expect(room.html).toContain(`action="/deals/${deal.id}/milestones/${mid}/pay"`);
    expect(room.html).not.toContain('/checkout"');
    expect(room.html).not.toContain('Stripe');
    const path = `/deals/${deal.id}/milestones/${mid}/checkout`;
    expect((await page(h, path, { token: m.buyer.token, form: {} })).status).toBe(404);
    expect((await page(h, path, { token: m.buyer.token })).status).toBe(404);
  });
});

describe('page weights', () => {
  it('the new pages stay under 100 KB with the CSS', async () => {
    const css = Buffer.byteLength((await page(h, '/app.css')).html);
    const weights: Record<string, { html: number; css: number; total: number }> = {};
    for (const [name, path, token] of [
      ['/admin/deals', '/admin/deals', m.admin.token],
      ['/dashboard/inquiries', '/dashboard/inquiries', m.seller.token],
      ['/deals/:id (disputed, admin: resolve form + timeline)', `/deals/${disputed.id}`, m.admin.token],
      ['/deals/:id (negotiating, admin: broker + cancel)', `/deals/${open.id}`, m.admin.token],
    ] as const) {
      const html = Buffer.byteLength((await page(h, path, { token })).html);
      weights[name] = { html, css, total: html + css };
      expect(html + css, name).toBeLessThan(100 * 1024);
    }
    await mkdir('test-output', { recursive: true });
    await writeFile('test-output/page-weights-deal-actions.json', `${JSON.stringify(weights, null, 2)}\n`);
  });
});
