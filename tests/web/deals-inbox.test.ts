import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inquiries } from '../../schema/index';
import { Harness, type Json, type TestUser } from '../support/harness';
import { page } from './page';
import { type Market, seedMarket } from './seed';

// The inquiry inbox: GET /v1/inquiries (mine as buyer, to my organizations as seller, assigned
// as broker, all for tenant admins; filters; cursor pages) and the page /dashboard/inquiries,
// threads awaiting a reply first with their last message.

let h: Harness;
let m: Market;
let buyer2: TestUser;
let broker: TestUser;
let outsider: TestUser;
let foreignAdmin: TestUser;
let asked: string; // awaiting the seller's reply
let answered: string; // the seller replied last

const api = (u?: TestUser) => h.client(u?.token);
const ids = (body: Json) => body.items.map((i: Json) => i.id);

beforeAll(async () => {
  h = await Harness.start();
  m = await seedMarket(h);
  buyer2 = await h.user(['buyer']);
  broker = await h.user(['broker'], { org: false });
  outsider = await h.user(['seller']);
  foreignAdmin = await h.user(['tenant_admin'], { tenant: await h.createTenant(), org: false });
  const a = await api(buyer2).post(`/v1/listings/${m.listings.marine}/inquiries`, {
    subject: '网箱监测的部署周期？',
    message: '请问部署一套系统需要多久？',
  });
  answered = a.body.id;
  await api(m.seller).post(`/v1/inquiries/${answered}/messages`, { body: '一般两周内完成部署。' });
  const b = await api(m.buyer).post(`/v1/listings/${m.listings.perovskite}/inquiries`, {
    subject: '能否提供中试数据？',
    message: '我们关注 1 平方米组件的稳定性数据。',
  });
  asked = b.body.id;
  // Brokers are assigned to inquiries by the admin (POST /v1/inquiries/{id}/broker, another module).
  await h.db.update(inquiries).set({ brokerUserId: broker.id }).where(eq(inquiries.id, asked));
});
afterAll(() => h.close());

describe('GET /v1/inquiries', () => {
  it('the seller gets the inquiries to its organization’s listings, with the last message', async () => {
    const res = await api(m.seller).get('/v1/inquiries');
    expect(res.status).toBe(200);
    expect(ids(res.body).sort()).toEqual([asked, answered].sort());
    const a = res.body.items.find((i: Json) => i.id === asked);
    expect(a.awaitingReply).toBe(true);
    expect(a.messageCount).toBe(1);
    expect(a.lastMessage.body).toBe('我们关注 1 平方米组件的稳定性数据。');
    const b = res.body.items.find((i: Json) => i.id === answered);
    expect(b.awaitingReply).toBe(false);
    expect(b.lastMessage).toMatchObject({ side: 'seller', body: '一般两周内完成部署。' });
  });

  it('filters: awaiting a reply, role, listing, status', async () => {
    expect(ids((await api(m.seller).get('/v1/inquiries?awaitingReply=true')).body)).toEqual([asked]);
    expect(ids((await api(m.seller).get('/v1/inquiries?awaitingReply=false')).body)).toEqual([answered]);
    expect(ids((await api(m.seller).get(`/v1/inquiries?listingId=${m.listings.marine}`)).body)).toEqual([
      answered,
    ]);
    expect(ids((await api(m.seller).get('/v1/inquiries?role=buyer')).body)).toEqual([]);
    expect(ids((await api(m.seller).get('/v1/inquiries?status=closed')).body)).toEqual([]);
  });

  it('a buyer sees its own, a broker those assigned, an admin all; nobody else any', async () => {
    expect(ids((await api(m.buyer).get('/v1/inquiries')).body)).toEqual([asked]);
    expect(ids((await api(buyer2).get('/v1/inquiries')).body)).toEqual([answered]);
    expect(ids((await api(broker).get('/v1/inquiries')).body)).toEqual([asked]);
    expect(ids((await api(m.admin).get('/v1/inquiries?role=all')).body).sort()).toEqual(
      [asked, answered].sort(),
    );
    expect(ids((await api(outsider).get('/v1/inquiries?role=all')).body)).toEqual([]);
    const foreign = await h.client(foreignAdmin.token, h.tenant.slug).get('/v1/inquiries');
    expect(foreign.status === 200 ? ids(foreign.body) : []).toEqual([]);
  });

  it('pages with a cursor, newest first; bad input is a 422 problem; anonymous is 401', async () => {
    const first = await api(m.admin).get('/v1/inquiries?limit=1');
    expect(ids(first.body)).toEqual([asked]);
    expect(first.body.nextCursor).toBe(asked);
    const second = await api(m.admin).get(`/v1/inquiries?limit=1&cursor=${first.body.nextCursor}`);
    expect(ids(second.body)).toEqual([answered]);
    expect(second.body.nextCursor).toBeNull();
    for (const q of ['limit=0', 'role=owner', 'cursor=deal_01JDQ4Z5V3K8T9M2N6P7R8S9TA', 'listingId=x']) {
      const bad = await api(m.admin).get(`/v1/inquiries?${q}`);
      expect(bad.status, q).toBe(422);
      expect(bad.contentType).toContain('application/problem+json');
    }
    expect((await api().get('/v1/inquiries')).status).toBe(401);
  });
});

describe('/dashboard/inquiries', () => {
  it('the seller sees threads awaiting a reply first, with the last message and a link', async () => {
    const res = await page(h, '/dashboard/inquiries', { token: m.seller.token });
    expect(res.status).toBe(200);
    expect(res.html).toContain('咨询收件箱');
    expect(res.html).toContain('共 2 条咨询，1 条待回复。');
    const first = res.html.indexOf(`href="/inquiries/${asked}"`);
    const second = res.html.indexOf(`href="/inquiries/${answered}"`);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(res.html).toContain('我们关注 1 平方米组件的稳定性数据。');
    expect(res.html).toContain('一般两周内完成部署。');
    expect(res.html).toContain('高效钙钛矿太阳能电池制备技术');
    const awaiting = await page(h, '/dashboard/inquiries?awaiting=1', { token: m.seller.token });
    expect(awaiting.html).toContain(`/inquiries/${asked}"`);
    expect(awaiting.html).not.toContain(`/inquiries/${answered}"`);
    // The dashboard links to it.
    expect((await page(h, '/dashboard', { token: m.seller.token })).html).toContain(
      'href="/dashboard/inquiries"',
    );
  });

  it('a broker sees the inquiries assigned; others see only theirs; anonymous is sent to sign in', async () => {
    const b = await page(h, '/dashboard/inquiries', { token: broker.token });
    expect(b.html).toContain(`/inquiries/${asked}"`);
    expect(b.html).not.toContain(`/inquiries/${answered}"`);
    const o = await page(h, '/dashboard/inquiries', { token: outsider.token });
    expect(o.html).toContain('暂无咨询。');
    const f = await page(h, '/dashboard/inquiries', { token: foreignAdmin.token });
    expect(f.html).not.toContain('/inquiries/inq_');
    const anon = await page(h, '/dashboard/inquiries');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/signin?next=');
  });

  it('is in English on request and stays small', async () => {
    const en = await page(h, '/dashboard/inquiries', { token: m.seller.token, lang: 'en' });
    expect(en.html).toContain('Inquiry inbox');
    expect(en.html).toContain('Awaiting reply');
    expect(Buffer.byteLength(en.html)).toBeLessThan(100 * 1024);
  });
});
