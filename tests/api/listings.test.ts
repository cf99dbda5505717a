import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, listingInput, type TestUser } from '../support/harness';
import {
  auditRows,
  draftListing,
  expectInvalid,
  expectProblem,
  outboxRows,
  publishedListing,
  rowCounts,
  submittedListing,
} from './helpers';

let h: Harness;
let seller: TestUser;
let otherSeller: TestUser;
let buyer: TestUser;
let admin: TestUser;
let stranger: TestUser; // a seller of another tenant
let otherTenant: { id: string; slug: string };
beforeAll(async () => {
  h = await Harness.start();
  seller = await h.user(['seller']);
  otherSeller = await h.user(['seller']);
  buyer = await h.user(['buyer']);
  admin = await h.user(['tenant_admin'], { org: false });
  otherTenant = await h.createTenant();
  stranger = await h.user(['seller'], { tenant: otherTenant });
});
afterAll(() => h.close());

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((l) => l.id);

describe('POST /v1/listings', () => {
  it('a seller creates a draft owned by their organization: 201, audited, with an outbox event', async () => {
    const res = await h.client(seller.token).post('/v1/listings', listingInput());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      version: 1,
      tenantId: h.tenant.id,
      ownerOrgId: seller.orgId,
      sector: 'new-energy',
      trl: 5,
      priceType: 'range',
      priceMin: 100_000_000,
      priceMax: 300_000_000,
      currency: 'CNY',
      selected: false,
      featured: false,
      rejectionReason: null,
      publishedAt: null,
    });
    expect(res.body.id).toMatch(/^lst_[0-9A-Z]{26}$/);
    expect(res.body.confidential).toEqual({ zh: '关键配方：前驱体溶液配比与退火曲线。', en: null });
    expect(await auditRows(h, res.body.id, 'listing.create')).toHaveLength(1);
    expect(await outboxRows(h, res.body.id, 'listing.created')).toHaveLength(1);
  });

  it('a buyer is refused with 403 and nothing is written', async () => {
    const before = await rowCounts(h);
    expectProblem(await h.client(buyer.token).post('/v1/listings', listingInput()), 403, 'forbidden');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('an anonymous caller gets 401', async () => {
    expectProblem(await h.client().post('/v1/listings', listingInput()), 401, 'unauthenticated');
  });

  it('a seller of another tenant cannot create here (no roles in this tenant): 403', async () => {
    expectProblem(
      await h.client(stranger.token, h.tenant.slug).post('/v1/listings', listingInput()),
      403,
      'forbidden',
    );
  });

  it("ownerOrgId of someone else's organization is a 422 naming ownerOrgId; another tenant's is a 404", async () => {
    const before = await rowCounts(h);
    expectInvalid(
      await h.client(seller.token).post('/v1/listings', listingInput({ ownerOrgId: otherSeller.orgId })),
      'ownerOrgId',
    );
    expectProblem(
      await h.client(seller.token).post('/v1/listings', listingInput({ ownerOrgId: stranger.orgId })),
      404,
      'not-found',
    );
    expectProblem(
      await h.client(seller.token).post('/v1/listings', listingInput({ ownerOrgId: 'org_nope' })),
      404,
      'not-found',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('ownerOrgId picks one of several organizations the seller belongs to', async () => {
    const second = await h.organization('institute', seller.id);
    const res = await h.client(seller.token).post('/v1/listings', listingInput({ ownerOrgId: second }));
    expect(res.status).toBe(201);
    expect(res.body.ownerOrgId).toBe(second);
  });

  it('a seller without any organization is told to create one: 422', async () => {
    const loner = await h.user(['seller'], { org: false });
    expectInvalid(await h.client(loner.token).post('/v1/listings', listingInput()), 'ownerOrgId');
  });

  it('price rules: fixed needs priceMin only, range needs min ≤ max, negotiable has no amounts', async () => {
    const post = (o: Record<string, unknown>) => h.client(seller.token).post('/v1/listings', listingInput(o));
    expect((await post({ priceType: 'fixed', priceMin: 5_000_000, priceMax: undefined })).status).toBe(201);
    expect((await post({ priceType: 'negotiable', priceMin: undefined, priceMax: undefined })).status).toBe(
      201,
    );
    expect((await post({ priceType: 'range', priceMin: 100, priceMax: 100 })).status).toBe(201);
    const before = await rowCounts(h);
    expectInvalid(await post({ priceType: 'fixed', priceMin: undefined, priceMax: undefined }), 'priceMin');
    expectInvalid(await post({ priceType: 'fixed', priceMin: 100, priceMax: 200 }), 'priceMax');
    expectInvalid(await post({ priceType: 'range', priceMin: 300, priceMax: 200 }), 'priceMax');
    expectInvalid(await post({ priceType: 'range', priceMin: 300, priceMax: undefined }), 'priceMax');
    expectInvalid(await post({ priceType: 'negotiable', priceMin: 100, priceMax: undefined }), 'priceType');
    expectInvalid(await post({ priceType: 'auction' }), 'priceType');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('money is integer minor units: 1.5, negatives, strings and absurd amounts are 422', async () => {
    const before = await rowCounts(h);
    const post = (o: Record<string, unknown>) => h.client(seller.token).post('/v1/listings', listingInput(o));
    expectInvalid(await post({ priceMin: 1.5 }), 'priceMin');
    expectInvalid(await post({ priceMax: 300.01 }), 'priceMax');
    expectInvalid(await post({ priceMin: -1 }), 'priceMin');
    expectInvalid(await post({ priceMin: '100' }), 'priceMin');
    expectInvalid(await post({ priceMax: 1e20 }), 'priceMax');
    expectInvalid(await post({ currency: 'BTC' }), 'currency');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('TRL is 1–9 and modes are known and distinct', async () => {
    const post = (o: Record<string, unknown>) => h.client(seller.token).post('/v1/listings', listingInput(o));
    expectInvalid(await post({ trl: 0 }), 'trl');
    expectInvalid(await post({ trl: 10 }), 'trl');
    expectInvalid(await post({ trl: 4.5 }), 'trl');
    expectInvalid(await post({ modes: [] }), 'modes');
    expectInvalid(await post({ modes: ['transfer', 'transfer'] }), 'modes');
    expectInvalid(await post({ ipType: 'trademark' }), 'ipType');
    expectInvalid(await post({ titleZh: undefined }), 'titleZh');
    expectInvalid(await post({ summaryZh: '太短' }), 'summaryZh');
  });
});

describe('GET /v1/listings/{id}', () => {
  it('a draft is visible to its owner and the tenant admin, with the confidential section', async () => {
    const draft = await draftListing(h, seller);
    for (const who of [seller, admin]) {
      const res = await h.client(who.token).get(`/v1/listings/${draft.id}`);
      expect(res.status).toBe(200);
      expect(res.body.confidential.zh).toContain('关键配方');
    }
  });

  it('a draft is a 404 for anyone else: anonymous, a buyer, another seller, another tenant', async () => {
    const draft = await draftListing(h, seller);
    expectProblem(await h.client().get(`/v1/listings/${draft.id}`), 404, 'not-found');
    expectProblem(await h.client(buyer.token).get(`/v1/listings/${draft.id}`), 404, 'not-found');
    expectProblem(await h.client(otherSeller.token).get(`/v1/listings/${draft.id}`), 404, 'not-found');
    expectProblem(
      await h.client(stranger.token, otherTenant.slug).get(`/v1/listings/${draft.id}`),
      404,
      'not-found',
    );
  });

  it('a published listing is public, but the confidential section is null for non-owners', async () => {
    const listing = await publishedListing(h, seller, admin);
    for (const token of [undefined, buyer.token, otherSeller.token]) {
      const res = await h.client(token).get(`/v1/listings/${listing.id}`);
      expect(res.status).toBe(200);
      expect(res.body.confidential).toBeNull();
      expect(JSON.stringify(res.body)).not.toContain('关键配方');
    }
    expect((await h.client(seller.token).get(`/v1/listings/${listing.id}`)).body.confidential.zh).toContain(
      '关键配方',
    );
    expect((await h.client(admin.token).get(`/v1/listings/${listing.id}`)).body.confidential.zh).toContain(
      '关键配方',
    );
  });

  it("another tenant's published listing is a 404 (not syndicated)", async () => {
    const listing = await publishedListing(h, seller, admin);
    expectProblem(
      await h.client(undefined, otherTenant.slug).get(`/v1/listings/${listing.id}`),
      404,
      'not-found',
    );
  });

  it('an unknown id is a 404; an overlong id is a 422', async () => {
    expectProblem(await h.client().get('/v1/listings/lst_01JDQ4Z5V3K8T9M2N6P7R8S9TA'), 404, 'not-found');
    expectInvalid(await h.client().get(`/v1/listings/lst_${'A'.repeat(80)}`), 'id');
  });
});

describe('PATCH /v1/listings/{id}', () => {
  it('the owner edits a draft: 200, version incremented, audited', async () => {
    const draft = await draftListing(h, seller);
    const res = await h
      .client(seller.token)
      .patch(`/v1/listings/${draft.id}`, { titleZh: '改进后的钙钛矿工艺', trl: 6, version: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ titleZh: '改进后的钙钛矿工艺', trl: 6, version: 2, status: 'draft' });
    expect(await auditRows(h, draft.id, 'listing.update')).toHaveLength(1);
  });

  it('the audit row names only the fields whose values changed, not those sent again as they were', async () => {
    const draft = await draftListing(h, seller);
    const res = await h.client(seller.token).patch(`/v1/listings/${draft.id}`, {
      titleZh: '只改标题的钙钛矿工艺',
      titleEn: draft.titleEn,
      keywords: draft.keywords,
      trl: draft.trl,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [row] = await auditRows(h, draft.id, 'listing.update');
    expect(row?.data).toEqual({ changed: ['titleZh'] });
  });

  it('a stale version is a 409 version-conflict naming the current version, and nothing changes', async () => {
    const draft = await draftListing(h, seller);
    await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { trl: 7 });
    const res = await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { trl: 8, version: 1 });
    expectProblem(res, 409, 'version-conflict');
    expect(res.body.currentVersion).toBe(2);
    expect((await h.client(seller.token).get(`/v1/listings/${draft.id}`)).body.trl).toBe(7);
  });

  it('price edits keep the rules: switching type needs consistent amounts; 1.5 is a 422', async () => {
    const draft = await draftListing(h, seller);
    expectInvalid(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { priceType: 'negotiable' }),
      'priceType',
    );
    expectInvalid(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { priceMin: 400_000_000 }),
      'priceType',
    );
    expectInvalid(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { priceMin: 1.5 }),
      'priceMin',
    );
    const ok = await h
      .client(seller.token)
      .patch(`/v1/listings/${draft.id}`, { priceType: 'negotiable', priceMin: null, priceMax: null });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ priceType: 'negotiable', priceMin: null, priceMax: null });
    const fixed = await h
      .client(seller.token)
      .patch(`/v1/listings/${draft.id}`, { priceType: 'fixed', priceMin: 9_900 });
    expect(fixed.body).toMatchObject({ priceType: 'fixed', priceMin: 9_900, priceMax: null });
  });

  it('the owner cannot edit a submitted or published listing: 409 with the state', async () => {
    const submitted = await submittedListing(h, seller);
    const res = await h.client(seller.token).patch(`/v1/listings/${submitted.id}`, { trl: 2 });
    expectProblem(res, 409, 'state-conflict');
    expect(res.body.state).toBe('submitted');
  });

  it('an admin edits a submitted listing and sets selected/featured', async () => {
    const submitted = await submittedListing(h, seller);
    const res = await h.client(admin.token).patch(`/v1/listings/${submitted.id}`, {
      summaryEn: 'Edited by the moderator.',
      selected: true,
      featured: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', selected: true, featured: true });
  });

  it('selected/featured are for admins only: the owner gets 403 and nothing changes', async () => {
    const draft = await draftListing(h, seller);
    expectProblem(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { selected: true }),
      403,
      'forbidden',
    );
    expectProblem(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { featured: true }),
      403,
      'forbidden',
    );
    const after = await h.client(seller.token).get(`/v1/listings/${draft.id}`);
    expect(after.body).toMatchObject({ selected: false, featured: false, version: 1 });
  });

  it("a buyer or another seller may not edit a visible listing (403), nor see someone's draft (404)", async () => {
    const published = await publishedListing(h, seller, admin);
    expectProblem(
      await h.client(buyer.token).patch(`/v1/listings/${published.id}`, { trl: 1 }),
      403,
      'forbidden',
    );
    expectProblem(
      await h.client(otherSeller.token).patch(`/v1/listings/${published.id}`, { trl: 1 }),
      403,
      'forbidden',
    );
    const draft = await draftListing(h, seller);
    expectProblem(
      await h.client(otherSeller.token).patch(`/v1/listings/${draft.id}`, { trl: 1 }),
      404,
      'not-found',
    );
  });

  it('anonymous edits are a 401 whatever the state', async () => {
    const draft = await draftListing(h, seller);
    const published = await publishedListing(h, seller, admin);
    expectProblem(await h.client().patch(`/v1/listings/${draft.id}`, { trl: 1 }), 401, 'unauthenticated');
    expectProblem(await h.client().patch(`/v1/listings/${published.id}`, { trl: 1 }), 401, 'unauthenticated');
  });

  it("another tenant's admin editing this tenant's listing gets 404", async () => {
    const otherAdmin = await h.user(['tenant_admin'], { tenant: otherTenant, org: false });
    const draft = await draftListing(h, seller);
    const published = await publishedListing(h, seller, admin);
    expectProblem(
      await h.client(otherAdmin.token, otherTenant.slug).patch(`/v1/listings/${draft.id}`, { trl: 1 }),
      404,
      'not-found',
    );
    expectProblem(
      await h.client(otherAdmin.token, otherTenant.slug).patch(`/v1/listings/${published.id}`, { trl: 1 }),
      404,
      'not-found',
    );
  });

  it('bad input is a 422 and writes nothing', async () => {
    const draft = await draftListing(h, seller);
    const before = await rowCounts(h);
    expectInvalid(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { sector: 'foo' }),
      'sector',
    );
    expectInvalid(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { modes: ['barter'] }),
      'modes.0',
    );
    expectInvalid(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { titleZh: 'x'.repeat(121) }),
      'titleZh',
    );
    expectInvalid(
      await h.client(seller.token).patch(`/v1/listings/${draft.id}`, { ownerOrgId: otherSeller.orgId }),
    );
    expect(await rowCounts(h)).toEqual(before);
  });
});

describe('DELETE /v1/listings/{id}', () => {
  it('the owner deletes a draft: 204, then it is gone; the deletion is audited', async () => {
    const draft = await draftListing(h, seller);
    const res = await h.client(seller.token).delete(`/v1/listings/${draft.id}`);
    expect(res.status).toBe(204);
    expectProblem(await h.client(seller.token).get(`/v1/listings/${draft.id}`), 404);
    expect(await auditRows(h, draft.id, 'listing.delete')).toHaveLength(1);
  });

  it('only drafts are deleted: submitted and published answer 409 with the state', async () => {
    const submitted = await submittedListing(h, seller);
    const published = await publishedListing(h, seller, admin);
    const a = await h.client(seller.token).delete(`/v1/listings/${submitted.id}`);
    expectProblem(a, 409, 'state-conflict');
    expect(a.body.state).toBe('submitted');
    const b = await h.client(admin.token).delete(`/v1/listings/${published.id}`);
    expectProblem(b, 409, 'state-conflict');
    expect(b.body.state).toBe('published');
    expect((await h.client().get(`/v1/listings/${published.id}`)).status).toBe(200);
  });

  it('anonymous is 401; another seller 404 on a draft; a buyer 403 on a published one; another tenant 404', async () => {
    const draft = await draftListing(h, seller);
    const published = await publishedListing(h, seller, admin);
    expectProblem(await h.client().delete(`/v1/listings/${draft.id}`), 401, 'unauthenticated');
    expectProblem(await h.client(otherSeller.token).delete(`/v1/listings/${draft.id}`), 404, 'not-found');
    expectProblem(await h.client(buyer.token).delete(`/v1/listings/${published.id}`), 403, 'forbidden');
    expectProblem(
      await h.client(stranger.token, otherTenant.slug).delete(`/v1/listings/${draft.id}`),
      404,
      'not-found',
    );
    expect((await h.client(seller.token).get(`/v1/listings/${draft.id}`)).status).toBe(200);
  });

  it('an admin may delete a draft', async () => {
    const draft = await draftListing(h, seller);
    expect((await h.client(admin.token).delete(`/v1/listings/${draft.id}`)).status).toBe(204);
  });
});

describe('GET /v1/listings', () => {
  // A tenant of its own, so the lists contain exactly what these tests put there.
  let t: { id: string; slug: string };
  let s: TestUser;
  let a: TestUser;
  let marine3: { id: string };
  let ai7: { id: string };
  let marine9: { id: string };
  let draft: { id: string };
  let submitted: { id: string };
  beforeAll(async () => {
    t = await h.createTenant();
    s = await h.user(['seller'], { tenant: t });
    a = await h.user(['tenant_admin'], { tenant: t, org: false });
    marine3 = await publishedListing(
      h,
      s,
      a,
      { sector: 'marine', modes: ['transfer'], trl: 3, ipType: 'invention_patent' },
      t.slug,
    );
    ai7 = await publishedListing(
      h,
      s,
      a,
      { sector: 'ai', modes: ['license_nonexclusive', 'equity'], trl: 7, ipType: 'software_copyright' },
      t.slug,
    );
    marine9 = await publishedListing(
      h,
      s,
      a,
      { sector: 'marine', modes: ['equity'], trl: 9, ipType: 'know_how' },
      t.slug,
    );
    draft = await draftListing(h, s, { sector: 'marine' }, t.slug);
    submitted = await submittedListing(h, s, { sector: 'ai' }, t.slug);
  });
  const list = (query: string, token?: string) => h.client(token, t.slug).get(`/v1/listings${query}`);

  it('anonymous callers see the published listings of this tenant, newest first, without confidential sections', async () => {
    const res = await list('');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([marine9.id, ai7.id, marine3.id]);
    expect(res.body.nextCursor).toBeNull();
    for (const item of res.body.items) expect(item.confidential).toBeNull();
  });

  it('filters by sector, mode, TRL range and IP type', async () => {
    expect(ids(await list('?sector=marine'))).toEqual([marine9.id, marine3.id]);
    expect(ids(await list('?mode=equity'))).toEqual([marine9.id, ai7.id]);
    expect(ids(await list('?trlMin=5'))).toEqual([marine9.id, ai7.id]);
    expect(ids(await list('?trlMax=5'))).toEqual([marine3.id]);
    expect(ids(await list('?trlMin=3&trlMax=7'))).toEqual([ai7.id, marine3.id]);
    expect(ids(await list('?ipType=know_how'))).toEqual([marine9.id]);
    expect(ids(await list('?sector=marine&mode=transfer'))).toEqual([marine3.id]);
    expect(ids(await list('?sector=life-health'))).toEqual([]);
  });

  it("mine=true lists my organizations' listings in every state; others see none of them", async () => {
    expect(ids(await list('?mine=true', s.token)).sort()).toEqual(
      [marine3.id, ai7.id, marine9.id, draft.id, submitted.id].sort(),
    );
    expect(ids(await list('?mine=true&status=draft', s.token))).toEqual([draft.id]);
    const other = await h.user(['seller'], { tenant: t });
    expect(ids(await list('?mine=true', other.token))).toEqual([]);
    expectProblem(await list('?mine=true'), 401, 'unauthenticated');
  });

  it('status=submitted is for admins: the admin sees the queue, a seller 403, anonymous 401', async () => {
    expect(ids(await list('?status=submitted', a.token))).toEqual([submitted.id]);
    expect(ids(await list('?status=draft', a.token))).toEqual([draft.id]);
    expectProblem(await list('?status=submitted', s.token), 403, 'forbidden');
    expectProblem(await list('?status=submitted'), 401, 'unauthenticated');
    expect(ids(await list('?status=published'))).toEqual([marine9.id, ai7.id, marine3.id]);
  });

  it('selected and featured filters show what admins marked', async () => {
    await h.client(a.token, t.slug).patch(`/v1/listings/${ai7.id}`, { selected: true });
    await h.client(a.token, t.slug).patch(`/v1/listings/${marine3.id}`, { featured: true });
    expect(ids(await list('?selected=true'))).toEqual([ai7.id]);
    expect(ids(await list('?featured=true'))).toEqual([marine3.id]);
    expect(ids(await list('?selected=false'))).toEqual([marine9.id, marine3.id]);
    expectInvalid(await list('?selected=yes'), 'selected');
  });

  it('another tenant sees none of these listings', async () => {
    const res = await h.client(undefined, otherTenant.slug).get('/v1/listings?limit=100');
    for (const id of [marine3.id, ai7.id, marine9.id, draft.id, submitted.id])
      expect(ids(res)).not.toContain(id);
  });

  it('cursor pagination with limit=2 walks every listing once, in a stable order, with no gaps', async () => {
    const t2 = await h.createTenant();
    const s2 = await h.user(['seller'], { tenant: t2 });
    const a2 = await h.user(['tenant_admin'], { tenant: t2, org: false });
    const made: string[] = [];
    for (let i = 0; i < 7; i++)
      made.push((await publishedListing(h, s2, a2, { trl: (i % 9) + 1 }, t2.slug)).id);
    const walk = async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await h
          .client(undefined, t2.slug)
          .get(`/v1/listings?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...ids(res));
        cursor = res.body.nextCursor;
        pages++;
        // A listing published mid-walk sorts first and must not disturb the pages after the cursor.
        if (pages === 2) await publishedListing(h, s2, a2, {}, t2.slug);
      } while (cursor && pages < 20);
      return { seen, pages };
    };
    const { seen, pages } = await walk();
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...made].sort());
    expect([...seen].sort().reverse()).toEqual(seen);
  });
});
