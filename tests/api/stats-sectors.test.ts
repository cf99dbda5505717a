import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type TestUser } from '../support/harness';
import { draftDemand, draftListing, expectProblem, openDemand } from './helpers';

let h: Harness;
let seller: TestUser;
let buyer: TestUser;
let admin: TestUser;
beforeAll(async () => {
  h = await Harness.start();
  seller = await h.user(['seller']);
  buyer = await h.user(['buyer']);
  admin = await h.user(['tenant_admin'], { org: false });
});
afterAll(() => h.close());

describe('GET /v1/stats', () => {
  it('a new tenant has zero counts, answered publicly and cacheably', async () => {
    const t = await h.createTenant();
    const res = await h.client(undefined, t.slug).get('/v1/stats');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(res.body).toEqual({
      tenant: { slug: t.slug, nameZh: expect.any(String), nameEn: expect.any(String) },
      organizations: 0,
      listings: { collected: 0, published: 0, selected: 0 },
      demands: { total: 0, open: 0 },
      deals: { signed: 0 },
      contractTurnover: [],
    });
  });

  it('counts change as listings are submitted and published and demands opened and closed', async () => {
    const stats = async () => (await h.client().get('/v1/stats')).body;
    const s0 = await stats();
    expect(s0.organizations).toBe(2); // the seller's and the buyer's

    const listing = await draftListing(h, seller);
    expect((await stats()).listings).toEqual(s0.listings);
    await h.client(seller.token).post(`/v1/listings/${listing.id}/submit`);
    const s1 = await stats();
    expect(s1.listings.collected).toBe(s0.listings.collected + 1);
    expect(s1.listings.published).toBe(s0.listings.published);
    await h.client(admin.token).post(`/v1/listings/${listing.id}/publish`);
    await h.client(admin.token).patch(`/v1/listings/${listing.id}`, { selected: true });
    const s2 = await stats();
    expect(s2.listings).toEqual({
      collected: s0.listings.collected + 1,
      published: s0.listings.published + 1,
      selected: s0.listings.selected + 1,
    });

    await draftDemand(h, buyer);
    expect((await stats()).demands).toEqual(s0.demands);
    const demand = await openDemand(h, buyer);
    const s3 = await stats();
    expect(s3.demands).toEqual({ total: s0.demands.total + 1, open: s0.demands.open + 1 });
    await h.client(buyer.token).post(`/v1/demands/${demand.id}/close`);
    expect((await stats()).demands).toEqual({ total: s0.demands.total + 1, open: s0.demands.open });

    await h.client(buyer.token).post('/v1/organizations', { type: 'enterprise', nameZh: '统计测试公司' });
    expect((await stats()).organizations).toBe(s0.organizations + 1);
  });

  it('a draft archived or closed before it was ever submitted or published is not counted', async () => {
    const stats = async () => (await h.client().get('/v1/stats')).body;
    const before = await stats();
    const listing = await draftListing(h, seller);
    expect((await h.client(seller.token).post(`/v1/listings/${listing.id}/archive`)).status).toBe(200);
    const demand = await draftDemand(h, buyer);
    expect((await h.client(buyer.token).post(`/v1/demands/${demand.id}/close`)).status).toBe(200);
    const after = await stats();
    expect(after.listings).toEqual(before.listings);
    expect(after.demands).toEqual(before.demands);
    // Once submitted, an archived listing still counts as collected.
    const submitted = await draftListing(h, seller);
    await h.client(seller.token).post(`/v1/listings/${submitted.id}/submit`);
    await h.client(seller.token).post(`/v1/listings/${submitted.id}/archive`);
    expect((await stats()).listings.collected).toBe(before.listings.collected + 1);
  });

  it("counts only this tenant's records", async () => {
    const t = await h.createTenant();
    await openDemand(h, buyer);
    const res = await h.client(undefined, t.slug).get('/v1/stats');
    expect(res.body.demands).toEqual({ total: 0, open: 0 });
    expect(res.body.organizations).toBe(0);
  });

  it('an unknown tenant is a 404 problem', async () => {
    expectProblem(await h.client(undefined, 'no-such-tenant').get('/v1/stats'), 404, 'tenant-not-found');
  });
});

describe('GET /v1/sectors', () => {
  it('returns the 12 sectors of the taxonomy with zh and en names, in a stable order', async () => {
    const res = await h.client().get('/v1/sectors');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(12);
    for (const s of res.body.items) {
      expect(s.slug).toMatch(/^[a-z-]+$/);
      expect(s.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.nameEn).toMatch(/^[A-Z]/);
    }
    const slugs = res.body.items.map((s: { slug: string }) => s.slug);
    expect(new Set(slugs).size).toBe(12);
    expect(slugs).toEqual(
      expect.arrayContaining(['marine', 'new-energy', 'chem-materials', 'ai', 'life-health']),
    );
    expect(res.body.items.find((s: { slug: string }) => s.slug === 'marine')).toEqual({
      slug: 'marine',
      nameZh: '现代海洋',
      nameEn: 'Marine science and technology',
    });
    expect((await h.client().get('/v1/sectors')).body).toEqual(res.body);
  });

  it('is the same on every tenant and needs no credentials', async () => {
    const t = await h.createTenant();
    const a = await h.client(undefined, t.slug).get('/v1/sectors');
    const b = await h.client(seller.token).get('/v1/sectors');
    expect(a.body).toEqual(b.body);
  });

  it('every listing sector the API accepts is one of these sectors', async () => {
    const slugs = (await h.client().get('/v1/sectors')).body.items.map((s: { slug: string }) => s.slug);
    for (const slug of slugs) {
      expect((await h.client().get(`/v1/listings?sector=${slug}`)).status).toBe(200);
    }
  });
});
