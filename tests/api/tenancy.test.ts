import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenants } from '../../schema/index';
import { demandInput, Harness, listingInput, type TestUser } from '../support/harness';
import {
  draftDemand,
  draftListing,
  expectInvalid,
  expectProblem,
  openDemand,
  publishedListing,
  rowCounts,
} from './helpers';

let h: Harness;
let seller: TestUser;
let admin: TestUser;
let other: { id: string; slug: string };
let otherSeller: TestUser;
let otherAdmin: TestUser;
let otherBuyer: TestUser;
beforeAll(async () => {
  h = await Harness.start();
  seller = await h.user(['seller']);
  admin = await h.user(['tenant_admin'], { org: false });
  other = await h.createTenant();
  otherSeller = await h.user(['seller'], { tenant: other });
  otherAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
  otherBuyer = await h.user(['buyer'], { tenant: other });
});
afterAll(() => h.close());

const itemIds = (res: { body: { items: { id: string }[] } }) => res.body.items.map((x) => x.id);

describe('which tenant serves a request', () => {
  it('X-Tenant chooses the tenant (slug, case-insensitive)', async () => {
    const res = await h.client(undefined, other.slug.toUpperCase()).get('/v1/tenant');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: other.id, slug: other.slug });
  });

  it('an unknown X-Tenant slug is a 404 tenant-not-found problem, for reads and writes', async () => {
    expectProblem(await h.client(undefined, 'no-such-market').get('/v1/listings'), 404, 'tenant-not-found');
    expectProblem(
      await h.client(seller.token, 'no-such-market').post('/v1/listings', listingInput()),
      404,
      'tenant-not-found',
    );
    expectProblem(await h.client(undefined, 'x'.repeat(300)).get('/v1/stats'), 404, 'tenant-not-found');
  });

  it("without a header, the credential's tenant serves the request", async () => {
    const me = await h.client(otherSeller.token, '').get('/v1/me');
    expect(me.body.tenant.slug).toBe(other.slug);
    expect(me.body.roles).toEqual(['seller']);
    const created = await h.client(otherSeller.token, '').post('/v1/listings', listingInput());
    expect(created.status).toBe(201);
    expect(created.body.tenantId).toBe(other.id);
  });

  it('without a header or a credential, the hub serves the request', async () => {
    const res = await h.client(undefined, '').get('/v1/tenant');
    expect(res.body.slug).toBe('hub');
  });

  it('the request host wins over X-Tenant when it names a tenant domain', async () => {
    const branded = await h.createTenant();
    await h.db
      .update(tenants)
      .set({ domains: ['market.blue-valley.test'] })
      .where(eq(tenants.id, branded.id));
    const res = await h
      .client(undefined, '')
      .get('/v1/tenant', { headers: { host: 'market.blue-valley.test:443' } });
    expect(res.body.slug).toBe(branded.slug);
    const both = await h
      .client(undefined, other.slug)
      .get('/v1/tenant', { headers: { host: 'market.blue-valley.test' } });
    expect(both.body.slug).toBe(branded.slug);
    const unknownHost = await h
      .client(undefined, other.slug)
      .get('/v1/tenant', { headers: { host: 'elsewhere.test' } });
    expect(unknownHost.body.slug).toBe(other.slug);
  });
});

describe("another tenant's private records answer 404, never 403", () => {
  it("draft listing, submitted listing, draft demand and organization of tenant A are 404 from tenant B, even for B's admin", async () => {
    const draft = await draftListing(h, seller);
    const buyer = await h.user(['buyer']);
    const demand = await draftDemand(h, buyer);
    for (const token of [undefined, otherSeller.token, otherAdmin.token]) {
      const b = h.client(token, other.slug);
      expectProblem(await b.get(`/v1/listings/${draft.id}`), 404, 'not-found');
      expectProblem(await b.get(`/v1/demands/${demand.id}`), 404, 'not-found');
      expectProblem(await b.get(`/v1/organizations/${seller.orgId}`), 404, 'not-found');
    }
    const b = h.client(otherAdmin.token, other.slug);
    expectProblem(await b.post(`/v1/listings/${draft.id}/submit`), 404, 'not-found');
    expectProblem(await b.patch(`/v1/listings/${draft.id}`, { trl: 1 }), 404, 'not-found');
    expectProblem(await b.delete(`/v1/listings/${draft.id}`), 404, 'not-found');
    expectProblem(await b.post(`/v1/demands/${demand.id}/close`), 404, 'not-found');
    expectProblem(
      await b.post(`/v1/organizations/${seller.orgId}/members`, { email: otherBuyer.email }),
      404,
      'not-found',
    );
  });

  it("a partner's published listing and open demand are not visible from another partner (mode own)", async () => {
    const listing = await publishedListing(h, seller, admin);
    const buyer = await h.user(['buyer']);
    const demand = await openDemand(h, buyer);
    expectProblem(await h.client(undefined, other.slug).get(`/v1/listings/${listing.id}`), 404, 'not-found');
    expectProblem(await h.client(undefined, other.slug).get(`/v1/demands/${demand.id}`), 404, 'not-found');
    expect(itemIds(await h.client(undefined, other.slug).get('/v1/listings?limit=100'))).not.toContain(
      listing.id,
    );
    expect(itemIds(await h.client(undefined, other.slug).get('/v1/demands?limit=100'))).not.toContain(
      demand.id,
    );
  });

  it("tenant B's admin listing drafts sees only B's drafts", async () => {
    const draft = await draftListing(h, seller);
    const res = await h.client(otherAdmin.token, other.slug).get('/v1/listings?status=draft&limit=100');
    expect(res.status).toBe(200);
    expect(itemIds(res)).not.toContain(draft.id);
    for (const item of res.body.items) expect(item.tenantId).toBe(other.id);
  });
});

describe('a session carries the roles of the tenant it is used in', () => {
  it('a seller of A using X-Tenant B has no roles there and cannot act as a seller (403); nothing written', async () => {
    const me = await h.client(seller.token, other.slug).get('/v1/me');
    expect(me.body.roles).toEqual([]);
    const before = await rowCounts(h);
    expectProblem(
      await h.client(seller.token, other.slug).post('/v1/listings', listingInput()),
      403,
      'forbidden',
    );
    expectProblem(
      await h.client(seller.token, other.slug).post('/v1/demands', demandInput()),
      403,
      'forbidden',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it("an admin of A using X-Tenant B cannot moderate B's listings", async () => {
    const submitted = await draftListing(h, otherSeller, {}, other.slug);
    await h.client(otherSeller.token, other.slug).post(`/v1/listings/${submitted.id}/submit`);
    expectProblem(
      await h.client(admin.token, other.slug).post(`/v1/listings/${submitted.id}/publish`),
      404,
      'not-found',
    );
    expectProblem(
      await h.client(admin.token, other.slug).get('/v1/listings?status=submitted'),
      403,
      'forbidden',
    );
  });

  it("A's organization cannot own a listing in B", async () => {
    const both = await h.user(['seller']);
    const grant = await h.user(['seller'], { tenant: other, org: false });
    expectProblem(
      await h.client(grant.token, other.slug).post('/v1/listings', listingInput({ ownerOrgId: both.orgId })),
      404,
      'not-found',
    );
    expectInvalid(await h.client(grant.token, other.slug).post('/v1/listings', listingInput()), 'ownerOrgId');
  });
});

describe('syndication of hub records to partner storefronts', () => {
  let hub: { id: string; slug: string };
  let hubSeller: TestUser;
  let hubAdmin: TestUser;
  let hubBuyer: TestUser;
  let marine: { id: string };
  let energy: { id: string };
  let marineDraft: { id: string };
  let marineDemand: { id: string };
  let energyDemand: { id: string };
  beforeAll(async () => {
    hub = await h.hub();
    hubSeller = await h.user(['seller'], { tenant: hub });
    hubAdmin = await h.user(['tenant_admin'], { tenant: hub, org: false });
    hubBuyer = await h.user(['buyer'], { tenant: hub });
    marine = await publishedListing(h, hubSeller, hubAdmin, { sector: 'marine' }, 'hub');
    energy = await publishedListing(h, hubSeller, hubAdmin, { sector: 'new-energy' }, 'hub');
    marineDraft = await draftListing(h, hubSeller, { sector: 'marine' }, 'hub');
    marineDemand = await openDemand(h, hubBuyer, { sector: 'marine' }, 'hub');
    energyDemand = await openDemand(h, hubBuyer, { sector: 'new-energy' }, 'hub');
  });

  it("{ mode: 'sectors', sectors: ['marine'] } shows hub published marine listings, not new-energy ones, not drafts", async () => {
    const partner = await h.createTenant({ syndication: { mode: 'sectors', sectors: ['marine'] } });
    const p = h.client(undefined, partner.slug);
    const list = itemIds(await p.get('/v1/listings?limit=100'));
    expect(list).toContain(marine.id);
    expect(list).not.toContain(energy.id);
    expect(list).not.toContain(marineDraft.id);
    expect((await p.get(`/v1/listings/${marine.id}`)).status).toBe(200);
    expect((await p.get(`/v1/listings/${marine.id}`)).body.confidential).toBeNull();
    expectProblem(await p.get(`/v1/listings/${energy.id}`), 404, 'not-found');
    expectProblem(await p.get(`/v1/listings/${marineDraft.id}`), 404, 'not-found');
    expect(itemIds(await p.get('/v1/listings?sector=new-energy'))).toEqual([]);
  });

  it('the same rule applies to demands', async () => {
    const partner = await h.createTenant({ syndication: { mode: 'sectors', sectors: ['marine'] } });
    const p = h.client(undefined, partner.slug);
    const list = itemIds(await p.get('/v1/demands?limit=100'));
    expect(list).toContain(marineDemand.id);
    expect(list).not.toContain(energyDemand.id);
    expect((await p.get(`/v1/demands/${marineDemand.id}`)).status).toBe(200);
    expectProblem(await p.get(`/v1/demands/${energyDemand.id}`), 404, 'not-found');
  });

  it("{ mode: 'own' } shows none of the hub's records", async () => {
    const partner = await h.createTenant({ syndication: { mode: 'own' } });
    const p = h.client(undefined, partner.slug);
    expect(itemIds(await p.get('/v1/listings?limit=100'))).toEqual([]);
    expect(itemIds(await p.get('/v1/demands?limit=100'))).toEqual([]);
    expectProblem(await p.get(`/v1/listings/${marine.id}`), 404, 'not-found');
  });

  it("{ mode: 'all' } shows every published hub listing but still no drafts", async () => {
    const partner = await h.createTenant({ syndication: { mode: 'all' } });
    const list = itemIds(await h.client(undefined, partner.slug).get('/v1/listings?limit=100'));
    expect(list).toEqual(expect.arrayContaining([marine.id, energy.id]));
    expect(list).not.toContain(marineDraft.id);
  });

  it('a syndicated listing cannot be edited or moderated from the partner: its admin gets 403/404', async () => {
    const partner = await h.createTenant({ syndication: { mode: 'all' } });
    const partnerAdmin = await h.user(['tenant_admin'], { tenant: partner, org: false });
    const p = h.client(partnerAdmin.token, partner.slug);
    expectProblem(await p.patch(`/v1/listings/${marine.id}`, { featured: true }), 403, 'forbidden');
    expectProblem(await p.post(`/v1/listings/${marine.id}/archive`), 403, 'forbidden');
    expect((await p.get(`/v1/listings/${marine.id}`)).body.confidential).toBeNull();
  });

  it("the hub never shows a partner's records", async () => {
    const partner = await h.createTenant({ syndication: { mode: 'all' } });
    const ps = await h.user(['seller'], { tenant: partner });
    const pa = await h.user(['tenant_admin'], { tenant: partner, org: false });
    const theirs = await publishedListing(h, ps, pa, { sector: 'marine' }, partner.slug);
    expect(itemIds(await h.client(undefined, 'hub').get('/v1/listings?limit=100'))).not.toContain(theirs.id);
    expectProblem(await h.client(undefined, 'hub').get(`/v1/listings/${theirs.id}`), 404);
  });
});

describe('tenant routes', () => {
  let platform: TestUser;
  beforeAll(async () => {
    platform = await h.user([], { tenant: await h.hub(), platformAdmin: true, org: false });
  });

  it('GET /v1/tenant is public; only admins see the fee policy', async () => {
    const pub = await h.client().get('/v1/tenant');
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ id: h.tenant.id, slug: h.tenant.slug });
    expect(pub.body).not.toHaveProperty('feePolicy');
    expect((await h.client(admin.token).get('/v1/tenant')).body).toHaveProperty('feePolicy');
  });

  it('GET /v1/tenants is for the platform admin: 200; tenant admin 403; anonymous 401', async () => {
    const res = await h.client(platform.token, 'hub').get('/v1/tenants');
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: { slug: string }) => t.slug)).toEqual(
      expect.arrayContaining(['hub', h.tenant.slug]),
    );
    expectProblem(await h.client(admin.token).get('/v1/tenants'), 403, 'forbidden');
    expectProblem(await h.client().get('/v1/tenants'), 401, 'unauthenticated');
  });

  it('POST /v1/tenants: the platform admin opens a storefront; a taken slug is 409; bad slug 422; others 403/401', async () => {
    const slug = `pf-${Date.now().toString(36)}`;
    const res = await h.client(platform.token, 'hub').post('/v1/tenants', {
      slug,
      nameZh: '蓝谷平台',
      nameEn: 'Blue Valley',
      syndication: { mode: 'sectors', sectors: ['marine'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await h.client(undefined, slug).get('/v1/tenant')).body.id).toBe(res.body.id);
    expectProblem(
      await h.client(platform.token, 'hub').post('/v1/tenants', { slug, nameZh: '重复平台', nameEn: 'Dup' }),
      409,
      'conflict',
    );
    expectInvalid(
      await h
        .client(platform.token, 'hub')
        .post('/v1/tenants', { slug: 'Bad Slug!', nameZh: '坏的', nameEn: 'Bad' }),
      'slug',
    );
    expectInvalid(
      await h.client(platform.token, 'hub').post('/v1/tenants', {
        slug: 'ok-slug',
        nameZh: '坏的',
        nameEn: 'Bad',
        syndication: { mode: 'sectors', sectors: ['foo'] },
      }),
      'syndication.sectors.0',
    );
    expectProblem(
      await h.client(admin.token).post('/v1/tenants', { slug: 'nope-1', nameZh: '不行', nameEn: 'No' }),
      403,
      'forbidden',
    );
    expectProblem(
      await h.client().post('/v1/tenants', { slug: 'nope-2', nameZh: '不行', nameEn: 'No' }),
      401,
      'unauthenticated',
    );
  });

  it("PATCH /v1/tenants/{id}: the tenant's own admin brands it; another tenant's admin gets 404; fee policy is platform-only", async () => {
    const ok = await h
      .client(admin.token)
      .patch(`/v1/tenants/${h.tenant.id}`, { branding: { primaryColor: '#0b5fff' } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.branding.primaryColor).toBe('#0b5fff');
    expectProblem(
      await h.client(otherAdmin.token, other.slug).patch(`/v1/tenants/${h.tenant.id}`, { nameEn: 'Hijack' }),
      404,
      'not-found',
    );
    expectProblem(
      await h.client(seller.token).patch(`/v1/tenants/${h.tenant.id}`, { nameEn: 'Hijack' }),
      404,
      'not-found',
    );
    expectProblem(
      await h.client().patch(`/v1/tenants/${h.tenant.id}`, { nameEn: 'Hijack' }),
      401,
      'unauthenticated',
    );
    const fee = {
      platformFeeBps: 1,
      platformFeeMin: 0,
      tenantShareBps: 0,
      brokerCommissionBps: 0,
      brokerCommissionMin: 0,
    };
    expectProblem(
      await h.client(admin.token).patch(`/v1/tenants/${h.tenant.id}`, { feePolicy: fee }),
      403,
      'forbidden',
    );
    expectInvalid(
      await h.client(admin.token).patch(`/v1/tenants/${h.tenant.id}`, { branding: { primaryColor: 'blue' } }),
      'branding.primaryColor',
    );
  });

  it('changing syndication takes effect on the next request', async () => {
    const partner = await h.createTenant({ syndication: { mode: 'own' } });
    const hub = await h.hub();
    const hs = await h.user(['seller'], { tenant: hub });
    const ha = await h.user(['tenant_admin'], { tenant: hub, org: false });
    const marine = await publishedListing(h, hs, ha, { sector: 'marine' }, 'hub');
    expectProblem(await h.client(undefined, partner.slug).get(`/v1/listings/${marine.id}`), 404);
    const res = await h
      .client(platform.token, partner.slug)
      .patch(`/v1/tenants/${partner.id}`, { syndication: { mode: 'sectors', sectors: ['marine'] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await h.client(undefined, partner.slug).get(`/v1/listings/${marine.id}`)).status).toBe(200);
  });
});
